import { CsvError, parse } from "csv-parse/sync";
import { sql } from "kysely";
import { z } from "zod";
import { type Executor } from "../../db/database.js";
import { newId, nowIso } from "../../db/ids.js";
import { findCurrency } from "../../db/reference/index.js";
import type { FxRatesTable } from "../../db/types.js";
import { withTransaction, type ServiceContext } from "../context.js";
import { DomainError, problem, UserInputProblems, type FieldProblem } from "../errors.js";
import { actorUserId, requirePlatformAdmin } from "../identity/guards.js";
import { minorUnitOf, type Money } from "../shared/money.js";
import { defineLoader } from "../loaders.js";
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from "../shared/pagination.js";
import { currencyCode, validate } from "../shared/validation.js";
import { scheduleRepricing } from "./repricing.js";
import { convertMinor, EXACT_RATE_DIGITS, formatRate, invert, multiply, parseRate, rational, type Rational } from "./fx.js";

/** Cross rates go through the currency every reference source quotes against. */
export const PIVOT_CURRENCY = "USD";

/** A stored rate: one unit of `base` is worth `rate` units of `quote` on `asOf`. */
export interface FxRate {
  id: string;
  base: string;
  quote: string;
  /** Exact decimal without padding zeros: "4.0625", never "04.06250". */
  rate: string;
  asOf: string;
  source: string;
  createdByUserId: string | null;
  createdAt: string;
}

export type FxDerivation = "same_currency" | "direct" | "inverse" | "cross_via_usd";

export interface FoundRate {
  base: string;
  quote: string;
  /** Exact: one unit of `base` is worth `rate` units of `quote`. */
  rate: Rational;
  /** The rate as a decimal string: exact for a stored rate, ten significant digits when derived. */
  rateText: string;
  /** The rate's date; for a cross rate the older of its two legs, since it is only as fresh as that. */
  asOf: string;
  source: string;
  derivation: FxDerivation;
  /** The stored rates it was computed from: none, one, or the two legs of a cross rate. */
  legs: FxRate[];
}

export interface Conversion {
  from: Money;
  to: Money;
  rate: string;
  asOf: string;
  source: string;
  derivation: FxDerivation;
  legs: FxRate[];
}

function toFxRate(row: FxRatesTable): FxRate {
  return {
    id: row.id,
    base: row.base_currency,
    quote: row.quote_currency,
    rate: row.rate,
    asOf: row.as_of,
    source: row.source,
    createdByUserId: row.created_by_user_id,
    createdAt: row.created_at,
  };
}

function today(ctx: ServiceContext): string {
  return ctx.now().toISOString().slice(0, 10);
}

/**
 * A day that exists on the calendar: 2026-02-29 and 2026-13-01 do not. Checked without building an
 * Invalid Date, whose toISOString() throws.
 */
function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const calendarDate = z.string({ required_error: "REQUIRED" }).trim().refine(isCalendarDate, "DATE_INVALID");

function currencyProblem(field: string, code: string): FieldProblem | null {
  return findCurrency(code) ? null : { field, code: "CURRENCY_UNKNOWN" };
}

function dateProblem(field: string, date: string | null | undefined): FieldProblem | null {
  return date == null || isCalendarDate(date) ? null : { field, code: "DATE_INVALID" };
}

function throwProblems(problems: (FieldProblem | null)[]): void {
  const found = problems.filter((p): p is FieldProblem => p !== null);
  if (found.length) throw new UserInputProblems(found);
}

// ---------------------------------------------------------------------------- finding a rate

interface StoredLeg {
  row: FxRatesTable;
  /** The row is quoted the other way round (quote→base) and its rate is inverted. */
  inverted: boolean;
}

/**
 * The newest stored rate on or before `on` for a pair, quoted either way round. Between a direct
 * and an inverse rate the newer wins: a fresh PLN→USD beats a stale USD→PLN. On the same day the
 * direct one wins, as it needs no inverting.
 */
async function newestLeg(db: Executor, base: string, quote: string, on: string): Promise<StoredLeg | null> {
  const rows = await db
    .selectFrom("fx_rates")
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([eb("base_currency", "=", base), eb("quote_currency", "=", quote)]),
        eb.and([eb("base_currency", "=", quote), eb("quote_currency", "=", base)]),
      ]),
    )
    .where("as_of", "<=", on)
    .orderBy("as_of", "desc")
    .limit(2)
    .execute();
  const [first, second] = rows;
  if (!first) return null;
  const row = second && second.as_of === first.as_of && second.base_currency === base ? second : first;
  return { row, inverted: row.base_currency !== base };
}

