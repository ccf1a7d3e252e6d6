import type { SelectQueryBuilder } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import { findIncoterm } from "../../db/reference/index.js";
import type { DB, SourcingRequestsTable } from "../../db/types.js";
import { checkHsCode, checkPort } from "../catalog/service.js";
import { publish, withTransaction, type ServiceContext } from "../context.js";
import { DomainError, forbidden, UserInputProblems, type FieldProblem } from "../errors.js";
import { requireConfirmedEmail, requireOrganisation } from "../identity/guards.js";
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from "../shared/pagination.js";
import { accessOf, isBuyerKind, isExporterKind, lockRequest, visibleRequestRow } from "./access.js";
import { toRequest, type CreateSourcingRequestInput, type QuotingState, type SourcingRequest } from "./model.js";
import { settleQuotes } from "./quote-outcomes.js";
import type { RequestStatus } from "./request-lifecycle.js";
import { checkRequestFields, incotermNeedsDestinationPort, utcDay } from "./sourcing-rules.js";
import { moveRequest, recordRequestEvent } from "./status-moves.js";

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
