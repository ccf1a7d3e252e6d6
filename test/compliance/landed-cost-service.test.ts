import { expect, it } from "vitest";
import { importTariffs, landedCost, landedCostForListing, tariffRateFor } from "../../graph/compliance/service.js";
import { serviceContext, systemContext } from "../../graph/runtime.js";
import { DomainError, UserInputProblems } from "../../graph/errors.js";
import { describeEachDatabase } from "../support/db.js";
import { at } from "../support/companies.js";
import { errorOf } from "../support/errors.js";
import { coconutsInUsd, listed } from "../support/listings.js";
import { NOW, world } from "../support/matching.js";

const codes = (error: unknown) => (error as UserInputProblems).problems.map((p) => [p.field, p.code]);
const usd = (dollars: number) => ({ amountMinor: Math.round(dollars * 100), currency: "USD" });

describeEachDatabase("landed cost", (db) => {
  it("lands 40 t of Malaysian coconuts CIF Gdańsk in złoty: no EU duty on 0801, 5 % Polish VAT on food", async () => {
    const w = await world(db());
    const coco = await listed(w.kelapa, coconutsInUsd());
    const cost = await landedCostForListing(w.buyer.ctx, { listingId: coco.id, quantity: 40, incoterm: "CIF", destinationCountry: "PL", currency: "PLN" });
    // 40 t at the 20 t tier, 1,180.00 USD = 47,200.00 USD, at 3.655 PLN to the dollar (20 November).
    expect(cost.items.map((i) => [i.kind, i.label, i.amount.amountMinor, i.paidBy, i.includedInPrice])).toEqual([
      ["GOODS", "Goods, HS 0801.19", 17_251_600, "BUYER", false],
      ["DUTY", "Import duty 0% on HS 0801.19", 0, "BUYER", false],
      ["TAX", "Import VAT 5% on HS 0801.19", 862_580, "BUYER", false],
    ]);
    expect(cost.items[0]!.converted).toMatchObject({ rate: "3.655", asOf: "2026-11-20" });
    expect(cost.items[1]!).toMatchObject({ indicative: true, asOf: "2025-01-01", source: expect.stringContaining("Combined Nomenclature 2025") });
    expect(cost.items[2]!.source).toMatch(/Ustawa o podatku od towarów i usług/);
    expect(cost).toMatchObject({ valuation: "CIF", customsValue: { amountMinor: 17_251_600, currency: "PLN" }, total: { amountMinor: 18_114_180, currency: "PLN" }, complete: true });
    expect(cost.deMinimis).toMatchObject({ dutyUpTo: { amountMinor: 63_565, currency: "PLN" }, taxUpTo: null });
  });

  it("adds the freight a FOB buyer pays to the customs value, and says what is left out", async () => {
    const w = await world(db());
    const coco = await listed(w.kelapa, coconutsInUsd());
    const fob = await landedCostForListing(w.buyer.ctx, { listingId: coco.id, quantity: 40, incoterm: "FOB", destinationCountry: "PL", currency: "PLN", freight: usd(2_400) });
    expect(fob.items.map((i) => [i.kind, i.amount.amountMinor])).toEqual([["GOODS", 17_251_600], ["FREIGHT", 877_200], ["DUTY", 0], ["TAX", 906_440]]);
    expect(fob.customsValue.amountMinor).toBe(18_128_800);
    expect(fob.total.amountMinor).toBe(19_035_240);
    expect(fob.notes.map((n) => n.code)).toEqual(["INSURANCE_NOT_INCLUDED"]);

    const noFreight = await landedCostForListing(w.buyer.ctx, { listingId: coco.id, quantity: 40, incoterm: "FOB", destinationCountry: "PL", currency: "PLN" });
    expect(noFreight.complete).toBe(false);
    expect(noFreight.notes[0]).toEqual({ code: "FREIGHT_UNKNOWN", message: "Under FOB you pay the main carriage: add a freight quote for a full landed cost." });
  });

  it("values FOB in the US, with no VAT and no de minimis since 29 August 2025", async () => {
    const w = await world(db());
    const lines = [{ hsCode: "0801.19", originCountry: "MY", value: usd(500) }];
    const now = await landedCost(w.buyer.ctx, { lines, incoterm: "FOB", destinationCountry: "US", freight: usd(40) });
    expect(now.items.map((i) => [i.kind, i.amount.amountMinor, i.relieved])).toEqual([["GOODS", 50_000, false], ["FREIGHT", 4_000, false], ["DUTY", 1_750, false]]);
    expect(now.customsValue.amountMinor).toBe(50_000);
    expect(now.notes.map((n) => n.code)).toContain("NO_IMPORT_VAT");
    const before = await landedCost(w.buyer.ctx, { lines, incoterm: "FOB", destinationCountry: "US", freight: usd(40), on: "2025-06-01" });
    expect(before.items.find((i) => i.kind === "DUTY")).toMatchObject({ amount: { amountMinor: 0 }, relieved: true });
    expect(before.notes.map((n) => n.code)).toContain("DE_MINIMIS_APPLIED");
  });

  it("gives the ACFTA rate for Chinese goods into Malaysia only with a certificate of origin", async () => {
    const w = await world(db());
    const lines = [{ hsCode: "8471.30", originCountry: "CN", value: usd(10_000) }];
    const mfn = await landedCost(w.buyer.ctx, { lines, incoterm: "CIF", destinationCountry: "MY" });
    expect(mfn.items.map((i) => [i.key, i.amount.amountMinor])).toEqual([["goods", 1_000_000], ["duty", 30_000], ["salesTax", 103_000]]);
    expect(mfn.notes.map((n) => n.code)).toEqual(["PREFERENCE_AVAILABLE"]);
    const preferential = await landedCost(w.buyer.ctx, { lines, incoterm: "CIF", destinationCountry: "MY", proofOfOrigin: true });
    expect(preferential.items.find((i) => i.kind === "DUTY")).toMatchObject({ amount: { amountMinor: 0 }, agreement: "ACFTA", label: "Import duty 0% on HS 8471.30 (ACFTA preference)" });
    expect(preferential.total.amountMinor).toBe(1_100_000);
  });

  it("under DDP shows duty and VAT as the seller's, inside the price", async () => {
    const w = await world(db());
    const cost = await landedCost(w.buyer.ctx, { lines: [{ hsCode: "720851", originCountry: "CN", value: { amountMinor: 1_000_000, currency: "EUR" } }], incoterm: "DDP", destinationCountry: "DE" });
    expect(cost.items.filter((i) => i.kind !== "GOODS").every((i) => i.paidBy === "SELLER" && i.includedInPrice)).toBe(true);
    expect(cost.total).toEqual({ amountMinor: 1_000_000, currency: "EUR" });
    expect(cost.notes.map((n) => n.code)).toContain("DDP_SELLER_PAYS");
  });

  it("charges no duty inside the EU", async () => {
    const w = await world(db());
    const cost = await landedCost(w.buyer.ctx, { lines: [{ hsCode: "1509.10", originCountry: "ES", value: { amountMinor: 500_000, currency: "EUR" } }], incoterm: "DAP", destinationCountry: "PL" });
    expect(cost.items.map((i) => i.kind)).toEqual(["GOODS"]);
    expect(cost.notes.map((n) => n.code)).toEqual(["SAME_CUSTOMS_TERRITORY"]);
  });

  it("refuses bad input with clear errors in the user's language", async () => {
    const w = await world(db());
    const good = { hsCode: "080119", originCountry: "MY", value: usd(1_000) };
    const bad = await errorOf(landedCost(w.buyer.ctx, { lines: [{ ...good, hsCode: "08x" }], incoterm: "FOB", destinationCountry: "XX" }));
    expect(codes(bad)).toEqual([["lines.0.hsCode", "HS_CODE_FORMAT"], ["destinationCountry", "COUNTRY_UNKNOWN"]]);
    expect(codes(await errorOf(landedCost(w.buyer.ctx, { lines: [good], incoterm: "FOB", destinationCountry: "NG" })))).toEqual([["destinationCountry", "LANDED_COST_DESTINATION_UNSUPPORTED"]]);
    expect(codes(await errorOf(landedCost(w.buyer.ctx, { lines: [{ ...good, hsCode: "9999" }], incoterm: "FOB", destinationCountry: "PL" })))).toEqual([["lines.0.hsCode", "LANDED_COST_HS_UNKNOWN"]]);
    expect(codes(await errorOf(landedCost(w.buyer.ctx, { lines: [good], incoterm: "FOB", destinationCountry: "PL", currency: "KRW" })))).toEqual([["lines.0.value.currency", "FX_RATE_MISSING"]]);
    expect(codes(await errorOf(landedCost(w.buyer.ctx, { lines: [good], incoterm: "XYZ", destinationCountry: "PL" })))).toEqual([["incoterm", "INCOTERM_UNKNOWN"]]);
    const missing = (await errorOf(landedCost(w.buyer.ctx, { lines: [good], incoterm: "FOB", destinationCountry: "PL", currency: "KRW" }))) as UserInputProblems;
    expect(w.buyer.ctx.t(`errors:${missing.problems[0]!.code}`, missing.problems[0]!.params)).toBe("There is no exchange rate from USD to KRW on or before 2026-11-27.");
    const inPolish = at(serviceContext({ db: db().db, dialect: db().dialect } as never, { locale: "pl" as never }), NOW);
    const polish = (await errorOf(landedCost(inPolish, { lines: [good], incoterm: "FOB", destinationCountry: "NG" }))) as UserInputProblems;
    expect(inPolish.t(`errors:${polish.problems[0]!.code}`)).not.toBe(w.buyer.ctx.t(`errors:${polish.problems[0]!.code}`));
    expect(((await errorOf(landedCostForListing(w.buyer.ctx, { listingId: "lst_none", destinationCountry: "PL" }))) as DomainError).code).toBe("NOT_FOUND");
  });

  it("takes an imported subheading over the built-in chapter, and refuses a bad schedule whole", async () => {
    const w = await world(db());
    const system = systemContext(db());
    expect(await tariffRateFor(system, "PL", "080450")).toMatchObject({ territory: "EU", hsPrefix: "08", rateBp: 830, indicative: true });
    const refused = await errorOf(importTariffs(w.buyer.ctx, "territory,hs_code,rate_percent,source,as_of\nPL,0804.50,6,TARIC,2026-01-01\n"));
    expect((refused as DomainError).code).toBe("FORBIDDEN");
    const bad = await errorOf(importTariffs(w.admin, "territory,hs_code,rate_percent,source,as_of\nPL,0804.50,6,TARIC,2026-01-01\nXX,08x,abc,,2026-13-01\n"));
    expect(codes(bad)).toEqual([
      ["csv", "TARIFF_IMPORT_TERRITORY"],
      ["csv", "TARIFF_IMPORT_HS_CODE"],
      ["csv", "TARIFF_IMPORT_RATE"],
      ["csv", "TARIFF_IMPORT_SOURCE"],
      ["csv", "TARIFF_IMPORT_AS_OF"],
    ]);
    expect(await tariffRateFor(system, "PL", "080450")).toMatchObject({ hsPrefix: "08" });

    const result = await importTariffs(w.admin, "territory,hs_code,rate_percent,source,as_of\nPL,0804.50,6,TARIC 2026,2026-01-01\nEU,08,8.8,TARIC 2026,2026-01-01\n");
    expect(result).toEqual({ read: 2, created: 1, updated: 1 });
    expect(await tariffRateFor(system, "DE", "08045000")).toMatchObject({ territory: "EU", hsPrefix: "080450", rateBp: 600, indicative: false, source: "TARIC 2026" });
    expect(await tariffRateFor(system, "FR", "080440")).toMatchObject({ hsPrefix: "08", rateBp: 880 });
    const cost = await landedCost(w.buyer.ctx, { lines: [{ hsCode: "080450", originCountry: "MY", value: usd(1_000) }], incoterm: "CIF", destinationCountry: "PL" });
    expect(cost.items.find((i) => i.kind === "DUTY")).toMatchObject({ amount: { amountMinor: 6_000 }, indicative: false, asOf: "2026-01-01" });
  });
});
