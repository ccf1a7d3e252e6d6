import { expect, it } from "vitest";
import { inbox } from "../../graph/inbox/service.js";
import { createListing, publishListing } from "../../graph/listings/service.js";
import {
  closeSourcingRequest,
  createSourcingRequest,
  getSourcingRequest,
  mySourcingRequests,
  openSourcingRequests,
  quotingState,
  sourcingRequestHistory,
  submitQuote,
} from "../../graph/sourcing/service.js";
import { at, company } from "../support/companies.js";
import { describeEachDatabase } from "../support/db.js";
import { codeOf, problemsOf } from "../support/errors.js";
import { coconutsInUsd } from "../support/listings.js";
import { COCONUTS, counts, kelapaQuote, market, NOW } from "../support/sourcing.js";

describeEachDatabase("posting a sourcing request", (db) => {
  it("a Polish buyer asks for 40 t of coconuts CIF Gdańsk: stored in tonnes and kilograms, open, with its first history row", async () => {
    const { buyer } = await market(db());
    const request = await createSourcingRequest(buyer.ctx, COCONUTS);
    expect(request).toMatchObject({
      buyerOrganisationId: buyer.organisationId,
      status: "open",
      hsCode: "080119",
      keywords: ["coconut", "husked", "fresh"],
      quantity: 40,
      unit: "TNE",
      quantityBase: 40_000,
      targetUnitPrice: { amountMinor: 110_000, currency: "USD" },
      destinationCountry: "PL",
      destinationPort: "PLGDN",
      incoterm: "CIF",
      neededBy: "2027-02-15",
      visibility: "all",
      quoteCap: 10,
      quoteDeadline: null,
      createdAt: NOW,
    });
    expect(request.id).toMatch(/^req_/);
    expect(await getSourcingRequest(buyer.ctx, request.id)).toEqual(request);
    expect((await sourcingRequestHistory(buyer.ctx, request.id)).map((e) => [e.fromStatus, e.toStatus, e.actorUserId])).toEqual([
      [null, "open", buyer.userId],
    ]);
    expect(await quotingState(buyer.ctx, request)).toEqual({ quoteCount: 0, quotesLeft: 10, acceptingQuotes: true });
    const mine = await mySourcingRequests(buyer.ctx, { first: 10 });
    expect(mine.edges.map((e) => e.node.id)).toEqual([request.id]);
  });

  it.each([
    ["a zero quantity", { quantity: 0 }, [{ field: "quantity", code: "NOT_POSITIVE" }]],
    ["a negative quantity", { quantity: -40 }, [{ field: "quantity", code: "NOT_POSITIVE" }]],
    ["a zero target price", { targetUnitPrice: { amount: "0", currency: "USD" } }, [{ field: "targetUnitPrice.amount", code: "NOT_POSITIVE" }]],
    ["a negative target price", { targetUnitPrice: { amount: "-1100.00", currency: "USD" } }, [{ field: "targetUnitPrice.amount", code: "NOT_POSITIVE" }]],
    ["a price finer than cents", { targetUnitPrice: { amount: "1100.005", currency: "USD" } }, [{ field: "targetUnitPrice.amount", code: "MONEY_TOO_PRECISE" }]],
    ["a needed-by date in the past", { neededBy: "2026-11-15" }, [{ field: "neededBy", code: "NEEDED_BY_PAST" }]],
    ["a needed-by date of today", { neededBy: "2026-12-01" }, [{ field: "neededBy", code: "NEEDED_BY_PAST" }]],
    ["a needed-by date that does not exist", { neededBy: "2027-02-30" }, [{ field: "neededBy", code: "DATE_INVALID" }]],
    ["an unknown HS code", { hsCode: "0801.99" }, [{ field: "hsCode", code: "HS_CODE_UNKNOWN" }]],
    ["a heading the nomenclature does not have", { hsCode: "8011" }, [{ field: "hsCode", code: "HS_CODE_UNKNOWN" }]],
    ["an HS code of odd digits", { hsCode: "080" }, [{ field: "hsCode", code: "HS_CODE_FORMAT" }]],
    ["a port in another country", { destinationPort: "MYPKG" }, [{ field: "destinationPort", code: "PORT_NOT_IN_COUNTRY" }]],
    ["a port that does not exist", { destinationPort: "PLXXX" }, [{ field: "destinationPort", code: "PORT_UNKNOWN" }]],
    ["CIF without a port of destination", { destinationPort: null }, [{ field: "destinationPort", code: "PORT_REQUIRED_FOR_INCOTERM" }]],
    ["CIF to an inland airport", { destinationPort: "PLWAW" }, [{ field: "destinationPort", code: "PORT_NOT_SEAPORT" }]],
    ["an unknown Incoterm", { incoterm: "FOT" }, [{ field: "incoterm", code: "INCOTERM_UNKNOWN" }]],
    ["an unknown unit", { unit: "BAG" }, [{ field: "unit", code: "UNIT_UNKNOWN" }]],
    ["a cap of zero", { quoteCap: 0 }, [{ field: "quoteCap", code: "QUOTE_CAP_RANGE" }]],
    ["a cap of 51", { quoteCap: 51 }, [{ field: "quoteCap", code: "QUOTE_CAP_RANGE" }]],
    ["a quote deadline already past", { quoteDeadline: "2026-11-30T12:00:00Z" }, [{ field: "quoteDeadline", code: "QUOTE_DEADLINE_PAST" }]],
    ["a quote deadline after the needed-by date", { quoteDeadline: "2027-02-20T12:00:00Z" }, [{ field: "quoteDeadline", code: "QUOTE_DEADLINE_AFTER_NEEDED_BY" }]],
    ["a blank title", { title: "  " }, [{ field: "title", code: "REQUIRED" }]],
  ] as const)("refuses %s and writes nothing", async (_, change, expected) => {
    const { buyer } = await market(db());
    const before = await counts(db());
    expect(await problemsOf(createSourcingRequest(buyer.ctx, { ...COCONUTS, ...change }))).toEqual(expected);
    expect(await counts(db())).toEqual(before);
  });

  it("names every problem at once", async () => {
    const { buyer } = await market(db());
    const problems = await problemsOf(
      createSourcingRequest(buyer.ctx, { ...COCONUTS, quantity: -1, neededBy: "2026-01-01", hsCode: "0801.99", destinationCountry: "DE" }),
    );
    expect(problems).toEqual([
      { field: "quantity", code: "NOT_POSITIVE" },
      { field: "neededBy", code: "NEEDED_BY_PAST" },
      { field: "hsCode", code: "HS_CODE_UNKNOWN" },
      { field: "destinationPort", code: "PORT_NOT_IN_COUNTRY" },
    ]);
  });

  it("takes an HS chapter, a national tariff line and no HS code at all; DAP needs no port; repeated keywords count once", async () => {
    const { buyer } = await market(db());
    const chapter = await createSourcingRequest(buyer.ctx, { ...COCONUTS, hsCode: "08", keywords: [" King coconut ", "king COCONUT", "young\n  green"] });
    expect(chapter).toMatchObject({ hsCode: "08", keywords: ["King coconut", "young green"] });
    expect(await getSourcingRequest(buyer.ctx, chapter.id)).toEqual(chapter);
    expect((await createSourcingRequest(buyer.ctx, { ...COCONUTS, hsCode: "0801.19.00.10" })).hsCode).toBe("0801190010");
    const open = await createSourcingRequest(buyer.ctx, { ...COCONUTS, hsCode: null, incoterm: "DAP", destinationPort: null, quoteDeadline: "2027-01-15T12:00:00+01:00" });
    expect(open).toMatchObject({ hsCode: null, incoterm: "DAP", destinationPort: null, quoteDeadline: "2027-01-15T11:00:00.000Z" });
  });

  it("exporters whose active listing matches hear of the new request in the same transaction", async () => {
    const { buyer, kelapa, mekong } = await market(db());
    const listing = await createListing(
      kelapa.ctx,
      coconutsInUsd({
        priceTiers: [
          { minQuantity: 5, unitPrice: "1090.00" },
          { minQuantity: 20, unitPrice: "1020.00" },
        ],
        incoterms: [{ code: "CIF", namedPlace: "Gdańsk (PLGDN)" }],
      }),
    );
    await publishListing(kelapa.ctx, listing.id);

    const request = await createSourcingRequest(buyer.ctx, COCONUTS);
    const [news] = (await inbox(kelapa.ctx, {})).edges.map((e) => e.node);
    expect(news).toMatchObject({ kind: "REQUEST_MATCHED", subjectId: request.id, payload: { requestId: request.id, listingId: listing.id } });
    expect((await inbox(mekong.ctx, {})).totalCount).toBe(0);
  });

  it("only buying companies post requests", async () => {
    const { kelapa } = await market(db());
    expect(await codeOf(createSourcingRequest(kelapa.ctx, COCONUTS))).toEqual({ code: "FORBIDDEN", key: "BUYER_REQUIRED" });
  });
});

