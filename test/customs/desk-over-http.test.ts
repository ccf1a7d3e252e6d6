import { afterEach, beforeEach, expect, it } from "vitest";
import { describeEachDatabase } from "../support/db.js";
import { startApi, type RunningApi } from "../support/http.js";
import { GOOD_PASSWORD } from "../support/identity.js";
import { officerOf } from "../support/companies.js";
import { shipped, shippingWorld } from "../support/shipping.js";

const SIGN_IN = /* GraphQL */ `
  mutation SignIn($email: String!, $password: String!) {
    signIn(input: { email: $email, password: $password }) { userErrors { code } }
  }
`;
const SEARCH = /* GraphQL */ `
  query Desk($filter: CustomsShipmentFilter) {
    customsShipments(filter: $filter, first: 5) {
      edges { node { id trackingNumber border exporterName importerName hsChapters clearance { status } } }
      totalCount
    }
  }
`;
const SHIPMENT = /* GraphQL */ `
  query One($id: ID!) {
    customsShipment(id: $id) { id border lines { hsCode batchCode } tracking { code source } clearance { status } nextDecisions }
  }
`;
const DECIDE = /* GraphQL */ `
  mutation Decide($input: DecideClearanceInput!) {
    decideClearance(input: $input) { clearance { status reason } userErrors { field code message } }
  }
`;
const LOG = /* GraphQL */ `{ documentAccessLog(first: 10) { edges { node { action outcome officerName ipAddress hash } } totalCount } }`;

describeEachDatabase("the customs desk over HTTP", (db) => {
  let api: RunningApi;
  beforeEach(async () => {
    api = await startApi(db());
  });
  afterEach(async () => {
    await api.close();
  });

  it("the PL officer searches, opens and holds over GraphQL; the request's address is logged; the DE officer is told the shipment does not exist", async () => {
    const world = await shippingWorld(db());
    const shipment = await shipped(world, 10);
    await officerOf(db(), world.admin, "PL");
    await officerOf(db(), world.admin, "DE");
    const pl = api.client();
    expect((await pl.graphql(SIGN_IN, { email: "jan.kowalski@customs.pl.example", password: GOOD_PASSWORD })).body.data.signIn.userErrors).toEqual([]);

    const search = await pl.graphql(SEARCH, { filter: { direction: "IMPORT", clearanceStatus: "PENDING" } });
    expect(search.body.data.customsShipments).toMatchObject({
      edges: [{ node: { id: shipment.id, border: "IMPORT", exporterName: "Kelapa Nusantara Sdn. Bhd.", hsChapters: ["08"], clearance: { status: "PENDING" } } }],
      totalCount: null,
    });
    const opened = await pl.graphql(SHIPMENT, { id: shipment.id });
    // Booked, not yet departed: a hold is possible, import clearance waits for the goods to arrive.
    expect(opened.body.data.customsShipment).toMatchObject({ border: "IMPORT", lines: [{ hsCode: "080119", batchCode: null }], tracking: [{ code: "booked", source: "seller" }], nextDecisions: ["HELD"] });

    const refused = await pl.graphql(DECIDE, { input: { shipmentId: shipment.id, decision: "HELD", reason: "" } });
    expect(refused.body.data.decideClearance.userErrors).toMatchObject([{ field: "reason", code: "REQUIRED" }]);
    const held = await pl.graphql(DECIDE, { input: { shipmentId: shipment.id, decision: "HELD", reason: "Fumigation certificate to be checked" } });
    expect(held.body.data.decideClearance).toEqual({ clearance: { status: "HELD", reason: "Fumigation certificate to be checked" }, userErrors: [] });

    const de = api.client();
    await de.graphql(SIGN_IN, { email: "anna.schmidt@zoll.de.example", password: GOOD_PASSWORD });
    const hidden = await de.graphql(SHIPMENT, { id: shipment.id });
    expect(hidden.body.data).toBeNull();
    expect(hidden.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await de.graphql(SEARCH, {})).body.data.customsShipments.edges).toEqual([]);

    const seller = api.client();
    await seller.graphql(SIGN_IN, { email: "aminah@kelapa.example", password: GOOD_PASSWORD });
    const log = (await seller.graphql(LOG)).body.data.documentAccessLog;
    expect(log.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual(["DECIDE", "VIEW_SHIPMENT"]);
    expect(log.edges[0].node).toMatchObject({ outcome: "GRANTED", officerName: "Jan Kowalski", ipAddress: expect.stringMatching(/127\.0\.0\.1|::1/) });
  });
});
