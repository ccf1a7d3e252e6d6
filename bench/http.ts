/**
 * The search benchmark over HTTP: the real server (bench/http-server.ts, a process of its own) on a free
 * loopback port over the bench database, POST /graphql with the searches of bench/queries.ts.
 *
 *   npm run bench:http                                  SQLite
 *   npm run bench:http -- --pg                          PostgreSQL
 *   npm run bench:http -- --duration 30 --connections 8 --runs 5
 *
 * 1. Latency: one client, one search at a time, every search of every mix (2 untimed warm-up passes,
 *    then --runs timed passes): median and p95 per mix, as in-process, plus HTTP and GraphQL.
 * 2. Throughput: autocannon on loopback, --connections concurrent clients (default 8) cycling through
 *    the same searches for --duration seconds (default 20): requests per second, median and p95.
 * Prints tables and writes bench/results/http-<dialect>-<time>.json.
 */
import { spawn } from "node:child_process";
import readline from "node:readline";
import autocannon from "autocannon";
import { benchOptions } from "./options.js";
import { BENCH_SEARCHES, MIXES, REALISTIC, type BenchSearch } from "./queries.js";
import { machine, percentile, printTable, summarize, writeResult } from "./report.js";

const SEARCH = `query Search($query: String, $filters: ListingSearchFilters, $sort: ListingSort, $first: Int, $after: String) {
  searchListings(query: $query, filters: $filters, sort: $sort, first: $first, after: $after) {
    totalCount totalCountIsExact
    pageInfo { hasNextPage endCursor }
    edges { node { id title hsCode originCountry { code } unit { code } priceFrom { amount currency } moq leadTimeDays sellerVerified } }
  }
}`;

const options = benchOptions(process.argv.slice(2));
const { duration, connections } = options;

const serverArgs = ["--import", "tsx", "bench/http-server.ts", "--processes", String(options.processes), ...(options.pg ? ["--pg", "--pg-url", options.pgUrl] : ["--sqlite", options.sqliteFile])];
const server = spawn(process.execPath, serverArgs, { stdio: ["ignore", "pipe", "inherit"] });
const started = await new Promise<{ port: number; database: string }>((resolve, reject) => {
  server.once("exit", (code) => reject(new Error(`the bench server exited with ${code}`)));
  readline.createInterface({ input: server.stdout! }).once("line", (line) => resolve(JSON.parse(line) as { port: number; database: string }));
});
const url = `http://127.0.0.1:${started.port}/graphql`;

interface Answer {
  data?: { searchListings: { totalCount: number; totalCountIsExact: boolean; pageInfo: { endCursor: string | null }; edges: unknown[] } };
  errors?: { message: string }[];
}

async function post(body: string): Promise<Answer> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  const answer = (await response.json()) as Answer;
  if (!response.ok || answer.errors) throw new Error(`search failed (${response.status}): ${JSON.stringify(answer.errors)}`);
  return answer;
}

