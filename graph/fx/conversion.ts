import { type Executor } from "../../db/database.js";
import type { FxRatesTable } from "../../db/types.js";
import type { ServiceContext } from "../context.js";
import { DomainError, problem } from "../errors.js";
import { minorUnitOf, type Money } from "../shared/money.js";
import { convertMinor, formatRate, invert, multiply, parseRate, rational, type Rational } from "./fx.js";
import { currencyProblem, dateProblem, throwProblems, today } from "./input-checks.js";
import { toFxRate, type Conversion, type FoundRate } from "./model.js";

/** Cross rates go through the currency every reference source quotes against. */
export const PIVOT_CURRENCY = "USD";

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
export type LegLookup = (base: string, quote: string) => Promise<StoredLeg | null>;

/** Assumes valid, upper-case currency codes and date: the exported functions check them first. */
export async function resolveRate(base: string, quote: string, on: string, legOf: LegLookup): Promise<FoundRate> {
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

export function applyRate(money: Money, fromCurrency: string, toCurrency: string, found: FoundRate): Conversion {
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
