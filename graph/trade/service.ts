import { sql } from "kysely";
import { newTimeOrderedId, nowIso } from "../../db/ids.js";
import { convertQuantity, findIncoterm } from "../../db/reference/index.js";
import type { OrderLinesTable, OrderPartiesTable, OrdersTable } from "../../db/types.js";
import { checkPort } from "../catalog/service.js";
import { publish, withTransaction, type ServiceContext, type Viewer } from "../context.js";
import { conflict, DomainError, forbidden, notFound, problem } from "../errors.js";
import { eventPricesAt } from "../events/service.js";
import { convertMoney } from "../fx/service.js";
import { actorUserId, requireOrganisation, requirePlatformAdmin } from "../identity/guards.js";
import { getOrganisation, type Organisation } from "../identity/service.js";
import { getListing, releaseStock, tierPrice, type Listing } from "../listings/service.js";
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from "../shared/pagination.js";
import { getQuote, getSourcingRequest } from "../sourcing/service.js";
import type { OrderConfirmed } from "./events.js";
import { placePrepared, type PreparedOrder } from "./group-commit.js";
import { availableActions, nextOrderStatus, releasesStock, type OrderAction, type OrderRole, type OrderStatus } from "./order-lifecycle.js";
import { checkPlaceOrder, lineTotalMinor, lineWeights, requestHash, termsFitQuote, type PartyInput, type PlaceOrderData, type PlaceOrderInput, type PartyRole } from "./order-rules.js";
import { afterOrderMove } from "./payments.js";
import { roleIn } from "./roles.js";
import { insertOrderEvent, loadOrder, loadOrders, orderHistory as historyRows, orderRow, ordersByKeys, type Order, type OrderEvent } from "./repository.js";

export type { Order, OrderEvent, OrderLine, OrderParty } from "./repository.js";
export { roleIn } from "./roles.js";
export type { PlaceOrderInput } from "./order-rules.js";
export type { OrderAction, OrderStatus, OrderRole, OrderPaymentTerms } from "./order-lifecycle.js";

// ---------------------------------------------------------------------------- who is asking

/** An order for its two companies and the platform; anyone else is told it does not exist. */
export async function getOrder(ctx: ServiceContext, id: string): Promise<Order | null> {
  const order = await loadOrder(ctx.db, id);
  return order && roleIn(ctx.viewer, order) ? order : null;
}

async function orderFor(ctx: ServiceContext, id: string): Promise<{ order: Order; role: OrderRole }> {
  const order = await loadOrder(ctx.db, id);
  const role = order ? roleIn(ctx.viewer, order) : null;
  if (!order || !role) throw notFound("ORDER_NOT_FOUND");
  return { order, role };
}

export async function orderHistory(ctx: ServiceContext, id: string): Promise<OrderEvent[]> {
  return (await getOrder(ctx, id)) ? historyRows(ctx.db, id) : [];
}

export function orderActions(ctx: ServiceContext, order: Order): OrderAction[] {
  const role = roleIn(ctx.viewer, order);
  if (!role || role === "system") return [];
  return availableActions(order.status, role, order.paymentTerms).filter((a) => !(a === "confirm" && order.complianceHold));
}

export interface OrderListArgs extends PageArgs {
  /** Which side of the viewer's company: the orders it placed (buyer) or received (seller). */
  side: "buyer" | "seller";
  status?: OrderStatus | null;
}

export async function myOrders(ctx: ServiceContext, args: OrderListArgs): Promise<Page<Order>> {
  const { organisationId } = requireOrganisation(ctx.viewer);
  return listOrders(ctx, args, args.side === "buyer" ? "buyer_organisation_id" : "seller_organisation_id", organisationId);
}

/** Every order on the platform, newest first: for admins. */
export async function allOrders(ctx: ServiceContext, args: PageArgs & { status?: OrderStatus | null }): Promise<Page<Order>> {
  requirePlatformAdmin(ctx.viewer);
  return listOrders(ctx, args, null, null);
}

