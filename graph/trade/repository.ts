import { sql } from "kysely";
import type { DialectName, Executor } from "../../db/database.js";
import type { OrderEventsTable, OrderLinesTable, OrderPartiesTable, OrdersTable } from "../../db/types.js";
import type { Money } from "../shared/money.js";
import type { OrderAction, OrderPaymentTerms, OrderRole, OrderStatus } from "./order-lifecycle.js";
import type { PartyRole } from "./order-rules.js";

/** The only file that names the order tables (payments and the ledger have theirs in payments.ts). */

export interface OrderLine {
  position: number;
  listingId: string | null;
  hsCode: string;
  originCountry: string;
  description: string;
  quantity: number;
  unit: string;
  /** Stock taken from the listing, in the listing's unit. */
  reservedQuantity: number | null;
  unitPrice: Money;
  lineTotal: Money;
  netWeightKg: number | null;
  grossWeightKg: number | null;
  volumeM3: number | null;
  packaging: string | null;
  licenceNumber: string | null;
}

export interface OrderParty {
  role: PartyRole;
  organisationId: string | null;
  name: string;
  addressLine1: string | null;
  addressLine2: string | null;
  city: string | null;
  postalCode: string | null;
  country: string;
  taxId: string | null;
  eori: string | null;
  registrationNumber: string | null;
  contact: string | null;
}

export interface LockedRate {
  buyerCurrency: string;
  /** One unit of the order's currency in the buyer's currency, as locked at placement. */
  rate: string;
  rateDate: string;
  source: string;
  totalInBuyerCurrency: Money;
}

export interface ChosenShipping {
  optionId: string;
  mode: string | null;
  carrierLabel: string | null;
  transitDaysMin: number | null;
  transitDaysMax: number | null;
  estimatedDelivery: string | null;
}

export interface Order {
  id: string;
  status: OrderStatus;
  buyerOrganisationId: string;
  sellerOrganisationId: string;
  idempotencyKey: string;
  listingId: string | null;
  quoteId: string | null;
  saleEventId: string | null;
  buyerReference: string | null;
  currency: string;
  goodsTotal: Money;
  freight: Money;
  insurance: Money;
  total: Money;
  incoterm: string;
  namedPlace: string;
  paymentTerms: OrderPaymentTerms;
  paymentMethod: string | null;
  creditDays: number | null;
  fx: LockedRate;
  shipFromCountry: string;
  shipFromPort: string | null;
  destinationCountry: string;
  destinationPort: string | null;
  shipping: ChosenShipping | null;
  grossWeightKg: number | null;
  netWeightKg: number | null;
  volumeM3: number | null;
  /** Why the order waits for an admin (denied-party screening hits), or null. */
  complianceHold: string | null;
  /** JSON of the landed cost shown at placement (checkout.ts reads it in the viewer's language). */
  landedCostStored: string | null;
  dispatchedAt: string | null;
  deliveredAt: string | null;
  lines: OrderLine[];
  parties: OrderParty[];
  createdAt: string;
  updatedAt: string;
}

export interface OrderEvent {
  id: string;
  action: OrderAction | "place";
  fromStatus: OrderStatus | null;
  toStatus: OrderStatus;
  actorRole: OrderRole;
  actorUserId: string | null;
  note: string | null;
  createdAt: string;
}

export interface OrderRows {
  order: OrdersTable;
  lines: OrderLinesTable[];
  parties: OrderPartiesTable[];
  events: OrderEventsTable[];
}

const money = (amountMinor: number, currency: string): Money => ({ amountMinor: Number(amountMinor), currency });

