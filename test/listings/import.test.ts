import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import SQLite from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { configureSqlite, openSqlite, type Database } from "../../db/database.js";
import { migrateToLatest } from "../../db/migrate.js";
import { UserInputProblems } from "../../graph/errors.js";
import { getListing, importListingsCsv, myListings, type ImportProgress } from "../../graph/listings/service.js";
import { exporter } from "../support/companies.js";
import { describeEachDatabase } from "../support/db.js";
import { errorOf } from "../support/errors.js";
import { ctxAs } from "../support/identity.js";
import { loadReferenceData } from "../support/reference.js";
import { csvLine, generatedCsv, generatedLine, HEADER_LINE } from "./csv-generator.js";

const run = promisify(execFile);

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "caravan-listings-"));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function writeFile(name: string, chunks: Iterable<string | Buffer>): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, "");
  for (const chunk of chunks) fs.appendFileSync(file, chunk);
  return file;
}

const fileSource = (file: string) => ({ open: () => fs.createReadStream(file, { highWaterMark: 16 * 1024 }) });

async function listingCount(database: Database): Promise<number> {
  const row = await database.db.selectFrom("listings").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}

function refusal(error: unknown): { code: string; params: unknown } {
  expect(error).toBeInstanceOf(UserInputProblems);
  const [first] = (error as UserInputProblems).problems;
  return { code: first!.code, params: first!.params };
}

