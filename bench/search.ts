/**
 * Times searchListings in-process (the service the GraphQL resolver calls: search plus hydrating the
 * 20 listings of the page) over the bench database, per mix and for the realistic mix.
 *
 *   npm run bench:search               SQLite, bench/data/bench.sqlite
 *   npm run bench:search -- --pg       PostgreSQL, database caravan_bench
 *   npm run bench:search -- --runs 10  more timed passes (default 5, after 2 untimed warm-up passes)
 *
 * Prints a table and writes bench/results/search-<dialect>-<time>.json. Run it on a quiet machine.
 */
import type { Database } from "../db/database.js";
import { serviceContext } from "../graph/runtime.js";
import { searchListings } from "../graph/search/service.js";
import { benchOptions } from "./options.js";
import { BENCH_SEARCHES, MIXES, REALISTIC, type BenchSearch } from "./queries.js";
import { machine, printTable, summarize, writeResult } from "./report.js";
import { benchDataSize, openBenchDatabase } from "./database.js";

const WARM_UP_PASSES = 2;
const TARGET = { medianMs: 20, p95Ms: 50 };

const options = benchOptions(process.argv.slice(2));
const database: Database = await openBenchDatabase(options);
const ctx = serviceContext(database);

// The page after the first needs the first page's cursor, fetched once, untimed.
const searches: BenchSearch[] = [];
for (const search of BENCH_SEARCHES) {
  if (!search.nextPage) {
    searches.push(search);
    continue;
  }
  const first = await searchListings(ctx, search.args);
  searches.push({ ...search, args: { ...search.args, after: first.pageInfo.endCursor } });
}

const samples = new Map<BenchSearch, number[]>(searches.map((s) => [s, []]));
const found = new Map<BenchSearch, { totalCount: string; page: number }>();
for (let pass = 0; pass < WARM_UP_PASSES + options.runs; pass++) {
  for (const search of searches) {
    const started = process.hrtime.bigint();
    const page = await searchListings(ctx, search.args);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (pass >= WARM_UP_PASSES) samples.get(search)!.push(ms);
    found.set(search, { totalCount: `${page.totalCount}${page.totalCountIsExact ? "" : "+"}`, page: page.edges.length });
  }
}

const byMix = (mix: string) => searches.filter((s) => s.mix === mix).flatMap((s) => samples.get(s)!);
const mixes = [...MIXES.map((mix) => ({ mix, ...summarize(byMix(mix)) })), { mix: REALISTIC, ...summarize([...samples.values()].flat()) }];
const perSearch = searches.map((s) => ({ mix: s.mix, search: s.name, ...found.get(s)!, ...summarize(samples.get(s)!) }));

const size = await benchDataSize(database);
printTable(
  `searchListings in-process, ${database.dialect}, ${size.activeListings.toLocaleString("en")} active listings, ${options.runs} timed passes`,
  mixes.map((m) => ({ mix: m.mix, samples: m.samples, "median ms": m.medianMs.toFixed(1), "p95 ms": m.p95Ms.toFixed(1), "max ms": m.maxMs.toFixed(1) })),
);
printTable(
  "per search",
  perSearch.map((s) => ({ mix: s.mix, search: s.search, found: s.totalCount, "median ms": s.medianMs.toFixed(1), "p95 ms": s.p95Ms.toFixed(1) })),
);
const realistic = mixes.at(-1)!;
const meets = realistic.medianMs <= TARGET.medianMs && realistic.p95Ms <= TARGET.p95Ms;
console.log(`\nrealistic mix: median ${realistic.medianMs} ms, p95 ${realistic.p95Ms} ms (target median ≤ ${TARGET.medianMs}, p95 ≤ ${TARGET.p95Ms}): ${meets ? "meets" : "MISSES"} the target`);
const file = writeResult(`search-${database.dialect}`, {
  bench: "search in-process",
  date: new Date().toISOString(),
  command: `npm run bench:search --${options.pg ? " --pg" : ""} --runs ${options.runs}`,
  database: database.description,
  dataSize: size,
  machine: machine(),
  target: TARGET,
  mixes,
  searches: perSearch,
});
console.log(`written to ${file}`);
await database.close();