function legRate(leg: StoredLeg): Rational {
  const stored = parseRate(leg.row.rate);
  if (!stored) throw new Error(`fx_rates ${leg.row.id} holds an invalid rate "${leg.row.rate}"`);
  return leg.inverted ? invert(stored) : stored;
}

/** The newest stored rate of a pair on or before the day being asked about; how it is looked up varies. */
type LegLookup = (base: string, quote: string) => Promise<StoredLeg | null>;

/** Assumes valid, upper-case currency codes and date: the exported functions check them first. */
async function resolveRate(base: string, quote: string, on: string, legOf: LegLookup): Promise<FoundRate> {
  if (base === quote) {
    return { base, quote, rate: rational(1n, 1n), rateText: "1", asOf: on, source: "identity", derivation: "same_currency", legs: [] };
  }
  const leg = await legOf(base, quote);
  if (leg) {
    const rate = legRate(leg);
    return {
      base,
      quote,
      rate,
      rateText: leg.inverted ? formatRate(rate) : leg.row.rate,
      asOf: leg.row.as_of,
      source: leg.row.source,
      derivation: leg.inverted ? "inverse" : "direct",
      legs: [toFxRate(leg.row)],
    };
  }
  if (base !== PIVOT_CURRENCY && quote !== PIVOT_CURRENCY) {
    const [toPivot, fromPivot] = await Promise.all([legOf(base, PIVOT_CURRENCY), legOf(PIVOT_CURRENCY, quote)]);
    if (toPivot && fromPivot) {
      const rate = multiply(legRate(toPivot), legRate(fromPivot));
      const dates = [toPivot.row.as_of, fromPivot.row.as_of].sort();
      return {
        base,
        quote,
        rate,
        rateText: formatRate(rate),
        asOf: dates[0]!,
        source: [...new Set([toPivot.row.source, fromPivot.row.source])].join("+"),
        derivation: "cross_via_usd",
        legs: [toFxRate(toPivot.row), toFxRate(fromPivot.row)],
      };
    }
  }
  throw new DomainError("NOT_FOUND", "FX_RATE_MISSING", { from: base, to: quote, date: on });
}

const storedLegs = (ctx: ServiceContext, on: string): LegLookup => (base, quote) => newestLeg(ctx.db, base, quote, on);

/**
 * The rate to turn `base` into `quote` on a day (today by default): the newest stored rate of the
 * pair (either way round) dated on or before it, else a cross rate through USD.
 * Reference data: anyone may read it.
 */
export async function findRate(ctx: ServiceContext, base: string, quote: string, on?: string | null): Promise<FoundRate> {
  const from = base.trim().toUpperCase();
  const to = quote.trim().toUpperCase();
  throwProblems([currencyProblem("base", from), currencyProblem("quote", to), dateProblem("on", on)]);
  const day = on ?? today(ctx);
  return resolveRate(from, to, day, storedLegs(ctx, day));
}

function applyRate(money: Money, fromCurrency: string, toCurrency: string, found: FoundRate): Conversion {
  const converted = convertMinor(BigInt(money.amountMinor), found.rate, minorUnitOf(fromCurrency), minorUnitOf(toCurrency));
  if (converted > BigInt(Number.MAX_SAFE_INTEGER) || converted < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw problem("amount.amount", "MONEY_TOO_LARGE");
  }
  return {
    from: { amountMinor: money.amountMinor, currency: fromCurrency },
    to: { amountMinor: Number(converted), currency: toCurrency },
    rate: found.rateText,
    asOf: found.asOf,
    source: found.source,
    derivation: found.derivation,
    legs: found.legs,
  };
}

/** Converts money exactly at the rate `findRate` picks, rounding once to the target currency's minor unit. */
export async function convertMoney(ctx: ServiceContext, money: Money, to: string, on?: string | null): Promise<Conversion> {
  const fromCurrency = money.currency.trim().toUpperCase();
  const toCurrency = to.trim().toUpperCase();
  throwProblems([
    currencyProblem("amount.currency", fromCurrency),
    currencyProblem("to", toCurrency),
    dateProblem("on", on),
    Number.isSafeInteger(money.amountMinor) ? null : { field: "amount.amount", code: "MONEY_TOO_LARGE" },
  ]);
  const day = on ?? today(ctx);
  return applyRate(money, fromCurrency, toCurrency, await resolveRate(fromCurrency, toCurrency, day, storedLegs(ctx, day)));
}

