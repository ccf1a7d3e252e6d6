import { expect, it } from "vitest";
import type { Database } from "../../db/database.js";
import { inbox, notificationMessage } from "../../graph/inbox/service.js";
import {
  acceptQuote,
  closeSourcingRequest,
  compareQuotes,
  createSourcingRequest,
  getQuote,
  getSourcingRequest,
  myQuoteForRequest,
  myQuotes,
  quoteHistory,
  quotingState,
  sourcingRequestHistory,
  submitQuote,
  withdrawQuote,
} from "../../graph/sourcing/service.js";
import { describeEachDatabase } from "../support/db.js";
import { at, company, type Company } from "../support/companies.js";
import { codeOf, problemsOf } from "../support/errors.js";
import { COCONUTS, counts, kelapaQuote, market, NOW } from "../support/sourcing.js";

/** Mekong's offer: EUR 990 a tonne CIF Gdańsk, 45 days, cash against documents, 20 t minimum. */
function mekongQuote(requestId: string) {
  return kelapaQuote(requestId, {
    unitPrice: { amount: "990.00", currency: "EUR" },
    leadTimeDays: 45,
    paymentTerms: "CASH_AGAINST_DOCUMENTS",
    moq: 20,
    namedPlace: "Gdańsk",
    message: "Fresh husked coconuts from Ben Tre, shipped from Ho Chi Minh City.",
  });
}

async function outboxTo(database: Database, email: string) {
  // The news only, not the confirmation link every new account is mailed.
  const rows = await database.db.selectFrom("outbox").selectAll().where("recipient", "=", email).where("kind", "!=", "confirm-email").orderBy("created_at").execute();
  return rows.map((r) => ({ kind: r.kind, locale: r.locale, sentAt: r.sent_at, ...(JSON.parse(r.payload) as { subject: string; subjectId: string }) }));
}

async function kinds(who: Company) {
  return (await inbox(who.ctx, {})).edges.map((e) => [e.node.kind, e.node.subjectId]);
}

