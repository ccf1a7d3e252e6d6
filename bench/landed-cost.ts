/**
 * Landed cost of one order line, in-process (issue 10 target: median ≤ 1 ms): compliance's
 * landedCost over a migrated SQLite database (built-in indicative tariffs, the demo FX rates), for
 * the lines the trade actually sees: coconuts Port Klang → Gdańsk CIF in PLN, LED lamps Shenzhen →
 * Los Angeles after the US de minimis ended, olive oil Spain → UK, Rwandan coffee → Japan, Chinese
 * tyres → Brazil, a small parcel under the EU's threshold.
 *
 *   npm run bench:landed-cost                 (--runs N: timed calls per case, default 2000)
 *
 * Prints median and p95 per case and over all, writes bench/results/landed-cost-sqlite-<time>.json.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { openDatabase } from "../db/database.js";
import { migrateToLatest } from "../db/migrate.js";
import { seedDemoFxRates, DEMO_FX_DATE } from "../db/seed/fx-demo.js";
import { landedCost, type LandedCostInput } from "../graph/compliance/service.js";
import { systemContext } from "../graph/runtime.js";
import { machine, printTable, summarize, writeResult } from "./report.js";

const { values } = parseArgs({ options: { runs: { type: "string", default: "2000" } } });
const runs = Number(values.runs);

const money = (amountMinor: number, currency: string) => ({ amountMinor, currency });
const CASES: { name: string; input: LandedCostInput }[] = [
  {
    name: "coconuts MY → PL, CIF, in PLN",
    input: { lines: [{ hsCode: "080119", originCountry: "MY", value: money(4_720_000, "MYR") }], incoterm: "CIF", destinationCountry: "PL", currency: "PLN", freightInPrice: money(1_850_000, "MYR") },
  },
  {
    name: "LED lamps CN → US, FOB, in USD",
    input: { lines: [{ hsCode: "853950", originCountry: "CN", value: money(1_240_000, "USD") }], incoterm: "FOB", destinationCountry: "US", freight: money(210_000, "USD"), insurance: money(9_000, "USD") },
  },
  {
    name: "olive oil ES → GB, DAP, in GBP",
    input: { lines: [{ hsCode: "150910", originCountry: "ES", value: money(690_000, "EUR") }], incoterm: "DAP", destinationCountry: "GB", currency: "GBP", freightInPrice: money(45_000, "EUR"), proofOfOrigin: true },
  },
  {
    name: "coffee RW → JP, FCA, in JPY",
    input: { lines: [{ hsCode: "090111", originCountry: "RW", value: money(3_720_000, "USD") }], incoterm: "FCA", destinationCountry: "JP", currency: "JPY", freight: money(380_000, "USD") },
  },
  {
    name: "tyres CN → BR, CFR, in BRL",
    input: { lines: [{ hsCode: "401110", originCountry: "CN", value: money(2_560_000, "USD") }], incoterm: "CFR", destinationCountry: "BR", currency: "BRL", freightInPrice: money(240_000, "USD"), insurance: money(12_000, "USD") },
  },
  {
    name: "a parcel of tea CN → DE, DDP, in EUR",
    input: { lines: [{ hsCode: "090230", originCountry: "CN", value: money(9_500, "CNY") }], incoterm: "DDP", destinationCountry: "DE", currency: "EUR", freightInPrice: money(2_000, "CNY") },
  },
];

const database = openDatabase(":memory:");
await migrateToLatest(database);
await seedDemoFxRates(database);
const ctx = { ...systemContext(database), now: () => new Date(`${DEMO_FX_DATE}T12:00:00Z`) };

const rows = [];
const all: number[] = [];
for (const c of CASES) {
  for (let i = 0; i < 200; i++) await landedCost(ctx, c.input);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await landedCost(ctx, c.input);
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  all.push(...samples);
  rows.push({ case: c.name, ...summarize(samples) });
}
const overall = summarize(all);
const load = os.loadavg()[0]!.toFixed(1);
printTable(`landedCost, one line, in-process on SQLite, ${runs} calls per case, load ${load}`, [
  ...rows.map((r) => ({ case: r.case, "median ms": r.medianMs.toFixed(3), "p95 ms": r.p95Ms.toFixed(3), "max ms": r.maxMs.toFixed(2) })),
  { case: "all", "median ms": overall.medianMs.toFixed(3), "p95 ms": overall.p95Ms.toFixed(3), "max ms": overall.maxMs.toFixed(2) },
]);
const file = writeResult("landed-cost-sqlite", { bench: "landed cost of one line", date: new Date().toISOString(), command: `npm run bench:landed-cost -- --runs ${runs}`, machine: machine(), cases: rows, overall });
console.log(`written to ${file}`);
await database.close();
