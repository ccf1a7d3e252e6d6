import type { Executor } from "../database.js";
import { DESTINATION_GROUPS } from "./embargoes.js";
import tariffsJson from "./tariffs.json";

interface TerritoryTariff {
  source: string;
  asOf: string;
  /** Basis points by "*" (every other chapter), a chapter range "01-05", a chapter, a heading or a subheading. */
  rates: Record<string, number>;
}

export const BUILT_IN_TARIFFS: Readonly<Record<string, TerritoryTariff>> = (tariffsJson as { territories: Record<string, TerritoryTariff> }).territories;

/** HS 2022 has no chapter 77 (kept for future use). */
const CHAPTERS = Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, "0")).filter((c) => c !== "77");

/** The territory whose tariff applies in a country: the EU's members share one. */
export function customsTerritoryOf(country: string): string {
  const code = country.toUpperCase();
  return DESTINATION_GROUPS.EU!.includes(code) ? "EU" : code;
}

/** One row per chapter (and per heading named), with "*" spread over the chapters no key names. */
export function builtInTariffRows(updatedAt: string) {
  return Object.entries(BUILT_IN_TARIFFS).flatMap(([territory, tariff]) => {
    const byPrefix = new Map<string, number>(CHAPTERS.map((c) => [c, tariff.rates["*"] ?? 0]));
    for (const [key, rate] of Object.entries(tariff.rates)) {
      const range = /^(\d{2})-(\d{2})$/.exec(key);
      if (range) for (const c of CHAPTERS.filter((c) => c >= range[1]! && c <= range[2]!)) byPrefix.set(c, rate);
      else if (key !== "*") byPrefix.set(key, rate);
    }
    return [...byPrefix].map(([hsPrefix, rate]) => ({
      territory,
      hs_prefix: hsPrefix,
      rate_bp: rate,
      source: tariff.source,
      as_of: tariff.asOf,
      indicative: 1,
      updated_at: updatedAt,
    }));
  });
}

/** Inserts the built-in chapter rates; rows already there (an imported schedule) are left alone. */
export async function loadTariffs(db: Executor, now: string): Promise<void> {
  const rows = builtInTariffRows(now);
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insertInto("tariff_rates")
      .values(rows.slice(i, i + 200))
      .onConflict((oc) => oc.columns(["territory", "hs_prefix"]).doNothing())
      .execute();
  }
}
