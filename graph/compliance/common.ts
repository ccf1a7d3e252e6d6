import { CsvError, parse } from "csv-parse/sync";
import type { ServiceContext } from "../context.js";
import { problem } from "../errors.js";

/** "080119" → "0801.19", as HS codes are written. */
export const formatHs = (code: string) => (code.length >= 6 ? `${code.slice(0, 4)}.${code.slice(4, 6)}${code.length > 6 ? `.${code.slice(6)}` : ""}` : code);

export const today = (ctx: ServiceContext) => ctx.now().toISOString().slice(0, 10);

export const hsDigits = (code: string) => code.replace(/[.\s]/g, "");

export function readCsv<C extends string>(csvText: string, columns: readonly C[], columnsCode: string): { line: number; value: Record<C, string> }[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(csvText, { bom: true, skip_empty_lines: true, relax_column_count: true, info: true });
  } catch (error) {
    if (error instanceof CsvError) throw problem("csv", "FX_IMPORT_MALFORMED", { line: Number(error.lines) || 1 });
    throw error;
  }
  const header = records.shift()?.record.map((h) => h.trim().toLowerCase()) ?? [];
  const required = columns.filter((c) => !c.endsWith("?"));
  if (required.some((c) => !header.includes(c))) throw problem("csv", columnsCode, { columns: columns.join(",") });
  return records.map(({ record, info }) => ({
    line: info.lines,
    value: Object.fromEntries(columns.map((c) => [c, header.includes(c) ? (record[header.indexOf(c)] ?? "") : ""])) as Record<C, string>,
  }));
}
