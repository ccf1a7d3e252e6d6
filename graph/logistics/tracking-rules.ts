/**
 * The shipment's state machine: which tracking event may follow which status. Pure, so that the
 * table of cases in test/logistics/tracking-rules.test.ts is the whole truth about it.
 */
export const TRACKING_CODES = [
  "booked",
  "picked_up",
  "export_cleared",
  "departed",
  "arrived",
  "import_cleared",
  "held_by_customs",
  "released",
  "out_for_delivery",
  "delivered",
  "exception",
] as const;
export type TrackingCode = (typeof TRACKING_CODES)[number];

export const SHIPMENT_STATUSES = [
  "booked",
  "picked_up",
  "export_cleared",
  "in_transit",
  "arrived",
  "import_cleared",
  "held_by_customs",
  "out_for_delivery",
  "delivered",
] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

/** Where a shipment stands: its status and whether it has left the country of export yet. */
export interface TrackingState {
  status: ShipmentStatus;
  departed: boolean;
}

/** Who says so: the seller, the carrier with its token, a customs authority, or the platform. */
export const TRACKING_SOURCES = ["seller", "carrier", "customs", "platform"] as const;
export type TrackingSource = (typeof TRACKING_SOURCES)[number];

/** The codes customs may record (recordCustomsEvent): the clearance decisions and holds. */
export const CUSTOMS_CODES = ["export_cleared", "import_cleared", "held_by_customs", "released"] as const satisfies readonly TrackingCode[];
export type CustomsCode = (typeof CUSTOMS_CODES)[number];

const BEFORE_DEPARTURE: readonly ShipmentStatus[] = ["booked", "picked_up", "export_cleared"];

/**
 * The statuses each event may follow. `departed` from `arrived` is a transhipment (Port Klang →
 * Singapore → Gdańsk); a hold is released to cleared on the side of the border it happened on.
 */
const FROM: Record<Exclude<TrackingCode, "exception" | "released">, readonly ShipmentStatus[]> = {
  booked: [],
  picked_up: ["booked"],
  export_cleared: ["booked", "picked_up"],
  departed: [...BEFORE_DEPARTURE, "arrived"],
  arrived: ["in_transit"],
  import_cleared: ["arrived"],
  held_by_customs: ["booked", "picked_up", "export_cleared", "arrived", "import_cleared"],
  out_for_delivery: ["arrived", "import_cleared"],
  delivered: ["arrived", "import_cleared", "out_for_delivery"],
};

const TO: Record<Exclude<TrackingCode, "exception" | "released">, ShipmentStatus> = {
  booked: "booked",
  picked_up: "picked_up",
  export_cleared: "export_cleared",
  departed: "in_transit",
  arrived: "arrived",
  import_cleared: "import_cleared",
  held_by_customs: "held_by_customs",
  out_for_delivery: "out_for_delivery",
  delivered: "delivered",
};

export type TrackingOutcome = { ok: true; state: TrackingState } | { ok: false; reason: "TRACKING_EVENT_NOT_ALLOWED" | "SHIPMENT_ALREADY_DELIVERED" };

/** The state after an event, or why the event cannot happen now. */
export function applyTrackingEvent(state: TrackingState, code: TrackingCode): TrackingOutcome {
  if (state.status === "delivered") return { ok: false, reason: "SHIPMENT_ALREADY_DELIVERED" };
  // An exception (a delay, damage, a missed connection) is news, not a move: the status stays.
  if (code === "exception") return { ok: true, state };
  if (code === "released") {
    if (state.status !== "held_by_customs") return { ok: false, reason: "TRACKING_EVENT_NOT_ALLOWED" };
    return { ok: true, state: { status: state.departed ? "import_cleared" : "export_cleared", departed: state.departed } };
  }
  if (!FROM[code].includes(state.status)) return { ok: false, reason: "TRACKING_EVENT_NOT_ALLOWED" };
  return { ok: true, state: { status: TO[code], departed: state.departed || code === "departed" } };
}

/** Whether customs may write this event into a shipment now (a decision the desk offers must be one the tracking takes). */
export function customsEventFits(shipment: { status: ShipmentStatus; departedAt: string | null }, code: CustomsCode): boolean {
  return applyTrackingEvent({ status: shipment.status, departed: shipment.departedAt !== null }, code).ok;
}

/** The codes that may come next, for the seller's form and the carrier's documentation. */
export function nextTrackingCodes(state: TrackingState): TrackingCode[] {
  return TRACKING_CODES.filter((code) => applyTrackingEvent(state, code).ok);
}

export const BOOKED: TrackingState = { status: "booked", departed: false };

/** An event may not be earlier than the one before it: the timeline is what the goods went through, in order. */
export function inTimeOrder(previousAt: string | null, occurredAt: string): boolean {
  return previousAt === null || Date.parse(occurredAt) >= Date.parse(previousAt);
}
