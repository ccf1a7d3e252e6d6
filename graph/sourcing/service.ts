import type { SelectQueryBuilder } from "kysely";
import { type Executor } from "../../db/database.js";
import { newId, nowIso } from "../../db/ids.js";
import { findIncoterm, type IncotermCode } from "../../db/reference/index.js";
import type { DB, QuotesTable, SourcingRequestsTable } from "../../db/types.js";
import { checkHsCode, checkPort } from "../catalog/service.js";
import { publish, withTransaction, type ServiceContext } from "../context.js";
import { conflict, DomainError, forbidden, notFound, UserInputProblems, type FieldProblem } from "../errors.js";
import { actorUserId, isPlatformAdmin, requireConfirmedEmail, requireOrganisation } from "../identity/guards.js";
import { getOrganisation, type OrganisationKind } from "../identity/service.js";
import { notify } from "../inbox/service.js";
import { getListing } from "../listings/service.js";
import { formatMinor, type Money } from "../shared/money.js";
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from "../shared/pagination.js";
import { convertMoney } from "../fx/service.js";
import { effectiveQuoteStatus, isLive, nextQuoteStatus, type QuoteAction, type QuoteStatus } from "./quote-lifecycle.js";
import { rankQuotes, resolveWeights, type PaymentTerms, type RankingCriterion, type RankingWeights } from "./quote-ranking.js";
/** Bulk reads for modules that scan many requests (matching, insights). */
export {
  latestRequestIdsOf,
  openDemandTotals,
  openDemandUnderHeadings,
  requestsCreatedPerDay,
  openRequestIdsInChapter,
  openRequestIdsWithoutHs,
  quotesAnsweredBy,
  requestRows,
  type Moment,
  type RequestRow,
} from "./repository.js";
import { nextRequestStatus, type RequestAction, type RequestStatus } from "./request-lifecycle.js";
import {
  checkQuoteFields,
  checkRequestFields,
  incotermNeedsDestinationPort,
  lineTotal,
  utcDay,
  type QuoteFields,
  type RequestFields,
  type Visibility,
} from "./sourcing-rules.js";

export type { PaymentTerms, RankingWeights } from "./quote-ranking.js";
export type { QuoteStatus } from "./quote-lifecycle.js";
export type { RequestStatus } from "./request-lifecycle.js";
export type { Visibility } from "./sourcing-rules.js";

