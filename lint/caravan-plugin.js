// @ts-check
/**
 * House rules ESLint cannot say with its built-in rules:
 *   caravan/no-foreign-tables  a file in graph/ names only its own module's tables (each module's
 *                              repository is the way in for everyone else);
 *   caravan/no-module-cycles   the parts of graph/ import one another without cycles.
 * Tested on fixtures in test/lint/.
 */
import path from "node:path";
import { cycles, importGraph, partOf } from "./module-graph.js";

/** Kysely methods whose string arguments name a table (or `table as alias`). */
const TABLE_METHODS = new Set([
  "selectFrom", "insertInto", "updateTable", "deleteFrom", "replaceInto", "mergeInto", "using",
  "innerJoin", "leftJoin", "rightJoin", "fullJoin", "innerJoinLateral", "leftJoinLateral", "table",
]);
/** Kysely methods whose string arguments may be `table.column` references. */
const COLUMN_METHODS = new Set([
  "select", "selectAll", "where", "whereRef", "orWhere", "on", "onRef", "orderBy", "groupBy", "having",
  "distinctOn", "returning", "ref", "column", "columns", "onConflict",
]);

/** @param {import("estree").Node | undefined} node */
function calleeName(node) {
  if (!node || node.type !== "CallExpression") return null;
  const callee = node.callee;
  if (callee.type === "MemberExpression" && callee.property.type === "Identifier") return callee.property.name;
  return null;
}

/** @param {string} text @param {Map<string, string>} ownerOf @param {boolean} asTable */
function tableNamed(text, ownerOf, asTable) {
  const table = asTable ? /^\s*([a-z_][a-z0-9_]*)(\s+as\s+\w+)?\s*$/i.exec(text)?.[1] : /^([a-z_][a-z0-9_]*)\.[a-z_*][a-z0-9_]*/i.exec(text)?.[1];
  return table && ownerOf.has(table) ? table : null;
}

/** @type {import("eslint").Rule.RuleModule} */
const noForeignTables = {
  meta: {
    type: "problem",
    docs: { description: "A module's tables are named only inside that module; others call its exported functions." },
    schema: [{ type: "object", properties: { graphDir: { type: "string" }, owners: { type: "object" } }, required: ["owners"], additionalProperties: false }],
    messages: {
      foreign: "Table \"{{table}}\" belongs to graph/{{owner}}: call a function of its repository instead of naming it in {{part}}.",
    },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const graphDir = path.resolve(context.cwd, options.graphDir ?? "graph");
    const part = partOf(graphDir, context.filename);
    if (!part) return {};
    /** @type {Map<string, string>} */
    const ownerOf = new Map();
    for (const [owner, tables] of Object.entries(options.owners)) for (const table of tables) ownerOf.set(table, owner);
    /** @param {import("estree").Node} node @param {string | null} table */
    const check = (node, table) => {
      if (!table) return;
      const owner = /** @type {string} */ (ownerOf.get(table));
      if (owner !== part) context.report({ node, messageId: "foreign", data: { table, owner, part } });
    };
    return {
      Literal(node) {
        if (typeof node.value !== "string") return;
        const parent = /** @type {import("estree").Node & { parent?: import("estree").Node }} */ (node).parent;
        const array = parent?.type === "ArrayExpression" ? /** @type {any} */ (parent).parent : parent;
        const method = calleeName(array);
        if (!method) return;
        if (TABLE_METHODS.has(method)) check(node, tableNamed(node.value, ownerOf, true) ?? tableNamed(node.value, ownerOf, false));
        else if (COLUMN_METHODS.has(method)) check(node, tableNamed(node.value, ownerOf, false));
      },
      TaggedTemplateExpression(node) {
        if (node.tag.type !== "Identifier" || node.tag.name !== "sql") return;
        for (const quasi of node.quasi.quasis) {
          for (const match of quasi.value.cooked?.matchAll(/\b(?:from|join|into|update)\s+"?([a-z_][a-z0-9_]*)/gi) ?? []) {
            check(quasi, ownerOf.has(/** @type {string} */ (match[1])) ? /** @type {string} */ (match[1]) : null);
          }
        }
      },
    };
  },
};

/** @type {Map<string, { at: number; inCycle: Map<string, Set<string>> }>} */
const cycleCache = new Map();

/** Parts of graph/ in a cycle, each with the parts of its cycle; computed once per lint run. @param {string} graphDir */
function cyclesOf(graphDir) {
  const cached = cycleCache.get(graphDir);
  if (cached && Date.now() - cached.at < 10_000) return cached.inCycle;
  const { fileEdges } = importGraph(graphDir);
  /** @type {Map<string, Set<string>>} */
  const inCycle = new Map();
  for (const group of cycles(fileEdges)) for (const part of group) inCycle.set(part, new Set(group));
  cycleCache.set(graphDir, { at: Date.now(), inCycle });
  return inCycle;
}

/** @type {import("eslint").Rule.RuleModule} */
const noModuleCycles = {
  meta: {
    type: "problem",
    docs: { description: "The parts of graph/ (each module, shared, each top-level file) import one another without cycles." },
    schema: [{ type: "object", properties: { graphDir: { type: "string" } }, additionalProperties: false }],
    messages: {
      cycle: "graph/{{from}} → graph/{{to}} closes an import cycle ({{cycle}}): publish a domain event, or move the shared piece down a layer.",
    },
  },
  create(context) {
    const graphDir = path.resolve(context.cwd, context.options[0]?.graphDir ?? "graph");
    const from = partOf(graphDir, context.filename);
    if (!from) return {};
    const group = cyclesOf(graphDir).get(from);
    if (!group) return {};
    /** @param {import("estree").ImportDeclaration | import("estree").ExportNamedDeclaration | import("estree").ExportAllDeclaration} node */
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== "string" || !source.startsWith(".")) return;
      const to = partOf(graphDir, path.resolve(path.dirname(context.filename), source).replace(/\.js$/, ".ts"));
      if (to && to !== from && group.has(to)) {
        context.report({ node, messageId: "cycle", data: { from, to, cycle: [...group].join(" ⇄ ") } });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

export default { rules: { "no-foreign-tables": noForeignTables, "no-module-cycles": noModuleCycles } };
