import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import type { Database } from "../../db/database.js";
import { importHs, ImportFormatError } from "../../db/import/hs.js";
import { decodeText } from "../../db/text.js";
import { describeEachDatabase } from "../support/db.js";

const HS_FILE = path.resolve(process.cwd(), "../shared/data/hs/harmonized-system.csv");
const readHsFile = () => decodeText(fs.readFileSync(HS_FILE)).text;

async function countByLevel(database: Database): Promise<Record<number, number>> {
  const rows = await database.db
    .selectFrom("hs_codes")
    .select(["level", (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy("level")
    .orderBy("level")
    .execute();
  return Object.fromEntries(rows.map((r) => [r.level, Number(r.n)]));
}

describeEachDatabase("importing the HS 2022 nomenclature", (db) => {
  it("a fresh database already holds the shipped nomenclature: 96 chapters, 1,228 headings, 5,612 subheadings", async () => {
    expect(await countByLevel(db())).toEqual({ 2: 96, 4: 1228, 6: 5612 });
    const coconutOil = await db().db.selectFrom("hs_codes").selectAll().where("code", "=", "151311").executeTakeFirstOrThrow();
    expect(coconutOil).toMatchObject({ level: 6, parent_code: "1513", section: "III", edition: "HS2022" });
  });

  it("the full file loads 96 chapters, 1,228 headings and 5,612 subheadings, skipping the four non-WCO rows", async () => {
    const report = await importHs(db(), readHsFile(), "HS2022");
    expect(report).toEqual({ read: 6940, written: 96 + 1228 + 5612, skipped: 4, problems: [] });
    expect(await countByLevel(db())).toEqual({ 2: 96, 4: 1228, 6: 5612 });
    const cashews = await db().db.selectFrom("hs_codes").selectAll().where("code", "=", "080131").executeTakeFirstOrThrow();
    expect(cashews).toMatchObject({ level: 6, parent_code: "0801", section: "II", description: "Nuts, edible; cashew nuts, fresh or dried, in shell", edition: "HS2022" });
    const notWco = await db().db.selectFrom("hs_codes").select("code").where("code", "in", ["TOTAL", "99", "9999", "999999"]).execute();
    expect(notWco).toEqual([]);
  });

  it("importing the same file again changes no count and duplicates nothing", async () => {
    const first = await importHs(db(), readHsFile(), "HS2022");
    const second = await importHs(db(), readHsFile(), "HS2022");
    expect(second).toEqual(first);
    expect(await countByLevel(db())).toEqual({ 2: 96, 4: 1228, 6: 5612 });
    const distinct = await db().db.selectFrom("hs_codes").select((eb) => eb.fn.count<number>("code").distinct().as("n")).executeTakeFirstOrThrow();
    expect(Number(distinct.n)).toBe(6936);
  });

  it("a file with other columns is refused before anything is written", async () => {
    const wrong = "code,name,level\n0801,Coconuts,4\n080111,Desiccated coconuts,6\n";
    await expect(importHs(db(), wrong, "HS2022")).rejects.toThrow(ImportFormatError);
    await expect(importHs(db(), wrong, "HS2022")).rejects.toThrow("missing section, hscode, description, parent");
    expect(await countByLevel(db())).toEqual({ 2: 96, 4: 1228, 6: 5612 });
  });

  it("bad rows are reported with their line numbers, and the good rows around them still load", async () => {
    const csv = [
      "section,hscode,description,parent,level",
      "II,0801,\"Coconuts, Brazil nuts and cashew nuts; fresh or dried\",08,4",
      "II,080111,\"Nuts, edible; coconuts, desiccated\",0801,6",
      "II,08011,Half a subheading,0801,6",
      "XXV,080112,Coconuts in the inner shell,0801,6",
      "II,080119,,0801,6",
      "II,080121,Brazil nuts in shell,0802,6",
      "II,0801ab,Letters,0801,6",
      "II,080132,\"Nuts, edible; cashew nuts, fresh or dried, shelled\",0801,3",
      "II,080131,\"Nuts, edible; cashew nuts, fresh or dried, in shell\",0801,6",
    ].join("\n");
    const report = await importHs(db(), csv, "HS2022");
    expect(report.problems).toEqual([
      { line: 4, column: "hscode", reason: '"08011" is not 6 digits' },
      { line: 5, column: "section", reason: '"XXV" is not an HS section (I to XXI)' },
      { line: 6, column: "description", reason: "description is empty" },
      { line: 7, column: "parent", reason: 'parent of 080121 must be 0801, not "0802"' },
      { line: 8, column: "hscode", reason: '"0801ab" is not 6 digits' },
      { line: 9, column: "level", reason: 'level must be 2, 4 or 6, not "3"' },
    ]);
    expect(report).toMatchObject({ read: 9, written: 3, skipped: 0 });
    const rows = await db().db.selectFrom("hs_codes").select(["code", "description"]).where("code", "in", ["0801", "080112", "080119"]).orderBy("code").execute();
    expect(rows).toEqual([
      { code: "0801", description: "Coconuts, Brazil nuts and cashew nuts; fresh or dried" },
      { code: "080112", description: "Nuts, edible; coconuts, in the inner shell (endocarp)" },
      { code: "080119", description: "Nuts, edible; coconuts, fresh or dried, other than desiccated or in the inner shell (endocarp)" },
    ]);
  });
});
