import { sql } from "kysely";
import { type Executor } from "../../db/database.js";
import type { FxRatesTable } from "../../db/types.js";
import type { ServiceContext } from "../context.js";
import { DomainError, UserInputProblems } from "../errors.js";
import type { Money } from "../shared/money.js";
import { defineLoader } from "../loaders.js";
import { applyRate, PIVOT_CURRENCY, resolveRate, type LegLookup } from "./conversion.js";
import { currencyProblem, dateProblem, throwProblems, today } from "./input-checks.js";
import type { Conversion } from "./model.js";

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