async function listOrders(ctx: ServiceContext, args: PageArgs & { status?: OrderStatus | null }, column: "buyer_organisation_id" | "seller_organisation_id" | null, organisationId: string | null): Promise<Page<Order>> {
  const size = pageSize(args.first);
  let query = ctx.db.selectFrom("orders");
  if (column && organisationId) query = query.where(column, "=", organisationId);
  if (args.status) query = query.where("status", "=", args.status);
  const total = await query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  let page = query.select(["id", "created_at"]);
  if (args.after) {
    const [createdAt, id] = decodeCursor(args.after) as [string, string];
    page = page.where((eb) => eb.or([eb("created_at", "<", createdAt), eb.and([eb("created_at", "=", createdAt), eb("id", "<", id)])]));
  }
  const rows = await page.orderBy("created_at", "desc").orderBy("id", "desc").limit(size + 1).execute();
  const loaded = await loadOrders(ctx.db, rows.map((r) => r.id));
  const orders = rows.map((r) => loaded.get(r.id)!);
  return toPage(orders, size, Number(total.n), (o) => [o.createdAt, o.id]);
}

// ---------------------------------------------------------------------------- placing

const SYSTEM: Viewer = { kind: "system" };

function partyRow(orderId: string, role: PartyRole, source: Organisation | PartyInput): OrderPartiesTable {
  const org = "legalName" in source ? source : null;
  const input = org ? null : (source as PartyInput);
  return {
    order_id: orderId,
    role,
    organisation_id: org?.id ?? null,
    name: org?.legalName ?? input!.name,
    address_line1: (org ? org.addressLine1 : input!.addressLine1) ?? null,
    address_line2: (org ? org.addressLine2 : input!.addressLine2) ?? null,
    city: (org ? org.city : input!.city) ?? null,
    postal_code: (org ? org.postalCode : input!.postalCode) ?? null,
    country: org?.country ?? input!.country.toUpperCase(),
    tax_id: (org ? org.taxId : input!.taxId) ?? null,
    eori: (org ? org.eori : input!.eori) ?? null,
    registration_number: org?.registrationNumber ?? null,
    contact: input?.contact ?? null,
  };
}

interface Goods {
  sellerOrganisationId: string;
  listing: Listing | null;
  quoteId: string | null;
  saleEventId: string | null;
  hsCode: string;
  originCountry: string;
  description: string;
  quantity: number;
  unit: string;
  /** Stock taken, in the listing's unit. */
  reserved: number | null;
  unitPriceMinor: number;
  currency: string;
  incoterm: string;
  namedPlace: string;
  destinationCountry: string | null;
  destinationPort: string | null;
}

async function goodsFromListing(ctx: ServiceContext, data: PlaceOrderData): Promise<Goods> {
  const listing = await getListing(ctx, data.listingId!);
  if (!listing || listing.status !== "active") throw problem("listingId", "ORDER_LISTING_UNAVAILABLE");
  const quantity = data.quantity!;
  if (quantity < listing.moq) throw problem("quantity", "ORDER_BELOW_MOQ", { moq: listing.moq, unit: listing.unit });
  if (quantity > listing.availableQuantity) throw problem("quantity", "ORDER_ABOVE_STOCK", { available: listing.availableQuantity, unit: listing.unit });
  const offered = data.incoterm ? listing.incoterms.find((t) => t.code === data.incoterm) : listing.incoterms[0];
  if (!offered) throw problem("incoterm", "ORDER_INCOTERM_NOT_OFFERED", { incoterm: data.incoterm ?? "" });
  // A sale price applies while its window is open at the moment of ordering, start inclusive, end exclusive.
  const eventPrice = (await eventPricesAt(ctx, [listing.id], ctx.now())).get(listing.id);
  return {
    sellerOrganisationId: listing.organisationId,
    listing,
    quoteId: null,
    saleEventId: eventPrice?.eventId ?? null,
    hsCode: listing.hsCode,
    originCountry: listing.originCountry,
    description: listing.title,
    quantity,
    unit: listing.unit,
    reserved: quantity,
    unitPriceMinor: eventPrice?.unitPriceMinor ?? tierPrice(listing.priceTiers, quantity),
    currency: listing.currency,
    incoterm: offered.code,
    namedPlace: offered.namedPlace,
    destinationCountry: null,
    destinationPort: null,
  };
}

