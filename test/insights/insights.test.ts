import { describe, expect, it } from "vitest";
import { buyerFeed, openDemand, whatSellsWhere } from "../../graph/insights/service.js";
import { isoWeekOf, lastWeeks } from "../../graph/insights/weeks.js";
import { closeSourcingRequest, createSourcingRequest } from "../../graph/sourcing/service.js";
import { describeEachDatabase } from "../support/db.js";
import { at, company } from "../support/companies.js";
import { coconutsInUsd, listed, mangoes, oliveOilInEnglish, steelPlate } from "../support/listings.js";
import { NOW, world } from "../support/matching.js";
import { coconutRequest } from "../support/sourcing.js";

describe("ISO weeks", () => {
  it.each([
    ["2026-11-27", "2026-W48", "2026-11-23"],
    ["2026-11-23", "2026-W48", "2026-11-23"],
    ["2026-11-29", "2026-W48", "2026-11-23"],
    // 1 January 2027 is a Friday: it belongs to the last week of 2026.
    ["2027-01-01", "2026-W53", "2026-12-28"],
    ["2027-01-04", "2027-W01", "2027-01-04"],
    // 29 December 2025 is a Monday in week 1 of 2026.
    ["2025-12-29", "2026-W01", "2025-12-29"],
  ])("%s is in %s, which starts on %s", (date, week, monday) => {
    expect(isoWeekOf(date)).toEqual({ week, monday });
  });

  it("lists the last 12 weeks, oldest first, ending with this one", () => {
    const weeks = lastWeeks("2026-11-27", 12);
    expect(weeks).toHaveLength(12);
    expect(weeks[0]).toEqual({ week: "2026-W37", monday: "2026-09-07" });
    expect(weeks[11]).toEqual({ week: "2026-W48", monday: "2026-11-23" });
  });
});

describeEachDatabase("demand insights", (db) => {
  /** Two buyers post requests over the past weeks; one request is closed again. */
  async function demand() {
    const w = await world(db());
    const riyadh = await company(db(), { email: "khalid@riyadh-trading.example", legalName: "Al-Riyadh Trading Co.", country: "SA", kind: "buyer" }, NOW);
    const post = (ctx: typeof w.buyer.ctx, when: string, input: Parameters<typeof coconutRequest>[0]) =>
      createSourcingRequest(at(ctx, when), coconutRequest(input));
    // Week 48 (this week): 40 t and 12,000 kg of coconuts into Poland.
    await post(w.buyer.ctx, NOW, {});
    await post(w.buyer.ctx, "2026-11-24T10:00:00.000Z", { quantity: 12_000, unit: "KGM", targetUnitPrice: null });
    // Week 46: 5 t of mangoes into Poland, then a request for 8 t that the buyer closed.
    await post(w.buyer.ctx, "2026-11-12T08:00:00.000Z", { title: "Dried mango", hsCode: "080450", quantity: 5, targetUnitPrice: null });
    const closed = await post(w.buyer.ctx, "2026-11-10T08:00:00.000Z", { quantity: 8 });
    await closeSourcingRequest(w.buyer.ctx, closed.id);
    // Week 44: 20,000 l of olive oil into Saudi Arabia.
    await post(riyadh.ctx, "2026-10-28T12:00:00.000Z", {
      title: "زيت زيتون بكر ممتاز",
      hsCode: "150910",
      keywords: ["olive oil"],
      quantity: 20_000,
      unit: "LTR",
      targetUnitPrice: null,
      destinationCountry: "SA",
      destinationPort: "SAJED",
      incoterm: "CFR",
    });
    return { ...w, riyadh };
  }

  it("counts open demand by destination and HS chapter, in base units, with a 12-week trend", async () => {
    const w = await demand();
    const groups = await openDemand(w.kelapa.ctx, {});
    expect(groups.map((g) => [g.destinationCountry, g.hsChapter, g.openCount, g.quantities])).toEqual([
      ["PL", "08", 3, [{ kind: "mass", unit: "KGM", total: 57_000 }]],
      ["SA", "15", 1, [{ kind: "volume", unit: "MTQ", total: 20 }]],
    ]);
    const trend = Object.fromEntries(groups[0]!.trend.filter((t) => t.count).map((t) => [t.week, t.count]));
    // The closed request still counts as demand in the week it was posted.
    expect(trend).toEqual({ "2026-W46": 2, "2026-W48": 2 });
    expect(groups[0]!.trend.map((t) => t.week)).toEqual(lastWeeks("2026-11-27", 12).map((w) => w.week));
    expect(groups[1]!.trend.find((t) => t.count)).toEqual({ week: "2026-W44", weekStart: "2026-10-26", count: 1 });

    expect((await openDemand(w.kelapa.ctx, { hsChapter: "15" })).map((g) => g.destinationCountry)).toEqual(["SA"]);
    expect((await openDemand(w.kelapa.ctx, { destinationCountry: "pl" })).map((g) => g.hsChapter)).toEqual(["08"]);
  });

  it("shows an exporter where its own HS headings are requested", async () => {
    const w = await demand();
    await listed(w.kelapa, coconutsInUsd());
    await listed(w.kelapa, coconutsInUsd({ title: "Coconuts, second grade" }));
    expect(await whatSellsWhere(w.kelapa.ctx)).toEqual([{ destinationCountry: "PL", hsHeading: "0801", openCount: 2, quantities: [{ kind: "mass", unit: "KGM", total: 52_000 }] }]);
    await listed(w.mekong, oliveOilInEnglish({ originCountry: "VN", shipFromPort: "VNSGN" }));
    expect((await whatSellsWhere(w.mekong.ctx)).map((d) => [d.destinationCountry, d.hsHeading, d.openCount])).toEqual([["SA", "1509", 1]]);
    expect(await whatSellsWhere(w.volga.ctx)).toEqual([]);
  });

  it("feeds a buyer the listings that fit what it asked for, leaving out embargoed lanes", async () => {
    const w = await world(db());
    const coco = await listed(w.kelapa, coconutsInUsd());
    await listed(w.kelapa, mangoes({ originCountry: "MY", shipFromPort: "MYPKG" }));
    await listed(w.volga, steelPlate());
    const past = await createSourcingRequest(at(w.buyer.ctx, "2026-10-01T08:00:00.000Z"), coconutRequest({ neededBy: "2026-12-15" }));
    await closeSourcingRequest(w.buyer.ctx, past.id);
    await createSourcingRequest(w.buyer.ctx, coconutRequest({ title: "Steel plate", keywords: ["steel"], hsCode: "7208", quantity: 200, targetUnitPrice: null, incoterm: "FCA", destinationPort: null }));

    const feed = await buyerFeed(w.buyer.ctx);
    expect(feed.map((item) => [item.match.listing.title, item.basedOnRequestId])).toEqual([
      [coco.title, past.id],
      ["Dried mango slices", past.id],
    ]);
    expect(feed[0]!.match.reasons.map((r) => r.text)).toContain("same HS subheading 0801.19");
    expect(await buyerFeed(w.kelapa.ctx)).toEqual([]);
  });
});