export interface SourcingRequest {
  id: string;
  buyerOrganisationId: string;
  status: RequestStatus;
  title: string;
  description: string;
  /** Digits only: a chapter, heading or subheading, national digits allowed after six. */
  hsCode: string | null;
  keywords: string[];
  quantity: number;
  /** UN/ECE Rec 20 code. */
  unit: string;
  /** The quantity in the unit's base (kg, m³, piece, m, m²), to compare with listings in other units. */
  quantityBase: number;
  targetUnitPrice: Money | null;
  destinationCountry: string;
  destinationPort: string | null;
  incoterm: IncotermCode;
  /** YYYY-MM-DD. */
  neededBy: string;
  visibility: Visibility;
  quoteCap: number;
  quoteDeadline: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Quote {
  id: string;
  requestId: string;
  sellerOrganisationId: string;
  listingId: string | null;
  /** As the parties see it: a submitted quote past its valid-until date reads as expired. */
  status: QuoteStatus;
  unitPrice: Money;
  /** In the request's unit. */
  quantity: number;
  unit: string;
  moq: number | null;
  incoterm: IncotermCode;
  namedPlace: string;
  leadTimeDays: number;
  paymentTerms: PaymentTerms;
  /** YYYY-MM-DD, the last day the offer stands. */
  validUntil: string;
  message: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface StatusEvent<S extends string> {
  id: string;
  fromStatus: S | null;
  toStatus: S;
  actorUserId: string | null;
  createdAt: string;
}

export type RequestEvent = StatusEvent<RequestStatus>;
export type QuoteEvent = StatusEvent<QuoteStatus>;

export interface QuotingState {
  /** Quotes the request holds, withdrawn ones aside. */
  quoteCount: number;
  quotesLeft: number;
  /** Open, before its deadline and needed-by date, and under its cap. */
  acceptingQuotes: boolean;
}

export interface ComparedQuote {
  quote: Quote;
  /** 1 for the best under the weights used. */
  rank: number;
  score: number;
  criteria: Record<RankingCriterion, number>;
  /** The unit price as offered. */
  price: Money;
  /** The unit price in the buyer's preferred currency; null when no exchange rate converts it. */
  priceInBuyerCurrency: Money | null;
  /** One unit of the quote's currency in the buyer's currency, and the date of that rate. */
  fxRate: string | null;
  fxRateDate: string | null;
  /** Unit price × quantity, as offered and converted. */
  total: Money;
  totalInBuyerCurrency: Money | null;
}

export interface QuoteComparison {
  request: SourcingRequest;
  buyerCurrency: string;
  weights: RankingWeights;
  quotes: ComparedQuote[];
}

export type CreateSourcingRequestInput = RequestFields;

export interface SubmitQuoteInput extends QuoteFields {
  requestId: string;
  listingId?: string | null;
}

// ---------------------------------------------------------------------------- mapping

function toRequest(row: SourcingRequestsTable): SourcingRequest {
  return {
    id: row.id,
    buyerOrganisationId: row.organisation_id,
    status: row.status as RequestStatus,
    title: row.title,
    description: row.description,
    hsCode: row.hs_code,
    keywords: row.keywords.split("\n").filter(Boolean),
    quantity: row.quantity,
    unit: row.unit,
    quantityBase: row.quantity_base,
    targetUnitPrice:
      row.target_price_minor !== null && row.target_currency ? { amountMinor: row.target_price_minor, currency: row.target_currency } : null,
    destinationCountry: row.destination_country,
    destinationPort: row.destination_port,
    incoterm: row.incoterm as IncotermCode,
    neededBy: row.needed_by,
    visibility: row.visibility as Visibility,
    quoteCap: row.quote_cap,
    quoteDeadline: row.quote_deadline,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toQuote(row: QuotesTable, today: string): Quote {
  return {
    id: row.id,
    requestId: row.request_id,
    sellerOrganisationId: row.organisation_id,
    listingId: row.listing_id,
    status: effectiveQuoteStatus(row.status as QuoteStatus, row.valid_until, today),
    unitPrice: { amountMinor: row.unit_price_minor, currency: row.currency },
    quantity: row.quantity,
    unit: row.unit,
    moq: row.moq,
    incoterm: row.incoterm as IncotermCode,
    namedPlace: row.named_place,
    leadTimeDays: row.lead_time_days,
    paymentTerms: row.payment_terms as PaymentTerms,
    validUntil: row.valid_until,
    message: row.message,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const today = (ctx: ServiceContext) => utcDay(ctx.now());

// ---------------------------------------------------------------------------- who may see what

interface Access {
  organisationId: string | null;
  kind: OrganisationKind | null;
  verified: boolean;
  /** Platform admins and the platform's own jobs see every request (never another company's quotes). */
  privileged: boolean;
}

async function accessOf(ctx: ServiceContext): Promise<Access> {
  if (ctx.viewer.kind === "system") return { organisationId: null, kind: null, verified: false, privileged: true };
  const { organisationId } = requireOrganisation(ctx.viewer);
  const org = await getOrganisation(ctx, organisationId);
  if (!org) throw notFound("ORGANISATION_NOT_FOUND");
  return { organisationId, kind: org.kind, verified: org.verificationStatus === "verified", privileged: isPlatformAdmin(ctx.viewer) };
}

const isBuyerKind = (kind: OrganisationKind | null) => kind === "buyer" || kind === "both";
const isExporterKind = (kind: OrganisationKind | null) => kind === "exporter" || kind === "both";

/** A verified-only request is not there at all for an unverified exporter. */
function visibilityAllows(access: Access, row: Pick<SourcingRequestsTable, "visibility">): boolean {
  return row.visibility === "all" || access.verified;
}

/**
 * The buyer always sees its request; an exporter sees an open one its verification allows, and
 * keeps seeing one it has quoted on after it closes.
 */
function canSeeRequest(access: Access, row: SourcingRequestsTable, quoted: boolean): boolean {
  if (access.privileged || row.organisation_id === access.organisationId || quoted) return true;
  return isExporterKind(access.kind) && row.status === "open" && visibilityAllows(access, row);
}

/** A quote is the business of the two companies only (and of the platform's own jobs). */
function canSeeQuote(ctx: ServiceContext, access: Access, quote: QuotesTable, request: SourcingRequestsTable): boolean {
  if (ctx.viewer.kind === "system") return true;
  return access.organisationId === quote.organisation_id || access.organisationId === request.organisation_id;
}

async function requestRow(db: Executor, id: string): Promise<SourcingRequestsTable | undefined> {
  return db.selectFrom("sourcing_requests").selectAll().where("id", "=", id).executeTakeFirst();
}

async function quoteRow(db: Executor, id: string): Promise<QuotesTable | undefined> {
  return db.selectFrom("quotes").selectAll().where("id", "=", id).executeTakeFirst();
}

async function ownQuoteRow(db: Executor, requestId: string, organisationId: string | null): Promise<QuotesTable | undefined> {
  if (!organisationId) return undefined;
  return db.selectFrom("quotes").selectAll().where("request_id", "=", requestId).where("organisation_id", "=", organisationId).executeTakeFirst();
}

/** The request if the viewer may see it; otherwise NOT_FOUND, so a hidden request and a missing one look the same. */
async function visibleRequestRow(ctx: ServiceContext, access: Access, id: string): Promise<SourcingRequestsTable> {
  const row = await requestRow(ctx.db, id);
  if (!row) throw notFound("SOURCING_REQUEST_NOT_FOUND");
  if (canSeeRequest(access, row, false)) return row;
  if (await ownQuoteRow(ctx.db, id, access.organisationId)) return row;
  throw notFound("SOURCING_REQUEST_NOT_FOUND");
}

/**
 * Takes the request row's write lock for the rest of the transaction (an UPDATE that changes
 * nothing), so quotes, withdrawals and the award of one request happen one after another: the
 * cap cannot be overrun and a quote cannot be withdrawn while it is being accepted.
 */
async function lockRequest(trx: Executor, id: string): Promise<void> {
  await trx
    .updateTable("sourcing_requests")
    .set((eb) => ({ updated_at: eb.ref("updated_at") }))
    .where("id", "=", id)
    .execute();
}

// ---------------------------------------------------------------------------- history

async function recordRequestEvent(ctx: ServiceContext, requestId: string, from: RequestStatus | null, to: RequestStatus): Promise<void> {
  await ctx.db
    .insertInto("sourcing_request_events")
    .values({ id: newId("evt"), request_id: requestId, from_status: from, to_status: to, actor_user_id: actorUserId(ctx.viewer), created_at: nowIso(ctx.now()) })
    .execute();
}

async function recordQuoteEvent(ctx: ServiceContext, quoteId: string, from: QuoteStatus | null, to: QuoteStatus): Promise<void> {
  await ctx.db
    .insertInto("quote_events")
    .values({ id: newId("evt"), quote_id: quoteId, from_status: from, to_status: to, actor_user_id: actorUserId(ctx.viewer), created_at: nowIso(ctx.now()) })
    .execute();
}

/** Moves a request by its transition table, or refuses with the reason it cannot move. */
async function moveRequest(ctx: ServiceContext, row: SourcingRequestsTable, action: RequestAction): Promise<SourcingRequestsTable> {
  const from = row.status as RequestStatus;
  const to = nextRequestStatus(from, action);
  if (!to) throw conflict(`REQUEST_ALREADY_${from.toUpperCase()}`);
  const updatedAt = nowIso(ctx.now());
  await ctx.db.updateTable("sourcing_requests").set({ status: to, updated_at: updatedAt }).where("id", "=", row.id).execute();
  await recordRequestEvent(ctx, row.id, from, to);
  return { ...row, status: to, updated_at: updatedAt };
}

async function moveQuote(ctx: ServiceContext, row: QuotesTable, action: QuoteAction): Promise<QuotesTable> {
  const from = row.status as QuoteStatus;
  const to = nextQuoteStatus(from, action);
  if (!to) throw conflict(`QUOTE_ALREADY_${from.toUpperCase()}`);
  const updatedAt = nowIso(ctx.now());
  await ctx.db.updateTable("quotes").set({ status: to, updated_at: updatedAt }).where("id", "=", row.id).execute();
  await recordQuoteEvent(ctx, row.id, from, to);
  return { ...row, status: to, updated_at: updatedAt };
}

function toEvent<S extends string>(row: { id: string; from_status: string | null; to_status: string; actor_user_id: string | null; created_at: string }): StatusEvent<S> {
  return { id: row.id, fromStatus: row.from_status as S | null, toStatus: row.to_status as S, actorUserId: row.actor_user_id, createdAt: row.created_at };
}

/** Every step of a request, oldest first: the buyer's (and the platform's) record. */
export async function sourcingRequestHistory(ctx: ServiceContext, requestId: string): Promise<RequestEvent[]> {
  const access = await accessOf(ctx);
  const row = await requestRow(ctx.db, requestId);
  if (!row || !(access.privileged || row.organisation_id === access.organisationId)) return [];
  const rows = await ctx.db.selectFrom("sourcing_request_events").selectAll().where("request_id", "=", requestId).orderBy("created_at").orderBy("id").execute();
  return rows.map((r) => toEvent<RequestStatus>(r));
}

/** Every step of a quote, oldest first; only the two companies see it. */
export async function quoteHistory(ctx: ServiceContext, quoteId: string): Promise<QuoteEvent[]> {
  if (!(await getQuote(ctx, quoteId))) return [];
  const rows = await ctx.db.selectFrom("quote_events").selectAll().where("quote_id", "=", quoteId).orderBy("created_at").orderBy("id").execute();
  return rows.map((r) => toEvent<QuoteStatus>(r));
}

// ---------------------------------------------------------------------------- notifications

async function tellSeller(ctx: ServiceContext, quote: QuotesTable, request: SourcingRequestsTable, kind: "QUOTE_ACCEPTED" | "QUOTE_NOT_CHOSEN"): Promise<void> {
  const buyer = await getOrganisation(ctx, request.organisation_id);
  await notify(ctx, {
    organisationId: quote.organisation_id,
    kind,
    subjectId: quote.id,
    payload: {
      requestId: request.id,
      requestTitle: request.title,
      buyer: buyer?.legalName ?? null,
      unitPrice: formatMinor(quote.unit_price_minor, quote.currency),
      currency: quote.currency,
    },
    emailParams: { title: request.title, buyer: buyer?.legalName ?? "" },
  });
}

// ---------------------------------------------------------------------------- sourcing requests

function throwProblems(problems: FieldProblem[]): void {
  if (problems.length) throw new UserInputProblems(problems);
}

async function collect<T>(problems: FieldProblem[], check: () => Promise<T>): Promise<T | null> {
  try {
    return await check();
  } catch (error) {
    if (!(error instanceof UserInputProblems)) throw error;
    problems.push(...error.problems);
    return null;
  }
}

/**
 * The HS code against the nomenclature and the port against the UN/LOCODE list: the named port
 * must be in the destination country, be a seaport for the sea-only rules, and CFR/CIF need one.
 */
async function referenceProblems(ctx: ServiceContext, input: CreateSourcingRequestInput, fieldProblems: FieldProblem[]): Promise<{ hsCode: string | null; problems: FieldProblem[] }> {
  const problems: FieldProblem[] = [];
  const failed = (field: string) => fieldProblems.some((p) => p.field === field);
  let hsCode: string | null = null;
  if (input.hsCode?.trim() && !failed("hsCode")) hsCode = (await collect(problems, () => checkHsCode(ctx, input.hsCode!, "hsCode")))?.code ?? null;

  const term = findIncoterm(input.incoterm.trim());
  const country = input.destinationCountry.trim().toUpperCase();
  if (input.destinationPort?.trim() && !failed("destinationPort")) {
    const port = await collect(problems, () => checkPort(ctx, input.destinationPort!, "destinationPort"));
    if (port && !failed("destinationCountry") && port.country !== country) {
      problems.push({ field: "destinationPort", code: "PORT_NOT_IN_COUNTRY", params: { port: port.locode, country } });
    } else if (port && term?.seaAndInlandWaterwayOnly && !port.isSeaport) {
      problems.push({ field: "destinationPort", code: "PORT_NOT_SEAPORT", params: { port: port.locode, incoterm: term.code } });
    }
  } else if (!input.destinationPort?.trim() && term && incotermNeedsDestinationPort(term.code)) {
    problems.push({ field: "destinationPort", code: "PORT_REQUIRED_FOR_INCOTERM", params: { incoterm: term.code } });
  }
  return { hsCode, problems };
}

/**
 * Posts a sourcing request for the viewer's company, which must buy (kind buyer or both). Every
 * problem with the input comes back at once; exporters whose listings match are told in the same
 * transaction, so a request never exists without its notifications or the other way round.
 */
export async function createSourcingRequest(ctx: ServiceContext, input: CreateSourcingRequestInput): Promise<SourcingRequest> {
  const access = await accessOf(ctx);
  if (!access.organisationId || !isBuyerKind(access.kind)) throw forbidden("BUYER_REQUIRED");
  // A request is published to every matching exporter's inbox and mailbox.
  await requireConfirmedEmail(ctx);
  const buyerId = access.organisationId;
  const checked = checkRequestFields(input, ctx.now());
  const fieldProblems = checked.ok ? [] : checked.problems;
  const references = await referenceProblems(ctx, input, fieldProblems);
  if (!checked.ok || references.problems.length) throw new UserInputProblems([...fieldProblems, ...references.problems]);
  const data = checked.data;

  return withTransaction(ctx, async (tx) => {
    const now = nowIso(ctx.now());
    const row: SourcingRequestsTable = {
      id: newId("req"),
      organisation_id: buyerId,
      status: "open",
      title: data.title,
      description: data.description,
      hs_code: references.hsCode,
      // One keyword a line: plain text that full-text matching reads as it is, and no keyword holds a line break.
      keywords: data.keywords.join("\n"),
      quantity: data.quantity,
      unit: data.unit,
      quantity_base: data.quantityBase,
      target_price_minor: data.targetUnitPrice?.amountMinor ?? null,
      target_currency: data.targetUnitPrice?.currency ?? null,
      destination_country: data.destinationCountry,
      destination_port: data.destinationPort,
      incoterm: data.incoterm,
      needed_by: data.neededBy,
      visibility: data.visibility,
      quote_cap: data.quoteCap,
      quote_deadline: data.quoteDeadline,
      created_at: now,
      updated_at: now,
    };
    await tx.db.insertInto("sourcing_requests").values(row).execute();
    await recordRequestEvent(tx, row.id, null, "open");
    await publish(tx, "sourcingRequest.opened", { requestId: row.id, buyerOrganisationId: buyerId, at: now });
    return toRequest(row);
  });
}

/** Passes over the other live quotes of a request that is being awarded or closed; quotes past their date expire. */
async function settleQuotes(ctx: ServiceContext, request: SourcingRequestsTable, winnerId: string | null): Promise<void> {
  let query = ctx.db.selectFrom("quotes").selectAll().where("request_id", "=", request.id).where("status", "=", "submitted");
  if (winnerId) query = query.where("id", "!=", winnerId);
  const day = today(ctx);
  for (const row of await query.orderBy("created_at").orderBy("id").execute()) {
    if (isLive("submitted", row.valid_until, day)) {
      await moveQuote(ctx, row, "pass_over");
      await tellSeller(ctx, row, request, "QUOTE_NOT_CHOSEN");
    } else {
      await moveQuote(ctx, row, "expire");
    }
  }
}

/** The buyer stops its request without choosing a quote; every seller still waiting hears it was not chosen. */
export async function closeSourcingRequest(ctx: ServiceContext, id: string): Promise<SourcingRequest> {
  const access = await accessOf(ctx);
  return withTransaction(ctx, async (tx) => {
    await lockRequest(tx.db, id);
    const row = await visibleRequestRow(tx, access, id);
    if (row.organisation_id !== access.organisationId) throw forbidden("REQUEST_BUYER_ONLY");
    const closed = await moveRequest(tx, row, "close");
    await settleQuotes(tx, closed, null);
    return toRequest(closed);
  });
}

/** A request the viewer may see, or null. */
export async function getSourcingRequest(ctx: ServiceContext, id: string): Promise<SourcingRequest | null> {
  const access = await accessOf(ctx);
  try {
    return toRequest(await visibleRequestRow(ctx, access, id));
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

export interface MySourcingRequestsArgs extends PageArgs {
  status?: RequestStatus | null;
}

/** The viewer's company's requests, newest first. */
export async function mySourcingRequests(ctx: ServiceContext, args: MySourcingRequestsArgs): Promise<Page<SourcingRequest>> {
  const { organisationId } = requireOrganisation(ctx.viewer);
  const size = pageSize(args.first);
  let filtered: RequestQuery = ctx.db.selectFrom("sourcing_requests").where("organisation_id", "=", organisationId);
  if (args.status) filtered = filtered.where("status", "=", args.status);
  return newestFirst(filtered, args.after, size);
}

type RequestQuery = SelectQueryBuilder<DB, "sourcing_requests", object>;

async function newestFirst(filtered: RequestQuery, after: string | null | undefined, size: number): Promise<Page<SourcingRequest>> {
  const total = await filtered.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  let select = filtered.selectAll();
  if (after) {
    const [createdAt, id] = decodeCursor(after, ["string", "string"]);
    select = select.where((eb) => eb.or([eb("created_at", "<", createdAt), eb.and([eb("created_at", "=", createdAt), eb("id", "<", id)])]));
  }
  const rows = await select.orderBy("created_at", "desc").orderBy("id", "desc").limit(size + 1).execute();
  return toPage(rows.map(toRequest), size, Number(total.n), (r) => [r.createdAt, r.id]);
}

export interface OpenSourcingRequestsArgs extends PageArgs {
  /** HS digits: requests under this code, and requests for a broader code that contains it. */
  hsPrefix?: string | null;
  destinationCountry?: string | null;
}

/**
 * Open requests an exporter may quote on, newest first: not its own, not past their deadline or
 * needed-by date, and verified-only ones only when the exporter is verified.
 */
export async function openSourcingRequests(ctx: ServiceContext, args: OpenSourcingRequestsArgs): Promise<Page<SourcingRequest>> {
  const access = await accessOf(ctx);
  if (!access.privileged && !isExporterKind(access.kind)) throw forbidden("EXPORTER_REQUIRED");
  const size = pageSize(args.first);
  const problems: FieldProblem[] = [];
  const prefix = args.hsPrefix?.replace(/[. ]/g, "") || null;
  if (prefix !== null && !/^(\d{2}){1,3}\d{0,4}$/.test(prefix)) problems.push({ field: "hsPrefix", code: "HS_CODE_FORMAT" });
  const country = args.destinationCountry?.trim().toUpperCase() || null;
  if (country !== null && !/^[A-Z]{2}$/.test(country)) problems.push({ field: "destinationCountry", code: "COUNTRY_UNKNOWN" });
  throwProblems(problems);

  const now = ctx.now();
  let filtered: RequestQuery = ctx.db
    .selectFrom("sourcing_requests")
    .where("status", "=", "open")
    .where("needed_by", ">", utcDay(now))
    .where((eb) => eb.or([eb("quote_deadline", "is", null), eb("quote_deadline", ">", nowIso(now))]));
  if (access.organisationId) filtered = filtered.where("organisation_id", "!=", access.organisationId);
  if (!access.privileged && !access.verified) filtered = filtered.where("visibility", "=", "all");
  if (country) filtered = filtered.where("destination_country", "=", country);
  if (prefix) {
    const broader = [2, 4, 6].filter((n) => n < prefix.length).map((n) => prefix.slice(0, n));
    filtered = filtered.where((eb) => eb.or([eb("hs_code", "like", `${prefix}%`), ...(broader.length ? [eb("hs_code", "in", broader)] : [])]));
  }
  return newestFirst(filtered, args.after, size);
}

/** How many quotes a request holds and whether it takes more, as anyone who sees the request may know. */
export async function quotingState(ctx: ServiceContext, request: SourcingRequest): Promise<QuotingState> {
  const row = await ctx.db
    .selectFrom("quotes")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("request_id", "=", request.id)
    .where("status", "!=", "withdrawn")
    .executeTakeFirstOrThrow();
  const quoteCount = Number(row.n);
  const now = ctx.now();
  const beforeDeadline = (!request.quoteDeadline || Date.parse(request.quoteDeadline) > now.getTime()) && request.neededBy > utcDay(now);
  return {
    quoteCount,
    quotesLeft: Math.max(0, request.quoteCap - quoteCount),
    acceptingQuotes: request.status === "open" && beforeDeadline && quoteCount < request.quoteCap,
  };
}

// ---------------------------------------------------------------------------- quotes

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

// ---------------------------------------------------------------------------- comparing

async function inBuyerCurrency(ctx: ServiceContext, money: Money, currency: string) {
  try {
    return await convertMoney(ctx, money, currency);
  } catch (error) {
    // Without a rate the quote is still shown, in its own currency, and ranks last on price.
    if (error instanceof DomainError && error.messageKey === "FX_RATE_MISSING") return null;
    throw error;
  }
}

/**
 * The buyer's side-by-side view: each quote it can still act on (or has acted on) with its price
 * in the buyer's preferred currency at today's rate, the rate and its date, and a ranking by the
 * buyer's weights for price, lead time, MOQ and payment terms.
 */
export async function compareQuotes(
  ctx: ServiceContext,
  requestId: string,
  weightsInput?: Partial<Record<RankingCriterion, number | null>> | null,
): Promise<QuoteComparison> {
  const weights = resolveWeights(weightsInput);
  if (!weights.ok) throw new UserInputProblems(weights.problems);
  const access = await accessOf(ctx);
  const row = await visibleRequestRow(ctx, access, requestId);
  if (row.organisation_id !== access.organisationId) throw forbidden("REQUEST_BUYER_ONLY");
  const buyer = await getOrganisation(ctx, row.organisation_id);
  const currency = buyer!.preferredCurrency;
  const day = today(ctx);

  const rows = await ctx.db
    .selectFrom("quotes")
    .selectAll()
    .where("request_id", "=", requestId)
    .where("status", "in", ["submitted", "accepted", "not_chosen"])
    .execute();
  const quotes = rows.map((r) => toQuote(r, day)).filter((q) => q.status !== "expired");
  const priced = await Promise.all(
    quotes.map(async (quote) => {
      const total = lineTotal(quote.unitPrice, quote.quantity);
      const [unit, sum] = await Promise.all([inBuyerCurrency(ctx, quote.unitPrice, currency), inBuyerCurrency(ctx, total, currency)]);
      return {
        id: quote.id,
        unitPriceMinor: unit?.to.amountMinor ?? null,
        leadTimeDays: quote.leadTimeDays,
        moq: quote.moq,
        paymentTerms: quote.paymentTerms,
        submittedAt: quote.updatedAt,
        quote,
        total,
        unit,
        sum,
      };
    }),
  );
  const ranked = rankQuotes(priced, weights.weights);
  return {
    request: toRequest(row),
    buyerCurrency: currency,
    weights: weights.weights,
    quotes: ranked.map(({ quote: p, rank, score, criteria }) => ({
      quote: p.quote,
      rank,
      score,
      criteria,
      price: p.quote.unitPrice,
      priceInBuyerCurrency: p.unit?.to ?? null,
      fxRate: p.unit?.rate ?? null,
      fxRateDate: p.unit?.asOf ?? null,
      total: p.total,
      totalInBuyerCurrency: p.sum?.to ?? null,
    })),
  };
}

