import { afterEach, beforeEach, expect, it } from "vitest";
import { importLocode } from "../../db/import/locode.js";
import { describeEachDatabase } from "../support/db.js";
import { startApi, type RunningApi } from "../support/http.js";

describeEachDatabase("the catalog over GraphQL", (db) => {
  let api: RunningApi;
  beforeEach(async () => {
    api = await startApi(db());
  });
  afterEach(async () => {
    await api.close();
  });

  it("an Arabic-speaking buyer gets country names in Arabic", async () => {
    const res = await api.client({ "accept-language": "ar" }).graphql(`{ country(code: "EG") { code alpha3 name currency region } }`);
    expect(res.body).toEqual({ data: { country: { code: "EG", alpha3: "EGY", name: "مصر", currency: "EGP", region: "Africa" } } });
  });

  it("Incoterm rules are named in the buyer's language, their codes unchanged", async () => {
    const names = async (lng: string) => {
      const res = await api.client({ "accept-language": lng }).graphql(`{ incoterms { code name } }`);
      return Object.fromEntries(res.body.data.incoterms.map((t: { code: string; name: string }) => [t.code, t.name]));
    };
    expect((await names("en")).CFR).toBe("Cost and Freight");
    expect((await names("ar")).CFR).toBe("الكلفة والشحن");
    expect((await names("zh")).FCA).toBe("货交承运人");
    expect((await names("fr")).DDP).toBe("Rendu droits acquittés");
  });

  it("Incoterms say which transport modes they fit", async () => {
    const res = await api.client().graphql(`{
      air: incoterms(mode: AIR) { code }
      fob: incoterms { code group namedPlace seaAndInlandWaterwayOnly transportModes sellerClearsExport }
    }`);
    expect(res.body.data.air.map((t: { code: string }) => t.code)).toEqual(["EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP"]);
    expect(res.body.data.fob.find((t: { code: string }) => t.code === "FOB")).toEqual({
      code: "FOB",
      group: "F",
      namedPlace: "DELIVERY",
      seaAndInlandWaterwayOnly: true,
      transportModes: ["SEA", "INLAND_WATERWAY"],
      sellerClearsExport: true,
    });
  });

  it("an exporter walks from a chapter down to the subheading for desiccated coconut, in the nomenclature shipped with the product", async () => {
    const res = await api.client().graphql(`{
      hsCode(code: "0801") { code level description section { section name } parent { code } children { code } }
      hsCodes(parent: "0801", first: 2) { totalCount pageInfo { hasNextPage } edges { node { code description } } }
      search: hsCodes(query: "desiccated coconuts") { edges { node { code } } }
    }`);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.hsCode).toEqual({
      code: "0801",
      level: 4,
      description: "Nuts, edible; coconuts, Brazil nuts and cashew nuts, fresh or dried, whether or not shelled or peeled",
      section: { section: "II", name: "Vegetable products" },
      parent: { code: "08" },
      children: ["080111", "080112", "080119", "080121", "080122", "080131", "080132"].map((code) => ({ code })),
    });
    expect(res.body.data.hsCodes).toEqual({
      totalCount: 7,
      pageInfo: { hasNextPage: true },
      edges: [
        { node: { code: "080111", description: "Nuts, edible; coconuts, desiccated" } },
        { node: { code: "080112", description: "Nuts, edible; coconuts, in the inner shell (endocarp)" } },
      ],
    });
    expect(res.body.data.search.edges.map((e: { node: { code: string } }) => e.node.code)).toEqual(["080111", "080119"]);
  });

  it("a malformed parent code is BAD_USER_INPUT with a message in the caller's language", async () => {
    const res = await api.client().graphql(`{ hsCodes(parent: "08x") { totalCount } }`);
    expect(res.body.errors?.[0]).toMatchObject({
      message: "An HS code is 2, 4 or 6 digits, optionally followed by up to 4 national digits (like 0801.19).",
      extensions: { code: "BAD_USER_INPUT", userErrors: [{ field: "parent", code: "HS_CODE_FORMAT" }] },
    });
  });

  it("ports: Gdańsk by LOCODE, and Polish seaports with their transport modes", async () => {
    await importLocode(db(), ',"PL","SWI","Swinoujscie","Swinoujscie",,"123-----","RL","0701",,"5354N 01415E",""\n', "unlocode");
    const res = await api.client().graphql(`{
      port(locode: "PL GDN") { locode name isSeaport isAirport transportModes }
      ports(country: "PL", kind: SEAPORT, first: 3) { totalCount edges { node { locode transportModes latitude longitude } } }
    }`);
    expect(res.body.data.port).toEqual({ locode: "PLGDN", name: "Gdansk", isSeaport: true, isAirport: true, transportModes: ["SEA", "AIR"] });
    expect(res.body.data.ports).toEqual({
      totalCount: 4,
      edges: [
        { node: { locode: "PLGDN", transportModes: ["SEA", "AIR"], latitude: null, longitude: null } },
        { node: { locode: "PLGDY", transportModes: ["SEA", "RAIL", "ROAD"], latitude: 54.5, longitude: 18.55 } },
        { node: { locode: "PLSWI", transportModes: ["SEA", "RAIL", "ROAD"], latitude: 53.9, longitude: 14.25 } },
      ],
    });
  });
});
