import { sql } from "kysely";
import { expect, it } from "vitest";
import { customsAccessLog, documentAccessLog } from "../../graph/customs/access-log.js";
import { verifyAccessLog } from "../../graph/customs/audit.js";
import { decideClearance } from "../../graph/customs/decisions.js";
import { deskShipment } from "../../graph/customs/desk.js";
import { searchDesk } from "../../graph/customs/search.js";
import { DomainError, UserInputProblems } from "../../graph/errors.js";
import { inbox } from "../../graph/inbox/service.js";
import { addTrackingEvent, postCarrierEvent, shipmentRecord } from "../../graph/logistics/service.js";
import { describeEachDatabase } from "../support/db.js";
import { at, officerOf } from "../support/companies.js";
import { errorOf } from "../support/errors.js";
import { shipped, shippingWorld, type ShippingWorld } from "../support/shipping.js";
import { tamper } from "./support.js";

const event = (code: string, occurredAt: string, place: string, locode: string | null, timeZone: string) => ({ code, occurredAt, place, locode, timeZone, note: null });

/** The coconuts leave Port Klang and reach Gdańsk, where Polish customs takes over. */
async function coconutsInGdansk(world: ShippingWorld) {
  const shipment = await shipped(world, 20);
  await addTrackingEvent(at(world.seller.ctx, "2026-12-03T08:00:00Z"), shipment.id, event("export_cleared", "2026-12-02T15:00:00+08:00", "Port Klang customs", "MYPKG", "Asia/Kuala_Lumpur"));
  await postCarrierEvent(at(world.carrier, "2026-12-03T08:00:00Z"), { trackingNumber: shipment.trackingNumber, ...event("departed", "2026-12-03T06:30:00+08:00", "Port Klang, Westport", "MYPKG", "Asia/Kuala_Lumpur") });
  await postCarrierEvent(at(world.carrier, "2027-01-08T08:00:00Z"), { trackingNumber: shipment.trackingNumber, ...event("arrived", "2027-01-08T07:00:00+01:00", "Gdańsk, DCT", "PLGDN", "Europe/Warsaw") });
  return shipment;
}

