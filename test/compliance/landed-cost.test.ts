import { describe, expect, it } from "vitest";
import type { IncotermCode } from "../../db/reference/index.js";
import { agreementsBetween } from "../../graph/compliance/data/agreements.js";
import { DE_MINIMIS } from "../../graph/compliance/data/de-minimis.js";
import { COUNTRY_TAXES } from "../../graph/compliance/data/taxes.js";
import {
  applyRate,
  customsValue,
  deMinimisOn,
  dutyRate,
  hsPrefixesOf,
  importTaxes,
  incotermAllocation,
  mostSpecific,
  relieved,
  taxesOn,
  taxRateFor,
} from "../../graph/compliance/landed-cost.js";

describe("who pays what under each Incoterm 2020 rule", () => {
  it.each([
    ["EXW", "BUYER", "BUYER", "BUYER", "BUYER"],
    ["FCA", "BUYER", "BUYER", "SELLER", "BUYER"],
    ["FAS", "BUYER", "BUYER", "SELLER", "BUYER"],
    ["FOB", "BUYER", "BUYER", "SELLER", "BUYER"],
    ["CFR", "SELLER", "BUYER", "SELLER", "BUYER"],
    ["CPT", "SELLER", "BUYER", "SELLER", "BUYER"],
    ["CIF", "SELLER", "SELLER", "SELLER", "BUYER"],
    ["CIP", "SELLER", "SELLER", "SELLER", "BUYER"],
    ["DAP", "SELLER", "SELLER", "SELLER", "BUYER"],
    ["DPU", "SELLER", "SELLER", "SELLER", "BUYER"],
    ["DDP", "SELLER", "SELLER", "SELLER", "SELLER"],
  ])("%s: carriage %s, insurance %s, export clearance %s, import duty and taxes %s", (term, mainCarriage, insurance, exportClearance, importDutiesAndTaxes) => {
    expect(incotermAllocation(term as IncotermCode)).toEqual({ mainCarriage, insurance, exportClearance, importDutiesAndTaxes });
  });
});

describe("customs value on the destination's basis", () => {
  const base = { goodsMinor: 100_000, freightMinor: 8_000, insuranceMinor: 300, freightInPriceMinor: null };
  it.each([
    ["FOB into a CIF country adds the buyer's freight and insurance", { ...base, incoterm: "FOB", valuation: "CIF" }, 108_300, []],
    ["FOB into a CIF country without a freight quote is a floor", { ...base, incoterm: "FOB", valuation: "CIF", freightMinor: null }, 100_300, ["FREIGHT"]],
    ["CIF into a CIF country is the price", { ...base, incoterm: "CIF", valuation: "CIF" }, 100_000, []],
    ["FOB into the US (FOB basis) is the price", { ...base, incoterm: "FOB", valuation: "FOB" }, 100_000, []],
    ["CIF into the US takes the freight inside the price out", { ...base, incoterm: "CIF", valuation: "FOB", freightInPriceMinor: 9_000 }, 91_000, []],
    ["CIF into the US with that freight unknown stays at the price", { ...base, incoterm: "CIF", valuation: "FOB" }, 100_000, ["FREIGHT_IN_PRICE"]],
    ["CFR into a CIF country: insurance is the buyer's and is added", { ...base, incoterm: "CFR", valuation: "CIF" }, 100_000, []],
  ] as const)("%s", (_, facts, valueMinor, missing) => {
    expect(customsValue(facts as Parameters<typeof customsValue>[0])).toEqual({ valueMinor, missing });
  });
});

describe("duty", () => {
  it.each([
    [100_000, 1_280, 12_800],
    [123_457, 250, 3_086],
    [1, 5_000, 1],
    [0, 1_200, 0],
    [999, 1_550, 155],
  ])("%d minor × %d bp = %d minor, rounded half away from zero once", (amount, bp, expected) => {
    expect(applyRate(amount, bp)).toBe(expected);
  });

  const acfta = agreementsBetween("CN", "MY", "2026-12-06");
  it.each([
    ["MFN without a proof of origin", 1_000, "080119", acfta, false, 1_000, null],
    ["ACFTA with a certificate of origin", 1_000, "080119", acfta, true, 0, "ACFTA"],
    ["ACFTA leaves vehicles (ch. 87) at MFN", 3_000, "870323", acfta, true, 3_000, null],
    ["no agreement between the two", 600, "080119", agreementsBetween("VN", "CL", "2026-12-06").filter((a) => a.code !== "CPTPP"), true, 600, null],
  ] as const)("%s", (_, mfn, hs, agreements, proof, rateBp, agreement) => {
    expect(dutyRate(mfn, hs, agreements, proof)).toEqual({ rateBp, agreement });
  });

  it.each([
    ["CN", "MY", "2026-12-06", ["ACFTA", "RCEP"]],
    ["MY", "PL", "2026-12-06", []],
    ["JP", "DE", "2026-12-06", ["EU-JP"]],
    ["JP", "DE", "2018-06-01", []],
    ["DE", "FR", "2026-12-06", []],
    ["SA", "AE", "2026-12-06", ["GCC"]],
    ["MX", "US", "2026-12-06", ["USMCA"]],
    ["CL", "CN", "2026-12-06", ["CN-CL"]],
  ])("%s → %s on %s: %j", (origin, destination, on, codes) => {
    expect(agreementsBetween(origin, destination, on).map((a) => a.code)).toEqual(codes);
  });

  it("takes the most specific tariff row: subheading over heading over chapter", () => {
    const rows = [{ hsPrefix: "" }, { hsPrefix: "08" }, { hsPrefix: "0801" }, { hsPrefix: "080119" }, { hsPrefix: "0802" }];
    expect(mostSpecific(rows, "080119")?.hsPrefix).toBe("080119");
    expect(mostSpecific(rows, "080111")?.hsPrefix).toBe("0801");
    expect(mostSpecific(rows, "080450")?.hsPrefix).toBe("08");
    expect(mostSpecific(rows, "720851")?.hsPrefix).toBe("");
    expect(hsPrefixesOf("08011900")).toEqual(["", "08", "0801", "080119", "08011900"]);
    expect(hsPrefixesOf("0801")).toEqual(["", "08", "0801"]);
  });
});