async function goodsFromQuote(ctx: ServiceContext, data: PlaceOrderData, buyerId: string): Promise<Goods> {
  const quote = await getQuote(ctx, data.quoteId!);
  const request = quote ? await getSourcingRequest(ctx, quote.requestId) : null;
  if (!quote || !request) throw problem("quoteId", "ORDER_QUOTE_NOT_FOUND");
  if (request.buyerOrganisationId !== buyerId) throw forbidden("ORDER_QUOTE_BUYER_ONLY");
  if (quote.status !== "accepted") throw problem("quoteId", "ORDER_QUOTE_NOT_ACCEPTED");
  if (!termsFitQuote(data.paymentTerms, data.creditDays, quote.paymentTerms)) throw problem("paymentTerms", "ORDER_TERMS_WORSE_THAN_QUOTE", { terms: quote.paymentTerms });
  const listing = quote.listingId ? await getListing({ ...ctx, viewer: SYSTEM }, quote.listingId) : null;
  const hsCode = data.hsCode ?? (listing?.hsCode ?? (request.hsCode && request.hsCode.length >= 6 ? request.hsCode : null));
  if (!hsCode) throw problem("hsCode", "ORDER_HS_CODE_REQUIRED");
  const seller = await getOrganisation({ ...ctx, viewer: SYSTEM }, quote.sellerOrganisationId);
  const reserved = listing ? (convertQuantity(quote.quantity, quote.unit, listing.unit) ?? null) : null;
  if (listing && reserved !== null && reserved > listing.availableQuantity) {
    throw problem("quoteId", "ORDER_ABOVE_STOCK", { available: listing.availableQuantity, unit: listing.unit });
  }
  return {
    sellerOrganisationId: quote.sellerOrganisationId,
    listing: reserved === null ? null : listing,
    quoteId: quote.id,
    saleEventId: null,
    hsCode,
    originCountry: listing?.originCountry ?? seller?.country ?? "",
    description: listing?.title ?? request.title,
    quantity: quote.quantity,
    unit: quote.unit,
    reserved,
    unitPriceMinor: quote.unitPrice.amountMinor,
    currency: quote.unitPrice.currency,
    incoterm: quote.incoterm,
    namedPlace: quote.namedPlace,
    destinationCountry: request.destinationCountry,
    destinationPort: request.destinationPort,
  };
}

async function lockRate(ctx: ServiceContext, amountMinor: number, currency: string, buyerCurrency: string) {
  try {
    return await convertMoney(ctx, { amountMinor, currency }, buyerCurrency);
  } catch (error) {
    if (error instanceof DomainError && error.messageKey === "FX_RATE_MISSING") throw problem("currency", "FX_RATE_MISSING", error.params);
    throw error;
  }
}

/**
 * Everything about a new order that needs no lock: who, what, at which price, the parties'
 * addresses, the rate locked into the buyer's currency. Placing then only takes stock and writes.
 */
