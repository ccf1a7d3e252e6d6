import fs from "node:fs";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { Migrator } from "kysely";
import { openDatabase, type Database } from "../database.js";
import { migrationProvider } from "../migrations/index.js";
import { decodeText } from "../text.js";

/** A mistake the person at the terminal can fix: shown as one line, without a stack trace. */
export class CliError extends Error {}

export function parseCliArgs<T extends NonNullable<ParseArgsConfig["options"]>>(options: T, usage: string) {
  try {
    return parseArgs({ args: process.argv.slice(2), options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\nusage: ${usage}`);
  }
}

/** Reads an import file as text, whatever encoding a spreadsheet saved it in. */
export function readInputFile(file: string | undefined, usage: string): { text: string; encoding: string } {
  if (!file) throw new CliError(`no file given\nusage: ${usage}`);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new CliError(`file not found: ${file}`);
  return decodeText(fs.readFileSync(file));
}

/** Imports refuse to run on a database that is behind, rather than fail halfway on a missing table. */
export async function requireMigrated(database: Database): Promise<void> {
  const migrations = await new Migrator({ db: database.db, provider: migrationProvider }).getMigrations();
  const pending = migrations.filter((m) => !m.executedAt).length;
  if (pending) throw new CliError(`${database.description} has ${pending} pending migration(s): run npm run db:migrate first`);
}

export async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const database = openDatabase();
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

/**
 * Runs a command and sets the exit code it returns. Any error prints as one line, since most are a
 * wrong file or an unreachable database; DEBUG=1 adds the stack of those that are not a CliError.
 */
export async function runCli(main: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.DEBUG && !(error instanceof CliError)) console.error(error);
    process.exitCode = 1;
  }
}
