import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { importLocode } from "../../db/import/locode.js";
import { decodeText } from "../../db/text.js";
import { describeEachDatabase } from "../support/db.js";
import { countRows } from "../support/identity.js";

const SAMPLE = path.resolve(process.cwd(), "test/fixtures/unlocode-sample.csv");
const FULL_LIST = path.resolve(process.cwd(), "../shared/data/unlocode/unlocode-code-list-2018-1.csv");
const read = (file: string) => decodeText(fs.readFileSync(file)).text;
/** The major ports Caravan ships with, before any import (db/reference/major-ports.ts). */
const BUILT_IN_PORTS = 128;

describeEachDatabase("importing the UN/LOCODE code list", (db) => {
  it("a sample of three countries: locations load, headers and removed entries are skipped, bad rows are named by line", async () => {
    const report = await importLocode(db(), read(SAMPLE), "unlocode");
    expect(report).toEqual({
      read: 14,
      written: 7,
      skipped: 4,
      problems: [
        { line: 8, column: "location", reason: 'location code "K1L" is not 3 letters or digits 2-9' },
        { line: 13, column: "country", reason: 'unknown country code "QQ"' },
        { line: 14, column: "name", reason: "name is empty" },
      ],
    });
    expect(await countRows(db(), "ports")).toBe(BUILT_IN_PORTS + 6);
    const munich = await db().db.selectFrom("ports").selectAll().where("locode", "=", "DEMUC").executeTakeFirstOrThrow();
    expect(munich).toMatchObject({
      country: "DE",
      name: "München",
      name_ascii: "Munchen",
      subdivision: "BY",
      functions: "-2345---",
      is_seaport: 0,
      is_airport: 1,
      latitude: 48.15,
      longitude: 11.5833,
      source: "unlocode",
    });
    const removed = await db().db.selectFrom("ports").select("locode").where("locode", "in", ["DEZZZ", "MYK1L", "QQABC", "PLWAW"]).execute();
    expect(removed.map((r) => r.locode)).toEqual(["PLWAW"]);
  });

  it("a row the built-in list already has is updated in place, not duplicated", async () => {
    await importLocode(db(), read(SAMPLE), "unlocode");
    await importLocode(db(), read(SAMPLE), "unlocode");
    expect(await countRows(db(), "ports")).toBe(BUILT_IN_PORTS + 6);
    const pelepas = await db().db.selectFrom("ports").selectAll().where("locode", "=", "MYTPP").execute();
    expect(pelepas).toHaveLength(1);
    expect(pelepas[0]).toMatchObject({ name: "Tanjung Pelepas", source: "unlocode", latitude: 1.3667, longitude: 103.55 });
  });

  it("a file with a header row is refused before anything is written", async () => {
    const withHeader = `Change,Country,Location,Name,NameWoDiacritics,Subdivision,Function,Status,Date,IATA,Coordinates,Remarks\n${read(SAMPLE)}`;
    await expect(importLocode(db(), withHeader, "unlocode")).rejects.toThrow("this file has a header row");
    expect(await countRows(db(), "ports")).toBe(BUILT_IN_PORTS);
  });

  it("the complete 2018-1 list loads, Gdańsk (PLGDN) included as a seaport with an airport", async () => {
    const report = await importLocode(db(), read(FULL_LIST), "unlocode");
    expect(report.read).toBe(110_361);
    expect(report.written).toBeGreaterThan(109_000);
    expect(await countRows(db(), "ports")).toBeGreaterThan(109_000);
    const gdansk = await db().db.selectFrom("ports").selectAll().where("locode", "=", "PLGDN").executeTakeFirstOrThrow();
    expect(gdansk).toMatchObject({ country: "PL", name: "Gdansk", functions: "1--4----", is_seaport: 1, is_airport: 1, source: "unlocode" });
  });
});