try {
  const bodies = new Map<BenchSearch, string>();
  for (const search of BENCH_SEARCHES) {
    let variables = search.args;
    if (search.nextPage) {
      const first = await post(JSON.stringify({ query: SEARCH, variables }));
      variables = { ...variables, after: first.data!.searchListings.pageInfo.endCursor };
    }
    bodies.set(search, JSON.stringify({ query: SEARCH, variables }));
  }

  // 1. Latency, one request at a time.
  const samples = new Map<BenchSearch, number[]>(BENCH_SEARCHES.map((s) => [s, []]));
  for (let pass = 0; pass < 2 + options.runs; pass++) {
    for (const [search, body] of bodies) {
      const t = process.hrtime.bigint();
      await post(body);
      if (pass >= 2) samples.get(search)!.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  }
  const byMix = (mix: string) => BENCH_SEARCHES.filter((s) => s.mix === mix).flatMap((s) => samples.get(s)!);
  const latency = [...MIXES.map((mix) => ({ mix, ...summarize(byMix(mix)) })), { mix: REALISTIC, ...summarize([...samples.values()].flat()) }];
  printTable(
    `POST /graphql searchListings, one at a time, ${started.database}, ${options.runs} timed passes`,
    latency.map((m) => ({ mix: m.mix, samples: m.samples, "median ms": m.medianMs.toFixed(1), "p95 ms": m.p95Ms.toFixed(1), "max ms": m.maxMs.toFixed(1) })),
  );

  // 2. Throughput: one client, then `connections` concurrent ones, over the same searches; during
  // the concurrent load a person signs in now and then (argon2 included), and is timed.
  const load = async (clients: number, whileRunning?: () => Promise<number[]>) => {
    const times: number[] = [];
    let probe: Promise<number[]> = Promise.resolve([]);
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url,
          connections: clients,
          duration,
          requests: [...bodies.values()].map((body) => ({ method: "POST" as const, path: "/graphql", headers: { "content-type": "application/json" }, body })),
        },
        (error, done) => (error ? reject(error as Error) : resolve(done)),
      );
      instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
      if (whileRunning) probe = whileRunning();
    });
    const sorted = times.sort((a, b) => a - b);
    return {
      stats: {
        connections: clients,
        durationSeconds: duration,
        requests: result.requests.total,
        requestsPerSecond: Math.round(result.requests.average * 10) / 10,
        medianMs: Math.round(percentile(sorted, 50) * 10) / 10,
        p95Ms: Math.round(percentile(sorted, 95) * 10) / 10,
        p99Ms: Math.round(percentile(sorted, 99) * 10) / 10,
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
      },
      signIns: await probe,
    };
  };
  const signInsUnderLoad = async (): Promise<number[]> => {
    const times: number[] = [];
    const until = Date.now() + (duration - 2) * 1000;
    await new Promise((r) => setTimeout(r, 1000));
    for (let i = 0; Date.now() < until && i < 20; i++) {
      const body = JSON.stringify({ query: "mutation($input: SignInInput!) { signIn(input: $input) { userErrors { code } } }", variables: { input: { email: `bench-${Date.now()}-${i}@example.com`, password: "not the password" } } });
      const t = process.hrtime.bigint();
      await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body }).then((r) => r.text());
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
      await new Promise((r) => setTimeout(r, 500));
    }
    return times;
  };
  const single = (await load(1)).stats;
  const concurrent = await load(connections, signInsUnderLoad);
  const throughput = concurrent.stats;
  const signIn = summarize(concurrent.signIns);
  const rows = [single, throughput].map((t) => ({
    load: `${t.connections} connection${t.connections === 1 ? "" : "s"}`,
    "req/s": t.requestsPerSecond,
    requests: t.requests,
    "median ms": t.medianMs,
    "p95 ms": t.p95Ms,
    "p99 ms": t.p99Ms,
    "non-2xx": t.non2xx,
    errors: t.errors,
  }));
  printTable(`autocannon: ${duration} s over the ${bodies.size} searches, ${options.processes} server process(es)`, rows);
  console.log(`scaling: ${(throughput.requestsPerSecond / single.requestsPerSecond).toFixed(2)} × the one-client rate`);
  console.log(`sign-in under the ${connections}-connection load: ${signIn.samples} samples, median ${signIn.medianMs.toFixed(1)} ms, p95 ${signIn.p95Ms.toFixed(1)} ms, max ${signIn.maxMs.toFixed(1)} ms`);
  const file = writeResult(`http-${options.pg ? "postgres" : "sqlite"}`, {
    bench: "search over HTTP",
    date: new Date().toISOString(),
    command: `npm run bench:http --${options.pg ? " --pg" : ""} --runs ${options.runs} --duration ${duration} --connections ${connections} --processes ${options.processes}`,
    processes: options.processes,
    database: started.database,
    machine: machine(),
    latency,
    single,
    throughput,
    signInUnderLoad: signIn,
  });
  console.log(`written to ${file}`);
} finally {
  server.kill("SIGTERM");
}
