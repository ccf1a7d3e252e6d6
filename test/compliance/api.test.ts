import { afterEach, beforeEach, expect, it } from "vitest";
import { describeEachDatabase } from "../support/db.js";
import { startApi, type HttpClient, type RunningApi } from "../support/http.js";
import { GOOD_PASSWORD } from "../support/identity.js";
import { world, type Company } from "../matching/support.js";

const EMBARGOES = /* GraphQL */ `query { embargoes { id origin destination hsPrefix validFrom validTo } }`;
const ADD_EMBARGO = /* GraphQL */ `
  mutation Add($input: AddEmbargoInput!) { addEmbargo(input: $input) { embargo { id origin destination hsPrefix validFrom } userErrors { field code message } } }
`;
const END_EMBARGO = /* GraphQL */ `
  mutation End($id: ID!, $lastDay: Date) { endEmbargo(id: $id, lastDay: $lastDay) { embargo { id validTo } userErrors { code message } } }
`;

describeEachDatabase("compliance over GraphQL", (db) => {
  let api: RunningApi;
  beforeEach(async () => {
    api = await startApi(db());
  });
  afterEach(async () => {
    await api.close();
  });

  const as = (company: Company): HttpClient => api.client({ cookie: `caravan_session=${company.token}` });

  async function admin(): Promise<HttpClient> {
    const client = api.client();
    const response = await client.graphql(`mutation { signIn(input: { email: "admin@caravan.example", password: "${GOOD_PASSWORD}" }) { userErrors { code } } }`);
    expect(response.body.data.signIn.userErrors).toEqual([]);
    return client;
  }

  it("lets only the admin keep embargoes, and anyone read them", async () => {
    const w = await world(db());
    const refused = await as(w.buyer).graphql(ADD_EMBARGO, { input: { origin: "MY", destination: "EU", validFrom: "2026-11-01", legalBasis: "test" } });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const platform = await admin();
    const bad = await platform.graphql(ADD_EMBARGO, { input: { origin: "MY", destination: "Asia", validFrom: "2026-11-01", legalBasis: "test" } });
    expect(bad.body.data.addEmbargo.userErrors).toEqual([
      { field: "destination", code: "EMBARGO_DESTINATION_UNKNOWN", message: "Enter a country code (like PL) or a group Caravan knows (EU)." },
    ]);
    const added = await platform.graphql(ADD_EMBARGO, {
      input: { origin: "BY", destination: "EU", hsPrefix: "4407", validFrom: "2022-06-04", legalBasis: "Demo: a measure on sawn wood, for this test" },
    });
    const embargo = added.body.data.addEmbargo.embargo;
    expect(embargo).toMatchObject({ origin: "BY", destination: "EU", hsPrefix: "4407", validFrom: "2022-06-04" });
    expect((await as(w.buyer).graphql(EMBARGOES)).body.data.embargoes.map((e: any) => [e.origin, e.destination, e.hsPrefix])).toEqual([
      ["BY", "EU", "4407"],
      ["RU", "EU", "72"],
      ["RU", "EU", "44"],
    ]);
    const ended = await platform.graphql(END_EMBARGO, { id: embargo.id, lastDay: "2026-11-01" });
    expect(ended.body.data.endEmbargo).toEqual({ embargo: { id: embargo.id, validTo: "2026-11-01" }, userErrors: [] });
    expect((await as(w.buyer).graphql(EMBARGOES)).body.data.embargoes.map((e: any) => e.origin)).toEqual(["RU", "RU"]);

  });
});
