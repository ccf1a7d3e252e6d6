import { expect, it } from "vitest";
import { addTrackingEvent, createShipment, shippableLines } from "../../graph/logistics/service.js";
import { DomainError, UserInputProblems } from "../../graph/errors.js";
import { at } from "../support/companies.js";
import { describeEachDatabase } from "../support/db.js";
import { bySea, shipmentCounts, shipped, shippingWorld } from "../support/shipping.js";

describeEachDatabase("shipping under concurrency", (db) => {
  it("twelve shipments of 10 t posted at once against 40 t ordered: exactly four are booked", async () => {
    const world = await shippingWorld(db());
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => createShipment(world.seller.ctx, bySea(world, 10))));
    const booked = results.filter((r) => r.status === "fulfilled");
    const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
    expect(booked).toHaveLength(4);
    expect(refused.every((e) => e instanceof UserInputProblems && e.problems[0]!.code === "SHIPMENT_MORE_THAN_ORDERED")).toBe(true);
    expect(await shippableLines(world.seller.ctx, world.order.id)).toMatchObject([{ ordered: 40, shipped: 40, left: 0 }]);
    expect(await shipmentCounts(db())).toMatchObject({ shipments: 4, shipment_lines: 4, tracking_events: 4 });
  });

  it("two events posted at once on one shipment: one follows the booking, the other is refused, never both", async () => {
    const world = await shippingWorld(db());
    const shipment = await shipped(world, 40, { carrierOrganisationId: null });
    const seller = at(world.seller.ctx, "2026-12-05T00:00:00Z");
    const post = (place: string) => addTrackingEvent(seller, shipment.id, { code: "picked_up", occurredAt: "2026-12-02T01:00:00+08:00", place, timeZone: "Asia/Kuala_Lumpur" });
    const results = await Promise.allSettled([post("Klang warehouse A"), post("Klang warehouse B")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const reason = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []))[0];
    const code = reason instanceof UserInputProblems ? reason.problems[0]!.code : reason instanceof DomainError ? reason.messageKey : String(reason);
    expect(["TRACKING_EVENT_NOT_ALLOWED", "SHIPMENT_CHANGED_MEANWHILE"]).toContain(code);
    expect(await shipmentCounts(db())).toMatchObject({ tracking_events: 2, shipment_status_history: 2 });
  });
});
