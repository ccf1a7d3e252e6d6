import { systemContext } from "../../graph/runtime.js";
import { UserInputProblems } from "../../graph/errors.js";
import { translateProblem } from "../../graph/shared/user-errors.js";
import { importFxRates } from "../../graph/fx/service.js";
import { parseCliArgs, readInputFile, requireMigrated, runCli, withDatabase } from "./cli.js";

const USAGE = "npm run import:fx -- FILE.csv   (header base,quote,rate,as_of)";

await runCli(async () => {
  const { positionals } = parseCliArgs({}, USAGE);
  const { text } = readInputFile(positionals[0], USAGE);
  return withDatabase(async (database) => {
    await requireMigrated(database);
    const ctx = systemContext(database);
    try {
      const result = await importFxRates(ctx, text);
      console.log(
        `FX rates from ${positionals[0]}: ${result.read} rows read, ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged`,
      );
      return 0;
    } catch (error) {
      if (!(error instanceof UserInputProblems)) throw error;
      // All or nothing: every problem is listed so the file can be fixed in one pass.
      for (const p of error.problems) console.error(translateProblem(ctx.t, p).message);
      return 1;
    }
  });
});
