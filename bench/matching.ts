/**
 * Times matchesForRequest (a buyer's request → its top 20 active listings with reasons) over the bench
 * database: the "matches for one request, top 20, p95 ≤ 100 ms" figure.
 *
 *   npm run bench:matching               SQLite
 *   npm run bench:matching -- --pg       PostgreSQL
 *   npm run bench:matching -- --sample 100 --runs 5
 *
 * --sample open requests spread evenly over the 100,000 (default 50), each timed --runs times (default 5)
 * after one untimed warm-up pass, as its buyer (an API token of the buyer's organisation).
 */
import { serviceContext } from "../graph/runtime.js";
import { matchesForRequest } from "../graph/matching/service.js";
import { benchDataSize, openBenchDatabase } from "./database.js";
import { benchOptions } from "./options.js";
import { machine, printTable, summarize, writeResult } from "./report.js";

const TARGET_P95_MS = 100;
const options = benchOptions(process.argv.slice(2));
const database = await openBenchDatabase(options);

const open = await database.db.selectFrom("sourcing_requests").select(["id", "organisation_id", "hs_code"]).where("status", "=", "open").orderBy("id").execute();
const step = Math.max(1, Math.floor(open.length / options.sample));
const sample = open.filter((_r, i) => i % step === 0).slice(0, options.sample);

const samples: number[] = [];
const withHs: number[] = [];
const withoutHs: number[] = [];
let matched = 0;
for (let pass = 0; pass < 1 + options.runs; pass++) {
  for (const request of sample) {
    const ctx = serviceContext(database, { viewer: { kind: "token", tokenId: "bench", organisationId: request.organisation_id } });
    const t = process.hrtime.bigint();
    const matches = await matchesForRequest(ctx, request.id, 20);
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (pass === 0) {
      matched += matches.length;
      continue;
    }
    samples.push(ms);
    (request.hs_code ? withHs : withoutHs).push(ms);
  }
}

const size = await benchDataSize(database);
const rows = [
  { requests: "all sampled", ...summarize(samples) },
  { requests: "with an HS code", ...summarize(withHs) },
  { requests: "words only (no HS code)", ...summarize(withoutHs) },
];
printTable(
  `matchesForRequest top 20, ${database.dialect}, ${size.activeListings.toLocaleString("en")} active listings, ${sample.length} requests × ${options.runs}`,
  rows.map((r) => ({ requests: r.requests, samples: r.samples, "median ms": r.medianMs.toFixed(1), "p95 ms": r.p95Ms.toFixed(1), "max ms": r.maxMs.toFixed(1) })),
);
console.log(`\n${(matched / sample.length).toFixed(1)} matches per request on average; p95 ${rows[0]!.p95Ms} ms (target ≤ ${TARGET_P95_MS}): ${rows[0]!.p95Ms <= TARGET_P95_MS ? "meets" : "MISSES"} the target`);
const file = writeResult(`matching-${database.dialect}`, {
  bench: "matches for one request",
  date: new Date().toISOString(),
  command: `npm run bench:matching --${options.pg ? " --pg" : ""} --sample ${options.sample} --runs ${options.runs}`,
  database: database.description,
  dataSize: size,
  machine: machine(),
  targetP95Ms: TARGET_P95_MS,
  results: rows,
});
console.log(`written to ${file}`);
await database.close();