describeEachDatabase("bulk listing import", (db) => {
  beforeEach(async () => {
    await loadReferenceData(db());
  });

  it("imports a few thousand rows, reports exactly the bad ones, and a re-run updates instead of duplicating", async () => {
    const kelapa = await exporter(db(), { verified: true });
    // Data rows 137, 1024, 1999, 2501, 2871 and 2998 (0-based) are broken, one way each.
    const badAt = new Map([137, 1024, 1999, 2501, 2871, 2998].map((row, i) => [row, i]));
    const file = writeFile("listings.csv", generatedCsv(3000, badAt));
    const progress: ImportProgress[] = [];

    const first = await importListingsCsv(kelapa.ctx, fileSource(file), (p) => progress.push(p), { batchSize: 500 });
    expect(first).toMatchObject({ rowsRead: 3000, created: 2994, updated: 0, failed: 6, errorsOmitted: 0 });
    expect([...new Set(first.errors.map((e) => `${e.row}:${e.column}:${e.code}`))]).toEqual([
      "139:price_tiers:NOT_POSITIVE",
      "1026:moq:MOQ_ABOVE_AVAILABLE",
      "2001:hs_code:HS_CODE_UNKNOWN",
      "2503:incoterms:INCOTERM_NEEDS_SEA_PORT",
      "2873:price_tiers:PRICE_TIER_BREAKS_ORDER",
      "3000:available_quantity:NUMBER_INVALID",
    ]);
    expect(first.errors[0]!.message).toBe("This must be more than zero.");
    expect(first.errors.find((e) => e.code === "INCOTERM_NEEDS_SEA_PORT")!.message).toMatch(/^FOB needs a sea port: MYKUL/);
    expect(progress[0]).toEqual({ rowsDone: 0, rowsTotal: 3000 });
    expect(progress.at(-1)).toEqual({ rowsDone: 3000, rowsTotal: 3000 });
    expect(progress.map((p) => p.rowsDone)).toEqual([0, 500, 1000, 1500, 2000, 2500, 3000, 3000]);
    expect(await listingCount(db())).toBe(2994);
    // Every tenth row asked to be published; rows 0, 10, … 2990 are good ones.
    expect((await myListings(kelapa.ctx, { status: "active", first: 1 })).totalCount).toBe(300);

    const again = await importListingsCsv(kelapa.ctx, fileSource(file));
    expect(again).toMatchObject({ rowsRead: 3000, created: 0, updated: 2994, failed: 6 });
    expect(await listingCount(db())).toBe(2994);
    const events = await db().db.selectFrom("listing_events").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    // One history row per listing (created as draft, or straight as active); the re-run changed no status.
    expect(Number(events.n)).toBe(2994);
  });

  it("stores what a row says: parsed tiers, terms, certifications and conversions", async () => {
    const kelapa = await exporter(db(), { verified: true });
    const result = await importListingsCsv(kelapa.ctx, HEADER_LINE + generatedLine(0) + generatedLine(1) + generatedLine(2));
    expect(result).toMatchObject({ created: 3, failed: 0 });
    const page = await myListings(kelapa.ctx, { first: 10 });
    const byRef = new Map(page.edges.map((e) => [e.node.externalRef, e.node]));
    expect(byRef.get("GEN-000000")).toMatchObject({
      status: "active",
      hsCode: "080119",
      moqBase: 5000,
      priceTiers: [
        { minQuantity: 5, unitPriceMinor: 125_000 },
        { minQuantity: 20, unitPriceMinor: 118_000 },
      ],
      priceFromUsdCents: 28_537,
      incoterms: [
        { code: "FOB", namedPlace: "MYPKG" },
        { code: "CIF", namedPlace: "PLGDN" },
      ],
      certifications: [
        { kind: "halal", reference: null },
        { kind: "organic", reference: "MYORG-2026-118" },
      ],
    });
    expect(byRef.get("GEN-000001")).toMatchObject({ status: "draft", locale: "es", unit: "LTR", moqBase: 1, priceFromUsdCents: 690, volumeM3: null });
    expect(byRef.get("GEN-000002")).toMatchObject({ unit: "H87", availableBase: 800_000, priceFromUsdCents: 39 });
  });

  it("refuses a file whose header has wrong columns, naming the missing and unknown ones, and saves nothing", async () => {
    const kelapa = await exporter(db(), { verified: true });
    const header = HEADER_LINE.replace("hs_code", "hscode").replace("moq,", "");
    const error = await errorOf(importListingsCsv(kelapa.ctx, header + generatedLine(0)));
    expect(refusal(error)).toMatchObject({ code: "CSV_IMPORT_COLUMNS", params: { missing: "hs_code, moq", unknown: "hscode" } });
    expect(kelapa.ctx.t("errors:CSV_IMPORT_COLUMNS", (error as UserInputProblems).problems[0]!.params)).toMatch(/^The file's header row does not have the right columns\. Missing: hs_code, moq\. Unknown: hscode\./);
    expect(refusal(await errorOf(importListingsCsv(kelapa.ctx, "")))).toMatchObject({ code: "CSV_IMPORT_EMPTY" });
    expect(await listingCount(db())).toBe(0);
  });

  it("reads a Windows-1252 file, and refuses a binary one or broken CSV before saving any row", async () => {
    const kelapa = await exporter(db(), { verified: true });
    // As a spreadsheet on Windows saves it: "é" is the single byte 0xE9, which is not UTF-8.
    const latin1 = writeFile("excel.csv", [Buffer.from(HEADER_LINE + generatedLine(1).replace("≤", "<="), "latin1")]);
    expect(fs.readFileSync(latin1).includes(Buffer.from([0x4a, 0x61, 0xe9, 0x6e]))).toBe(true);
    expect(await importListingsCsv(kelapa.ctx, fileSource(latin1))).toMatchObject({ created: 1, failed: 0 });
    expect(await importListingsCsv(kelapa.ctx, fs.readFileSync(latin1))).toMatchObject({ updated: 1, failed: 0 });
    const oil = (await myListings(kelapa.ctx, { first: 1 })).edges[0]!.node;
    expect(oil.description).toBe("Cold-extracted Picual from Jaén, acidity <= 0.3 %, harvest 2026/27.");

    // An .xlsx workbook renamed to .csv: a ZIP container, full of NUL bytes.
    const workbook = writeFile("workbook.csv", [Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00])]);
    expect(refusal(await errorOf(importListingsCsv(kelapa.ctx, fileSource(workbook))))).toMatchObject({ code: "CSV_IMPORT_ENCODING" });
    expect(refusal(await errorOf(importListingsCsv(kelapa.ctx, fs.readFileSync(workbook))))).toMatchObject({ code: "CSV_IMPORT_ENCODING" });

    // A quote opened on row 4 and never closed: refused whole, though rows 2 and 3 are fine.
    const broken = HEADER_LINE + generatedLine(10, new Map(), "NEW") + generatedLine(11, new Map(), "NEW") + 'NEW-X,"Coconut chips\r\n';
    expect(refusal(await errorOf(importListingsCsv(kelapa.ctx, broken)))).toMatchObject({ code: "CSV_IMPORT_MALFORMED", params: { row: 4 } });
    expect(await listingCount(db())).toBe(1);
  });

  it("checks each row whole: a repeated reference, an unverified seller asking to publish, a bad status", async () => {
    const unverified = await exporter(db(), { verified: false });
    const csv =
      HEADER_LINE +
      generatedLine(0) + // asks to publish: refused for an unverified seller
      generatedLine(1) +
      generatedLine(1) + // same external_ref as row 3
      generatedLine(2).replace(",draft\r\n", ",live\r\n");
    const result = await importListingsCsv(unverified.ctx, csv);
    expect(result).toMatchObject({ rowsRead: 4, created: 1, failed: 3 });
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, "status", "SELLER_NOT_VERIFIED"],
      [4, "external_ref", "CSV_EXTERNAL_REF_REPEATED"],
      [5, "status", "CSV_STATUS_UNKNOWN"],
    ]);
    expect(result.errors[1]!.message).toBe("This external_ref is already used on row 3 of the file.");
  });

  it("a re-import leaves a published listing live, publishes a draft when asked, and never revives an archived one", async () => {
    const kelapa = await exporter(db(), { verified: true });
    await importListingsCsv(kelapa.ctx, HEADER_LINE + generatedLine(0) + generatedLine(1));
    const [live, draft] = (await myListings(kelapa.ctx, { first: 10 })).edges.map((e) => e.node).sort((a, b) => a.externalRef!.localeCompare(b.externalRef!));
    const { pauseListing, archiveListing } = await import("../../graph/listings/service.js");
    await archiveListing(kelapa.ctx, (await pauseListing(kelapa.ctx, live!.id)).id);

    const result = await importListingsCsv(kelapa.ctx, HEADER_LINE + generatedLine(0) + generatedLine(1).replace(",draft\r\n", ",active\r\n"));
    expect(result).toMatchObject({ created: 0, updated: 1, failed: 1 });
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([[2, "external_ref", "LISTING_ARCHIVED"]]);
    expect((await getListing(kelapa.ctx, draft!.id))!.status).toBe("active");
  });

  it("reports each row's problems in the viewer's language", async () => {
    const kelapa = await exporter(db(), { verified: true });
    const arabic = ctxAs(db(), kelapa.ctx.viewer, "ar");
    const result = await importListingsCsv(arabic, HEADER_LINE + generatedLine(0, new Map([[0, 2]])));
    expect(result.errors).toEqual([{ row: 2, column: "hs_code", code: "HS_CODE_UNKNOWN", message: "رمز النظام المنسَّق هذا غير موجود في تصنيف HS 2022." }]);
  });
});

