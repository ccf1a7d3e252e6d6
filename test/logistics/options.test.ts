import { describe, expect, it } from "vitest";
import { departureDay, deliveryDay } from "../../graph/logistics/calendar.js";
import { chargeableGrams, freightCost } from "../../graph/logistics/options.js";
import { shippingOptions } from "../../graph/logistics/service.js";
import { UserInputProblems } from "../../graph/errors.js";
import { at } from "../support/companies.js";
import { describeEachDatabase } from "../support/db.js";
import { errorOf } from "../support/errors.js";
import { ctxAs } from "../support/identity.js";
import { NOW } from "./support.js";

describe("chargeable weight: the greater of actual and volumetric, by each mode's divisor", () => {
  it.each([
    // 100 kg in 1 m³: air 1,000,000 / 6,000 = 166.67 kg, rounded up to the half kilogram.
    ["air", 100, 1, 167_000],
    ["express", 100, 1, 200_000],
    ["postal", 2, 0.001, 2_000],
    ["road", 100, 1, 334_000],
    ["rail", 100, 1, 500_000],
    // Sea: weight or measure, 1 m³ = 1 t; heavy goods pay by weight.
    ["sea", 26_000, 20, 26_000_000],
    ["sea", 500, 2, 2_000_000],
    ["air", 10.2, 0, 10_500],
  ] as const)("%s: %d kg in %d m³ → %d g", (mode, weightKg, volumeM3, grams) => {
    expect(chargeableGrams(mode, { weightKg, volumeM3 })).toBe(grams);
  });

  it.each([
    // 26 t at 115 US cents… a tonne rate of 11,500 minor units: 26 × 11,500 = 299,000 cents.
    [26_000_000, 11_500, 7_500, 299_000],
    // Rounded up to the cent, never under the minimum charge.
    [1_500, 11_500, 7_500, 7_500],
    [10_500, 330_000, 8_000, 8_000],
    [100_500, 330_000, 8_000, 33_165],
  ])("%d g at %d per tonne, minimum %d → %d", (grams, rate, minimum, cost) => {
    expect(freightCost(grams, rate, minimum)).toBe(cost);
  });
});

describe("calendar-aware dates: cutoffs and weekends", () => {
  it.each([
    // Monday 7 Dec 2026, weekly Thursday cutoff → leaves Thursday 10th.
    ["2026-12-07", 4, "2026-12-10"],
    // Ready on the cutoff day itself: makes it.
    ["2026-12-10", 4, "2026-12-10"],
    // Friday after the cutoff: next week's Thursday.
    ["2026-12-11", 4, "2026-12-17"],
    // Daily departures skip the weekend.
    ["2026-12-12", null, "2026-12-14"],
    ["2026-12-09", null, "2026-12-09"],
  ] as const)("ready %s, cutoff weekday %s → departs %s", (readyOn, cutoff, departs) => {
    expect(departureDay(readyOn, cutoff)).toBe(departs);
  });

  it.each([
    // Sea 38 calendar days from Thursday 10 Dec: Sunday 17 Jan → delivered Monday 18th.
    ["2026-12-10", 38, false, "2027-01-18"],
    // Road 3 working days from Friday 11 Dec: Wednesday 16th.
    ["2026-12-11", 3, true, "2026-12-16"],
    // Air 2 calendar days from Thursday: Saturday → Monday.
    ["2026-12-10", 2, false, "2026-12-14"],
  ] as const)("leaves %s, %d days (working days: %s) → delivered %s", (departs, days, working, delivered) => {
    expect(deliveryDay(departs, days, working)).toBe(delivered);
  });
});

describeEachDatabase("shipping options", (db) => {
  it("prices the coconuts' 26 t by sea from Port Klang to Gdańsk, and every faster way, soonest first", async () => {
    const ctx = at(ctxAs(db()), NOW);
    const options = await shippingOptions(ctx, { origin: "MY", destination: "PL", weightKg: 26_000, volumeM3: 52, readyOn: "2026-12-07" });
    expect(options.map((o) => o.id)).toEqual(["lane:MY-PL:air", "lane:MY-PL:express", "lane:MY-PL:postal", "lane:MY-PL:sea"]);
    const sea = options.find((o) => o.mode === "sea")!;
    // 52 m³ weigh 52 chargeable tonnes by sea at 115 USD a tonne; leaves Thursday 10 Dec, 28–38 days.
    expect(sea).toMatchObject({
      cost: { amountMinor: 598_000, currency: "USD" },
      chargeableWeightKg: 52_000,
      departsOn: "2026-12-10",
      earliestDelivery: "2027-01-07",
      estimatedDelivery: "2027-01-18",
      estimated: false,
    });
  });

  it("ships China → Chile on the dedicated line in at most 20 days, and to the Middle East in 7–15", async () => {
    const ctx = at(ctxAs(db()), NOW);
    const chile = await shippingOptions(ctx, { origin: "CN", destination: "CL", weightKg: 2, volumeM3: 0.01 });
    expect(chile.find((o) => o.mode === "postal")).toMatchObject({ carrierLabel: "Dedicated line China → Chile", transitDaysMax: 20, cost: { amountMinor: 1_900, currency: "USD" } });
    const saudi = await shippingOptions(ctx, { origin: "CN", destination: "SA", weightKg: 2, volumeM3: 0.01 });
    expect(saudi.find((o) => o.mode === "postal")).toMatchObject({ transitDaysMin: 7, transitDaysMax: 15 });
  });

  it("ships from a Spanish warehouse holding the goods within 72 hours in its region", async () => {
    const ctx = at(ctxAs(db()), NOW);
    await db().db.insertInto("warehouse_stock").values({ warehouse_id: "whs_es_mad", listing_id: "lst_demo", quantity: 500, unit: "KGM", updated_by_user_id: null, updated_at: NOW }).execute();
    const options = await shippingOptions(ctx, { origin: "CN", destination: "ES", weightKg: 20, volumeM3: 0.05, readyOn: "2026-12-11", listingId: "lst_demo" });
    expect(options.find((o) => o.fromWarehouse)).toMatchObject({
      id: "whs:ES-MAD:regional",
      mode: "road",
      fromWarehouse: expect.objectContaining({ city: "Madrid" }),
      departsOn: "2026-12-11",
      estimatedDelivery: "2026-12-16",
      cost: { amountMinor: 900, currency: "EUR" },
    });
    // Poland is outside Madrid's region: the goods take the lanes from Spain.
    const toPoland = await shippingOptions(ctx, { origin: "CN", destination: "PL", weightKg: 20, volumeM3: 0.05, listingId: "lst_demo" });
    expect(toPoland.some((o) => o.id === "whs:ES-MAD:road")).toBe(true);
  });

  it("says what is wrong with the input, all at once", async () => {
    const problems = await errorOf(shippingOptions(ctxAs(db()), { origin: "XX", destination: "PL", weightKg: 0, volumeM3: -1, readyOn: "2026-02-30" }));
    expect((problems as UserInputProblems).problems.map((p) => [p.field, p.code])).toEqual([
      ["origin", "COUNTRY_UNKNOWN"],
      ["weightKg", "NOT_POSITIVE"],
      ["volumeM3", "NOT_POSITIVE"],
      ["readyOn", "DATE_INVALID"],
    ]);
  });
});
