import { expect, it } from "vitest";
import { reasonText } from "../../graph/matching/reasons.js";
import type { Reason } from "../../graph/matching/score.js";
import { translatorFor } from "../../locales/index.js";

const en = { t: translatorFor("en"), locale: "en", today: "2026-11-27" };
const reason = (signal: Reason["signal"], code: string, params: Reason["params"] = {}, positive = true): Reason => ({ signal, code, params, positive });

it.each<[Reason, string]>([
  [reason("hsCode", "hsHeading", { code: "0801" }), "same HS heading 0801"],
  [reason("hsCode", "hsSubheading", { code: "0801.19" }), "same HS subheading 0801.19"],
  [reason("text", "textMatch", { count: 2, total: 3, words: "desiccated, coconut" }), "2 of your 3 words match: desiccated, coconut"],
  [reason("text", "textMatch", { count: 1, total: 3, words: "coconut" }), "1 of your 3 words matches: coconut"],
  [reason("quantity", "quantityFits", { moq: 5, quantity: 40, unit: "TNE" }), "MOQ 5 t ≤ your 40 t"],
  [reason("quantity", "quantityFits", { moq: 5000, quantity: 40000, unit: "KGM" }), "MOQ 5,000 kg ≤ your 40,000 kg"],
  [reason("quantity", "quantityPartial", { available: 30, quantity: 40, unit: "TNE" }, false), "only 30 t of your 40 t available"],
  [reason("quantity", "quantityUnitMismatch", { unit: "TNE", requestUnit: "H87" }, false), "sold by tonne (metric ton), which does not compare with your piece"],
  [reason("price", "priceUnder", { percent: 12 }), "price 12 % under target"],
  [reason("price", "priceOver", { percent: 8 }, false), "price 8 % over target"],
  [reason("lane", "laneInTime", { min: 42, max: 52, mode: "sea", neededBy: "2027-02-15", estimated: 0 }), "arrives in 42–52 days by sea, before Feb 15, 2027"],
  [reason("lane", "laneMaybe", { min: 16, max: 19, mode: "air", neededBy: "2026-12-17", estimated: 1 }, false), "arrives in 16–19 days by air: may miss Dec 17 (transit time estimated from the regions)"],
  [
    reason("lane", "laneEmbargoed", { origin: "RU", destination: "PL", covered: "EU", hs: "72", since: "2022-03-16", basis: "Council Regulation (EU) No 833/2014, Article 3g" }, false),
    "embargoed lane: RU → PL for HS 72, since Mar 16, 2022 (Council Regulation (EU) No 833/2014, Article 3g)",
  ],
  [reason("incoterm", "incotermOffered", { term: "CIF", place: "Gdańsk (PLGDN)" }), "offers CIF Gdańsk (PLGDN)"],
  [reason("verifiedSeller", "sellerVerified"), "verified seller"],
  [reason("quotesAnswered", "quotesAnswered", { count: 3 }), "has answered 3 requests with a quote"],
])("%o reads “%s”", (given, text) => {
  expect(reasonText(en, given)).toEqual({ signal: given.signal, code: given.code, positive: given.positive, text });
});
