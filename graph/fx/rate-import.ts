import { CsvError, parse } from "csv-parse/sync";
import { findCurrency } from "../../db/reference/index.js";
import { withTransaction, type ServiceContext } from "../context.js";
import { problem, UserInputProblems, type FieldProblem } from "../errors.js";
import { actorUserId, requirePlatformAdmin } from "../identity/guards.js";
import { scheduleRepricing } from "./repricing.js";
import { EXACT_RATE_DIGITS, formatRate, parseRate } from "./fx.js";
import { isCalendarDate } from "./input-checks.js";
import { upsertRates, type RateRow } from "./stored-rates.js";

const FX_IMPORT_COLUMNS = ["base", "quote", "rate", "as_of"] as const;
const FX_IMPORT_SOURCE = "import";

export interface FxImportResult {
  read: number;
  created: number;
  updated: number;
  unchanged: number;
}

interface ParsedLine {
  line: number;
  row: RateRow;
}

const keyOf = (r: Pick<RateRow, "base" | "quote" | "asOf">) => `${r.base}/${r.quote}/${r.asOf}`;

function parseFxRow(record: string[], line: number, header: string[]): { row: RateRow } | { problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const fail = (code: string, params: Record<string, string | number>) => problems.push({ field: "csv", code, params: { line, ...params } });
  // With a value too many (a decimal comma), every later column is shifted and its own error would mislead.
  if (record.length !== header.length) {
    fail("FX_IMPORT_VALUE_COUNT", { count: record.length, expected: header.length });
    return { problems };
  }
  const column = (name: (typeof FX_IMPORT_COLUMNS)[number]) => record[header.indexOf(name)] ?? "";
  const base = column("base").toUpperCase();
  const quote = column("quote").toUpperCase();
  const rate = parseRate(column("rate"));
  const asOf = column("as_of");
  if (!findCurrency(base)) fail("FX_IMPORT_CURRENCY", { column: "base", value: base });
  if (!findCurrency(quote)) fail("FX_IMPORT_CURRENCY", { column: "quote", value: quote });
  if (base && base === quote) fail("FX_IMPORT_SAME_CURRENCY", { value: base });
  if (!rate) fail("FX_IMPORT_RATE", { value: column("rate") });
  if (!isCalendarDate(asOf)) fail("FX_IMPORT_DATE", { value: asOf });
  if (problems.length || !rate) return { problems };
  return { row: { base, quote, rate: formatRate(rate, EXACT_RATE_DIGITS), asOf } };
}

function parseFxCsv(csvText: string): { read: number; lines: ParsedLine[]; problems: FieldProblem[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(csvText, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true, info: true });
  } catch (error) {
    if (error instanceof CsvError) throw problem("csv", "FX_IMPORT_MALFORMED", { line: Number(error.lines) || 1 });
    throw error;
  }
  const header = records.shift()?.record.map((h) => h.toLowerCase()) ?? [];
  if (FX_IMPORT_COLUMNS.some((c) => !header.includes(c))) throw problem("csv", "FX_IMPORT_COLUMNS");

  const lines: ParsedLine[] = [];
  const problems: FieldProblem[] = [];
  const firstLineOf = new Map<string, ParsedLine>();
  for (const { record, info } of records) {
    const parsed = parseFxRow(record, info.lines, header);
    if ("problems" in parsed) {
      problems.push(...parsed.problems);
      continue;
    }
    const { row } = parsed;
    const earlier = firstLineOf.get(keyOf(row));
    // The same rate twice is harmless; two rates for one pair and day cannot both be right.
    if (earlier && earlier.row.rate !== row.rate) {
      problems.push({ field: "csv", code: "FX_IMPORT_DUPLICATE", params: { line: info.lines, pair: `${row.base}/${row.quote}`, date: row.asOf, first: earlier.line } });
    } else if (!earlier) {
      const entry = { line: info.lines, row };
      firstLineOf.set(keyOf(row), entry);
      lines.push(entry);
    }
  }
  return { read: records.length, lines, problems };
}

/**
 * Loads rates from CSV (`base,quote,rate,as_of`, e.g. a central bank's daily fixing). All or nothing:
 * when any row is wrong, every wrong row is reported with its line number and no rate is saved.
 * Re-importing the same file changes nothing.
 */
export async function importFxRates(ctx: ServiceContext, csvText: string): Promise<FxImportResult> {
  requirePlatformAdmin(ctx.viewer);
  const { read, lines, problems } = parseFxCsv(csvText);
  if (problems.length) {
    const badLines = new Set(problems.map((p) => p.params?.line)).size;
    throw new UserInputProblems([{ field: "csv", code: "FX_IMPORT_ROWS", params: { count: badLines } }, ...problems]);
  }
  const rows = lines.map((l) => l.row);
  return withTransaction(ctx, async (tx) => {
    const existing = new Map<string, { rate: string; source: string }>();
    const dates = [...new Set(rows.map((r) => r.asOf))];
    for (let i = 0; i < dates.length; i += 500) {
      const stored = await tx.db
        .selectFrom("fx_rates")
        .select(["base_currency", "quote_currency", "as_of", "rate", "source"])
        .where("as_of", "in", dates.slice(i, i + 500))
        .execute();
      for (const s of stored) existing.set(keyOf({ base: s.base_currency, quote: s.quote_currency, asOf: s.as_of }), s);
    }
    const changed = rows.filter((r) => {
      const before = existing.get(keyOf(r));
      return before?.rate !== r.rate || before.source !== FX_IMPORT_SOURCE;
    });
    await upsertRates(tx.db, changed, FX_IMPORT_SOURCE, actorUserId(ctx.viewer), ctx.now());
    if (changed.length) await scheduleRepricing(tx, `${changed.length} rates imported`);
    const updated = changed.filter((r) => existing.has(keyOf(r))).length;
    return { read, created: changed.length - updated, updated, unchanged: rows.length - changed.length };
  });
}
