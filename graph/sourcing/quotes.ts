import { newId, nowIso } from "../../db/ids.js";
import type { QuotesTable, SourcingRequestsTable } from "../../db/types.js";
import { publish, withTransaction, type ServiceContext } from "../context.js";
import { conflict, forbidden, notFound, UserInputProblems } from "../errors.js";
import { requireConfirmedEmail, requireOrganisation } from "../identity/guards.js";
import { getOrganisation } from "../identity/service.js";
import { notify } from "../inbox/service.js";
import { getListing } from "../listings/service.js";
import { formatMinor } from "../shared/money.js";
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from "../shared/pagination.js";
import { accessOf, canSeeQuote, isExporterKind, lockRequest, ownQuoteRow, quoteRow, requestRow, visibilityAllows, type Access } from "./access.js";
import { today, toQuote, toRequest, type Quote, type SourcingRequest, type SubmitQuoteInput } from "./model.js";
import { isLive, nextQuoteStatus, type QuoteStatus } from "./quote-lifecycle.js";
import { settleQuotes, tellSeller } from "./quote-outcomes.js";
import { checkQuoteFields, utcDay } from "./sourcing-rules.js";
import { moveQuote, moveRequest, recordQuoteEvent } from "./status-moves.js";

/**
 * An exporter's answer to an open request. A second submission by the same company revises its
 * quote (or brings a withdrawn or lapsed one back) while the request is open. Refused when the
 * request is closed or awarded, past its deadline or needed-by date, or holds `quote_cap` quotes
 * from other sellers; a verified-only request does not exist for an unverified exporter.
 */
export async function submitQuote(ctx: ServiceContext, input: SubmitQuoteInput): Promise<Quote> {
  const access = await accessOf(ctx);
  if (!access.organisationId || !isExporterKind(access.kind)) throw forbidden("EXPORTER_REQUIRED");
  await requireConfirmedEmail(ctx);
  const sellerId = access.organisationId;
  return withTransaction(ctx, async (tx) => {
    await lockRequest(tx.db, input.requestId);
    const request = await requestRow(tx.db, input.requestId);
    if (!request) throw notFound("SOURCING_REQUEST_NOT_FOUND");
    if (request.organisation_id === sellerId) throw forbidden("QUOTE_OWN_REQUEST");
    const existing = await ownQuoteRow(tx.db, request.id, sellerId);
    if (!visibilityAllows(access, request)) {
      if (!existing) throw notFound("SOURCING_REQUEST_NOT_FOUND");
      throw conflict("REQUEST_VERIFIED_ONLY");
    }
    if (request.status !== "open") throw conflict(`REQUEST_ALREADY_${request.status.toUpperCase()}`);
    const now = ctx.now();
    if ((request.quote_deadline && Date.parse(request.quote_deadline) <= now.getTime()) || request.needed_by <= utcDay(now)) {
      throw conflict("QUOTE_DEADLINE_PASSED");
    }
    const from = (existing?.status as QuoteStatus | undefined) ?? null;
    const to = nextQuoteStatus(from, "submit");
    if (!to) throw conflict(`QUOTE_ALREADY_${from!.toUpperCase()}`);
    if (!existing || existing.status === "withdrawn") {
      const others = await tx.db
        .selectFrom("quotes")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("request_id", "=", request.id)
        .where("organisation_id", "!=", sellerId)
        .where("status", "!=", "withdrawn")
        .executeTakeFirstOrThrow();
      if (Number(others.n) >= request.quote_cap) throw conflict("QUOTE_CAP_REACHED", { cap: request.quote_cap });
    }

    const checked = checkQuoteFields(input, request.unit, now);
    const problems = checked.ok ? [] : [...checked.problems];
    const listingId = input.listingId?.trim() || null;
    if (listingId && (await getListing(tx, listingId))?.organisationId !== sellerId) problems.push({ field: "listingId", code: "LISTING_NOT_YOURS" });
    if (!checked.ok || problems.length) throw new UserInputProblems(problems);
    const data = checked.data;

    const stamp = nowIso(now);
    const fields = {
      listing_id: listingId,
      status: to,
      unit_price_minor: data.unitPrice.amountMinor,
      currency: data.unitPrice.currency,
      quantity: data.quantity,
      unit: request.unit,
      moq: data.moq,
      incoterm: data.incoterm,
      named_place: data.namedPlace,
      lead_time_days: data.leadTimeDays,
      payment_terms: data.paymentTerms,
      valid_until: data.validUntil,
      message: data.message,
      updated_at: stamp,
    };
    let row: QuotesTable;
    if (existing) {
      await tx.db.updateTable("quotes").set(fields).where("id", "=", existing.id).execute();
      row = { ...existing, ...fields };
    } else {
      row = { id: newId("quo"), request_id: request.id, organisation_id: sellerId, created_at: stamp, ...fields };
      await tx.db.insertInto("quotes").values(row).execute();
    }
    await recordQuoteEvent(tx, row.id, from, to);

    const seller = await getOrganisation(tx, sellerId);
    await notify(tx, {
      organisationId: request.organisation_id,
      kind: "QUOTE_RECEIVED",
      subjectId: row.id,
      payload: {
        requestId: request.id,
        requestTitle: request.title,
        seller: seller?.legalName ?? null,
        unitPrice: formatMinor(row.unit_price_minor, row.currency),
        currency: row.currency,
      },
      emailParams: { title: request.title, seller: seller?.legalName ?? "" },
    });
    return toQuote(row, utcDay(now));
  });
}

