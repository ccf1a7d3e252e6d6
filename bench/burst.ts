/**
 * The burst (issue 10): orders placed over HTTP /graphql by concurrent clients with API tokens,
 * against a few hundred listings, into real server processes (bench/burst-server.ts), then checked
 * straight in the database: every acknowledged order exactly once, nothing oversold, ledger balanced.
 *
 *   npm run bench:burst                                 170,000 orders, SQLite (synchronous=FULL)
 *   npm run bench:burst -- --pg                         the same on PostgreSQL (a fresh schema)
 *   npm run bench:burst -- --crash                      kill -9 the server halfway, restart it, clients retry
 *   npm run bench:burst -- --pg --servers 2             two server processes on one PostgreSQL
 *   npm run bench:burst -- --orders 20000 --clients 64 --listings 300
 *
 * One order in 20 is sent again under its key after its answer (a lost response), one in 200 is
 * confirmed by its seller and paid into escrow (sandbox). Prints a table and writes
 * bench/results/burst-<dialect>-<time>.json.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { openDatabase, openPostgres, type Database } from "../db/database.js";
import { migrateToLatest } from "../db/migrate.js";
import { runBurst, startBurstServer, type BurstServer } from "./burst-client.js";
import { checkBurst, planOrders, seedBurstWorld } from "./burst-world.js";
import { DEFAULT_PG_URL } from "./options.js";
import { machine, percentile, printTable, writeResult } from "./report.js";

const { values } = parseArgs({
  options: {
    pg: { type: "boolean", default: false },
    "pg-url": { type: "string" },
    orders: { type: "string", default: "170000" },
    listings: { type: "string", default: "300" },
    clients: { type: "string", default: "64" },
    buyers: { type: "string", default: "16" },
    servers: { type: "string", default: "1" },
    crash: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    profile: { type: "boolean", default: false },
  },
});
const orderCount = Number(values.orders);
const listingCount = Number(values.listings);
const clients = Number(values.clients);
const buyers = Number(values.buyers);
const serverCount = Number(values.servers);
const dialect = values.pg ? "postgres" : "sqlite";
if (serverCount > 1 && !values.pg) throw new Error("--servers 2 needs --pg: SQLite is one file on one machine, served by one process");
const pgUrl = values["pg-url"] ?? process.env.BENCH_PG_URL ?? DEFAULT_PG_URL;

const loadBefore = os.loadavg();
const runName = `burst${Date.now().toString(36)}`;
let database: Database;
let serverArgs: string[];
let dropSchema: (() => Promise<void>) | null = null;
if (values.pg) {
  const schema = `burst_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  await admin.end();
  database = openPostgres(pgUrl, { schema, max: 4 });
  serverArgs = ["--pg-url", pgUrl, "--schema", schema, "--pool", "10"];
  dropSchema = async () => {
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    await client.query(`DROP SCHEMA "${schema}" CASCADE`);
    await client.end();
  };
} else {
  const file = path.resolve("bench/data/burst.sqlite");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  database = openDatabase(file);
  serverArgs = ["--sqlite", file];
}
await migrateToLatest(database);

const seedStarted = performance.now();
// Enough stock for nearly every order; one listing in ten is scarce and sells out during the burst.
const stock = Math.ceil((orderCount * 2) / listingCount);
const world = await seedBurstWorld(database, { listings: listingCount, stock, buyers, tokensPerBuyer: Math.max(1, Math.ceil(clients / buyers)) });
console.log(`world: ${listingCount} listings (stock ${stock}, one in ten scarce), ${buyers} buyers, ${clients} clients, seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);
const orders = planOrders(world, orderCount, runName);
const sellerOf = new Map(world.listings.map((l) => [l.id, l.sellerOrganisationId]));

const env = { RUN_JOBS: "false" };
// --profile: each server writes a V8 CPU profile when it stops (open it in Chrome DevTools or speedscope).
const nodeArgs = values.profile ? ["--cpu-prof", "--cpu-prof-dir", path.resolve("bench/data/profiles")] : [];
const servers: BurstServer[] = [];
for (let s = 0; s < serverCount; s++) servers.push(await startBurstServer(serverArgs, env, nodeArgs));
const cpuAtStart = servers.map((s) => s.cpuSeconds() ?? 0);
let cpuSpent = 0;
const peaks = servers.map(() => 0);
const samplePeaks = () => servers.forEach((s, i) => (peaks[i] = Math.max(peaks[i]!, s.peakRssMb() ?? 0)));
let clientPeakMb = 0;

let crash: Promise<void> | null = null;
let crashedAt: number | null = null;
let answeredSoFar = 0;
const progress = setInterval(() => {
  samplePeaks();
  clientPeakMb = Math.max(clientPeakMb, Math.round(process.memoryUsage().rss / 1e6));
  console.log(`  ${answeredSoFar} of ${orderCount} answered, load ${os.loadavg()[0]!.toFixed(1)}`);
}, 5000);

const run = await runBurst({
  orders,
  clients,
  urlFor: (client) => servers[client % servers.length]!.url,
  replayEvery: 20,
  payEvery: 200,
  sellerTokenOf: (listingId) => world.sellerTokens.get(sellerOf.get(listingId)!)!,
  onAnswered: (answered) => {
    answeredSoFar = answered;
    if (!values.crash || crash || answered < orderCount / 2) return;
    crashedAt = answered;
    crash = (async () => {
      const dead = servers[0]!;
      samplePeaks();
      cpuSpent += (dead.cpuSeconds() ?? 0) - cpuAtStart[0]!;
      cpuAtStart[0] = 0;
      await dead.kill9();
      console.log(`  killed server ${dead.pid} with -9 after ${answered} answers; restarting`);
      servers[0] = await startBurstServer([...serverArgs, "--port", String(dead.port)], env, nodeArgs);
    })();
  },
});
await crash;
clearInterval(progress);
samplePeaks();
servers.forEach((s, i) => (cpuSpent += (s.cpuSeconds() ?? 0) - cpuAtStart[i]!));
const loadAfter = os.loadavg();

const check = await checkBurst(database, world, runName, run.acknowledged);
for (const server of servers) await server.stop();
await database.close();
if (dropSchema && !values.keep) await dropSchema();

const sorted = [...run.latenciesMs].sort((a, b) => a - b);
const round = (n: number) => Math.round(n * 10) / 10;
const figures = {
  orders: orderCount,
  answered: run.acknowledged.size + run.refused.size,
  created: run.acknowledged.size,
  refusedSoldOut: run.refused.size,
  seconds: round(run.seconds),
  answeredPerSecond: round((run.acknowledged.size + run.refused.size) / run.seconds),
  createdPerSecond: round(run.acknowledged.size / run.seconds),
  p50Ms: round(percentile(sorted, 50)),
  p95Ms: round(percentile(sorted, 95)),
  p99Ms: round(percentile(sorted, 99)),
  requests: run.requests,
  resent: run.resent,
  replays: run.replays,
  replaysWrong: run.replaysWrong,
  paid: run.paid,
  unexpected: run.unexpected.length,
  serverPeakRssMb: peaks,
  /** Server CPU time per answered order: what the write path costs, whatever else the machine runs. */
  serverCpuMsPerOrder: round((cpuSpent * 1000) / (run.acknowledged.size + run.refused.size)),
  clientPeakRssMb: clientPeakMb,
};
const guarantees = {
  acknowledgedMissingOrChanged: check.missingOrChanged.length,
  unacknowledgedOrders: check.unacknowledged,
  ordersStored: check.ordersStored,
  stockMismatches: check.stockMismatches.length,
  ledgerEntries: check.ledgerEntries,
  unbalancedOrders: check.unbalancedOrders.length,
  escrowMatchesPayments: check.escrowByLedger === check.escrowByPayments,
};
const held =
  guarantees.acknowledgedMissingOrChanged === 0 &&
  guarantees.unacknowledgedOrders === 0 &&
  guarantees.stockMismatches === 0 &&
  guarantees.unbalancedOrders === 0 &&
  guarantees.escrowMatchesPayments &&
  run.replaysWrong === 0 &&
  run.unexpected.length === 0;

