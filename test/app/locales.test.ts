import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AVAILABLE_LOCALES, LOCALE_INFO, NAMESPACES } from "../../locales/index.js";

const LOCALES_DIR = path.resolve(import.meta.dirname, "../../locales");
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Messages = Map<string, string>;

/** Every leaf message by its dotted path; array items by index (home.exporter.points.0). */
function flatten(value: unknown, prefix = "", into: Messages = new Map()): Messages {
  if (typeof value === "string") into.set(prefix, value);
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  }
  return into;
}

function load(locale: string, namespace: string): Messages {
  const file = path.join(LOCALES_DIR, locale, `${namespace}.json`);
  return fs.existsSync(file) ? flatten(JSON.parse(fs.readFileSync(file, "utf8"))) : new Map();
}

function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]!))].sort();
}

/** Unbalanced braces are a placeholder i18next would print as text (`{{name}` or `{name}}`). */
function brokenBraces(message: string): boolean {
  const stripped = message.replace(/\{\{\s*[\w.]+\s*(?:,[^}]*)?\}\}/g, "");
  return /\{\{|\}\}/.test(stripped);
}

const without = (names: string[], name: string) => names.filter((n) => n !== name);

const folders = fs
  .readdirSync(LOCALES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const locales = AVAILABLE_LOCALES.filter((locale) => locale !== "en");

describe("locale files", () => {
  it("has English and at least one other locale to check", () => {
    expect(load("en", "common").size).toBeGreaterThan(0);
    expect(load("en", "errors").size).toBeGreaterThan(0);
    expect(locales.length).toBeGreaterThan(0);
  });

  it("offers all thirteen locales Caravan is written for", () => {
    expect([...AVAILABLE_LOCALES].sort()).toEqual(Object.keys(LOCALE_INFO).sort());
    expect(AVAILABLE_LOCALES).toHaveLength(13);
  });

  it("offers every locale that has a folder, and has a folder for every locale it offers", () => {
    expect([...folders].sort()).toEqual([...AVAILABLE_LOCALES].sort());
  });

  describe.each(locales)("%s", (locale) => {
    const pluralCategories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

    describe.each(NAMESPACES)("%s.json", (namespace) => {
      const english = load("en", namespace);
      const translated = load(locale, namespace);
      const plain = [...english.keys()].filter((key) => !PLURAL_SUFFIX.test(key) && !english.has(`${key}_one`));
      const pluralBases = [...new Set([...english.keys()].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, "")))];

      it("has no key that English does not have, nor a plural form its grammar lacks", () => {
        const known = (key: string) => {
          if (english.has(key)) return true;
          const base = key.replace(PLURAL_SUFFIX, "");
          const category = PLURAL_SUFFIX.exec(key)?.[1];
          return category !== undefined && pluralBases.includes(base) && pluralCategories.includes(category as Intl.LDMLPluralRule);
        };
        expect([...translated.keys()].filter((key) => !known(key))).toEqual([]);
      });

      it("writes every placeholder with balanced braces", () => {
        expect([...translated].filter(([, message]) => brokenBraces(message)).map(([key]) => key)).toEqual([]);
      });

      it("has every key English has, with the same placeholders", () => {
        const problems: string[] = [];
        for (const key of plain) {
          const message = translated.get(key);
          if (message === undefined) problems.push(`missing ${key}`);
          else if (!message.trim()) problems.push(`empty ${key}`);
          else if (placeholders(message).join() !== placeholders(english.get(key)!).join()) {
            problems.push(`${key}: placeholders ${placeholders(message)} instead of ${placeholders(english.get(key)!)}`);
          }
        }
        expect(problems).toEqual([]);
      });

      // A plural needs every form the language's grammar has (Arabic has six), whatever English has.
      it("has every plural form of its language, with the same placeholders apart from the count", () => {
        const problems: string[] = [];
        for (const base of pluralBases) {
          const englishOther = english.get(`${base}_other`) ?? english.get(base)!;
          for (const category of pluralCategories) {
            const message = translated.get(`${base}_${category}`) ?? (category === "other" ? translated.get(base) : undefined);
            if (message === undefined) problems.push(`missing ${base}_${category}`);
            else if (without(placeholders(message), "count").join() !== without(placeholders(englishOther), "count").join()) {
              problems.push(`${base}_${category}: placeholders ${placeholders(message)} instead of ${placeholders(englishOther)}`);
            }
          }
        }
        expect(problems).toEqual([]);
      });
    });
  });
});