/** Loads a quote for one of its two companies, or NOT_FOUND for everyone else. */
async function quoteForParty(ctx: ServiceContext, access: Access, id: string): Promise<{ quote: QuotesTable; request: SourcingRequestsTable }> {
  const quote = await quoteRow(ctx.db, id);
  const request = quote ? await requestRow(ctx.db, quote.request_id) : undefined;
  if (!quote || !request || !canSeeQuote(ctx, access, quote, request)) throw notFound("QUOTE_NOT_FOUND");
  return { quote, request };
}

/** The seller takes its quote back while the buyer has not decided. */
export async function withdrawQuote(ctx: ServiceContext, id: string): Promise<Quote> {
  const access = await accessOf(ctx);
  return withTransaction(ctx, async (tx) => {
    const found = await quoteForParty(tx, access, id);
    if (found.quote.organisation_id !== access.organisationId) throw forbidden("QUOTE_SELLER_ONLY");
    await lockRequest(tx.db, found.request.id);
    const fresh = (await quoteRow(tx.db, id))!;
    return toQuote(await moveQuote(tx, fresh, "withdraw"), today(ctx));
  });
}

/**
 * The buyer accepts one quote: the request is awarded, the quote accepted, every other live quote
 * not chosen, and each seller told, in one transaction. Accepting again, accepting on a closed or
 * awarded request, or accepting a quote past its valid-until date changes nothing and says why.
 */
export async function acceptQuote(ctx: ServiceContext, id: string): Promise<{ quote: Quote; request: SourcingRequest }> {
  const access = await accessOf(ctx);
  return withTransaction(ctx, async (tx) => {
    const found = await quoteForParty(tx, access, id);
    if (found.request.organisation_id !== access.organisationId) throw forbidden("REQUEST_BUYER_ONLY");
    await lockRequest(tx.db, found.request.id);
    const quote = (await quoteRow(tx.db, id))!;
    const request = (await requestRow(tx.db, found.request.id))!;
    const day = today(ctx);
    // The most specific reason first: this very quote was accepted, then the request is over, then the quote is.
    if (quote.status === "accepted") throw conflict("QUOTE_ALREADY_ACCEPTED");
    if (request.status !== "open") throw conflict(`REQUEST_ALREADY_${request.status.toUpperCase()}`);
    if (quote.status !== "submitted") throw conflict(`QUOTE_ALREADY_${quote.status.toUpperCase()}`);
    if (!isLive("submitted", quote.valid_until, day)) throw conflict("QUOTE_ALREADY_EXPIRED");

    const awarded = await moveRequest(tx, request, "award");
    const accepted = await moveQuote(tx, quote, "accept");
    await settleQuotes(tx, awarded, accepted.id);
    await tellSeller(tx, accepted, awarded, "QUOTE_ACCEPTED");
    await publish(tx, "quote.accepted", {
      quoteId: accepted.id,
      requestId: awarded.id,
      buyerOrganisationId: awarded.organisation_id,
      sellerOrganisationId: accepted.organisation_id,
      listingId: accepted.listing_id,
      at: accepted.updated_at,
    });
    return { quote: toQuote(accepted, day), request: toRequest(awarded) };
  });
}

/** A quote for one of its two companies; null for anyone else, exactly as for a quote that does not exist. */
export async function getQuote(ctx: ServiceContext, id: string): Promise<Quote | null> {
  const access = await accessOf(ctx);
  const quote = await quoteRow(ctx.db, id);
  const request = quote ? await requestRow(ctx.db, quote.request_id) : undefined;
  if (!quote || !request || !canSeeQuote(ctx, access, quote, request)) return null;
  return toQuote(quote, today(ctx));
}

/** The viewer's company's own quote on a request, if it made one. */
export async function myQuoteForRequest(ctx: ServiceContext, requestId: string): Promise<Quote | null> {
  const access = await accessOf(ctx);
  const row = await ownQuoteRow(ctx.db, requestId, access.organisationId);
  return row ? toQuote(row, today(ctx)) : null;
}

export interface MyQuotesArgs extends PageArgs {
  status?: QuoteStatus | null;
}

/** The viewer's company's quotes, most recently changed first. */
export async function myQuotes(ctx: ServiceContext, args: MyQuotesArgs): Promise<Page<Quote>> {
  const { organisationId } = requireOrganisation(ctx.viewer);
  const size = pageSize(args.first);
  const day = today(ctx);
  let filtered = ctx.db.selectFrom("quotes").where("organisation_id", "=", organisationId);
  // Filter on the status the parties see: a submitted quote past its date counts as expired.
  if (args.status === "submitted") filtered = filtered.where("status", "=", "submitted").where("valid_until", ">=", day);
  else if (args.status === "expired") {
    filtered = filtered.where((eb) => eb.or([eb("status", "=", "expired"), eb.and([eb("status", "=", "submitted"), eb("valid_until", "<", day)])]));
  } else if (args.status) filtered = filtered.where("status", "=", args.status);
  const total = await filtered.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  let select = filtered.selectAll();
  if (args.after) {
    const [updatedAt, id] = decodeCursor(args.after, ["string", "string"]);
    select = select.where((eb) => eb.or([eb("updated_at", "<", updatedAt), eb.and([eb("updated_at", "=", updatedAt), eb("id", "<", id)])]));
  }
  const rows = await select.orderBy("updated_at", "desc").orderBy("id", "desc").limit(size + 1).execute();
  return toPage(
    rows.map((r) => toQuote(r, day)),
    size,
    Number(total.n),
    (q) => [q.updatedAt, q.id],
  );
}