// ---------------------------------------------------------------------------- many conversions at once

export interface ConversionRequest {
  money: Money;
  /** An ISO 4217 code the caller has checked. */
  to: string;
  /** Today when left out. */
  on?: string | null;
}

/** SQLite allows 500 terms in a compound select; every pair-and-day is one term. */
const LEGS_PER_STATEMENT = 200;

/**
 * The newest stored rate on or before the day, per (base, quote, day) in that direction only, in one
 * statement per 200 of them: each is the fx_rates index read backwards and cut at one row.
 */
async function newestRows(db: Executor, wanted: readonly { base: string; quote: string; on: string }[]): Promise<Map<string, FxRatesTable>> {
  const found = new Map<string, FxRatesTable>();
  for (let i = 0; i < wanted.length; i += LEGS_PER_STATEMENT) {
    const part = wanted.slice(i, i + LEGS_PER_STATEMENT);
    const terms = part.map((w, n) => {
      const leg = sql.raw(`leg${n}`);
      return sql`select ${sql.lit(n)} as term, ${leg}.* from (select * from fx_rates where base_currency = ${w.base} and quote_currency = ${w.quote}
        and as_of <= ${w.on} order by as_of desc limit 1) as ${leg}`;
    });
    const { rows } = await sql<FxRatesTable & { term: number }>`${sql.join(terms, sql` union all `)}`.execute(db);
    for (const { term, ...row } of rows) {
      const w = part[Number(term)]!;
      found.set(`${w.base} ${w.quote} ${w.on}`, row);
    }
  }
  return found;
}

/**
 * Many conversions at the rates `convertMoney` would pick, reading fx_rates once: a page of prices
 * in the viewer's currency. Null where no rate is known (or the amount would overflow); unlike
 * convertMoney it does not check the codes, which the caller has.
 */
export async function convertEach(ctx: ServiceContext, requests: readonly ConversionRequest[]): Promise<(Conversion | null)[]> {
  const asked = requests.map((r) => ({ money: r.money, from: r.money.currency.toUpperCase(), to: r.to.toUpperCase(), on: r.on ?? today(ctx) }));
  const wanted = new Map<string, { base: string; quote: string; on: string }>();
  const want = (base: string, quote: string, on: string) => {
    for (const [b, q] of [[base, quote], [quote, base]] as const) wanted.set(`${b} ${q} ${on}`, { base: b, quote: q, on });
  };
  for (const { from, to, on } of asked) {
    if (from === to) continue;
    want(from, to, on);
    if (from !== PIVOT_CURRENCY && to !== PIVOT_CURRENCY) {
      want(from, PIVOT_CURRENCY, on);
      want(PIVOT_CURRENCY, to, on);
    }
  }
  const rows = wanted.size ? await newestRows(ctx.db, [...wanted.values()]) : new Map<string, FxRatesTable>();
  // As newestLeg decides: the newer of the two directions, the direct one on the same day.
  const legsOn = (on: string): LegLookup => async (base, quote) => {
    const direct = rows.get(`${base} ${quote} ${on}`);
    const inverse = rows.get(`${quote} ${base} ${on}`);
    if (direct && (!inverse || direct.as_of >= inverse.as_of)) return { row: direct, inverted: false };
    return inverse ? { row: inverse, inverted: true } : null;
  };
  return Promise.all(
    asked.map(async ({ money, from, to, on }) => {
      if (!Number.isSafeInteger(money.amountMinor)) return null;
      try {
        return applyRate(money, from, to, await resolveRate(from, to, on, legsOn(on)));
      } catch (error) {
        if (error instanceof DomainError || error instanceof UserInputProblems) return null;
        throw error;
      }
    }),
  );
}

/** The conversions asked for in one tick (a page's prices, each on its own field) share one read. */
const convertLater = defineLoader<ConversionRequest, Conversion>(convertEach);

/**
 * Money in another currency, as the API's `Money.inCurrency` shows it: the rate `convertMoney` would
 * use, null when there is none. Checks the target currency and day.
 */
