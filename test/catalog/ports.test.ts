import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { importLocode } from "../../db/import/locode.js";
import { UserInputProblems } from "../../graph/errors.js";
import { checkPort, getPort, searchPorts } from "../../graph/catalog/service.js";
import { describeEachDatabase } from "../support/db.js";
import { ctxAs } from "../support/identity.js";

const SAMPLE = fs.readFileSync(path.resolve(process.cwd(), "test/fixtures/unlocode-sample.csv"), "utf8");

const locodesOf = (page: { edges: { node: { locode: string } }[] }) => page.edges.map((e) => e.node.locode);

async function problemOf(promise: Promise<unknown>): Promise<{ field: string | null; code: string }> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof UserInputProblems)) throw new Error(`expected a user input problem, got ${String(error)}`);
  return { field: error.problems[0]!.field, code: error.problems[0]!.code };
}

describeEachDatabase("finding ports", (db) => {
  it("Gdańsk is found by its LOCODE however it is typed", async () => {
    const ctx = ctxAs(db());
    for (const typed of ["PLGDN", "pl gdn", " PL GDN "]) {
      expect(await getPort(ctx, typed)).toEqual({
        locode: "PLGDN",
        country: "PL",
        name: "Gdansk",
        nameAscii: "Gdansk",
        subdivision: null,
        functions: "1--4----",
        isSeaport: true,
        isAirport: true,
        iata: null,
        latitude: null,
        longitude: null,
      });
    }
    expect(await getPort(ctx, "PLXXX")).toBeNull();
  });

  it("other modules check a port with checkPort: an unknown or malformed LOCODE is PORT_UNKNOWN on their field", async () => {
    const ctx = ctxAs(db());
    expect((await checkPort(ctx, "nlrtm")).name).toBe("Rotterdam");
    expect(await problemOf(checkPort(ctx, "PLXXX", "shipment.portOfLoading"))).toEqual({ field: "shipment.portOfLoading", code: "PORT_UNKNOWN" });
    expect(await problemOf(checkPort(ctx, "Rotterdam"))).toEqual({ field: "port", code: "PORT_UNKNOWN" });
  });

  it("a Polish exporter lists the seaports of Poland, then its airports, by name", async () => {
    await importLocode(db(), SAMPLE, "unlocode");
    const ctx = ctxAs(db());
    const seaports = await searchPorts(ctx, { country: "pl", kind: "seaport" });
    expect(locodesOf(seaports)).toEqual(["PLGDN", "PLGDY", "PLSWI", "PLSZZ"]);
    expect(seaports.edges.map((e) => e.node.name)).toEqual(["Gdansk", "Gdynia", "Swinoujscie", "Szczecin"]);
    expect(locodesOf(await searchPorts(ctx, { country: "PL", kind: "airport" }))).toEqual(["PLGDN", "PLKTW", "PLSZZ", "PLWAW"]);
  });

  it("pages through a country's locations without gaps or repeats", async () => {
    await importLocode(db(), SAMPLE, "unlocode");
    const ctx = ctxAs(db());
    const first = await searchPorts(ctx, { country: "PL", first: 3 });
    expect(locodesOf(first)).toEqual(["PLGDN", "PLGDY", "PLKTW"]);
    expect(first.totalCount).toBe(7);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await searchPorts(ctx, { country: "PL", first: 10, after: first.pageInfo.endCursor });
    expect(locodesOf(rest)).toEqual(["PLLOD", "PLSWI", "PLSZZ", "PLWAW"]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it("a name is found with or without its diacritics, and so are LOCODEs", async () => {
    await importLocode(db(), SAMPLE, "unlocode");
    const ctx = ctxAs(db());
    expect(locodesOf(await searchPorts(ctx, { query: "munchen" }))).toEqual(["DEMUC"]);
    expect(locodesOf(await searchPorts(ctx, { query: "München" }))).toEqual(["DEMUC"]);
    expect(locodesOf(await searchPorts(ctx, { query: "kota kinabalu" }))).toEqual(["MYBKI"]);
    expect(locodesOf(await searchPorts(ctx, { query: "PL SWI" }))).toEqual(["PLSWI"]);
    expect(locodesOf(await searchPorts(ctx, { query: "klang", kind: "seaport" }))).toEqual(["MYPKG"]);
  });

  it("an unknown country is a problem on the country field", async () => {
    expect(await problemOf(searchPorts(ctxAs(db()), { country: "XX" }))).toEqual({ field: "country", code: "COUNTRY_UNKNOWN" });
  });
});
