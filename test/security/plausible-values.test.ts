import { describe, expect, it } from "vitest";
import { createListing } from "../../graph/listings/service.js";
import { decodeCursor, encodeCursor } from "../../graph/shared/pagination.js";
import { horizonDay, smallestQuantity } from "../../graph/shared/plausible.js";
import { createSourcingRequest, myQuotes, mySourcingRequests, submitQuote } from "../../graph/sourcing/service.js";
import { describeEachDatabase } from "../support/db.js";
import { startApi } from "../support/http.js";
import { exporter } from "../support/companies.js";
import { problemsOf } from "../support/errors.js";
import { coconuts } from "../support/listings.js";
import { loadReferenceData } from "../support/reference.js";
import { COCONUTS, counts, kelapaQuote, market } from "../support/sourcing.js";

describe("the plausible range", () => {
  it.each([
    ["2026-12-01T09:00:00Z", "2031-12-01"],
    ["2028-02-29T23:00:00Z", "2033-03-01"],
  ])("five years from %s ends on %s", (now, day) => {
    expect(horizonDay(new Date(now))).toBe(day);
  });

  it("one minor step is a whole piece for counted goods and a thousandth otherwise", () => {
    expect(smallestQuantity({ quantity: "count" })).toBe(1);
    expect(smallestQuantity({ quantity: "mass" })).toBe(0.001);
  });

  it.each([
    ["an empty list (W10)", "W10"],
    ["too few parts", encodeCursor(["2026-12-01"])],
    ["a number where a string goes", encodeCursor([1, "id"])],
    ["not base64url", "!!!"],
    ["not JSON", Buffer.from("{nope").toString("base64url")],
    ["too long", encodeCursor(["x".repeat(600), "y"])],
  ])("a cursor with %s is CURSOR_INVALID", (_name, cursor) => {
    expect(() => decodeCursor(cursor, ["string", "string"])).toThrowError(/after:CURSOR_INVALID/);
  });

  it("a cursor this list wrote reads back", () => {
    expect(decodeCursor(encodeCursor(["2026-12-01T09:00:00.000Z", "srq_1"]), ["string", "string"])).toEqual(["2026-12-01T09:00:00.000Z", "srq_1"]);
  });
});

describeEachDatabase("values no trade has are refused and write nothing", (db) => {
  it("a sourcing request needed by 9999-12-31, or for 1e-30 tonnes", async () => {
    const { buyer } = await market(db());
    const before = await counts(db());
    expect(await problemsOf(createSourcingRequest(buyer.ctx, { ...COCONUTS, neededBy: "9999-12-31" }))).toEqual([{ field: "neededBy", code: "DATE_TOO_FAR" }]);
    expect(await problemsOf(createSourcingRequest(buyer.ctx, { ...COCONUTS, quantity: 1e-30 }))).toEqual([{ field: "quantity", code: "QUANTITY_TOO_SMALL" }]);
    expect(await counts(db())).toEqual(before);
    // The last day of the horizon is still a date a buyer may plan for.
    await expect(createSourcingRequest(buyer.ctx, { ...COCONUTS, neededBy: "2031-12-01" })).resolves.toMatchObject({ neededBy: "2031-12-01" });
  });

  it("a quote valid until the year 3000 or for a microgram", async () => {
    const { buyer, kelapa } = await market(db());
    const request = await createSourcingRequest(buyer.ctx, COCONUTS);
    expect(await problemsOf(submitQuote(kelapa.ctx, kelapaQuote(request.id, { validUntil: "3000-01-01" })))).toEqual([{ field: "validUntil", code: "DATE_TOO_FAR" }]);
    expect(await problemsOf(submitQuote(kelapa.ctx, kelapaQuote(request.id, { quantity: 1e-9 })))).toEqual([{ field: "quantity", code: "QUANTITY_TOO_SMALL" }]);
  });

  it("a listing with a minimum order of 1e-30 tonnes", async () => {
    await loadReferenceData(db());
    const seller = await exporter(db(), { verified: true });
    const problems = await problemsOf(createListing(seller.ctx, coconuts({ moq: 1e-30, priceTiers: [{ minQuantity: 1e-30, unitPrice: "1250.00" }] })));
    expect(problems).toContainEqual({ field: "moq", code: "QUANTITY_TOO_SMALL" });
  });

  it("myQuotes and mySourcingRequests refuse a malformed cursor like every other list", async () => {
    const { buyer, kelapa } = await market(db());
    expect(await problemsOf(myQuotes(kelapa.ctx, { after: "W10" }))).toEqual([{ field: "after", code: "CURSOR_INVALID" }]);
    expect(await problemsOf(mySourcingRequests(buyer.ctx, { after: "W10" }))).toEqual([{ field: "after", code: "CURSOR_INVALID" }]);
  });

  it("over HTTP, every list answers W10 with CURSOR_INVALID", async () => {
    await market(db());
    const api = await startApi(db());
    try {
      const client = api.client();
      await client.graphql(`mutation { signIn(input: { email: "aminah@kelapa.example", password: "coconut-harbour-42" }) { userErrors { code } } }`);
      const lists = [
        "hsCodes(after: $after) { totalCount }",
        "ports(after: $after) { totalCount }",
        "saleEvents(after: $after) { totalCount }",
        "fxRates(after: $after) { totalCount }",
        "inbox(after: $after) { totalCount }",
        "myListings(after: $after) { totalCount }",
        "searchListings(query: \"coconut\", after: $after) { totalCount }",
        "openSourcingRequests(after: $after) { totalCount }",
        "myQuotes(after: $after) { totalCount }",
      ];
      for (const list of lists) {
        const answer = await client.graphql(`query($after: String) { ${list} }`, { after: "W10" });
        expect({ list, code: answer.body.errors?.[0]?.extensions?.userErrors?.[0]?.code }).toEqual({ list, code: "CURSOR_INVALID" });
      }
    } finally {
      await api.close();
    }
  });
});