describeEachDatabase("who sees a sourcing request", (db) => {
  it("verified-only requests do not exist for an unverified exporter: not listed, not by id, not quotable", async () => {
    const { buyer, kelapa, manila } = await market(db());
    const request = await createSourcingRequest(buyer.ctx, { ...COCONUTS, visibility: "verified" });
    const everyone = await createSourcingRequest(buyer.ctx, { ...COCONUTS, title: "Desiccated coconut, 5 t", hsCode: "080111", quantity: 5 });

    expect((await openSourcingRequests(kelapa.ctx, {})).edges.map((e) => e.node.id).sort()).toEqual([request.id, everyone.id].sort());
    expect((await openSourcingRequests(manila.ctx, {})).edges.map((e) => e.node.id)).toEqual([everyone.id]);
    expect(await getSourcingRequest(kelapa.ctx, request.id)).not.toBeNull();
    expect(await getSourcingRequest(manila.ctx, request.id)).toBeNull();
    expect(await codeOf(submitQuote(manila.ctx, kelapaQuote(request.id)))).toEqual({ code: "NOT_FOUND", key: "SOURCING_REQUEST_NOT_FOUND" });
    expect((await counts(db())).quotes).toBe(0);
  });

  it("exporters filter open requests by HS prefix (broader requests included) and destination; their own and other buyers' views differ", async () => {
    const { buyer, kelapa } = await market(db());
    const german = await company(db(), { email: "jonas@hamburg-import.example", legalName: "Hamburg Import GmbH", country: "DE", kind: "both" }, NOW);
    const coconuts = await createSourcingRequest(buyer.ctx, COCONUTS);
    const fruit = await createSourcingRequest(at(buyer.ctx, "2026-12-01T09:01:00Z"), { ...COCONUTS, title: "Tropical fruit, mixed", hsCode: "08" });
    const mangoes = await createSourcingRequest(at(german.ctx, "2026-12-01T09:02:00Z"), {
      ...COCONUTS,
      title: "Alphonso mangoes",
      hsCode: "080450",
      destinationCountry: "DE",
      destinationPort: "DEHAM",
    });

    const ids = async (args: Parameters<typeof openSourcingRequests>[1]) => (await openSourcingRequests(kelapa.ctx, args)).edges.map((e) => e.node.id);
    expect(await ids({})).toEqual([mangoes.id, fruit.id, coconuts.id]);
    expect(await ids({ hsPrefix: "0801.19" })).toEqual([fruit.id, coconuts.id]);
    expect(await ids({ hsPrefix: "0804" })).toEqual([mangoes.id, fruit.id]);
    expect(await ids({ destinationCountry: "pl" })).toEqual([fruit.id, coconuts.id]);
    expect(await ids({ hsPrefix: "08", destinationCountry: "DE" })).toEqual([mangoes.id]);
    // A company that both buys and sells never sees its own request among its leads.
    expect((await openSourcingRequests(german.ctx, {})).edges.map((e) => e.node.id)).toEqual([fruit.id, coconuts.id]);
    // A buyer is not an exporter: it has no leads to browse, and other buyers' requests are not its business.
    expect(await codeOf(openSourcingRequests(buyer.ctx, {}))).toEqual({ code: "FORBIDDEN", key: "EXPORTER_REQUIRED" });
    expect(await problemsOf(openSourcingRequests(kelapa.ctx, { hsPrefix: "8x" }))).toEqual([{ field: "hsPrefix", code: "HS_CODE_FORMAT" }]);

    const page = await openSourcingRequests(kelapa.ctx, { first: 2 });
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await openSourcingRequests(kelapa.ctx, { first: 2, after: page.pageInfo.endCursor });
    expect([...page.edges, ...next.edges].map((e) => e.node.id)).toEqual([mangoes.id, fruit.id, coconuts.id]);
    expect(next.totalCount).toBe(3);
  });

  it("requests past their deadline or needed-by date leave the exporters' list", async () => {
    const { buyer, kelapa } = await market(db());
    const request = await createSourcingRequest(buyer.ctx, { ...COCONUTS, quoteDeadline: "2026-12-10T12:00:00Z" });
    expect((await openSourcingRequests(at(kelapa.ctx, "2026-12-10T11:59:00Z"), {})).totalCount).toBe(1);
    expect((await openSourcingRequests(at(kelapa.ctx, "2026-12-10T12:00:00Z"), {})).totalCount).toBe(0);
    expect(await getSourcingRequest(at(kelapa.ctx, "2026-12-10T12:00:00Z"), request.id)).not.toBeNull();
  });
});