async function prepareOrder(ctx: ServiceContext, buyerId: string, data: PlaceOrderData): Promise<PreparedOrder> {
  const system = { ...ctx, viewer: SYSTEM };
  const goods = data.listingId ? await goodsFromListing(ctx, data) : await goodsFromQuote(ctx, data, buyerId);
  if (goods.sellerOrganisationId === buyerId) throw problem(data.listingId ? "listingId" : "quoteId", "ORDER_OWN_GOODS");
  const [buyer, seller] = await Promise.all([getOrganisation(system, buyerId), getOrganisation(system, goods.sellerOrganisationId)]);
  if (!buyer || !seller) throw notFound("ORGANISATION_NOT_FOUND");

  const destinationCountry = data.destinationCountry ?? goods.destinationCountry ?? buyer.country;
  const destinationPort = data.destinationPort ?? goods.destinationPort;
  if (data.destinationPort) {
    const port = await checkPort(ctx, data.destinationPort, "destinationPort");
    if (port.country !== destinationCountry) throw problem("destinationPort", "ORDER_PORT_NOT_IN_DESTINATION", { country: destinationCountry });
  }
  const incoterm = findIncoterm(data.incoterm ?? goods.incoterm);
  if (data.quoteId && data.incoterm && data.incoterm !== goods.incoterm) throw problem("incoterm", "ORDER_INCOTERM_NOT_OFFERED", { incoterm: data.incoterm });

  const goodsTotal = lineTotalMinor(goods.unitPriceMinor, goods.quantity);
  const freight = 0;
  const insurance = 0;
  const total = goodsTotal + freight + insurance;
  const locked = await lockRate(ctx, total, goods.currency, buyer.preferredCurrency);

  const now = ctx.now();
  const at = nowIso(now);
  const id = newTimeOrderedId("ord", now);
  const shipFromPort = goods.listing?.shipFromPort ?? null;
  const weights = lineWeights(goods.reserved ?? goods.quantity, goods.listing?.unit ?? goods.unit, {
    netWeightKg: goods.listing?.netWeightKg ?? null,
    grossWeightKg: goods.listing?.grossWeightKg ?? null,
    volumeM3: goods.listing?.volumeM3 ?? null,
  });
  const order: OrdersTable = {
    id,
    buyer_organisation_id: buyerId,
    seller_organisation_id: seller.id,
    status: "draft",
    idempotency_key: data.idempotencyKey,
    request_hash: requestHash(data),
    listing_id: data.listingId ? goods.listing!.id : (goods.listing?.id ?? null),
    quote_id: goods.quoteId,
    sale_event_id: goods.saleEventId,
    buyer_reference: data.buyerReference,
    currency: goods.currency,
    goods_total_minor: goodsTotal,
    freight_minor: freight,
    insurance_minor: insurance,
    total_minor: total,
    incoterm: incoterm?.code ?? goods.incoterm,
    named_place: goods.namedPlace,
    payment_terms: data.paymentTerms,
    payment_method: data.paymentMethod ?? null,
    credit_days: data.paymentTerms === "open_account" ? (data.creditDays ?? null) : null,
    buyer_currency: locked.to.currency,
    fx_rate: locked.rate,
    fx_rate_date: locked.asOf,
    fx_source: locked.source,
    total_buyer_minor: locked.to.amountMinor,
    ship_from_country: shipFromPort ? shipFromPort.slice(0, 2) : seller.country,
    ship_from_port: shipFromPort,
    destination_country: destinationCountry,
    destination_port: destinationPort,
    shipping_option_id: null,
    shipping_mode: null,
    carrier_label: null,
    transit_days_min: null,
    transit_days_max: null,
    estimated_delivery: null,
    gross_weight_kg: weights.grossWeightKg,
    net_weight_kg: weights.netWeightKg,
    volume_m3: weights.volumeM3,
    compliance_hold: null,
    dispatched_at: null,
    delivered_at: null,
    created_by_user_id: actorUserId(ctx.viewer),
    created_at: at,
    updated_at: at,
  };
  const line: OrderLinesTable = {
    order_id: id,
    position: 1,
    listing_id: goods.listing?.id ?? null,
    hs_code: goods.hsCode,
    origin_country: goods.originCountry,
    description: goods.description,
    quantity: goods.quantity,
    unit: goods.unit,
    reserved_quantity: goods.listing ? goods.reserved : null,
    unit_price_minor: goods.unitPriceMinor,
    line_total_minor: goodsTotal,
    net_weight_kg: weights.netWeightKg,
    gross_weight_kg: weights.grossWeightKg,
    volume_m3: weights.volumeM3,
    packaging: goods.listing?.packaging ?? null,
  };
  const parties = [
    partyRow(id, "buyer", buyer),
    partyRow(id, "seller", seller),
    partyRow(id, "consignee", data.consignee ?? buyer),
    partyRow(id, "notify", data.notifyParty ?? data.consignee ?? buyer),
  ];
  const listing = goods.listing;
  const prepared: PreparedOrder = {
    rows: {
      order,
      lines: [line],
      parties,
      events: [{ id: newTimeOrderedId("oev", now), order_id: id, action: "place", from_status: null, to_status: "draft", actor_role: "buyer", actor_user_id: actorUserId(ctx.viewer), note: null, created_at: at }],
    },
    stock: listing && goods.reserved !== null ? { listingId: listing.id, quantity: goods.reserved, unit: listing.unit } : null,
    outOfStock: () => problem(data.listingId ? "quantity" : "quoteId", "ORDER_ABOVE_STOCK", { available: listing?.availableQuantity ?? 0, unit: listing?.unit ?? goods.unit }),
  };
  return prepared;
}

