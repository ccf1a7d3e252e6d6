import { afterEach, beforeEach, expect, it } from "vitest";
import { createApiToken } from "../../graph/identity/service.js";
import { SESSION_COOKIE } from "../../server.js";
import { describeEachDatabase } from "../support/db.js";
import { startApi, type RunningApi } from "../support/http.js";
import { shippingWorld } from "../support/shipping.js";

const BATCH = /* GraphQL */ `
  mutation Batch($input: CreateBatchInput!) { createBatch(input: $input) { batch { id code } userErrors { field code message } } }
`;
const INSPECT = /* GraphQL */ `
  mutation Inspect($input: AddBatchInspectionInput!) { addBatchInspection(input: $input) { batch { inspections { kind result } } userErrors { code } } }
`;
const SHIP = /* GraphQL */ `
  mutation Ship($input: CreateShipmentInput!) {
    createShipment(input: $input) {
      shipment { id status mode trackingNumber traceCode grossWeightKg nextCodes lines { quantity batch { code } } packages { count packageType } events { code source } }
      userErrors { field code message }
    }
  }
`;
const CARRIER = /* GraphQL */ `
  mutation Carrier($input: CarrierEventInput!) { postCarrierEvent(input: $input) { replayed shipment { status } event { code source } userErrors { field code message } } }
`;
const TRACK = /* GraphQL */ `
  query Track($number: String!) { trackShipment(trackingNumber: $number) { trackingNumber status mode packageCount events { code place locode timeZone } } }
`;
const TRACE = /* GraphQL */ `
  query Trace($code: String!) { trace(code: $code) { goods { hsCode description batch { code producerName producedKind inspections { kind result } } } tracking { status } } }
`;

describeEachDatabase("shipments over HTTP", (db) => {
  let api: RunningApi;
  beforeEach(async () => {
    api = await startApi(db());
  });
  afterEach(async () => {
    await api.close();
  });

  it("the seller ships a harvest batch, the carrier's webhook posts the departure, anyone follows the tracking number and the QR code", async () => {
    const world = await shippingWorld(db());
    const seller = api.client({ cookie: `${SESSION_COOKIE}=${world.seller.token}` });
    const batch = await seller.graphql(BATCH, {
      input: { listingId: world.listingId, code: "KN-2026-11-A", producerName: "Koperasi Pekebun Kelapa Sabak Bernam", producerPlace: "Sabak Bernam, Selangor", producerCountry: "MY", producedOn: "2026-11-20", producedKind: "harvest" },
    });
    expect(batch.body.data.createBatch.userErrors).toEqual([]);
    const batchId: string = batch.body.data.createBatch.batch.id;
    await seller.graphql(INSPECT, { input: { batchId, kind: "phytosanitary", result: "passed", inspector: "Jabatan Pertanian Malaysia", inspectedOn: "2026-11-25", certificateRef: "PC-MY-2026-118842" } });

    const pallets = { count: 40, packageType: "PX", grossWeightKg: 1030, netWeightKg: 1000, lengthCm: 120, widthCm: 100, heightCm: 200, marks: "KN/BF 1-40" };
    const input = { orderId: world.order.id, mode: "SEA", carrierName: "Straits Line", carrierOrganisationId: world.stranger.organisationId, portOfLoading: "MYPKG", portOfDischarge: "PLGDN", bookedAt: "2026-12-01T10:00:00+08:00", timeZone: "Asia/Kuala_Lumpur", packages: [pallets], lines: [{ orderLineId: world.lineId, quantity: 40, batchId }] };
    const tooMany = await seller.graphql(SHIP, { input: { ...input, lines: [{ orderLineId: world.lineId, quantity: 41 }] } });
    expect(tooMany.body.data.createShipment).toEqual({ shipment: null, userErrors: [{ field: "lines.0.quantity", code: "SHIPMENT_MORE_THAN_ORDERED", message: "More than was ordered: only 40 is left to ship on this line." }] });
    const shipped = await seller.graphql(SHIP, { input });
    const shipment = shipped.body.data.createShipment.shipment;
    expect(shipment).toMatchObject({ status: "BOOKED", mode: "SEA", grossWeightKg: 41_200, nextCodes: ["PICKED_UP", "EXPORT_CLEARED", "DEPARTED", "HELD_BY_CUSTOMS", "EXCEPTION"], lines: [{ quantity: 40, batch: { code: "KN-2026-11-A" } }], events: [{ code: "BOOKED", source: "SELLER" }] });

    const { token } = await createApiToken(world.stranger.ctx, "Straits Line tracking feed");
    const carrier = api.client({ authorization: `Bearer ${token}` });
    const departure = { trackingNumber: shipment.trackingNumber, code: "DEPARTED", occurredAt: "2026-12-03T06:30:00+08:00", timeZone: "Asia/Kuala_Lumpur", place: "Port Klang, Westport", locode: "MYPKG" };
    const posted = await carrier.graphql(CARRIER, { input: departure });
    if (!posted.body.data) throw new Error(JSON.stringify(posted.body.errors));
    expect(posted.body.data.postCarrierEvent).toEqual({ replayed: false, shipment: { status: "IN_TRANSIT" }, event: { code: "DEPARTED", source: "CARRIER" }, userErrors: [] });
    const earlier = await carrier.graphql(CARRIER, { input: { ...departure, code: "ARRIVED", occurredAt: "2026-12-01T00:00:00Z", place: "Singapore", locode: "SGSIN" } }, { "accept-language": "pl" });
    expect(earlier.body.data.postCarrierEvent.userErrors).toEqual([{ field: "occurredAt", code: "TRACKING_EVENT_EARLIER", message: expect.stringContaining("To zdarzenie jest wcześniejsze niż poprzednie") }]);
    const stranger = api.client({ authorization: `Bearer ${(await createApiToken(world.buyer.ctx, "ERP")).token}` });
    expect((await stranger.graphql(CARRIER, { input: departure })).body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    const anyone = api.client();
    const tracked = (await anyone.graphql(TRACK, { number: shipment.trackingNumber.toLowerCase() })).body.data.trackShipment;
    expect(tracked).toMatchObject({ status: "IN_TRANSIT", mode: "SEA", packageCount: 40, events: [{ code: "BOOKED" }, { code: "DEPARTED", place: "Port Klang, Westport", locode: "MYPKG", timeZone: "Asia/Kuala_Lumpur" }] });
    const traced = (await anyone.graphql(TRACE, { code: shipment.traceCode })).body.data.trace;
    expect(traced).toEqual({
      goods: [{ hsCode: "080119", description: expect.any(String), batch: { code: "KN-2026-11-A", producerName: "Koperasi Pekebun Kelapa Sabak Bernam", producedKind: "harvest", inspections: [{ kind: "phytosanitary", result: "passed" }] } }],
      tracking: { status: "IN_TRANSIT" },
    });
    expect((await anyone.graphql(TRACE, { code: "not-a-code" })).body.data.trace).toBeNull();
    expect((await anyone.graphql(`query { shipment(id: "${shipment.id}") { id } }`)).body.data.shipment).toBeNull();
  });
});
