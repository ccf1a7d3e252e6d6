import { sql } from "kysely";
import { nowIso, newTimeOrderedId } from "../../db/ids.js";
import type { OrdersTable } from "../../db/types.js";
import type { ScreeningDecided } from "../compliance/service.js";
import { publish, withTransaction, type ServiceContext, type Viewer } from "../context.js";
import { conflict, forbidden, notFound, problem } from "../errors.js";
import { actorUserId, requireOrganisation, requirePlatformAdmin } from "../identity/guards.js";
import { getListing, releaseStock } from "../listings/service.js";
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from "../shared/pagination.js";
import type { OrderConfirmed } from "./events.js";
import { availableActions, nextOrderStatus, releasesStock, type OrderAction, type OrderRole, type OrderStatus } from "./order-lifecycle.js";
import { afterOrderMove } from "./payments.js";
import { roleIn } from "./roles.js";
import { insertOrderEvent, loadOrder, loadOrders, orderHistory as historyRows, orderRow, type Order, type OrderEvent } from "./repository.js";

export { placeOrder, previewOrder, type OrderPreview } from "./placement.js";
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

// ---------------------------------------------------------------------------- moving

const SYSTEM: Viewer = { kind: "system" };

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

/** Clears a denied-party hold with its history row, inside the caller's transaction. */
async function clearHold(ctx: ServiceContext, id: string, note: string): Promise<Order> {
  const row = await orderRow(ctx.db, id);
  if (!row) throw notFound("ORDER_NOT_FOUND");
  if (!row.compliance_hold) throw conflict("ORDER_NOT_ON_HOLD");
  const stamp = nextStamp(row.updated_at, nowIso(ctx.now()));
  await ctx.db.updateTable("orders").set({ compliance_hold: null, updated_at: stamp }).where("id", "=", id).execute();
  await insertOrderEvent(ctx.db, {
    id: newTimeOrderedId("oev", ctx.now()),
    order_id: id,
    action: "release_hold",
    from_status: row.status,
    to_status: row.status,
    actor_role: "admin",
    actor_user_id: actorUserId(ctx.viewer),
    note,
    created_at: stamp,
  });
  return (await loadOrder(ctx.db, id))!;
}

/** An admin clears a denied-party hold after reviewing it; the seller may then confirm. */
export async function releaseComplianceHold(ctx: ServiceContext, id: string, note: string): Promise<Order> {
  requirePlatformAdmin(ctx.viewer);
  if (!note.trim()) throw problem("note", "REQUIRED");
  return withTransaction(ctx, (tx) => clearHold(tx, id, note.trim()));
}

/**
 * Subscribed to `screening.decided`, in the decision's transaction: an approved review (a false
 * positive) releases the held order; a rejected one (the party is the listed one) cancels it, which
 * gives its stock back. Either way the order's history carries the admin's note.
 */
export async function settleScreening(ctx: ServiceContext, decision: ScreeningDecided): Promise<void> {
  if (decision.subjectKind !== "order") return;
  const row = await orderRow(ctx.db, decision.subjectId);
  if (!row?.compliance_hold) return;
  if (decision.decision === "approved") {
    await clearHold(ctx, row.id, decision.note);
    return;
  }
  await ctx.db.updateTable("orders").set({ compliance_hold: null }).where("id", "=", row.id).execute();
  await moveOrder({ ...ctx, viewer: SYSTEM }, row.id, "cancel", { note: decision.note });
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
