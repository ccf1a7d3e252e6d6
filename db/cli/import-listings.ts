import fs from "node:fs";
import cliProgress from "cli-progress";
import type { ServiceContext } from "../../graph/context.js";
import { serviceContext } from "../../graph/runtime.js";
import { DomainError, UserInputProblems } from "../../graph/errors.js";
import { importListingsCsv, type ListingImportResult } from "../../graph/listings/service.js";
import { translateProblem } from "../../graph/shared/user-errors.js";
import { isAvailableLocale } from "../../locales/index.js";
import { CliError, parseCliArgs, requireMigrated, runCli, withDatabase } from "./cli.js";

const USAGE = "npm run import:listings -- --org ORG_ID [--lang en] FILE.csv";
const SHOWN_ERRORS = 20;

function summary(file: string, result: ListingImportResult): string {
  return `Listings from ${file}: ${result.rowsRead} rows read, ${result.created} created, ${result.updated} updated, ${result.failed} not saved`;
}

function printErrors(result: ListingImportResult): void {
  if (!result.errors.length) return;
  console.log(`\nRows not saved (first ${Math.min(SHOWN_ERRORS, result.errors.length)} problems):`);
  for (const e of result.errors.slice(0, SHOWN_ERRORS)) console.log(`  row ${e.row}${e.column ? `, ${e.column}` : ""}: ${e.message} [${e.code}]`);
  const more = result.errors.length - SHOWN_ERRORS + result.errorsOmitted;
  if (more > 0) console.log(`  … and ${more} more`);
}

/**
 * Exit code 0 when the file was processed, bad rows or not (they are listed); 1 when it was refused
 * whole (wrong columns, not text, not CSV) or could not be read.
 */
await runCli(async () => {
  const { values, positionals } = parseCliArgs({ org: { type: "string" }, lang: { type: "string" } }, USAGE);
  const file = positionals[0];
  if (!values.org) throw new CliError(`--org is required\nusage: ${USAGE}`);
  if (!file) throw new CliError(`no file given\nusage: ${USAGE}`);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new CliError(`file not found: ${file}`);
  const locale = isAvailableLocale(values.lang) ? values.lang : "en";

  return withDatabase(async (database) => {
    await requireMigrated(database);
    // The platform runs the import on the organisation's behalf, as an operator would.
    const ctx: ServiceContext = serviceContext(database, { viewer: { kind: "system" }, locale });
    const bar = new cliProgress.SingleBar({ format: "{bar} {percentage}% | {value}/{total} rows | {duration_formatted}", etaBuffer: 50 }, cliProgress.Presets.shades_classic);
    let started = false;
    try {
      const result = await importListingsCsv(
        ctx,
        { open: () => fs.createReadStream(file, { highWaterMark: 256 * 1024 }) },
        ({ rowsDone, rowsTotal }) => {
          if (!started) {
            bar.start(rowsTotal ?? 0, rowsDone);
            started = true;
          } else bar.update(rowsDone);
        },
        { organisationId: values.org },
      );
      bar.stop();
      console.log(summary(file, result));
      printErrors(result);
      return 0;
    } catch (error) {
      if (started) bar.stop();
      if (error instanceof UserInputProblems) {
        for (const p of error.problems) console.error(`refused: ${translateProblem(ctx.t, p).message}`);
        return 1;
      }
      if (error instanceof DomainError) throw new CliError(ctx.t(`errors:${error.messageKey}`, error.params));
      throw error;
    }
  });
});
