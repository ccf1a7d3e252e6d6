import type { Transaction } from "kysely";
import { inTransaction, type Database } from "../database.js";
import type { DB } from "../types.js";

export interface RowProblem {
  /** 1-based line in the file, so the user can open it and look. */
  line: number;
  column: string;
  reason: string;
}

export interface ImportReport {
  read: number;
  written: number;
  skipped: number;
  problems: RowProblem[];
}

/** All rows of one import land in one transaction, in batches that stay under SQLite's and PostgreSQL's parameter limits. */
export async function writeInBatches<T>(
  database: Database,
  rows: T[],
  batchSize: number,
  write: (trx: Transaction<DB>, batch: T[]) => Promise<unknown>,
): Promise<void> {
  await inTransaction(database.db, async (trx) => {
    for (let i = 0; i < rows.length; i += batchSize) await write(trx, rows.slice(i, i + batchSize));
  });
}

export function formatReport(what: string, report: ImportReport, limit = 20): string {
  const lines = [
    `${what}: ${report.read} rows read, ${report.written} written, ${report.skipped} skipped, ${report.problems.length} with problems`,
  ];
  for (const p of report.problems.slice(0, limit)) lines.push(`  line ${p.line}, ${p.column}: ${p.reason}`);
  if (report.problems.length > limit) lines.push(`  … and ${report.problems.length - limit} more`);
  return lines.join("\n");
}