describeEachDatabase("closing a sourcing request", (db) => {
  it("the buyer closes it: no more quotes, and a second close is a conflict that changes nothing", async () => {
    const { buyer, kelapa, mekong } = await market(db());
    const request = await createSourcingRequest(buyer.ctx, COCONUTS);
    expect(await codeOf(closeSourcingRequest(kelapa.ctx, request.id))).toEqual({ code: "FORBIDDEN", key: "REQUEST_BUYER_ONLY" });

    const closed = await closeSourcingRequest(at(buyer.ctx, "2026-12-02T09:00:00Z"), request.id);
    expect(closed).toMatchObject({ status: "closed", updatedAt: "2026-12-02T09:00:00.000Z" });
    expect((await sourcingRequestHistory(buyer.ctx, request.id)).map((e) => `${e.fromStatus}->${e.toStatus}`)).toEqual(["null->open", "open->closed"]);

    const before = await counts(db());
    expect(await codeOf(closeSourcingRequest(buyer.ctx, request.id))).toEqual({ code: "CONFLICT", key: "REQUEST_ALREADY_CLOSED" });
    // A quote on a closed request: the exporter no longer finds it, and cannot quote on it.
    expect(await getSourcingRequest(mekong.ctx, request.id)).toBeNull();
    expect(await codeOf(submitQuote(kelapa.ctx, kelapaQuote(request.id)))).toEqual({ code: "CONFLICT", key: "REQUEST_ALREADY_CLOSED" });
    expect(await counts(db())).toEqual(before);
    expect((await openSourcingRequests(kelapa.ctx, {})).totalCount).toBe(0);
  });
});
