import path from "node:path";

export interface BenchOptions {
  pg: boolean;
  sqliteFile: string;
  pgUrl: string;
  listings: number;
  requests: number;
  /** Timed passes over the searches (after the warm-up). */
  runs: number;
  /** HTTP bench: seconds of load and concurrent connections. */
  duration: number;
  connections: number;
  /** HTTP bench: server processes sharing the port (CARAVAN_PROCESSES of npm start). */
  processes: number;
  /** Matching bench: how many open requests to time. */
  sample: number;
}

export const DEFAULT_SQLITE_FILE = path.resolve("bench/data/bench.sqlite");
export const DEFAULT_PG_URL = "postgres://postgres@127.0.0.1:5432/caravan_bench";

/**
 * `--pg`, `--sqlite FILE`, `--pg-url URL` (or env BENCH_PG_URL), `--listings N`, `--requests N` (seed),
 * `--runs N`, `--duration S`, `--connections N`, `--processes N`, `--sample N` (benches).
 */
export function benchOptions(argv: string[]): BenchOptions {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const number = (flag: string, fallback: number) => {
    const raw = value(flag);
    const n = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a positive whole number, got ${raw}`);
    return n;
  };
  return {
    pg: argv.includes("--pg"),
    sqliteFile: path.resolve(value("--sqlite") ?? DEFAULT_SQLITE_FILE),
    pgUrl: value("--pg-url") ?? process.env.BENCH_PG_URL ?? DEFAULT_PG_URL,
    listings: number("--listings", 1_000_000),
    requests: number("--requests", 100_000),
    runs: number("--runs", 5),
    duration: number("--duration", 20),
    connections: number("--connections", 8),
    processes: number("--processes", 1),
    sample: number("--sample", 50),
  };
}
