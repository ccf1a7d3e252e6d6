import { formatReport } from "../import/report.js";
import { importLocode } from "../import/locode.js";
import { parseCliArgs, readInputFile, requireMigrated, runCli, withDatabase } from "./cli.js";

const USAGE = "npm run import:locode -- FILE.csv   (the UNECE code list CSV, no header row)";

await runCli(async () => {
  const { positionals } = parseCliArgs({}, USAGE);
  const { text, encoding } = readInputFile(positionals[0], USAGE);
  return withDatabase(async (database) => {
    await requireMigrated(database);
    const report = await importLocode(database, text, "unlocode");
    console.log(formatReport(`UN/LOCODE from ${positionals[0]} (${encoding})`, report));
    return 0;
  });
});