describe("import VAT and GST", () => {
  const pl = COUNTRY_TAXES.PL!.taxes;
  it.each([
    ["Poland, coconuts (ch. 08): 5 % on customs value plus duty", pl, "080119", 100_000, 0, [[5_000, 100_000, 500]]],
    ["Poland, steel (ch. 72): 23 %", pl, "720851", 100_000, 2_000, [[23_460, 102_000, 2_300]]],
    ["Germany, machinery: 19 % on value plus duty", COUNTRY_TAXES.DE!.taxes, "847130", 200_000, 0, [[38_000, 200_000, 1_900]]],
    ["Brazil: PIS/COFINS on the customs value, then ICMS on value, duty and PIS/COFINS", COUNTRY_TAXES.BR!.taxes, "847130", 100_000, 13_000, [[11_750, 100_000, 1_175], [22_455, 124_750, 1_800]]],
  ] as const)("%s", (_, taxes, hs, value, duty, expected) => {
    expect(importTaxes(taxes, hs, value, duty, null).map((c) => [c.amountMinor, c.baseMinor, c.rateBp])).toEqual(expected);
  });

  it("follows the dated rate: Russia's VAT went from 20 % to 22 % on 1 January 2026", () => {
    const ru = COUNTRY_TAXES.RU!.taxes;
    expect(taxesOn(ru, "2025-12-31").map((t) => taxRateFor(t, "847130"))).toEqual([2_000]);
    expect(taxesOn(ru, "2026-01-01").map((t) => taxRateFor(t, "847130"))).toEqual([2_200]);
    expect(taxesOn(ru, "2026-01-01").map((t) => taxRateFor(t, "100199"))).toEqual([1_000]);
  });

  it("the US has no federal import VAT", () => {
    expect(COUNTRY_TAXES.US).toMatchObject({ valuation: "FOB", taxes: [] });
  });
});

describe("de minimis, dated", () => {
  it.each([
    ["US before the end of the exemption", "US", "2025-08-28", 80_000, 80_000],
    ["US from 29 August 2025", "US", "2025-08-29", null, null],
    ["EU before July 2021: €150 duty, €22 VAT", "PL", "2021-06-30", 15_000, 2_200],
    ["EU from July 2021: €150 duty, VAT from €0", "PL", "2021-07-01", 15_000, null],
    ["UK: £135 duty", "GB", "2026-12-06", 13_500, null],
  ])("%s", (_, country, on, duty, tax) => {
    const rule = deMinimisOn(DE_MINIMIS[country], on);
    expect([rule?.dutyUpToMinor ?? null, rule?.taxUpToMinor ?? null]).toEqual([duty, tax]);
  });

  const eu = deMinimisOn(DE_MINIMIS.PL, "2026-12-06")!;
  const china = deMinimisOn(DE_MINIMIS.CN, "2026-12-06")!;
  it.each([
    ["€120 of goods pays no EU duty", { rule: eu, dutyUpToMinor: 15_000, taxUpToMinor: null }, "duty", 12_000, 600, true],
    ["€150.01 pays it", { rule: eu, dutyUpToMinor: 15_000, taxUpToMinor: null }, "duty", 15_001, 750, false],
    ["but EU VAT is due from €0", { rule: eu, dutyUpToMinor: 15_000, taxUpToMinor: null }, "tax", 100, 23, false],
    ["China waives a charge of 50 CNY or less, whatever the value", { rule: china, dutyUpToMinor: 5_000, taxUpToMinor: 5_000 }, "tax", 30_000, 4_900, true],
    ["and not one of 50.01 CNY", { rule: china, dutyUpToMinor: 5_000, taxUpToMinor: 5_000 }, "tax", 30_000, 5_001, false],
  ] as const)("%s", (_, relief, kind, value, charge, expected) => {
    expect(relieved(relief, kind, value, charge)).toBe(expected);
  });
});
