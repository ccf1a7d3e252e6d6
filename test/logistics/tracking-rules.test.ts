import { describe, expect, it } from "vitest";
import { applyTrackingEvent, inTimeOrder, nextTrackingCodes, type ShipmentStatus, type TrackingCode } from "../../graph/logistics/tracking-rules.js";

type Case = [from: ShipmentStatus, departed: boolean, code: TrackingCode, to: ShipmentStatus | "TRACKING_EVENT_NOT_ALLOWED" | "SHIPMENT_ALREADY_DELIVERED"];

// The shipment's whole state machine, one row per question: from this status, may this event follow, and where does it lead?
const CASES: Case[] = [
  ["booked", false, "picked_up", "picked_up"],
  ["booked", false, "export_cleared", "export_cleared"],
  ["booked", false, "departed", "in_transit"],
  ["booked", false, "booked", "TRACKING_EVENT_NOT_ALLOWED"],
  ["booked", false, "arrived", "TRACKING_EVENT_NOT_ALLOWED"],
  ["booked", false, "delivered", "TRACKING_EVENT_NOT_ALLOWED"],
  ["booked", false, "released", "TRACKING_EVENT_NOT_ALLOWED"],
  ["booked", false, "exception", "booked"],
  ["picked_up", false, "export_cleared", "export_cleared"],
  ["picked_up", false, "departed", "in_transit"],
  ["picked_up", false, "held_by_customs", "held_by_customs"],
  ["picked_up", false, "picked_up", "TRACKING_EVENT_NOT_ALLOWED"],
  ["export_cleared", false, "departed", "in_transit"],
  ["export_cleared", false, "held_by_customs", "held_by_customs"],
  ["export_cleared", false, "import_cleared", "TRACKING_EVENT_NOT_ALLOWED"],
  ["held_by_customs", false, "released", "export_cleared"],
  ["held_by_customs", false, "departed", "TRACKING_EVENT_NOT_ALLOWED"],
  ["held_by_customs", true, "released", "import_cleared"],
  ["held_by_customs", true, "delivered", "TRACKING_EVENT_NOT_ALLOWED"],
  ["held_by_customs", true, "exception", "held_by_customs"],
  ["in_transit", true, "arrived", "arrived"],
  ["in_transit", true, "departed", "TRACKING_EVENT_NOT_ALLOWED"],
  ["in_transit", true, "held_by_customs", "TRACKING_EVENT_NOT_ALLOWED"],
  ["in_transit", true, "delivered", "TRACKING_EVENT_NOT_ALLOWED"],
  ["in_transit", true, "exception", "in_transit"],
  // Transhipment: Port Klang → Singapore → Gdańsk.
  ["arrived", true, "departed", "in_transit"],
  ["arrived", true, "import_cleared", "import_cleared"],
  ["arrived", true, "held_by_customs", "held_by_customs"],
  ["arrived", true, "out_for_delivery", "out_for_delivery"],
  ["arrived", true, "delivered", "delivered"],
  ["import_cleared", true, "out_for_delivery", "out_for_delivery"],
  ["import_cleared", true, "delivered", "delivered"],
  ["import_cleared", true, "held_by_customs", "held_by_customs"],
  ["import_cleared", true, "arrived", "TRACKING_EVENT_NOT_ALLOWED"],
  ["out_for_delivery", true, "delivered", "delivered"],
  ["out_for_delivery", true, "out_for_delivery", "TRACKING_EVENT_NOT_ALLOWED"],
  ["out_for_delivery", true, "exception", "out_for_delivery"],
  ["delivered", true, "exception", "SHIPMENT_ALREADY_DELIVERED"],
  ["delivered", true, "delivered", "SHIPMENT_ALREADY_DELIVERED"],
];

describe("the shipment's state machine", () => {
  it.each(CASES)("from %s (departed: %s), %s → %s", (status, departed, code, expected) => {
    const outcome = applyTrackingEvent({ status, departed }, code);
    expect(outcome.ok ? outcome.state.status : outcome.reason).toBe(expected);
  });

  it("remembers the departure across a hold, so the release goes to the right side of the border", () => {
    const outcome = applyTrackingEvent({ status: "export_cleared", departed: false }, "departed");
    expect(outcome).toEqual({ ok: true, state: { status: "in_transit", departed: true } });
  });

  it("offers the seller's form only the codes that may come next", () => {
    expect(nextTrackingCodes({ status: "in_transit", departed: true })).toEqual(["arrived", "exception"]);
    expect(nextTrackingCodes({ status: "delivered", departed: true })).toEqual([]);
  });

  it.each([
    [null, "2026-12-01T00:00:00Z", true],
    ["2026-12-01T00:00:00.000Z", "2026-12-01T08:00:00+08:00", true],
    ["2026-12-01T00:00:00.000Z", "2026-12-01T07:59:59+08:00", false],
    ["2026-12-01T00:00:00.000Z", "2026-12-02T00:00:00Z", true],
  ])("after %s, an event at %s is in time order: %s", (previous, at, expected) => {
    expect(inTimeOrder(previous, at)).toBe(expected);
  });
});
