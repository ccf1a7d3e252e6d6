/**
 * Times a 100,000-row listing import on a fresh SQLite file (run by hand, not by vitest):
 *   npx tsx test/listings/time-100k-import.ts [rows]
 * Prints the time of the first import (creates) and of a re-run of the same file (updates).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { configureSqlite, openSqlite } from "../../db/database.js";
import { migrateToLatest } from "../../db/migrate.js";
import { importListingsCsv } from "../../graph/listings/service.js";
import { exporter } from "../support/companies.js";
import { loadReferenceData } from "../support/reference.js";
import { generatedCsv } from "./csv-generator.js";

const rows = Number(process.argv[2] ?? 100_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "caravan-import-"));
try {
  const csv = path.join(dir, "listings.csv");
  const out = fs.createWriteStream(csv);
  // A few bad rows spread through the file, as a real export has.
  const bad = new Map([1_001, 25_017, 50_003, 75_011, 99_989].filter((i) => i < rows).map((row, i) => [row, i]));
  for (const line of generatedCsv(rows, bad)) if (!out.write(line)) await new Promise((resolve) => out.once("drain", () => resolve(null)));
  await new Promise((resolve) => out.end(() => resolve(null)));

  const connection = new SQLite(path.join(dir, "caravan.sqlite"));
  configureSqlite(connection);
  const database = openSqlite(connection, "time-100k-import");
  await migrateToLatest(database);
  await loadReferenceData(database);
  const kelapa = await exporter(database, { verified: true });
  const source = { open: () => fs.createReadStream(csv, { highWaterMark: 256 * 1024 }) };

  for (const pass of ["first import", "re-run"]) {
    const started = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    const result = await importListingsCsv(kelapa.ctx, source);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const used = process.cpuUsage(cpu);
    const { errors: _errors, ...counts } = result;
    // CPU time next to wall time: on a shared machine the difference is time spent waiting for a core or the disk.
    console.log(
      `${pass}: ${rows} rows (${(fs.statSync(csv).size / 1e6).toFixed(1)} MB) in ${seconds.toFixed(1)} s wall,`,
      `${(used.user / 1e6).toFixed(1)} s user + ${(used.system / 1e6).toFixed(1)} s system CPU,`,
      `rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
      counts,
    );
  }
  await database.close();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
