import { newTimeOrderedId, nowIso } from "../../db/ids.js";
import type { ShipmentsTable } from "../../db/types.js";
import { checkPort } from "../catalog/service.js";
import { publish, withTransaction, type ServiceContext } from "../context.js";
import { conflict, notFound, problem } from "../errors.js";
import { actorUserId } from "../identity/guards.js";
import { validate } from "../shared/validation.js";
import { appendTrackingEvent, shipmentByTrackingNumber, shipmentRow, trackingEventRows } from "./repository.js";
import { trackingEventSchema, type TrackingEventInput } from "./shipment-rules.js";
import { shipmentRecord, shipmentRole, toShipment, toTrackingEvent, type ShipmentRecord, type TrackingEvent } from "./shipments.js";
import { applyTrackingEvent, inTimeOrder, type CustomsCode, type ShipmentStatus, type TrackingSource } from "./tracking-rules.js";

/** Carriers' clocks and time zones disagree a little; anything further ahead than this is a typo. */
const FUTURE_SLACK_MS = 60 * 60 * 1000;

export interface TrackingResult {
  shipment: ShipmentRecord;
  event: TrackingEvent;
  /** True when the same event had already been posted (a carrier's retry): nothing was written. */
  replayed: boolean;
}

/**
 * Appends one tracking event: in time order, allowed by the state machine, with a status history
 * row when the status moves. The first departure publishes `shipment.dispatched`, the delivery
 * `shipment.delivered`, in the same transaction (trade moves the order with them).
 */
async function appendEvent(ctx: ServiceContext, row: ShipmentsTable, input: TrackingEventInput, source: TrackingSource): Promise<TrackingResult> {
  const data = validate(trackingEventSchema, input);
  return withTransaction(ctx, async (tx) => {
    if (data.locode) await checkPort(tx, data.locode, "locode");
    const occurredAt = new Date(data.occurredAt).toISOString();
    if (Date.parse(occurredAt) > ctx.now().getTime() + FUTURE_SLACK_MS) throw problem("occurredAt", "TRACKING_EVENT_IN_FUTURE");
    const current = (await shipmentRow(tx.db, row.id))!;
    const last = (await trackingEventRows(tx.db, row.id)).at(-1) ?? null;
    if (last && last.code === data.code && last.occurred_at === occurredAt && last.place === data.place) {
      return { shipment: (await shipmentRecord(tx, row.id))!, event: toTrackingEvent(last), replayed: true };
    }
    if (!inTimeOrder(last?.occurred_at ?? null, occurredAt)) throw problem("occurredAt", "TRACKING_EVENT_EARLIER", { previous: last!.occurred_at });
    const from = current.status as ShipmentStatus;
    const outcome = applyTrackingEvent({ status: from, departed: current.departed_at !== null }, data.code);
    if (!outcome.ok) throw problem("code", outcome.reason, { status: from });

    const now = ctx.now();
    const eventId = newTimeOrderedId("trk", now);
    const firstDeparture = data.code === "departed" && current.departed_at === null;
    const moved = outcome.state.status !== from;
    const written = await appendTrackingEvent(tx.db, row.id, {
      seenEventCount: current.event_count,
      event: { id: eventId, shipment_id: row.id, code: data.code, occurred_at: occurredAt, time_zone: data.timeZone, place: data.place, locode: data.locode, note: data.note, source, created_at: nowIso(now) },
      history: moved
        ? {
            id: newTimeOrderedId("shh", now),
            shipment_id: row.id,
            from_status: from,
            to_status: outcome.state.status,
            tracking_event_id: eventId,
            actor_user_id: actorUserId(ctx.viewer),
            actor_token_id: ctx.viewer.kind === "token" ? ctx.viewer.tokenId : null,
            at: occurredAt,
          }
        : null,
      changes: {
        updated_at: nowIso(now),
        ...(moved ? { status: outcome.state.status } : {}),
        // Customs search by the day the goods left, once they have.
        ...(firstDeparture ? { departed_at: occurredAt, shipped_on: occurredAt.slice(0, 10) } : {}),
      },
    });
    if (!written) throw conflict("SHIPMENT_CHANGED_MEANWHILE");
    const moment = { orderId: row.order_id, shipmentId: row.id, at: occurredAt };
    if (firstDeparture) await publish(tx, "shipment.dispatched", moment);
    if (outcome.state.status === "delivered") await publish(tx, "shipment.delivered", moment);
    const shipment = (await shipmentRecord(tx, row.id))!;
    return { shipment, event: shipment.events.find((e) => e.id === eventId)!, replayed: false };
  });
}

/** The seller (or the carrier named on the shipment, or an admin) adds an event from the shipment page. */
export async function addTrackingEvent(ctx: ServiceContext, shipmentId: string, input: TrackingEventInput): Promise<TrackingResult> {
  const row = await shipmentRow(ctx.db, shipmentId);
  const role = row ? shipmentRole(ctx.viewer, toShipment(row)) : null;
  if (!row || !role) throw notFound("SHIPMENT_NOT_FOUND");
  if (role === "buyer") throw problem(null, "SHIPMENT_BUYER_CANNOT_TRACK");
  return appendEvent(ctx, row, input, role === "admin" ? "platform" : role);
}

export interface CarrierEventInput extends TrackingEventInput {
  trackingNumber: string;
}

/**
 * The carrier's webhook: an API token posts an event by tracking number. The token's organisation
 * must be the carrier named on the shipment or its seller (a seller relaying its forwarder's feed);
 * to anyone else the tracking number does not exist.
 */
export async function postCarrierEvent(ctx: ServiceContext, input: CarrierEventInput): Promise<TrackingResult> {
  if (ctx.viewer.kind !== "token") throw problem(null, "CARRIER_TOKEN_REQUIRED");
  const organisationId = ctx.viewer.organisationId;
  const row = await shipmentByTrackingNumber(ctx.db, String(input.trackingNumber ?? "").trim().toUpperCase());
  if (!row || (row.carrier_organisation_id !== organisationId && row.seller_organisation_id !== organisationId)) throw notFound("SHIPMENT_NOT_FOUND");
  const { trackingNumber: _number, ...event } = input;
  return appendEvent(ctx, row, event, row.carrier_organisation_id === organisationId ? "carrier" : "seller");
}

export interface CustomsEventInput {
  code: CustomsCode;
  place: string;
  locode?: string | null;
  timeZone: string;
  /** ISO. */
  occurredAt: string;
  note: string | null;
}

/**
 * A customs decision in the shipment's tracking (HELPERS.md contract): no viewer check, the customs
 * module has checked the officer's jurisdiction. Refused like any other event when it cannot follow.
 */
export async function recordCustomsEvent(ctx: ServiceContext, shipmentId: string, input: CustomsEventInput): Promise<TrackingResult> {
  const row = await shipmentRow(ctx.db, shipmentId);
  if (!row) throw notFound("SHIPMENT_NOT_FOUND");
  return appendEvent(ctx, row, input, "customs");
}
