import { describe, expect, it } from "vitest";
import { addEmbargo, endEmbargo, findEmbargo, listEmbargoes, type Embargo } from "../../graph/compliance/service.js";
import { DomainError, UserInputProblems } from "../../graph/errors.js";
import { matchesForRequest } from "../../graph/matching/service.js";
import { createSourcingRequest } from "../../graph/sourcing/service.js";
import { describeEachDatabase } from "../support/db.js";
import { errorOf } from "../support/errors.js";
import { coconutsInUsd, listed } from "../support/listings.js";
import { world } from "../support/matching.js";
import { coconutRequest } from "../support/sourcing.js";

const TODAY = "2026-11-27";

describe("finding the embargo on a lane", () => {
  const steel: Embargo = {
    id: "emb_1",
    origin: "RU",
    destination: "EU",
    hsPrefix: "72",
    validFrom: "2022-03-16",
    validTo: null,
    legalBasis: "Council Regulation (EU) No 833/2014, Article 3g",
  };
  it.each([
    ["RU", "PL", "720851", TODAY, "2027-02-01", true],
    ["RU", "DE", "7208", TODAY, "2027-02-01", true],
    ["RU", "PL", "100199", TODAY, "2027-02-01", false],
    ["RU", "SA", "720851", TODAY, "2027-02-01", false],
    ["CN", "PL", "720851", TODAY, "2027-02-01", false],
  ])("%s → %s, HS %s: banned %s", (origin, destination, hs, from, until, banned) => {
    expect(findEmbargo([steel], origin, destination, hs, from, until) !== null).toBe(banned);
  });

  it("counts an embargo in force on any day between today and arrival", () => {
    const later = { ...steel, validFrom: "2027-01-15" };
    const over = { ...steel, validTo: "2026-11-26" };
    expect(findEmbargo([later], "RU", "PL", "7208", TODAY, "2027-02-01")).not.toBeNull();
    expect(findEmbargo([later], "RU", "PL", "7208", TODAY, "2027-01-10")).toBeNull();
    expect(findEmbargo([over], "RU", "PL", "7208", TODAY, "2027-02-01")).toBeNull();
    expect(findEmbargo([{ ...steel, hsPrefix: null }], "RU", "PL", "100199", TODAY, "2027-02-01")).not.toBeNull();
  });
});

describeEachDatabase("embargoes, kept by the platform admin", (db) => {
  it("an admin bans coconuts from Malaysia into the EU, and the match goes; ending the ban brings it back", async () => {
    const w = await world(db());
    const coco = await listed(w.kelapa, coconutsInUsd());
    const request = await createSourcingRequest(w.buyer.ctx, coconutRequest());

    const refused = await errorOf(addEmbargo(w.buyer.ctx, { origin: "MY", destination: "EU", validFrom: "2026-11-01", legalBasis: "test" }));
    expect((refused as DomainError).code).toBe("FORBIDDEN");
    const bad = await errorOf(addEmbargo(w.admin, { origin: "XX", destination: "Europe", hsPrefix: "080", validFrom: "2026-11-30", validTo: "2026-11-01", legalBasis: "" }));
    expect((bad as UserInputProblems).problems.map((p) => [p.field, p.code])).toEqual([
      ["origin", "COUNTRY_UNKNOWN"],
      ["destination", "EMBARGO_DESTINATION_UNKNOWN"],
      ["hsPrefix", "EMBARGO_HS_PREFIX_INVALID"],
      ["legalBasis", "REQUIRED"],
    ]);

    const ban = await addEmbargo(w.admin, { origin: "my", destination: "eu", hsPrefix: "0801", validFrom: "2026-11-01", legalBasis: "Demo: a test measure" });
    expect(ban).toMatchObject({ origin: "MY", destination: "EU", hsPrefix: "0801", validTo: null, createdByUserId: expect.stringMatching(/^usr_/) });
    expect(await matchesForRequest(w.buyer.ctx, request.id)).toEqual([]);
    expect((await listEmbargoes(w.buyer.ctx, {})).map((e) => e.id)).toContain(ban.id);

    const ended = await endEmbargo(w.admin, ban.id, "2026-11-26");
    expect(ended.validTo).toBe("2026-11-26");
    expect((await matchesForRequest(w.buyer.ctx, request.id)).map((m) => m.listing.id)).toEqual([coco.id]);
    expect((await listEmbargoes(w.buyer.ctx, {})).map((e) => e.id)).not.toContain(ban.id);
    expect((await listEmbargoes(w.buyer.ctx, { all: true })).map((e) => e.id)).toContain(ban.id);
    expect(((await errorOf(endEmbargo(w.admin, ban.id))) as DomainError).messageKey).toBe("EMBARGO_ALREADY_ENDED");
  });
});