describeEachDatabase("quoting on a sourcing request", (db) => {
  it("Kelapa quotes USD 1 050 a tonne; the buyer hears of it in its inbox and by e-mail", async () => {
    const { buyer, kelapa } = await market(db());
    const request = await createSourcingRequest(buyer.ctx, COCONUTS);
    const quote = await submitQuote(kelapa.ctx, kelapaQuote(request.id));
    expect(quote).toMatchObject({
      requestId: request.id,
      sellerOrganisationId: kelapa.organisationId,
      status: "submitted",
      unitPrice: { amountMinor: 105_000, currency: "USD" },
      quantity: 40,
      unit: "TNE",
      moq: 5,
      incoterm: "CIF",
      namedPlace: "Gdańsk",
      leadTimeDays: 35,
      paymentTerms: "LETTER_OF_CREDIT",
      validUntil: "2026-12-31",
      createdAt: NOW,
    });
    expect(quote.id).toMatch(/^quo_/);
    expect(await getQuote(buyer.ctx, quote.id)).toEqual(quote);
    expect(await myQuoteForRequest(kelapa.ctx, request.id)).toEqual(quote);
    expect(await quotingState(buyer.ctx, request)).toEqual({ quoteCount: 1, quotesLeft: 9, acceptingQuotes: true });
    expect((await quoteHistory(kelapa.ctx, quote.id)).map((e) => [e.fromStatus, e.toStatus, e.actorUserId])).toEqual([[null, "submitted", kelapa.userId]]);

    const [news] = (await inbox(buyer.ctx, {})).edges.map((e) => e.node);
    expect(news).toMatchObject({ kind: "QUOTE_RECEIVED", subjectId: quote.id, payload: { requestId: request.id, unitPrice: "1050.00", currency: "USD" } });
    expect(notificationMessage(buyer.ctx, news!)).toBe("Kelapa Nusantara Sdn. Bhd. quoted on your request “Husked coconuts, 40 t for the Polish retail market”");
    expect(await outboxTo(db(), "marta@balticfresh.example")).toEqual([
      expect.objectContaining({ kind: "QUOTE_RECEIVED", locale: "en", sentAt: null, subjectId: quote.id, subject: notificationMessage(buyer.ctx, news!) }),
    ]);
  });

  it("a second submission revises the same quote: one row, one notification, every version in the history", async () => {
    const { buyer, kelapa } = await market(db());
    const request = await createSourcingRequest(buyer.ctx, COCONUTS);
    const first = await submitQuote(kelapa.ctx, kelapaQuote(request.id));
    const revised = await submitQuote(at(kelapa.ctx, "2026-12-03T10:00:00Z"), kelapaQuote(request.id, { unitPrice: { amount: "1020.00", currency: "USD" }, leadTimeDays: 30 }));
    expect(revised).toMatchObject({ id: first.id, unitPrice: { amountMinor: 102_000 }, leadTimeDays: 30, createdAt: NOW, updatedAt: "2026-12-03T10:00:00.000Z" });
    expect((await counts(db())).quotes).toBe(1);
    expect((await quoteHistory(kelapa.ctx, first.id)).map((e) => `${e.fromStatus}->${e.toStatus}`)).toEqual(["null->submitted", "submitted->submitted"]);
    expect(await kinds(buyer)).toEqual([["QUOTE_RECEIVED", first.id]]);
  });

  it.each([
    ["a zero price", { unitPrice: { amount: "0.00", currency: "USD" } }, [{ field: "unitPrice.amount", code: "NOT_POSITIVE" }]],
    ["a negative price", { unitPrice: { amount: "-1050", currency: "USD" } }, [{ field: "unitPrice.amount", code: "NOT_POSITIVE" }]],
    ["an unknown currency", { unitPrice: { amount: "1050", currency: "XXY" } }, [{ field: "unitPrice.currency", code: "CURRENCY_UNKNOWN" }]],
    ["a zero quantity", { quantity: 0 }, [{ field: "quantity", code: "NOT_POSITIVE" }]],
    ["a negative quantity", { quantity: -40 }, [{ field: "quantity", code: "NOT_POSITIVE" }]],
    ["a negative MOQ", { moq: -5 }, [{ field: "moq", code: "NOT_POSITIVE" }]],
    ["an MOQ above the quantity quoted", { moq: 50 }, [{ field: "moq", code: "MOQ_ABOVE_QUANTITY" }]],
    ["a lead time of zero days", { leadTimeDays: 0 }, [{ field: "leadTimeDays", code: "LEAD_TIME_RANGE" }]],
    ["a validity that already ended", { validUntil: "2026-11-30" }, [{ field: "validUntil", code: "VALID_UNTIL_PAST" }]],
    ["an unknown Incoterm", { incoterm: "CNF" }, [{ field: "incoterm", code: "INCOTERM_UNKNOWN" }]],
    ["no named place", { namedPlace: " " }, [{ field: "namedPlace", code: "REQUIRED" }]],
    ["unknown payment terms", { paymentTerms: "NET_120" }, [{ field: "paymentTerms", code: "PAYMENT_TERMS_UNKNOWN" }]],
    ["a listing that is not the seller's", { listingId: "lst_nonexistent0000" }, [{ field: "listingId", code: "LISTING_NOT_YOURS" }]],
  ] as const)("refuses %s and writes nothing", async (_, change, expected) => {
    const { buyer, kelapa } = await market(db());
    const request = await createSourcingRequest(buyer.ctx, COCONUTS);
    const before = await counts(db());
    expect(await problemsOf(submitQuote(kelapa.ctx, kelapaQuote(request.id, change)))).toEqual(expected);
    expect(await counts(db())).toEqual(before);
  });

  it("refuses quotes past the deadline or the needed-by date, and from the buyer itself or from a buyer", async () => {
    const { buyer, kelapa } = await market(db());
    const request = await createSourcingRequest(buyer.ctx, { ...COCONUTS, quoteDeadline: "2026-12-15T12:00:00Z" });
    const before = await counts(db());
    expect(await codeOf(submitQuote(at(kelapa.ctx, "2026-12-15T12:00:00Z"), kelapaQuote(request.id)))).toEqual({ code: "CONFLICT", key: "QUOTE_DEADLINE_PASSED" });
    const noDeadline = await createSourcingRequest(buyer.ctx, { ...COCONUTS, neededBy: "2026-12-20" });
    expect(await codeOf(submitQuote(at(kelapa.ctx, "2026-12-20T08:00:00Z"), kelapaQuote(noDeadline.id, { validUntil: "2026-12-31" })))).toEqual({
      code: "CONFLICT",
      key: "QUOTE_DEADLINE_PASSED",
    });
    expect(await codeOf(submitQuote(buyer.ctx, kelapaQuote(request.id)))).toEqual({ code: "FORBIDDEN", key: "EXPORTER_REQUIRED" });
    const both = await company(db(), { email: "jonas@hamburg-import.example", legalName: "Hamburg Import GmbH", country: "DE", kind: "both" }, NOW);
    const own = await createSourcingRequest(both.ctx, { ...COCONUTS, destinationCountry: "DE", destinationPort: "DEHAM" });
    expect(await codeOf(submitQuote(both.ctx, kelapaQuote(own.id)))).toEqual({ code: "FORBIDDEN", key: "QUOTE_OWN_REQUEST" });
    expect((await counts(db())).quotes).toBe(before.quotes);
  });

  it("stops at the buyer's cap; a revision does not count twice, and a withdrawal frees a place", async () => {
    const { buyer, kelapa, mekong, manila } = await market(db());
    const request = await createSourcingRequest(buyer.ctx, { ...COCONUTS, quoteCap: 2 });
    const kelapas = await submitQuote(kelapa.ctx, kelapaQuote(request.id));
    await submitQuote(mekong.ctx, mekongQuote(request.id));
    expect(await quotingState(buyer.ctx, request)).toEqual({ quoteCount: 2, quotesLeft: 0, acceptingQuotes: false });

    const before = await counts(db());
    expect(await codeOf(submitQuote(manila.ctx, kelapaQuote(request.id)))).toEqual({ code: "CONFLICT", key: "QUOTE_CAP_REACHED" });
    expect(await counts(db())).toEqual(before);
    await submitQuote(at(kelapa.ctx, "2026-12-02T09:00:00Z"), kelapaQuote(request.id, { leadTimeDays: 28 }));

    const withdrawn = await withdrawQuote(at(kelapa.ctx, "2026-12-03T09:00:00Z"), kelapas.id);
    expect(withdrawn.status).toBe("withdrawn");
    expect(await codeOf(withdrawQuote(kelapa.ctx, kelapas.id))).toEqual({ code: "CONFLICT", key: "QUOTE_ALREADY_WITHDRAWN" });
    const manilas = await submitQuote(manila.ctx, kelapaQuote(request.id));
    expect(manilas.status).toBe("submitted");
    expect(await codeOf(submitQuote(kelapa.ctx, kelapaQuote(request.id)))).toEqual({ code: "CONFLICT", key: "QUOTE_CAP_REACHED" });
    expect((await quoteHistory(kelapa.ctx, kelapas.id)).map((e) => e.toStatus)).toEqual(["submitted", "submitted", "withdrawn"]);
  });

  it("only the seller withdraws its quote", async () => {
    const { buyer, kelapa } = await market(db());
    const request = await createSourcingRequest(buyer.ctx, COCONUTS);
    const quote = await submitQuote(kelapa.ctx, kelapaQuote(request.id));
    expect(await codeOf(withdrawQuote(buyer.ctx, quote.id))).toEqual({ code: "FORBIDDEN", key: "QUOTE_SELLER_ONLY" });
    expect((await getQuote(kelapa.ctx, quote.id))?.status).toBe("submitted");
  });
});

