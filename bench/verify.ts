/**
 * Verifying an uploaded PDF, as /verify does: find the document id in the file, read its row, hash
 * the bytes (SHA-256), check the Ed25519 signature against the platform's key. Over the demo world's
 * four issued documents (commercial invoice, packing list, certificate of origin, bill of lading),
 * in a fresh SQLite file, each verified --runs times after a warm-up.
 *
 *   npm run bench:verify -- --runs 200
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../db/database.js";
import { migrateToLatest } from "../db/migrate.js";
import { seedDemoWorld } from "../db/seed/index.js";
import { ownerContext } from "../db/seed/marketplace.js";
import { documentFile } from "../graph/documents/service.js";
import { verifyDocumentBytes } from "../graph/documents/verify.js";
import { systemContext } from "../graph/runtime.js";
import { machine, printTable, summarize, writeResult } from "./report.js";

const argv = process.argv.slice(2);
const runs = Number(argv[argv.indexOf("--runs") + 1] ?? 200) || 200;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "caravan-verify-"));
const database = openDatabase(path.join(dir, "verify.sqlite"));
await migrateToLatest(database);
await seedDemoWorld(database);
const system = systemContext(database);
const rows = await database.db.selectFrom("documents").select(["id", "kind"]).execute();
// The seller downloads what it issued; the bench then uploads those bytes for checking.
const seller = await ownerContext(system, "aminah@kelapa-nusantara.example");
const files = await Promise.all(rows.map(async (r) => ({ kind: r.kind, bytes: (await documentFile(seller, r.id, "pdf")).bytes })));

const samples = new Map<string, number[]>(files.map((f) => [f.kind, []]));
for (let pass = 0; pass < 20 + runs; pass++) {
  for (const file of files) {
    const t = process.hrtime.bigint();
    const result = await verifyDocumentBytes(system, file.bytes);
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (result.verdict !== "genuine") throw new Error(`${file.kind} verified as ${result.verdict}`);
    if (pass >= 20) samples.get(file.kind)!.push(ms);
  }
}
const results = [...samples].map(([kind, times]) => ({ kind, kb: Math.round(files.find((f) => f.kind === kind)!.bytes.length / 1024), ...summarize(times) }));
const all = summarize([...samples.values()].flat());
printTable(`verifyDocumentBytes, ${runs} timed passes after 20`, [
  ...results.map((r) => ({ document: r.kind, "size KB": r.kb, "median ms": r.medianMs.toFixed(2), "p95 ms": r.p95Ms.toFixed(2), "max ms": r.maxMs.toFixed(2) })),
  { document: "all", "size KB": "", "median ms": all.medianMs.toFixed(2), "p95 ms": all.p95Ms.toFixed(2), "max ms": all.maxMs.toFixed(2) },
]);
const file = writeResult("verify-sqlite", { bench: "verify an uploaded PDF", date: new Date().toISOString(), command: `npm run bench:verify -- --runs ${runs}`, machine: machine(), results, all });
console.log(`written to ${file}`);
await database.close();
fs.rmSync(dir, { recursive: true, force: true });