describeEachDatabase("the customs officer's desk", (db) => {
  it("a PL officer finds the MY→PL coconut shipment, holds and releases it; both companies hear of it; a DE officer gets nothing; the log shows each step", async () => {
    const world = await shippingWorld(db());
    const shipment = await coconutsInGdansk(world);
    const pl = at(await officerOf(db(), world.admin, "PL"), "2027-01-08T10:00:00Z");
    const de = await officerOf(db(), world.admin, "DE");

    const found = await searchDesk(pl, { direction: "import", hsChapter: "08", mode: "sea" });
    expect(found.edges.map((e) => e.node)).toMatchObject([
      { id: shipment.id, border: "import", exportCountry: "MY", importCountry: "PL", exporterName: "Kelapa Nusantara Sdn. Bhd.", clearance: { status: "pending" } },
    ]);
    expect((await searchDesk(pl, { direction: "export" })).edges).toEqual([]);

    const opened = await deskShipment(pl, shipment.id);
    expect(opened).toMatchObject({ border: "import", clearance: { status: "pending" }, nextDecisions: ["cleared", "held"] });
    expect(opened.shipment.lines).toMatchObject([{ hsCode: "080119", quantity: 20, originCountry: "MY" }]);
    expect(opened.shipment.packages).toMatchObject([{ count: 20, packageType: "PX" }]);
    expect(opened.shipment.parties.map((p) => p.role).sort()).toEqual(["buyer", "consignee", "notify", "seller"]);

    const held = await decideClearance(at(pl, "2027-01-08T11:00:00Z"), { shipmentId: shipment.id, decision: "held", reason: "Phytosanitary certificate missing" });
    expect(held).toMatchObject({ status: "held", reason: "Phytosanitary certificate missing" });
    expect((await searchDesk(pl, { clearanceStatus: "held" })).edges.map((e) => e.node.id)).toEqual([shipment.id]);
    expect((await searchDesk(pl, { clearanceStatus: "pending" })).edges).toEqual([]);
    await decideClearance(at(pl, "2027-01-09T09:30:00Z"), { shipmentId: shipment.id, decision: "released", reason: null });

    const record = (await shipmentRecord(world.system, shipment.id))!;
    expect(record.status).toBe("import_cleared");
    expect(record.events.slice(-2)).toMatchObject([
      { code: "held_by_customs", source: "customs", note: "Phytosanitary certificate missing", timeZone: "Europe/Warsaw", locode: "PLGDN" },
      { code: "released", source: "customs" },
    ]);
    for (const company of [world.seller.ctx, world.buyer.ctx]) {
      const news = (await inbox(company, { first: 10 })).edges.map((e) => e.node).filter((n) => n.kind === "CUSTOMS_DECIDED");
      expect(news.map((n) => [n.payload.decision, n.payload.shipmentId])).toEqual([
        ["released", shipment.id],
        ["held", shipment.id],
      ]);
    }

    expect((await searchDesk(de, {})).edges).toEqual([]);
    expect(((await errorOf(deskShipment(de, shipment.id))) as DomainError).code).toBe("NOT_FOUND");
    expect(((await errorOf(decideClearance(de, { shipmentId: shipment.id, decision: "cleared" }))) as DomainError).code).toBe("NOT_FOUND");

    const log = (await customsAccessLog(world.admin, { first: 50 })).edges.map((e) => e.node).reverse();
    expect(log.map((e) => [e.jurisdiction, e.action, e.outcome])).toEqual([
      ["PL", "search", "granted"],
      ["PL", "search", "granted"],
      ["PL", "view_shipment", "granted"],
      ["PL", "decide", "granted"],
      ["PL", "search", "granted"],
      ["PL", "search", "granted"],
      ["PL", "decide", "granted"],
      ["DE", "search", "granted"],
      ["DE", "view_shipment", "refused"],
      ["DE", "decide", "refused"],
    ]);
    expect(log[2]).toMatchObject({ actorName: "Jan Kowalski", actorOrganisationName: "Krajowa Administracja Skarbowa", shipmentId: shipment.id, ip: "198.51.100.20", at: "2027-01-08T10:00:00.000Z" });
    expect(log[8]).toMatchObject({ actorName: "Anna Schmidt", shipmentId: shipment.id, ip: "198.51.100.49" });

    const seenByExporter = (await documentAccessLog(world.seller.ctx, { first: 50 })).edges.map((e) => e.node.action);
    expect(seenByExporter).toEqual(["decide", "decide", "view_shipment"]);
    expect((await documentAccessLog(world.buyer.ctx, { first: 50 })).totalCount).toBe(0);

    expect(await verifyAccessLog(pl)).toMatchObject({ fault: null, rowsChecked: 10 });
    await tamper(db(), sql`UPDATE customs_access_log SET outcome = 'granted' WHERE seq = 9`);
    expect(await verifyAccessLog(pl)).toMatchObject({ rowsChecked: 8, fault: { seq: 9, problem: "hash_mismatch" } });
  });

  it("bad decisions change nothing: a hold without a reason, a release of goods not held, a clearance the tracking cannot take yet", async () => {
    const world = await shippingWorld(db());
    const booked = await shipped(world, 10);
    const pl = await officerOf(db(), world.admin, "PL");
    const before = (await shipmentRecord(world.system, booked.id))!.events.length;

    const noReason = await errorOf(decideClearance(pl, { shipmentId: booked.id, decision: "held", reason: "  " }));
    expect((noReason as UserInputProblems).problems).toEqual([{ field: "reason", code: "REQUIRED" }]);
    expect(((await errorOf(decideClearance(pl, { shipmentId: booked.id, decision: "released" }))) as DomainError).messageKey).toBe("CUSTOMS_DECISION_NOT_ALLOWED");
    // Import clearance waits for the goods to arrive: logistics' tracking refuses it, and customs keeps nothing of it.
    const early = await errorOf(decideClearance(pl, { shipmentId: booked.id, decision: "cleared" }));
    expect((early as UserInputProblems).problems).toMatchObject([{ field: "decision", code: "TRACKING_EVENT_NOT_ALLOWED" }]);

    expect((await shipmentRecord(world.system, booked.id))!.events).toHaveLength(before);
    expect((await deskShipment(pl, booked.id)).clearance.status).toBe("pending");
    expect((await inbox(world.seller.ctx, { first: 10 })).edges.filter((e) => e.node.kind === "CUSTOMS_DECIDED")).toEqual([]);
    expect((await verifyAccessLog(pl)).fault).toBeNull();
  });

  it("the desk offers only the decisions the journey allows: a hold before departure, nothing at sea, clearance once the goods are in", async () => {
    const world = await shippingWorld(db());
    const shipment = await shipped(world, 20);
    const pl = await officerOf(db(), world.admin, "PL");
    expect((await deskShipment(pl, shipment.id)).nextDecisions).toEqual(["held"]);
    await postCarrierEvent(at(world.carrier, "2026-12-03T08:00:00Z"), { trackingNumber: shipment.trackingNumber, ...event("departed", "2026-12-03T06:30:00+08:00", "Port Klang, Westport", "MYPKG", "Asia/Kuala_Lumpur") });
    expect((await deskShipment(pl, shipment.id)).nextDecisions).toEqual([]);
    await postCarrierEvent(at(world.carrier, "2027-01-08T08:00:00Z"), { trackingNumber: shipment.trackingNumber, ...event("arrived", "2027-01-08T07:00:00+01:00", "Gdańsk, DCT", "PLGDN", "Europe/Warsaw") });
    expect((await deskShipment(pl, shipment.id)).nextDecisions).toEqual(["cleared", "held"]);
  });

  it("a non-officer, even the exporter itself, cannot use the desk", async () => {
    const world = await shippingWorld(db());
    const shipment = await shipped(world, 10);
    for (const outsider of [world.seller.ctx, world.buyer.ctx, world.carrier]) {
      expect(((await errorOf(searchDesk(outsider, {}))) as DomainError).messageKey).toBe("CUSTOMS_OFFICER_REQUIRED");
      expect(((await errorOf(deskShipment(outsider, shipment.id))) as DomainError).code).toBe("FORBIDDEN");
    }
  });

  it("a malformed filter is named by field, and the MY officer sees the same shipment leaving", async () => {
    const world = await shippingWorld(db());
    const shipment = await shipped(world, 10);
    const my = await officerOf(db(), world.admin, "MY");
    const wrong = await errorOf(searchDesk(my, { shippedFrom: "2026-12-09", shippedTo: "2026-12-01" }));
    expect((wrong as UserInputProblems).problems).toEqual([{ field: "shippedTo", code: "CUSTOMS_DATE_RANGE_ORDER" }]);
    expect(((await errorOf(searchDesk(my, { hsChapter: "8" }))) as UserInputProblems).problems.map((p) => p.field)).toEqual(["hsChapter"]);
    expect((await searchDesk(my, { direction: "export" })).edges.map((e) => [e.node.id, e.node.border])).toEqual([[shipment.id, "export"]]);
  });
});
