// @ts-check
/**
 * The import graph of graph/, by part: each folder of graph/ is one part (a module, `shared`, or
 * `__generated__`), and each file at graph/'s top level is a part of its own (api.ts, context.ts…).
 * Type-only imports count: a cycle of types still ties two modules together. graph/__generated__
 * is left out: codegen's resolver types import every module's mapper types and every resolvers
 * file imports them back, by construction.
 * Used by the `caravan/no-module-cycles` lint rule and by `npm run lint:modules` (the counts in
 * docs/architecture.md).
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const SOURCE = /\.(ts|tsx)$/;
const GENERATED = "__generated__";

/** @param {string} dir @returns {string[]} */
function sourceFiles(dir) {
  /** @type {string[]} */
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (SOURCE.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(full);
  }
  return out;
}

/** The part of graph/ a file belongs to, or null outside graph/. @param {string} graphDir @param {string} file */
export function partOf(graphDir, file) {
  const rel = path.relative(graphDir, file);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return null;
  const [first, ...rest] = rel.split(path.sep);
  return rest.length ? first : first.replace(SOURCE, "");
}

/**
 * @typedef {{ from: string; to: string; fromFile: string; toFile: string }} FileEdge
 * @param {string} graphDir absolute path of graph/
 * @returns {{ parts: string[]; fileEdges: FileEdge[] }}
 */
export function importGraph(graphDir) {
  /** @type {FileEdge[]} */
  const fileEdges = [];
  const parts = new Set();
  for (const file of sourceFiles(graphDir)) {
    const from = partOf(graphDir, file);
    if (!from || from === GENERATED) continue;
    parts.add(from);
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith(".")) continue;
      const target = path.resolve(path.dirname(file), fileName).replace(/\.js$/, ".ts");
      const to = partOf(graphDir, target);
      if (to && to !== from && to !== GENERATED) fileEdges.push({ from, to, fromFile: file, toFile: target });
    }
  }
  return { parts: [...parts].sort(), fileEdges };
}

/** Strongly connected parts (Tarjan): every group of two or more parts that reach each other. @param {{from: string; to: string}[]} edges */
export function cycles(edges) {
  /** @type {Map<string, Set<string>>} */
  const next = new Map();
  for (const { from, to } of edges) {
    if (!next.has(from)) next.set(from, new Set());
    if (!next.has(to)) next.set(to, new Set());
    next.get(from)?.add(to);
  }
  let index = 0;
  /** @type {Map<string, number>} */ const order = new Map();
  /** @type {Map<string, number>} */ const low = new Map();
  /** @type {string[]} */ const stack = [];
  const onStack = new Set();
  /** @type {string[][]} */ const groups = [];
  /** @param {string} v */
  const visit = (v) => {
    order.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(/** @type {number} */ (low.get(v)), /** @type {number} */ (low.get(w))));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(/** @type {number} */ (low.get(v)), /** @type {number} */ (order.get(w))));
      }
    }
    if (low.get(v) === order.get(v)) {
      /** @type {string[]} */ const group = [];
      let w;
      do {
        w = /** @type {string} */ (stack.pop());
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const v of [...next.keys()].sort()) if (!order.has(v)) visit(v);
  return groups;
}
