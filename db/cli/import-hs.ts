import { formatReport } from "../import/report.js";
import { importHs } from "../import/hs.js";
import { BUILT_IN_HS_EDITION } from "../reference/load.js";
import { CliError, parseCliArgs, readInputFile, requireMigrated, runCli, withDatabase } from "./cli.js";

const USAGE = "npm run import:hs -- FILE.csv [--edition HS2022]";

await runCli(async () => {
  const { values, positionals } = parseCliArgs({ edition: { type: "string", default: BUILT_IN_HS_EDITION } }, USAGE);
  const edition = values.edition.toUpperCase();
  if (!/^HS\d{4}$/.test(edition)) throw new CliError(`--edition must look like HS2022, not "${values.edition}"`);
  const { text, encoding } = readInputFile(positionals[0], USAGE);
  return withDatabase(async (database) => {
    await requireMigrated(database);
    const report = await importHs(database, text, edition);
    console.log(formatReport(`HS ${edition} from ${positionals[0]} (${encoding})`, report));
    return 0;
  });
});