const variant = [dialect, values.crash ? "crash" : null, serverCount > 1 ? `${serverCount} servers` : null].filter(Boolean).join(", ");
printTable(`burst of ${orderCount} orders over HTTP, ${variant}, ${clients} clients, load ${loadBefore[0]!.toFixed(1)} → ${loadAfter[0]!.toFixed(1)}`, [
  {
    seconds: figures.seconds,
    "answered/s": figures.answeredPerSecond,
    "created/s": figures.createdPerSecond,
    created: figures.created,
    "sold out": figures.refusedSoldOut,
    "p50 ms": figures.p50Ms,
    "p95 ms": figures.p95Ms,
    "p99 ms": figures.p99Ms,
    "server peak MB": peaks.join(" + "),
    "server CPU ms/order": figures.serverCpuMsPerOrder,
    resent: figures.resent,
  },
]);
printTable("guarantees", [{ ...guarantees, escrowMatchesPayments: String(guarantees.escrowMatchesPayments), held: String(held) }]);
if (run.unexpected.length) console.log("unexpected answers (first 10):", run.unexpected.slice(0, 10));

const file = writeResult(`burst-${dialect}${values.crash ? "-crash" : ""}${serverCount > 1 ? `-${serverCount}servers` : ""}`, {
  bench: "burst of orders over HTTP",
  date: new Date().toISOString(),
  command: `npm run bench:burst --${values.pg ? " --pg" : ""}${values.crash ? " --crash" : ""}${serverCount > 1 ? ` --servers ${serverCount}` : ""} --orders ${orderCount} --clients ${clients} --listings ${listingCount}`,
  synchronous: dialect === "sqlite" ? "FULL" : "PostgreSQL default (fsync on commit)",
  crashedAfterAnswers: crashedAt,
  machine: { ...machine(), loadAverageBefore: loadBefore.map(round), loadAverageAfter: loadAfter.map(round) },
  figures,
  guarantees: { ...guarantees, held },
});
console.log(`written to ${file}`);
process.exit(held ? 0 : 1);