export function moneyIn(ctx: ServiceContext, money: Money, to: string, on?: string | null): Promise<Conversion | null> {
  const toCurrency = to.trim().toUpperCase();
  throwProblems([currencyProblem("currency", toCurrency), dateProblem("on", on)]);
  return convertLater(ctx, { money, to: toCurrency, on });
}

// ---------------------------------------------------------------------------- listing

export interface FxRateFilter extends PageArgs {
  base?: string | null;
  quote?: string | null;
}

/** Stored rates, newest day first. */
export async function listFxRates(ctx: ServiceContext, args: FxRateFilter): Promise<Page<FxRate>> {
  const size = pageSize(args.first);
  const base = args.base?.trim().toUpperCase() || null;
  const quote = args.quote?.trim().toUpperCase() || null;
  throwProblems([base ? currencyProblem("base", base) : null, quote ? currencyProblem("quote", quote) : null]);

  let filtered = ctx.db.selectFrom("fx_rates");
  if (base) filtered = filtered.where("base_currency", "=", base);
  if (quote) filtered = filtered.where("quote_currency", "=", quote);
  const total = await filtered.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  let select = filtered.selectAll();
  if (args.after) {
    const [asOf, afterBase, afterQuote] = decodeCursor(args.after, ["string", "string", "string"]);
    select = select.where((eb) =>
      eb.or([
        eb("as_of", "<", asOf),
        eb.and([eb("as_of", "=", asOf), eb("base_currency", ">", afterBase)]),
        eb.and([eb("as_of", "=", asOf), eb("base_currency", "=", afterBase), eb("quote_currency", ">", afterQuote)]),
      ]),
    );
  }
  const rows = await select.orderBy("as_of", "desc").orderBy("base_currency").orderBy("quote_currency").limit(size + 1).execute();
  return toPage(rows.map(toFxRate), size, Number(total.n), (r) => [r.asOf, r.base, r.quote]);
}

// ---------------------------------------------------------------------------- writing

interface RateRow {
  base: string;
  quote: string;
  /** Canonical decimal text, so "4.06250" and "4.0625" are the same rate. */
  rate: string;
  asOf: string;
}

/**
 * One row per pair and day: re-entering a rate replaces it, and who entered it, when and from which
 * source describe the value now stored.
 */
async function upsertRates(db: Executor, rows: RateRow[], source: string, userId: string | null, now: Date): Promise<FxRatesTable[]> {
  const written: FxRatesTable[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500).map((r) => ({
      id: newId("fx"),
      base_currency: r.base,
      quote_currency: r.quote,
      rate: r.rate,
      as_of: r.asOf,
      source,
      created_by_user_id: userId,
      created_at: nowIso(now),
    }));
    written.push(
      ...(await db
        .insertInto("fx_rates")
        .values(batch)
        .onConflict((oc) =>
          oc.columns(["base_currency", "quote_currency", "as_of"]).doUpdateSet((eb) => ({
            rate: eb.ref("excluded.rate"),
            source: eb.ref("excluded.source"),
            created_by_user_id: eb.ref("excluded.created_by_user_id"),
            created_at: eb.ref("excluded.created_at"),
          })),
        )
        .returningAll()
        .execute()),
    );
  }
  return written;
}

const setFxRateSchema = z
  .object({
    base: currencyCode,
    quote: currencyCode,
    rate: z.string({ required_error: "REQUIRED" }).trim().refine((value) => parseRate(value) !== null, "FX_RATE_INVALID"),
    asOf: calendarDate,
  })
  .refine((input) => input.base !== input.quote, { message: "FX_SAME_CURRENCY", path: ["quote"] });

export type SetFxRateInput = z.input<typeof setFxRateSchema>;

/** Platform admins keep the rates current; one rate per pair and day, entered again to correct it. */
export async function setFxRate(ctx: ServiceContext, input: SetFxRateInput): Promise<FxRate> {
  requirePlatformAdmin(ctx.viewer);
  const data = validate(setFxRateSchema, input);
  const rate = formatRate(parseRate(data.rate)!, EXACT_RATE_DIGITS);
  return withTransaction(ctx, async (tx) => {
    const [row] = await upsertRates(tx.db, [{ base: data.base, quote: data.quote, rate, asOf: data.asOf }], "manual", actorUserId(ctx.viewer), ctx.now());
    await scheduleRepricing(tx, `rate ${data.base}/${data.quote} of ${data.asOf} set`);
    return toFxRate(row!);
  });
}

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
