import { describe, expect, it } from "vitest";
import {
  assessTradeCompliance,
  canMoveScreening,
  decideScreening,
  deniedPartyLists,
  holdForScreening,
  importDeniedParties,
  screeningReviews,
  screeningReviewsOf,
} from "../../graph/compliance/service.js";
import { jaroWinkler, nameKey, nameSimilarity, screeningScore } from "../../graph/compliance/screening.js";
import type { ScreeningDecided } from "../../graph/compliance/events.js";
import type { ServiceContext } from "../../graph/context.js";
import { DomainError, UserInputProblems } from "../../graph/errors.js";
import { defaultEventBus } from "../../graph/runtime.js";
import { describeEachDatabase } from "../support/db.js";
import { errorOf } from "../support/errors.js";
import { world } from "../support/matching.js";

const ON = new Date("2026-11-27T09:00:00Z");

describe("fuzzy names", () => {
  it.each([
    ["martha", "marhta", 0.961],
    ["dixon", "dicksonx", 0.813],
    ["abc", "abc", 1],
    ["abc", "xyz", 0],
  ])("Jaro-Winkler(%s, %s) = %d", (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3);
  });

  it.each([
    ["Сибирский Технологический Импорт ООО", "Sibirskiy Tekhnologicheskiy Import LLC", true],
    ["Precision Trading Al Nour FZE", "Al-Noor Precision Trading FZE", true],
    ["Crescent Golden Shipping Company", "Golden Crescent Shipping Co", true],
    ["Alexander Petrov", "Aleksandr Petrov", true],
    ["Muhammad Rashid", "Mohammed Al Rashid", true],
    ["Gdańsk Fresh Foods Sp. z o.o.", "Golden Crescent Shipping Co", false],
    ["Acme Trading", "Acme Logistics", false],
  ])("%s ~ %s: %s", (party, listed, hit) => {
    expect(screeningScore({ key: nameKey(party), country: null }, { key: nameKey(listed), country: null }) !== null).toBe(hit);
  });

  it("asks a closer name when the countries differ", () => {
    const party = { key: nameKey("Muhammad Rashid"), country: "PL" };
    expect(nameSimilarity(party.key, nameKey("Mohammed Al Rashid"))).toBeLessThan(0.96);
    expect(screeningScore(party, { key: nameKey("Mohammed Al Rashid"), country: "AE" })).toBeNull();
    expect(screeningScore(party, { key: nameKey("Mohammed Al Rashid"), country: "PL" })).not.toBeNull();
  });

  it("decides a review once", () => {
    expect([canMoveScreening("pending", "approved"), canMoveScreening("pending", "rejected"), canMoveScreening("approved", "rejected"), canMoveScreening("rejected", "approved")]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describeEachDatabase("trade compliance checks", (db) => {
  it("refuses an embargoed lane and a licensable chapter without a licence, each with its legal basis", async () => {
    const w = await world(db());
    const steel = await assessTradeCompliance(w.buyer.ctx, {
      originCountry: "RU",
      destinationCountry: "PL",
      on: ON,
      lines: [{ hsCode: "7208.51" }, { hsCode: "9303.20" }, { hsCode: "9303.20", licenceNumber: "PL/ZB/2026/0042" }, { hsCode: "0801.19" }],
      parties: [],
    });
    expect(steel.refusals.map((r) => [r.code, r.field])).toEqual([
      ["EMBARGOED_LANE", "lines.0.hsCode"],
      ["LICENCE_REQUIRED", "lines.1.licenceNumber"],
    ]);
    expect(steel.refusals[0]!.params).toMatchObject({ origin: "RU", destination: "PL", hs: "7208.51", since: "2022-03-16", basis: expect.stringContaining("833/2014") });
    expect(w.buyer.ctx.t("errors:LICENCE_REQUIRED", steel.refusals[1]!.params)).toMatch(/^HS 9303\.20 is subject to arms export controls: enter the licence number\. Legal basis: HS chapter 93/);
    const coconuts = await assessTradeCompliance(w.buyer.ctx, { originCountry: "MY", destinationCountry: "PL", on: ON, lines: [{ hsCode: "080119" }], parties: [] });
    expect(coconuts).toEqual({ refusals: [], screeningHits: [] });
  });

  it("screens parties against the demo list until an admin imports one", async () => {
    const w = await world(db());
    const parties = [
      { role: "buyer", name: "Gdańsk Fresh Foods Sp. z o.o.", country: "PL" },
      { role: "consignee", name: "Sibirskiy Tekhnologicheskiy Import LLC", country: "RU" },
      { role: "notify", name: "Precision Trading Al Nour", country: "AE" },
    ];
    const found = await assessTradeCompliance(w.buyer.ctx, { originCountry: "MY", destinationCountry: "PL", on: ON, lines: [{ hsCode: "080119" }], parties });
    expect(found.refusals).toEqual([]);
    expect(found.screeningHits.map((h) => [h.partyRole, h.listedName, h.listSource])).toEqual([
      ["consignee", "Сибирский Технологический Импорт ООО", "DEMO"],
      ["consignee", "Sibirsky Tekhnologichesky Import", "DEMO"],
      ["notify", "Al-Noor Precision Trading FZE", "DEMO"],
    ]);
    expect(await deniedPartyLists(w.admin)).toEqual([{ source: "DEMO", entries: 8, importedAt: null, demo: true }]);

    expect(((await errorOf(importDeniedParties(w.buyer.ctx, { source: "OFAC-SDN", csv: "name\nx\n" }))) as DomainError).code).toBe("FORBIDDEN");
    const bad = await errorOf(importDeniedParties(w.admin, { source: "OFAC-SDN", csv: "name,country,programme,listed_on,aliases\n,RU,x,2024-01-01,\nАкме,XX,x,2024-13-01,\n" }));
    expect((bad as UserInputProblems).problems.map((p) => [p.code, p.params?.line])).toEqual([
      ["DENIED_PARTY_NAME_REQUIRED", 2],
      ["COUNTRY_UNKNOWN", 3],
      ["DATE_INVALID", 3],
    ]);
    expect((await deniedPartyLists(w.admin))[0]!.demo).toBe(true);

    const imported = await importDeniedParties(w.admin, {
      source: "ofac-sdn",
      csv: "name,country,programme,listed_on,aliases\nГазтрансимпорт АО,RU,RUSSIA-EO14024,2024-05-01,Gaztransimport JSC;Gas Trans Import\n",
    });
    expect(imported).toEqual({ source: "OFAC-SDN", read: 1, names: 3 });
    const again = await assessTradeCompliance(w.buyer.ctx, {
      originCountry: "MY",
      destinationCountry: "RU",
      on: ON,
      lines: [{ hsCode: "080119" }],
      parties: [...parties, { role: "buyer", name: "Import Gaztrans", country: "RU" }],
    });
    // The imported list replaces the demo one: the Siberian consignee is no longer a hit.
    expect(again.screeningHits.map((h) => [h.partyName, h.listedName, h.listSource])).toEqual([
      ["Import Gaztrans", "Gaztransimport JSC", "OFAC-SDN"],
      ["Import Gaztrans", "Газтрансимпорт АО", "OFAC-SDN"],
    ]);
  });

  it("holds an order for review; an admin decides once, with a note, logged and announced", async () => {
    const w = await world(db());
    const { screeningHits } = await assessTradeCompliance(w.buyer.ctx, {
      originCountry: "MY",
      destinationCountry: "AE",
      on: ON,
      lines: [{ hsCode: "080119" }],
      parties: [{ role: "consignee", name: "Al Nour Precision Trading", country: "AE" }],
    });
    const held = await holdForScreening(w.buyer.ctx, { subjectKind: "order", subjectId: "ord_test1", hits: screeningHits.map((h) => ({ ...h, partyCountry: "AE" })) });
    expect(held).toMatchObject({ status: "pending", subjectId: "ord_test1", hits: [{ partyRole: "consignee", listedName: "Al-Noor Precision Trading FZE", listedCountry: "AE" }] });
    expect(((await errorOf(screeningReviews(w.buyer.ctx, {}))) as DomainError).code).toBe("FORBIDDEN");
    expect((await screeningReviews(w.admin, {})).map((r) => r.id)).toEqual([held.id]);

    const noNote = await errorOf(decideScreening(w.admin, { reviewId: held.id, decision: "approved", note: " " }));
    expect((noNote as UserInputProblems).problems.map((p) => [p.field, p.code])).toEqual([["note", "REQUIRED"]]);
    expect((await screeningReviewsOf(w.buyer.ctx, "ord_test1"))[0]!.status).toBe("pending");

    const events: ScreeningDecided[] = [];
    const listening: ServiceContext = {
      ...w.admin,
      events: {
        ...defaultEventBus,
        subscriptions: { ...defaultEventBus.subscriptions, "screening.decided": [{ module: "trade", delivery: "after-commit", handle: async (_, e) => events.push(e) }] },
      },
    };
    const decided = await decideScreening(listening, { reviewId: held.id, decision: "APPROVED", note: "Different company: trade licence AE-DXB-123 checked" });
    expect(decided).toMatchObject({ status: "approved", note: "Different company: trade licence AE-DXB-123 checked", decidedByUserId: expect.stringMatching(/^usr_/) });
    expect(decided.history.map((h) => [h.fromStatus, h.toStatus])).toEqual([[null, "pending"], ["pending", "approved"]]);
    expect(events).toEqual([expect.objectContaining({ reviewId: held.id, subjectKind: "order", subjectId: "ord_test1", decision: "approved" })]);

    const twice = await errorOf(decideScreening(w.admin, { reviewId: held.id, decision: "rejected", note: "changed my mind" }));
    expect((twice as DomainError).messageKey).toBe("SCREENING_ALREADY_DECIDED");
    expect((await screeningReviewsOf(w.buyer.ctx, "ord_test1"))[0]!.status).toBe("approved");
    expect(await screeningReviews(w.admin, {})).toEqual([]);
    expect(((await errorOf(decideScreening(w.admin, { reviewId: "scr_none", decision: "approved", note: "x" }))) as DomainError).code).toBe("NOT_FOUND");
  });
});
