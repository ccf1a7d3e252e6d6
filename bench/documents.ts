/**
 * A 50-line commercial invoice with Chinese, Arabic and Latin text through renderDocument (PDF
 * with its embedded UBL): median and p95 after warm-up, file size, and a batch of documents with
 * documents per second and peak memory. Each document has its own number and prices, so shaping
 * of amounts and the font subsets are not all cache hits.
 *
 *   npm run bench:documents -- [batch=1000]
 */
import os from "node:os";
import { renderDocument } from "../graph/documents/types/index.js";
import { coconutSnapshot, issueMeta } from "../test/documents/coconut.js";

const base = coconutSnapshot({}, 50);

function invoice(n: number) {
  const lines = base.lines.map((line) => {
    const unitPriceMinor = line.unitPriceMinor + ((n * 7 + line.lineNo * 13) % 100);
    return { ...line, unitPriceMinor, amountMinor: unitPriceMinor * Number(line.quantity) };
  });
  const number = `CI-2026-${String(n).padStart(6, "0")}`;
  return renderDocument("commercial_invoice", { ...base, lines }, issueMeta(number, { documentId: `doc_bench_${n}` }));
}

const batch = Number(process.argv[2] ?? 1000);
const load = () => os.loadavg().map((l) => Math.round(l * 10) / 10);
const loadBefore = load();
const cold = performance.now();
await invoice(0);
const coldMs = performance.now() - cold;
for (let i = 1; i <= 20; i++) await invoice(i);
const times: number[] = [];
let size = 0;
let pages = 0;
for (let i = 0; i < 100; i++) {
  const t = performance.now();
  const { pdf } = await invoice(100 + i);
  times.push(performance.now() - t);
  size = pdf.length;
  pages = (Buffer.from(pdf).toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;
}
times.sort((a, b) => a - b);
let peak = process.memoryUsage().rss;
const cpuStart = process.cpuUsage();
const start = performance.now();
for (let i = 0; i < batch; i++) {
  await invoice(1000 + i);
  if (i % 20 === 0) peak = Math.max(peak, process.memoryUsage().rss);
}
const seconds = (performance.now() - start) / 1000;
// CPU time per document: on a shared machine it moves far less with the load than wall time.
const cpu = process.cpuUsage(cpuStart);
const round = (v: number) => Math.round(v * 10) / 10;
console.log(
  JSON.stringify({
    date: new Date().toISOString(),
    machine: { nproc: os.cpus().length, cpu: os.cpus()[0]?.model, loadAverage: { before: loadBefore, after: load() } },
    document: { lines: base.lines.length, pages, sizeBytes: size },
    coldMs: Math.round(coldMs),
    medianMs: round(times[50] ?? 0),
    p95Ms: round(times[95] ?? 0),
    batch: { documents: batch, seconds: round(seconds), perSecond: round(batch / seconds), cpuMsPerDocument: round((cpu.user + cpu.system) / 1000 / batch), peakRssMb: Math.round(peak / 1e6) },
  }),
);
