import { z } from "zod";
import { type Executor } from "../../db/database.js";
import { newId, nowIso } from "../../db/ids.js";
import type { FxRatesTable } from "../../db/types.js";
import { withTransaction, type ServiceContext } from "../context.js";
import { actorUserId, requirePlatformAdmin } from "../identity/guards.js";
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from "../shared/pagination.js";
import { currencyCode, validate } from "../shared/validation.js";
import { scheduleRepricing } from "./repricing.js";
import { EXACT_RATE_DIGITS, formatRate, parseRate } from "./fx.js";
import { calendarDate, currencyProblem, throwProblems } from "./input-checks.js";
import { toFxRate, type FxRate } from "./model.js";

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

export interface RateRow {
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
export async function upsertRates(db: Executor, rows: RateRow[], source: string, userId: string | null, now: Date): Promise<FxRatesTable[]> {
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