async function replayOf(ctx: ServiceContext, buyerId: string, data: PlaceOrderData): Promise<Order | null> {
  const before = (await ordersByKeys(ctx.db, [{ buyer: buyerId, key: data.idempotencyKey }])).get(`${buyerId}\u0000${data.idempotencyKey}`);
  if (!before) return null;
  if (before.requestHash !== requestHash(data)) throw conflict("IDEMPOTENCY_KEY_REUSED");
  return loadOrder(ctx.db, before.id);
}

/**
 * The buyer places an order from a listing or an accepted quote. Stock is taken in the same
 * transaction that writes the order; a retry with the same idempotency key returns the first order,
 * the same key with another body is a CONFLICT.
 */
export async function placeOrder(ctx: ServiceContext, input: PlaceOrderInput): Promise<{ order: Order; replayed: boolean }> {
  const { organisationId: buyerId } = requireOrganisation(ctx.viewer);
  const data = checkPlaceOrder(input);
  // A retry is answered from what was stored, even when the listing has sold out since.
  const replay = await replayOf(ctx, buyerId, data);
  if (replay) return { order: replay, replayed: true };
  const prepared = await prepareOrder(ctx, buyerId, data);
  if (prepared.rows.order.quote_id) {
    const taken = await ctx.db
      .selectFrom("orders")
      .select("id")
      .where("quote_id", "=", prepared.rows.order.quote_id)
      .where("status", "!=", "cancelled")
      .where("idempotency_key", "!=", prepared.rows.order.idempotency_key)
      .executeTakeFirst();
    if (taken) throw conflict("ORDER_QUOTE_ALREADY_ORDERED");
  }
  const placement = await placePrepared(ctx, prepared);
  if (placement.created) return { order: placement.order, replayed: false };
  const order = await loadOrder(ctx.db, placement.orderId);
  if (!order) throw new DomainError("CONFLICT", "ORDER_CHANGED_MEANWHILE");
  return { order, replayed: true };
}

// ---------------------------------------------------------------------------- moving

/** A move's time as the order records it: now, or a millisecond after the previous move, so history keeps its order. */
function nextStamp(previous: string, now: string): string {
  return previous >= now ? new Date(Date.parse(previous) + 1).toISOString() : now;
}

export interface MoveOptions {
  note?: string | null;
  /** When the move happened, if not now (a shipment event's own time). */
  at?: string | null;
}

/**
 * Applies one move of the state machine, with its history row and side effects (stock back on a
 * cancellation, money per the ledger, order.confirmed for logistics), all in one transaction.
 * The row's status is the guard: two concurrent moves from the same state cannot both happen.
 */
export async function moveOrder(ctx: ServiceContext, id: string, action: OrderAction, options: MoveOptions = {}): Promise<Order> {
  return withTransaction(ctx, async (tctx) => {
    const trx = tctx.db;
    const { order, role } = await orderFor(tctx, id);
    const outcome = nextOrderStatus(order.status, action, role, order.paymentTerms);
    if (!outcome.ok) {
      if (outcome.reason === "ROLE") throw forbidden(`ORDER_ROLE_CANNOT_${action.startsWith("resolve") ? "RESOLVE" : action.toUpperCase()}`);
      throw conflict("ORDER_MOVE_NOT_ALLOWED", { action, status: order.status });
    }
    if (action === "confirm" && order.complianceHold) throw conflict("ORDER_ON_HOLD");
    const stamp = nextStamp(order.updatedAt, nowIso(ctx.now()));
    const at = options.at ?? stamp;
    const stamps: Partial<OrdersTable> = {};
    if (action === "ship") stamps.dispatched_at = at;
    if (action === "deliver") stamps.delivered_at = at;
    const result = await trx
      .updateTable("orders")
      .set({ status: outcome.to, updated_at: stamp, ...stamps })
      .where("id", "=", id)
      .where("status", "=", order.status)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw conflict("ORDER_CHANGED_MEANWHILE");
    await insertOrderEvent(trx, {
      id: newTimeOrderedId("oev", ctx.now()),
      order_id: id,
      action,
      from_status: order.status,
      to_status: outcome.to,
      actor_role: role,
      actor_user_id: actorUserId(ctx.viewer),
      note: options.note?.trim() || null,
      created_at: stamp,
    });
    if (releasesStock(order.status, outcome.to)) {
      const stock = order.lines.filter((l) => l.listingId && l.reservedQuantity !== null);
      const listings = await Promise.all(stock.map((l) => getListing({ ...tctx, viewer: SYSTEM }, l.listingId!)));
      await releaseStock(
        tctx,
        stock.flatMap((l, i) => (listings[i] ? [{ listingId: l.listingId!, quantity: l.reservedQuantity!, unit: listings[i]!.unit }] : [])),
      );
    }
    const after = (await loadOrder(trx, id))!;
    await afterOrderMove(tctx, after, action, order.status);
    if (action === "confirm") await publish(tctx, "order.confirmed", confirmedPayload(after));
    return after;
  });
}