// The CLI opens DATABASE_URL itself; a SQLite file is enough to check what it prints and returns.
describe("import:listings CLI", () => {
  it("prints counts and the first bad rows, exit 0; a refused file exits 1", async () => {
    const dbFile = path.join(dir, "caravan.sqlite");
    const connection = new SQLite(dbFile);
    configureSqlite(connection);
    const database = openSqlite(connection, dbFile);
    await migrateToLatest(database);
    await loadReferenceData(database);
    const kelapa = await exporter(database, { verified: true });
    await database.close();

    const csv = writeFile("goods.csv", generatedCsv(50, new Map([[7, 1]])));
    const env = { ...process.env, DATABASE_URL: dbFile };
    const cli = ["--import", "tsx", "db/cli/import-listings.ts", "--org", kelapa.organisationId];
    const ok = await run(process.execPath, [...cli, csv], { env });
    expect(ok.stdout).toContain(`Listings from ${csv}: 50 rows read, 49 created, 0 updated, 1 not saved`);
    expect(ok.stdout).toContain("row 9, moq: The minimum order quantity (500) is more than the quantity available (400). [MOQ_ABOVE_AVAILABLE]");

    const wrong = writeFile("wrong.csv", [csvLine(["sku", "name"]), csvLine(["A1", "Coconuts"])]);
    const refused = await errorOf(run(process.execPath, [...cli, wrong], { env }));
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toContain("refused: The file's header row does not have the right columns. Missing: external_ref, title");
  });
});