describeEachDatabase("a quote is private to the two companies", (db) => {
  it("another exporter, even one that quoted too, sees nothing of it: not by id, not in lists, not in the comparison", async () => {
    const { buyer, kelapa, mekong, manila } = await market(db());
    const request = await createSourcingRequest(buyer.ctx, COCONUTS);
    const kelapas = await submitQuote(kelapa.ctx, kelapaQuote(request.id));
    const mekongs = await submitQuote(mekong.ctx, mekongQuote(request.id));

    for (const outsider of [mekong, manila]) {
      expect(await getQuote(outsider.ctx, kelapas.id)).toBeNull();
      expect(await quoteHistory(outsider.ctx, kelapas.id)).toEqual([]);
      expect((await myQuotes(outsider.ctx, {})).edges.map((e) => e.node.id)).not.toContain(kelapas.id);
      expect(await codeOf(compareQuotes(outsider.ctx, request.id))).toEqual({ code: "FORBIDDEN", key: "REQUEST_BUYER_ONLY" });
      expect(await codeOf(withdrawQuote(outsider.ctx, kelapas.id))).toEqual({ code: "NOT_FOUND", key: "QUOTE_NOT_FOUND" });
      expect(await codeOf(acceptQuote(outsider.ctx, kelapas.id))).toEqual({ code: "NOT_FOUND", key: "QUOTE_NOT_FOUND" });
      expect((await inbox(outsider.ctx, {})).edges.map((e) => e.node.subjectId)).not.toContain(kelapas.id);
    }
    expect((await myQuoteForRequest(mekong.ctx, request.id))?.id).toBe(mekongs.id);
    expect(await myQuoteForRequest(manila.ctx, request.id)).toBeNull();
    expect((await myQuotes(kelapa.ctx, {})).edges.map((e) => e.node.id)).toEqual([kelapas.id]);
    expect((await compareQuotes(buyer.ctx, request.id)).quotes.map((q) => q.quote.id).sort()).toEqual([kelapas.id, mekongs.id].sort());
    // The seller who lost still sees its own quote and the request it answered after the award.
    await acceptQuote(buyer.ctx, kelapas.id);
    expect((await getQuote(mekong.ctx, mekongs.id))?.status).toBe("not_chosen");
    expect((await getSourcingRequest(mekong.ctx, request.id))?.status).toBe("awarded");
    expect(await getSourcingRequest(manila.ctx, request.id)).toBeNull();
    expect(await getQuote(mekong.ctx, kelapas.id)).toBeNull();
  });
});

