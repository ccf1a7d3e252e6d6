/**
 * Prints the newest result of every bench (bench/results/*.json) as the Markdown tables of
 * docs/benchmarks.md, so figures re-measured on a quiet machine go into the docs unchanged:
 *
 *   npm run bench:summary > /tmp/figures.md
 */
import fs from "node:fs";
import path from "node:path";

const dir = path.resolve("bench/results");
const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort() : [];

function newest(prefix: string): any | null {
  const file = files.filter((f) => f.startsWith(prefix)).at(-1);
  return file ? JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) : null;
}

const ms = (n: number) => n.toFixed(1);
const lines: string[] = [];
const table = (header: string[], rows: (string | number)[][]) => {
  lines.push(`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`), "");
};
const about = (r: { date: string; command: string; machine: { nproc: number; cpu: string; ramGb: number; loadAverage: number[] } }) =>
  lines.push(`\`${r.command}\` — ${r.date.slice(0, 16).replace("T", " ")} UTC, ${r.machine.nproc} × ${r.machine.cpu}, ${r.machine.ramGb} GB, load average at the end ${r.machine.loadAverage.join(" / ")}`, "");

for (const dialect of ["sqlite", "postgres"]) {
  const search = newest(`search-${dialect}-`);
  if (search) {
    lines.push(`### Search in-process, ${dialect} (${search.dataSize.activeListings.toLocaleString("en")} active listings)`, "");
    about(search);
    table(
      ["mix", "searches × passes", "median ms", "p95 ms", "max ms"],
      search.mixes.map((m: { mix: string; samples: number; medianMs: number; p95Ms: number; maxMs: number }) => [m.mix, m.samples, ms(m.medianMs), ms(m.p95Ms), ms(m.maxMs)]),
    );
  }
  const http = newest(`http-${dialect}-`);
  if (http) {
    lines.push(`### Search over HTTP, ${dialect}`, "");
    about(http);
    table(
      ["mix (one request at a time)", "samples", "median ms", "p95 ms", "max ms"],
      http.latency.map((m: { mix: string; samples: number; medianMs: number; p95Ms: number; maxMs: number }) => [m.mix, m.samples, ms(m.medianMs), ms(m.p95Ms), ms(m.maxMs)]),
    );
    const t = http.throughput;
    const loads = [http.single, t].filter(Boolean);
    table(["load", "req/s", "requests", "median ms", "p95 ms", "p99 ms", "non-2xx", "errors"], loads.map((l) => [
      `${l.connections} connection${l.connections === 1 ? "" : "s"}, ${l.durationSeconds} s, ${http.processes ?? 1} process(es)`, l.requestsPerSecond, l.requests, l.medianMs, l.p95Ms, l.p99Ms, l.non2xx, l.errors,
    ]));
    if (http.single) lines.push(`Scaling: ${(t.requestsPerSecond / http.single.requestsPerSecond).toFixed(2)} × the one-client rate.`, "");
    if (http.signInUnderLoad) {
      const s = http.signInUnderLoad;
      lines.push(`A sign-in during the ${t.connections}-connection load (argon2 included): ${s.samples} samples, median ${ms(s.medianMs)} ms, p95 ${ms(s.p95Ms)} ms.`, "");
    }
  }
  const matching = newest(`matching-${dialect}-`);
  if (matching) {
    lines.push(`### Matches for one request, top 20, ${dialect} (${matching.dataSize.activeListings.toLocaleString("en")} active listings, ${matching.dataSize.openRequests.toLocaleString("en")} open requests)`, "");
    about(matching);
    table(
      ["requests", "samples", "median ms", "p95 ms", "max ms"],
      matching.results.map((r: { requests: string; samples: number; medianMs: number; p95Ms: number; maxMs: number }) => [r.requests, r.samples, ms(r.medianMs), ms(r.p95Ms), ms(r.maxMs)]),
    );
  }
  const imported = newest(`import-${dialect}-`);
  if (imported) {
    lines.push(`### CSV import of ${imported.rows.toLocaleString("en")} rows (${imported.badRows} bad), ${dialect}`, "");
    about(imported);
    table(
      ["pass", "seconds", "created", "updated", "rows refused"],
      imported.passes.map((p: { pass: string; seconds: number; created: number; updated: number; failed: number }) => [p.pass, p.seconds, p.created, p.updated, p.failed]),
    );
  }
}
console.log(lines.join("\n"));
