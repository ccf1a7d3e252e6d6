/**
 * Shipping options for one lane, in-process (issue 10 target: ≤ 1 ms): logistics' shippingOptions
 * over a migrated SQLite database with the built-in lanes and warehouses, for consignments the
 * platform carries: two reefers of coconuts MY → PL, a pallet of LED lamps CN → CL, a carton CN → MX,
 * olive oil ES → FR, coffee samples RW → DE by express, grain RU → SA, and a listing stocked in Madrid.
 *
 *   npm run bench:shipping-options            (--runs N: timed calls per case, default 2000)
 *
 * Prints median and p95 per case and over all, writes bench/results/shipping-options-sqlite-<time>.json.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { openDatabase } from "../db/database.js";
import { migrateToLatest } from "../db/migrate.js";
import { shippingOptions, type ShippingOptionsInput } from "../graph/logistics/service.js";
import { systemContext } from "../graph/runtime.js";
import { machine, printTable, summarize, writeResult } from "./report.js";

const { values } = parseArgs({ options: { runs: { type: "string", default: "2000" } } });
const runs = Number(values.runs);

const CASES: { name: string; input: ShippingOptionsInput }[] = [
  { name: "coconuts MY → PL, 2 × 40' reefer (41.2 t, 96 m³)", input: { origin: "MY", destination: "PL", weightKg: 41_200, volumeM3: 96, readyOn: "2026-12-07" } },
  { name: "LED lamps CN → CL, one pallet (320 kg, 1.6 m³)", input: { origin: "CN", destination: "CL", weightKg: 320, volumeM3: 1.6, readyOn: "2026-12-10" } },
  { name: "a carton CN → MX (12 kg, 0.08 m³)", input: { origin: "CN", destination: "MX", weightKg: 12, volumeM3: 0.08, readyOn: "2026-12-11" } },
  { name: "olive oil ES → FR, 2 pallets (1.9 t, 2.4 m³)", input: { origin: "ES", destination: "FR", weightKg: 1_900, volumeM3: 2.4, readyOn: "2026-12-08" } },
  { name: "coffee samples RW → DE (3 kg, 0.02 m³)", input: { origin: "RW", destination: "DE", weightKg: 3, volumeM3: 0.02, readyOn: "2026-12-12" } },
  { name: "wheat RU → SA, 25 t", input: { origin: "RU", destination: "SA", weightKg: 25_000, volumeM3: 33, readyOn: "2026-12-09" } },
];

const database = openDatabase(":memory:");
await migrateToLatest(database);
const ctx = systemContext(database);

const rows = [];
const all: number[] = [];
for (const c of CASES) {
  const options = await shippingOptions(ctx, c.input);
  for (let i = 0; i < 200; i++) await shippingOptions(ctx, c.input);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await shippingOptions(ctx, c.input);
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  all.push(...samples);
  rows.push({ case: c.name, options: options.length, ...summarize(samples) });
}
const overall = summarize(all);
const load = os.loadavg()[0]!.toFixed(1);
printTable(`shippingOptions, one lane, in-process on SQLite, ${runs} calls per case, load ${load}`, [
  ...rows.map((r) => ({ case: r.case, options: r.options, "median ms": r.medianMs.toFixed(3), "p95 ms": r.p95Ms.toFixed(3), "max ms": r.maxMs.toFixed(2) })),
  { case: "all", options: "", "median ms": overall.medianMs.toFixed(3), "p95 ms": overall.p95Ms.toFixed(3), "max ms": overall.maxMs.toFixed(2) },
]);
const file = writeResult("shipping-options-sqlite", { bench: "shipping options of one lane", date: new Date().toISOString(), command: `npm run bench:shipping-options -- --runs ${runs}`, machine: machine(), cases: rows, overall });
console.log(`written to ${file}`);
await database.close();