function confirmedPayload(order: Order): OrderConfirmed {
  return {
    orderId: order.id,
    buyerOrganisationId: order.buyerOrganisationId,
    sellerOrganisationId: order.sellerOrganisationId,
    lines: order.lines.map((l) => ({
      id: `${order.id}#${l.position}`,
      hsCode: l.hsCode,
      description: l.description,
      quantity: l.quantity,
      unit: l.unit,
      originCountry: l.originCountry,
      netWeightKg: l.netWeightKg,
      grossWeightKg: l.grossWeightKg,
      volumeM3: l.volumeM3,
    })),
    parties: order.parties.map((p) => ({
      role: p.role,
      organisationId: p.organisationId,
      name: p.name,
      addressLine1: p.addressLine1,
      addressLine2: p.addressLine2,
      city: p.city,
      postalCode: p.postalCode,
      country: p.country,
    })),
    incoterm: order.incoterm,
    namedPlace: order.namedPlace,
    shipFromCountry: order.shipFromCountry,
    shipFromPort: order.shipFromPort,
    destinationCountry: order.destinationCountry,
    destinationPort: order.destinationPort,
    shippingOptionId: order.shipping?.optionId ?? null,
    at: order.updatedAt,
  };
}

/** An admin clears a denied-party hold after reviewing it; the seller may then confirm. */
export async function releaseComplianceHold(ctx: ServiceContext, id: string, note: string): Promise<Order> {
  requirePlatformAdmin(ctx.viewer);
  if (!note.trim()) throw problem("note", "REQUIRED");
  return withTransaction(ctx, async (tx) => {
    const trx = tx.db;
    const row = await orderRow(trx, id);
    if (!row) throw notFound("ORDER_NOT_FOUND");
    if (!row.compliance_hold) throw conflict("ORDER_NOT_ON_HOLD");
    const stamp = nextStamp(row.updated_at, nowIso(ctx.now()));
    await trx.updateTable("orders").set({ compliance_hold: null, updated_at: stamp }).where("id", "=", id).execute();
    await insertOrderEvent(trx, {
      id: newTimeOrderedId("oev", ctx.now()),
      order_id: id,
      action: "release_hold",
      from_status: row.status,
      to_status: row.status,
      actor_role: "admin",
      actor_user_id: actorUserId(ctx.viewer),
      note: note.trim(),
      created_at: stamp,
    });
    return (await loadOrder(trx, id))!;
  });
}

// ---------------------------------------------------------------------------- documents

export interface OrderForDocuments {
  order: Order;
  /** One line per shippable line, keyed as in order.confirmed. */
  lineIds: string[];
  history: OrderEvent[];
}

/**
 * Everything the commercial invoice, packing list, certificate of origin, bill of lading and air
 * waybill print about an order, for the documents module: its two companies and the platform only.
 */
export async function orderForDocuments(ctx: ServiceContext, id: string): Promise<OrderForDocuments> {
  const { order } = await orderFor(ctx, id);
  return { order, lineIds: order.lines.map((l) => `${order.id}#${l.position}`), history: await historyRows(ctx.db, id) };
}

/** Counts for the dashboards: open orders on each side. */
export async function openOrderCounts(ctx: ServiceContext): Promise<{ buying: number; selling: number }> {
  const { organisationId } = requireOrganisation(ctx.viewer);
  const open = sql<boolean>`status not in ('completed', 'cancelled')`;
  const [buying, selling] = await Promise.all(
    (["buyer_organisation_id", "seller_organisation_id"] as const).map((column) =>
      ctx.db.selectFrom("orders").select((eb) => eb.fn.countAll<number>().as("n")).where(column, "=", organisationId).where(open).executeTakeFirstOrThrow(),
    ),
  );
  return { buying: Number(buying!.n), selling: Number(selling!.n) };
}
