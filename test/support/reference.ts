import type { Database } from "../../db/database.js";
import { importHs } from "../../db/import/hs.js";
import { DEMO_FX_DATE, DEMO_FX_RATES } from "../../db/seed/fx-demo.js";
import { setFxRate } from "../../graph/fx/service.js";
import { systemContext } from "../../graph/runtime.js";

/**
 * The headings and subheadings the tests' goods are listed and asked for under, as UN Comtrade's
 * files write them. Migrating loads HS 2022 itself; olive oil, virgin (1509.10) and LED lamps
 * (8539.50) are HS 2017 subheadings that only this file adds.
 */
const NOMENCLATURE = [
  "section,hscode,description,parent,level",
  'II,08,"Fruit and nuts, edible; peel of citrus fruit or melons",TOTAL,2',
  'II,0801,"Nuts, edible; coconuts, Brazil nuts and cashew nuts, fresh or dried, whether or not shelled or peeled",08,4',
  'II,080111,"Nuts, edible; coconuts, desiccated",0801,6',
  'II,080119,"Nuts, edible; coconuts, fresh or dried, other than desiccated or in the inner shell (endocarp)",0801,6',
  'II,0804,"Dates, figs, pineapples, avocados, guavas, mangoes and mangosteens",08,4',
  'II,080450,"Guavas, mangoes and mangosteens",0804,6',
  'II,0901,"Coffee, whether or not roasted or decaffeinated; coffee husks and skins; coffee substitutes containing coffee in any proportion",09,4',
  'II,090111,"Coffee; not roasted, not decaffeinated",0901,6',
  'III,1509,"Olive oil and its fractions, whether or not refined, but not chemically modified",15,4',
  "III,150910,Olive oil; virgin,1509,6",
  'XV,7208,"Flat-rolled products of iron or non-alloy steel, hot-rolled",72,4',
  "XV,720851,Flat-rolled iron or non-alloy steel; hot-rolled; not in coils; thickness exceeding 10mm,7208,6",
  'XVI,8539,"Electric filament or discharge lamps, including sealed beam lamp units and ultra-violet or infra-red lamps; arc-lamps; light-emitting diode (LED) light sources",85,4',
  "XVI,853950,Lamps; light-emitting diode (LED) lamps,8539,6",
].join("\n");

/** The currencies the listing, search and trade stories price in. */
export const LISTING_CURRENCIES = ["MYR", "EUR", "CNY", "PLN"] as const;

/**
 * The nomenclature above, and the demo world's rates (one US dollar in each currency, on the demo
 * rates' day) for these currencies only: a story without a rate for a currency means it.
 */
export async function loadReferenceData(database: Database, currencies: readonly string[] = LISTING_CURRENCIES): Promise<void> {
  await importHs(database, NOMENCLATURE, "HS2022");
  for (const quote of currencies) {
    const demo = DEMO_FX_RATES.find((r) => r.quote === quote);
    if (!demo) throw new Error(`the demo world has no rate for ${quote}`);
    await setFxRate(systemContext(database), { base: demo.base, quote, rate: demo.rate, asOf: DEMO_FX_DATE });
  }
}
