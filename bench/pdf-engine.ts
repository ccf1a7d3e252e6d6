/**
 * The PDF engine on a 50-line invoice table with Chinese, Arabic and Latin text (each document
 * differs in its numbers, so shaping and subsetting are not all cache hits): median and p95 time
 * to generate after warm-up, file size, and a batch of documents with its peak memory.
 *
 *   npx tsx bench/pdf-engine.ts [documents=200]
 */
import os from "node:os";
import { drawTable, finishPages, Flow, MARGIN } from "../graph/documents/pdf/layout.js";
import { ltr } from "../graph/documents/pdf/text.js";
import { PdfWriter } from "../graph/documents/pdf/writer.js";

const DESCRIPTIONS = [
  "Desiccated coconut, fine grade, 25 kg kraft bags",
  "椰子干 细粒 每袋25公斤 上海市浦东新区世纪大道100号",
  "جوز الهند المجفف، درجة ناعمة، أكياس 25 كغ",
  "Virgin coconut oil, cold pressed, 190 kg drums",
  "Kokosöl — Zakład Przetwórstwa, Łódź",
];

async function invoice(n: number): Promise<Uint8Array> {
  const writer = await PdfWriter.create();
  const flow = new Flow(writer, (w) => ({ canvas: w.addPage(), y: MARGIN }));
  writer.text(flow.canvas, `شركة الضوء للتجارة — ${ltr(`CI-2026-${String(n).padStart(6, "0")}`)}`, MARGIN, flow.y + 12, { size: 12 });
  flow.y += 24;
  const rows = Array.from({ length: 50 }, (_, i) => [
    ltr(String(i + 1)),
    DESCRIPTIONS[i % DESCRIPTIONS.length] ?? "",
    ltr("0801.11"),
    ltr(`${(i + 1) * 100} KGM`),
    ltr(`${((n * 7 + i * 13) % 1000) + 1}.50`),
    ltr(`${(((n * 7 + i * 13) % 1000) + 1) * 100}.00 PLN`),
  ]);
  drawTable(
    flow,
    [
      { label: { en: "Item" }, share: 0.6 },
      { label: { en: "Description", second: "الوصف" }, share: 5 },
      { label: { en: "HS code" }, share: 1.3 },
      { label: { en: "Quantity" }, share: 1.4, align: "right" },
      { label: { en: "Unit price" }, share: 1.3, align: "right" },
      { label: { en: "Amount" }, share: 2, align: "right" },
    ],
    rows,
  );
  finishPages(writer, (canvas, page, pages) => writer.text(canvas, `Page ${page} of ${pages}`, MARGIN, 815, { size: 7 }));
  return writer.finish({ date: new Date("2026-12-06T00:00:00Z") });
}

const batch = Number(process.argv[2] ?? 200);
const cold = performance.now();
await invoice(0);
const coldMs = performance.now() - cold;
for (let i = 1; i <= 10; i++) await invoice(i);
const times: number[] = [];
let size = 0;
for (let i = 0; i < 50; i++) {
  const t = performance.now();
  size = (await invoice(100 + i)).length;
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
let peak = process.memoryUsage().rss;
const start = performance.now();
for (let i = 0; i < batch; i++) {
  await invoice(1000 + i);
  if (i % 20 === 0) peak = Math.max(peak, process.memoryUsage().rss);
}
const seconds = (performance.now() - start) / 1000;
console.log(
  JSON.stringify({
    date: new Date().toISOString(),
    machine: { nproc: os.cpus().length, cpu: os.cpus()[0]?.model, loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10) },
    coldMs: Math.round(coldMs),
    medianMs: Math.round((times[25] ?? 0) * 10) / 10,
    p95Ms: Math.round((times[47] ?? 0) * 10) / 10,
    sizeBytes: size,
    batch: { documents: batch, perSecond: Math.round((batch / seconds) * 10) / 10, peakRssMb: Math.round(peak / 1e6) },
  }),
);