describeEachDatabase("comparing quotes in the buyer's currency", (db) => {
  it("shows each price and total in PLN with the rate and its date, and ranks by the buyer's weights", async () => {
    const { buyer, kelapa, mekong } = await market(db());
    const request = await createSourcingRequest(buyer.ctx, COCONUTS);
    const kelapas = await submitQuote(kelapa.ctx, kelapaQuote(request.id));
    const mekongs = await submitQuote(at(mekong.ctx, "2026-12-01T10:00:00Z"), mekongQuote(request.id));

    const comparison = await compareQuotes(buyer.ctx, request.id);
    expect(comparison.buyerCurrency).toBe("PLN");
    expect(comparison.weights).toEqual({ price: 25, leadTime: 25, moq: 25, paymentTerms: 25 });
    const byId = new Map(comparison.quotes.map((q) => [q.quote.id, q]));
    expect(byId.get(kelapas.id)).toMatchObject({
      price: { amountMinor: 105_000, currency: "USD" },
      // 1 050.00 × 4.0625 = 4 265.625, rounded half away from zero.
      priceInBuyerCurrency: { amountMinor: 426_563, currency: "PLN" },
      fxRate: "4.0625",
      fxRateDate: "2026-11-26",
      total: { amountMinor: 4_200_000, currency: "USD" },
      totalInBuyerCurrency: { amountMinor: 17_062_500, currency: "PLN" },
    });
    expect(byId.get(mekongs.id)).toMatchObject({
      price: { amountMinor: 99_000, currency: "EUR" },
      priceInBuyerCurrency: { amountMinor: 422_829, currency: "PLN" },
      fxRate: "4.271",
      fxRateDate: "2026-11-25",
      totalInBuyerCurrency: { amountMinor: 16_913_160, currency: "PLN" },
    });
    // Equal weights: Kelapa is faster and asks a smaller minimum; Mekong is 37.34 PLN a tonne cheaper and
    // lets the buyer pay against documents rather than open a letter of credit. A tie the lower price breaks.
    expect(comparison.quotes.map((q) => [q.rank, q.quote.id, q.score])).toEqual([
      [1, mekongs.id, 0.5],
      [2, kelapas.id, 0.5],
    ]);
    const byLeadTime = await compareQuotes(buyer.ctx, request.id, { price: 10, leadTime: 60, moq: 30, paymentTerms: 0 });
    expect(byLeadTime.quotes.map((q) => [q.quote.id, q.score, q.criteria])).toEqual([
      [kelapas.id, 0.9, { price: 0, leadTime: 1, moq: 1, paymentTerms: 0 }],
      [mekongs.id, 0.1, { price: 1, leadTime: 0, moq: 0, paymentTerms: 1 }],
    ]);

    const byPrice = await compareQuotes(buyer.ctx, request.id, { price: 100, leadTime: 0, moq: 0, paymentTerms: 0 });
    expect(byPrice.quotes.map((q) => q.quote.id)).toEqual([mekongs.id, kelapas.id]);
    const mostlyPrice = await compareQuotes(buyer.ctx, request.id, { price: 80, leadTime: 20, moq: 0, paymentTerms: 0 });
    expect(mostlyPrice.quotes.map((q) => [q.quote.id, q.score])).toEqual([
      [mekongs.id, 0.8],
      [kelapas.id, 0.2],
    ]);
    expect(await problemsOf(compareQuotes(buyer.ctx, request.id, { price: 120 }))).toEqual([{ field: "weights.price", code: "WEIGHT_OUT_OF_RANGE" }]);
  });

  it("a quote in a currency with no known rate is shown as offered and ranks last on price", async () => {
    const { buyer, kelapa, mekong } = await market(db());
    const request = await createSourcingRequest(buyer.ctx, COCONUTS);
    const kelapas = await submitQuote(kelapa.ctx, kelapaQuote(request.id));
    const dong = await submitQuote(mekong.ctx, kelapaQuote(request.id, { unitPrice: { amount: "25000000", currency: "VND" } }));
    const comparison = await compareQuotes(buyer.ctx, request.id, { price: 100, leadTime: 0, moq: 0, paymentTerms: 0 });
    expect(comparison.quotes.map((q) => [q.quote.id, q.priceInBuyerCurrency, q.fxRate, q.fxRateDate])).toEqual([
      [kelapas.id, { amountMinor: 426_563, currency: "PLN" }, "4.0625", "2026-11-26"],
      [dong.id, null, null, null],
    ]);
  });
});

