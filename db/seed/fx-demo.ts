import type { Database } from "../database.js";
import { newId, nowIso } from "../ids.js";

export interface DemoFxRate {
  base: string;
  quote: string;
  rate: string;
  asOf: string;
}

export const DEMO_FX_DATE = "2026-11-20";
export const DEMO_FX_SOURCE = "demo";

/**
 * Plausible mid-market rates, one US dollar in each currency, for the demo companies' countries and
 * the languages Caravan speaks. Cross rates (EUR→PLN, MYR→CNY) come from these through USD.
 * Written without trailing zeros, the way the FX service stores rates, so importing the same
 * values later counts as unchanged.
 */
export const DEMO_FX_RATES: readonly DemoFxRate[] = (
  [
    ["EUR", "0.8625"],
    ["GBP", "0.759"],
    ["PLN", "3.655"],
    ["UAH", "41.85"],
    ["RUB", "80.75"],
    ["MYR", "4.135"],
    ["CNY", "7.104"],
    ["JPY", "154.85"],
    ["KRW", "1462.5"],
    ["INR", "88.62"],
    ["SAR", "3.7502"],
    ["AED", "3.6725"],
    ["KWD", "0.3068"],
    ["ILS", "3.248"],
    ["RWF", "1452"],
    ["BRL", "5.336"],
    ["SGD", "1.3015"],
  ] as const
).map(([quote, rate]) => ({ base: "USD", quote, rate, asOf: DEMO_FX_DATE }));

/** Writes the demo rates; running it again leaves one row per pair and day, with the values above. */
export async function seedDemoFxRates(database: Database): Promise<number> {
  const createdAt = nowIso();
  await database.db
    .insertInto("fx_rates")
    .values(
      DEMO_FX_RATES.map((r) => ({
        id: newId("fx"),
        base_currency: r.base,
        quote_currency: r.quote,
        rate: r.rate,
        as_of: r.asOf,
        source: DEMO_FX_SOURCE,
        created_by_user_id: null,
        created_at: createdAt,
      })),
    )
    .onConflict((oc) =>
      oc.columns(["base_currency", "quote_currency", "as_of"]).doUpdateSet((eb) => ({
        rate: eb.ref("excluded.rate"),
        source: eb.ref("excluded.source"),
      })),
    )
    .execute();
  return DEMO_FX_RATES.length;
}
