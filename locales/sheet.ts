/**
 * Translation sheets: English messages out as numbered lines, a translator's lines back into a
 * locale's JSON. A sheet is plain text, one message a line, so a translator works in any editor
 * and never touches JSON syntax; plural messages ask for exactly the forms the language's grammar
 * has (Intl.PluralRules), not the forms English has.
 *
 *   npm run locale:sheet -- dump pl > pl.tsv     # messages pl lacks: "id<TAB>key<TAB>English"
 *   npm run locale:sheet -- apply pl pl.txt      # lines "id<TAB>translation" into locales/pl/
 *
 * Ids are positions in today's English files, so apply a sheet before English changes again.
 */
import fs from "node:fs";
import path from "node:path";
import { NAMESPACES } from "./index.js";

const LOCALES_DIR = path.resolve(import.meta.dirname);
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const CATEGORY_ORDER = ["zero", "one", "two", "few", "many", "other"];

/** The plural forms a language's grammar has, in CLDR's order (i18next reads `key_few` and so on). */
function pluralCategories(locale: string): string[] {
  const categories: string[] = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  return CATEGORY_ORDER.filter((c) => categories.includes(c));
}

type Tree = { [key: string]: string | Tree | (string | Tree)[] };

interface Entry {
  id: string;
  namespace: string;
  key: string;
  english: string;
}

function read(locale: string, namespace: string): Tree {
  const file = path.join(LOCALES_DIR, locale, `${namespace}.json`);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Tree) : {};
}

function flatten(value: unknown, prefix = "", into = new Map<string, string>()): Map<string, string> {
  if (typeof value === "string") into.set(prefix, value);
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  }
  return into;
}

/** Every message a locale needs, numbered over both namespaces; a plural base once per category. */
function entries(locale: string): Entry[] {
  const categories = pluralCategories(locale);
  const out: Entry[] = [];
  let n = 0;
  for (const namespace of NAMESPACES) {
    const seen = new Set<string>();
    const en = flatten(read("en", namespace));
    for (const [key, english] of en) {
      n += 1;
      if (!PLURAL_SUFFIX.test(key)) {
        out.push({ id: String(n), namespace, key, english });
        continue;
      }
      const base = key.replace(PLURAL_SUFFIX, "");
      if (seen.has(base)) continue;
      seen.add(base);
      const hint = ["one", "other"].map((c) => `${c}: ${en.get(`${base}_${c}`) ?? en.get(base)}`).join(" | ");
      // A base English also has as a plain key is already its own entry, which serves as `other`.
      for (const category of categories.filter((c) => !(c === "other" && en.has(base))))
        out.push({
          id: `${n}.${category}`,
          namespace,
          key: `${base}_${category}`,
          english: hint,
        });
    }
  }
  return out;
}

/** Rebuilds a locale's file in English's shape and order, plural forms where English has its own. */
function rebuild(english: Tree, translated: Map<string, string>, categories: string[], prefix = ""): Tree {
  const out: Tree = {};
  const pluralDone = new Set<string>();
  for (const [key, value] of Object.entries(english)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") {
      if (PLURAL_SUFFIX.test(key)) {
        const base = key.replace(PLURAL_SUFFIX, "");
        if (pluralDone.has(base)) continue;
        pluralDone.add(base);
        const fullBase = full.replace(PLURAL_SUFFIX, "");
        for (const c of categories) {
          const message = translated.get(`${fullBase}_${c}`);
          if (message !== undefined) out[`${base}_${c}`] = message;
        }
      } else {
        const message = translated.get(full);
        if (message !== undefined) out[key] = message;
      }
    } else if (Array.isArray(value)) {
      out[key] = value.map((item, i) =>
        typeof item === "string" ? translated.get(`${full}.${i}`) ?? "" : rebuild(item, translated, categories, `${full}.${i}`)
      );
    } else {
      out[key] = rebuild(value, translated, categories, full);
    }
  }
  return out;
}

function dump(locale: string): void {
  const have = new Map(NAMESPACES.map((ns) => [ns, flatten(read(locale, ns))]));
  for (const entry of entries(locale)) {
    if (have.get(entry.namespace as (typeof NAMESPACES)[number])?.has(entry.key)) continue;
    process.stdout.write(`${entry.id}\t${entry.key}\t${entry.english.replaceAll("\n", "\\n")}\n`);
  }
}

function apply(locale: string, sheet: string): void {
  const byId = new Map(entries(locale).map((e) => [e.id, e]));
  const lines = fs
    .readFileSync(sheet, "utf8")
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("#"));
  const updates = new Map<string, Map<string, string>>(NAMESPACES.map((ns) => [ns, flatten(read(locale, ns))]));
  const problems: string[] = [];
  for (const line of lines) {
    const tab = line.indexOf("\t");
    const id = line.slice(0, tab);
    const entry = byId.get(id);
    if (tab < 0 || !entry) {
      problems.push(`unknown id in: ${line.slice(0, 60)}`);
      continue;
    }
    // A sheet line cannot hold a line break, so a message that needs one writes it as \\n.
    updates.get(entry.namespace)!.set(
      entry.key,
      line
        .slice(tab + 1)
        .trim()
        .replaceAll("\\n", "\n")
    );
  }
  if (problems.length) throw new Error(problems.join("\n"));
  const categories = pluralCategories(locale);
  fs.mkdirSync(path.join(LOCALES_DIR, locale), { recursive: true });
  for (const namespace of NAMESPACES) {
    const tree = rebuild(read("en", namespace), updates.get(namespace)!, categories);
    fs.writeFileSync(path.join(LOCALES_DIR, locale, `${namespace}.json`), `${JSON.stringify(tree, null, 2)}\n`);
  }
  process.stdout.write(`${locale}: ${lines.length} messages applied\n`);
}

const [command, locale, file] = process.argv.slice(2);
if (command === "dump" && locale) dump(locale);
else if (command === "apply" && locale && file) apply(locale, file);
else {
  process.stderr.write("usage: locale:sheet dump <locale> | apply <locale> <sheet>\n");
  process.exitCode = 1;
}
