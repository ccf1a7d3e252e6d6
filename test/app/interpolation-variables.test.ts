import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/*
 * A message that names {{total}} shows "{{total}}" to the user when the page passes `count`
 * instead: every t("key", { … }) of app/ with a literal key passes each variable its English text
 * uses (its plural forms included). Calls whose options are spread or computed are left out, since
 * their names cannot be read from the source.
 */

const english = JSON.parse(fs.readFileSync("locales/en/common.json", "utf8")) as Record<string, unknown>;

function messages(key: string): string[] {
  const parts = key.split(".");
  const last = parts.pop()!;
  let node: unknown = english;
  for (const part of parts) node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  if (!node || typeof node !== "object") return [];
  const holder = node as Record<string, unknown>;
  return Object.entries(holder)
    .filter(([name, value]) => typeof value === "string" && (name === last || name.startsWith(`${last}_`)))
    .map(([, value]) => value as string);
}

const variablesOf = (text: string) => [...text.matchAll(/\{\{\s*([\w]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]!);

/** The text of the balanced `{ … }` that starts at `from`, or null. */
function objectAt(source: string, from: number): string | null {
  let depth = 0;
  for (let i = from; i < source.length; i++) {
    if (source[i] === "{") depth++;
    else if (source[i] === "}" && --depth === 0) return source.slice(from + 1, i);
  }
  return null;
}

/** The names an object literal gives at its top level; null when it spreads another object. */
function topLevelNames(body: string): string[] | null {
  if (body.includes("...")) return null;
  let depth = 0;
  let flat = "";
  for (const char of body) {
    if ("([{".includes(char)) depth++;
    else if (")]}".includes(char)) depth--;
    else if (depth === 0) flat += char;
  }
  return flat
    .split(",")
    .map((entry) => entry.split(":")[0]!.trim())
    .filter((name) => /^[\w$]+$/.test(name));
}

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "__generated__" ? [] : sources(file);
    return /\.(tsx?)$/.test(entry.name) ? [file] : [];
  });
}

interface Call {
  where: string;
  key: string;
  passed: string[];
}

const calls: Call[] = sources("app").flatMap((file) => {
  const source = fs.readFileSync(file, "utf8");
  const found: Call[] = [];
  for (const match of source.matchAll(/\bt\("([\w.]+)"\s*(\)|,\s*\{)/g)) {
    const line = source.slice(0, match.index).split("\n").length;
    const where = `${file}:${line}`;
    if (match[2] === ")") {
      found.push({ where, key: match[1]!, passed: [] });
      continue;
    }
    const body = objectAt(source, match.index! + match[0].length - 1);
    const names = body === null ? null : topLevelNames(body);
    if (names && !names.includes("ns") && !names.includes("defaultValue")) found.push({ where, key: match[1]!, passed: names });
  }
  return found;
});

describe("interpolation variables", () => {
  it("reads the calls of app/", () => {
    expect(calls.length).toBeGreaterThan(1000);
  });

  it("every message gets each variable it names", () => {
    const missing = calls.flatMap(({ where, key, passed }) => {
      const needed = [...new Set(messages(key).flatMap(variablesOf))];
      const absent = needed.filter((name) => !passed.includes(name));
      return absent.length ? [`${where} ${key}: ${absent.join(", ")}`] : [];
    });
    expect(missing).toEqual([]);
  });
});