export function toOrder(row: OrdersTable, lines: OrderLinesTable[], parties: OrderPartiesTable[]): Order {
  return {
    id: row.id,
    status: row.status as OrderStatus,
    buyerOrganisationId: row.buyer_organisation_id,
    sellerOrganisationId: row.seller_organisation_id,
    idempotencyKey: row.idempotency_key,
    listingId: row.listing_id,
    quoteId: row.quote_id,
    saleEventId: row.sale_event_id,
    buyerReference: row.buyer_reference,
    currency: row.currency,
    goodsTotal: money(row.goods_total_minor, row.currency),
    freight: money(row.freight_minor, row.currency),
    insurance: money(row.insurance_minor, row.currency),
    total: money(row.total_minor, row.currency),
    incoterm: row.incoterm,
    namedPlace: row.named_place,
    paymentTerms: row.payment_terms as OrderPaymentTerms,
    paymentMethod: row.payment_method,
    creditDays: row.credit_days,
    fx: {
      buyerCurrency: row.buyer_currency,
      rate: row.fx_rate,
      rateDate: row.fx_rate_date,
      source: row.fx_source,
      totalInBuyerCurrency: money(row.total_buyer_minor, row.buyer_currency),
    },
    shipFromCountry: row.ship_from_country,
    shipFromPort: row.ship_from_port,
    destinationCountry: row.destination_country,
    destinationPort: row.destination_port,
    shipping: row.shipping_option_id
      ? {
          optionId: row.shipping_option_id,
          mode: row.shipping_mode,
          carrierLabel: row.carrier_label,
          transitDaysMin: row.transit_days_min,
          transitDaysMax: row.transit_days_max,
          estimatedDelivery: row.estimated_delivery,
        }
      : null,
    grossWeightKg: row.gross_weight_kg,
    netWeightKg: row.net_weight_kg,
    volumeM3: row.volume_m3,
    complianceHold: row.compliance_hold,
    landedCostStored: row.landed_cost,
    dispatchedAt: row.dispatched_at,
    deliveredAt: row.delivered_at,
    lines: [...lines]
      .sort((a, b) => a.position - b.position)
      .map((l) => ({
        position: l.position,
        listingId: l.listing_id,
        hsCode: l.hs_code,
        originCountry: l.origin_country,
        description: l.description,
        quantity: l.quantity,
        unit: l.unit,
        reservedQuantity: l.reserved_quantity,
        unitPrice: money(l.unit_price_minor, row.currency),
        lineTotal: money(l.line_total_minor, row.currency),
        netWeightKg: l.net_weight_kg,
        grossWeightKg: l.gross_weight_kg,
        volumeM3: l.volume_m3,
        packaging: l.packaging,
        licenceNumber: l.licence_number,
      })),
    parties: parties.map((p) => ({
      role: p.role as PartyRole,
      organisationId: p.organisation_id,
      name: p.name,
      addressLine1: p.address_line1,
      addressLine2: p.address_line2,
      city: p.city,
      postalCode: p.postal_code,
      country: p.country,
      taxId: p.tax_id,
      eori: p.eori,
      registrationNumber: p.registration_number,
      contact: p.contact,
    })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

export async function loadOrders(db: Executor, ids: readonly string[]): Promise<Map<string, Order>> {
  const found = new Map<string, Order>();
  for (const part of chunks([...new Set(ids)], 500)) {
    const rows = await db.selectFrom("orders").selectAll().where("id", "in", part).execute();
    if (!rows.length) continue;
    const present = rows.map((r) => r.id);
    const [lines, parties] = await Promise.all([
      db.selectFrom("order_lines").selectAll().where("order_id", "in", present).execute(),
      db.selectFrom("order_parties").selectAll().where("order_id", "in", present).execute(),
    ]);
    for (const row of rows) {
      found.set(row.id, toOrder(row, lines.filter((l) => l.order_id === row.id), parties.filter((p) => p.order_id === row.id)));
    }
  }
  return found;
}

export async function loadOrder(db: Executor, id: string): Promise<Order | null> {
  return (await loadOrders(db, [id])).get(id) ?? null;
}

export async function orderRow(db: Executor, id: string): Promise<OrdersTable | undefined> {
  return db.selectFrom("orders").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Orders already placed under these keys, by `${buyer}\u0000${key}`. */
export async function ordersByKeys(db: Executor, keys: readonly { buyer: string; key: string }[]): Promise<Map<string, { id: string; requestHash: string }>> {
  const found = new Map<string, { id: string; requestHash: string }>();
  for (const part of chunks(keys, 500)) {
    const rows = await db
      .selectFrom("orders")
      .select(["id", "buyer_organisation_id", "idempotency_key", "request_hash"])
      .where("buyer_organisation_id", "in", [...new Set(part.map((k) => k.buyer))])
      .where("idempotency_key", "in", part.map((k) => k.key))
      .execute();
    for (const row of rows) found.set(`${row.buyer_organisation_id}\u0000${row.idempotency_key}`, { id: row.id, requestHash: row.request_hash });
  }
  return found;
}

/**
 * Holds, until the transaction ends, the right to order these quotes: on PostgreSQL an advisory lock per
 * quote (taken in id order), so two servers placing orders for one quote under different keys take turns
 * and the second sees the first's order. SQLite's single writer already serialises the transactions.
 */
export async function lockQuotesForOrdering(db: Executor, dialect: DialectName, quoteIds: readonly string[]): Promise<void> {
  if (dialect !== "postgres") return;
  for (const id of [...new Set(quoteIds)].sort()) await sql`select pg_advisory_xact_lock(hashtext(${`order-quote:${id}`}))`.execute(db);
}

/** The quotes among these that an order not cancelled already stands on. */
export async function quotesAlreadyOrdered(db: Executor, quoteIds: readonly string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (const part of chunks([...new Set(quoteIds)], 500)) {
    const rows = await db.selectFrom("orders").select("quote_id").where("quote_id", "in", part).where("status", "!=", "cancelled").execute();
    for (const row of rows) if (row.quote_id) taken.add(row.quote_id);
  }
  return taken;
}

/** Inserts orders whose key is still free; returns the ids that were inserted (a concurrent server may have taken a key). */
export async function insertOrders(db: Executor, orders: OrdersTable[]): Promise<Set<string>> {
  const inserted = new Set<string>();
  // Every server inserts keys in the same order, so two batches never wait on each other in a circle.
  const sorted = [...orders].sort((a, b) => (a.buyer_organisation_id + a.idempotency_key).localeCompare(b.buyer_organisation_id + b.idempotency_key));
  for (const part of chunks(sorted, 200)) {
    const rows = await db
      .insertInto("orders")
      .values(part)
      .onConflict((oc) => oc.columns(["buyer_organisation_id", "idempotency_key"]).doNothing())
      .returning("id")
      .execute();
    for (const row of rows) inserted.add(row.id);
  }
  return inserted;
}

export async function insertOrderParts(db: Executor, rows: readonly OrderRows[]): Promise<void> {
  for (const part of chunks(rows.flatMap((r) => r.lines), 500)) await db.insertInto("order_lines").values(part).execute();
  for (const part of chunks(rows.flatMap((r) => r.parties), 500)) await db.insertInto("order_parties").values(part).execute();
  for (const part of chunks(rows.flatMap((r) => r.events), 500)) await db.insertInto("order_events").values(part).execute();
}

export async function insertOrderEvent(db: Executor, event: OrderEventsTable): Promise<void> {
  await db.insertInto("order_events").values(event).execute();
}

export async function orderHistory(db: Executor, orderId: string): Promise<OrderEvent[]> {
  const rows = await db.selectFrom("order_events").selectAll().where("order_id", "=", orderId).orderBy("created_at").orderBy("id").execute();
  return rows.map((r) => ({
    id: r.id,
    action: r.action as OrderEvent["action"],
    fromStatus: r.from_status as OrderStatus | null,
    toStatus: r.to_status as OrderStatus,
    actorRole: r.actor_role as OrderRole,
    actorUserId: r.actor_user_id,
    note: r.note,
    createdAt: r.created_at,
  }));
}

/** An order of this quote that still stands, placed under another key: a quote is ordered once. */
export async function liveOrderOfQuote(db: Executor, quoteId: string, idempotencyKey: string): Promise<boolean> {
  const row = await db
    .selectFrom("orders")
    .select("id")
    .where("quote_id", "=", quoteId)
    .where("status", "!=", "cancelled")
    .where("idempotency_key", "!=", idempotencyKey)
    .executeTakeFirst();
  return !!row;
}