describeEachDatabase("accepting a quote", (db) => {
  it("awards the request, accepts the quote, passes over the others and tells every seller, in one go", async () => {
    const { buyer, kelapa, mekong } = await market(db());
    const request = await createSourcingRequest(buyer.ctx, COCONUTS);
    const kelapas = await submitQuote(kelapa.ctx, kelapaQuote(request.id));
    const mekongs = await submitQuote(mekong.ctx, mekongQuote(request.id));

    const accepted = await acceptQuote(at(buyer.ctx, "2026-12-04T08:00:00Z"), kelapas.id);
    expect(accepted.quote).toMatchObject({ id: kelapas.id, status: "accepted", updatedAt: "2026-12-04T08:00:00.000Z" });
    expect(accepted.request).toMatchObject({ id: request.id, status: "awarded" });
    expect((await getQuote(mekong.ctx, mekongs.id))?.status).toBe("not_chosen");
    expect((await sourcingRequestHistory(buyer.ctx, request.id)).map((e) => `${e.fromStatus}->${e.toStatus}`)).toEqual(["null->open", "open->awarded"]);
    expect((await quoteHistory(kelapa.ctx, kelapas.id)).map((e) => [e.toStatus, e.actorUserId])).toEqual([
      ["submitted", kelapa.userId],
      ["accepted", buyer.userId],
    ]);
    expect((await quoteHistory(mekong.ctx, mekongs.id)).map((e) => e.toStatus)).toEqual(["submitted", "not_chosen"]);

    expect(await kinds(kelapa)).toEqual([["QUOTE_ACCEPTED", kelapas.id]]);
    expect(await kinds(mekong)).toEqual([["QUOTE_NOT_CHOSEN", mekongs.id]]);
    expect(await outboxTo(db(), "aminah@kelapa.example")).toEqual([
      expect.objectContaining({ kind: "QUOTE_ACCEPTED", subject: "Baltic Fresh Sp. z o.o. accepted your quote for “Husked coconuts, 40 t for the Polish retail market”" }),
    ]);
    expect(await outboxTo(db(), "linh@mekongcoco.example")).toEqual([
      expect.objectContaining({ kind: "QUOTE_NOT_CHOSEN", subject: "Your quote for “Husked coconuts, 40 t for the Polish retail market” was not chosen" }),
    ]);
  });

  it("accepting twice, another quote after the award, or on a closed request is a conflict that changes nothing", async () => {
    const { buyer, kelapa, mekong } = await market(db());
    const request = await createSourcingRequest(buyer.ctx, COCONUTS);
    const kelapas = await submitQuote(kelapa.ctx, kelapaQuote(request.id));
    const mekongs = await submitQuote(mekong.ctx, mekongQuote(request.id));
    expect(await codeOf(acceptQuote(kelapa.ctx, kelapas.id))).toEqual({ code: "FORBIDDEN", key: "REQUEST_BUYER_ONLY" });
    await acceptQuote(buyer.ctx, kelapas.id);

    const before = await counts(db());
    expect(await codeOf(acceptQuote(buyer.ctx, kelapas.id))).toEqual({ code: "CONFLICT", key: "QUOTE_ALREADY_ACCEPTED" });
    expect(await codeOf(acceptQuote(buyer.ctx, mekongs.id))).toEqual({ code: "CONFLICT", key: "REQUEST_ALREADY_AWARDED" });
    expect(await codeOf(closeSourcingRequest(buyer.ctx, request.id))).toEqual({ code: "CONFLICT", key: "REQUEST_ALREADY_AWARDED" });
    expect(await codeOf(withdrawQuote(kelapa.ctx, kelapas.id))).toEqual({ code: "CONFLICT", key: "QUOTE_ALREADY_ACCEPTED" });
    expect(await counts(db())).toEqual(before);

    const other = await createSourcingRequest(buyer.ctx, COCONUTS);
    const late = await submitQuote(kelapa.ctx, kelapaQuote(other.id));
    await closeSourcingRequest(buyer.ctx, other.id);
    expect((await getQuote(kelapa.ctx, late.id))?.status).toBe("not_chosen");
    const afterClose = await counts(db());
    expect(await codeOf(acceptQuote(buyer.ctx, late.id))).toEqual({ code: "CONFLICT", key: "REQUEST_ALREADY_CLOSED" });
    expect(await counts(db())).toEqual(afterClose);
  });

  it("a quote past its valid-until date reads as expired, cannot be accepted, and stays expired when another wins", async () => {
    const { buyer, kelapa, mekong } = await market(db());
    const request = await createSourcingRequest(buyer.ctx, COCONUTS);
    const shortLived = await submitQuote(kelapa.ctx, kelapaQuote(request.id, { validUntil: "2026-12-05" }));
    const mekongs = await submitQuote(mekong.ctx, kelapaQuote(request.id, { validUntil: "2026-12-31" }));
    const later = at(buyer.ctx, "2026-12-06T09:00:00Z");

    expect((await getQuote(later, shortLived.id))?.status).toBe("expired");
    expect((await myQuotes(at(kelapa.ctx, "2026-12-06T09:00:00Z"), { status: "expired" })).edges.map((e) => e.node.id)).toEqual([shortLived.id]);
    expect((await compareQuotes(later, request.id)).quotes.map((q) => q.quote.id)).toEqual([mekongs.id]);
    const before = await counts(db());
    expect(await codeOf(acceptQuote(later, shortLived.id))).toEqual({ code: "CONFLICT", key: "QUOTE_ALREADY_EXPIRED" });
    expect(await counts(db())).toEqual(before);

    await acceptQuote(later, mekongs.id);
    expect((await quoteHistory(kelapa.ctx, shortLived.id)).map((e) => e.toStatus)).toEqual(["submitted", "expired"]);
    expect(await kinds(kelapa)).toEqual([]);
  });
});
