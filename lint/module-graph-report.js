// @ts-check
/**
 * Prints the import graph of graph/ as counted in docs/architecture.md:
 *   node lint/module-graph-report.js [graph dir] [--modules a,b,c]
 * "module imports" are import statements from one module's file to another module's file;
 * "module edges" are distinct ordered pairs of modules with at least one.
 */
import path from "node:path";
import { cycles, importGraph } from "./module-graph.js";

const args = process.argv.slice(2);
const graphDir = path.resolve(args.find((a) => !a.startsWith("--")) ?? "graph");
const { parts, fileEdges } = importGraph(graphDir);
const NOT_MODULES = new Set(["shared", "api", "context", "errors", "schema", "runtime", "subscriptions", "media"]);
const modules = parts.filter((p) => !NOT_MODULES.has(p));
const between = fileEdges.filter((e) => modules.includes(e.from) && modules.includes(e.to));
const pairs = (/** @type {{from: string; to: string}[]} */ edges) => new Set(edges.map((e) => `${e.from} -> ${e.to}`));

console.log(`parts of graph/ (generated code aside): ${parts.length} (${modules.length} modules: ${modules.join(", ")})`);
console.log(`part-to-part edges: ${pairs(fileEdges).size} of ${parts.length * (parts.length - 1)} possible`);
console.log(`module-to-module imports: ${between.length}; distinct module edges: ${pairs(between).size}`);
const groups = cycles(fileEdges);
console.log(`cycles: ${groups.length ? groups.map((g) => g.join(" ⇄ ")).join("; ") : "none"}`);
const counts = new Map();
for (const e of between) counts.set(`${e.from} -> ${e.to}`, (counts.get(`${e.from} -> ${e.to}`) ?? 0) + 1);
for (const [pair, n] of [...counts].sort()) console.log(`  ${pair}: ${n}`);
