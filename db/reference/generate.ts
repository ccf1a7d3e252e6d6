/**
 * Regenerates the built-in reference JSON in db/reference/ from the public source files
 * (ISO 3166-1 / ISO 4217 tables, the HS 2022 CSV, the UN/LOCODE list). The product ships the
 * JSON so that it runs without those files; run this when a new edition is adopted:
 *   tsx db/reference/generate.ts ../shared/data
 */
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { parseLocodeRow } from "../import/locode.js";
import { MAJOR_PORT_CODES } from "./major-ports.js";

const source = process.argv[2] ?? "../shared/data";
const out = path.dirname(new URL(import.meta.url).pathname);

function readCsv(file: string, columns: boolean | string[] = true): Record<string, string>[] {
  return parse(fs.readFileSync(path.join(source, file)), {
    columns,
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
  });
}

function write(name: string, value: unknown): void {
  fs.writeFileSync(path.join(out, name), JSON.stringify(value, null, 0).replace(/([}\]]),([{[])/g, "$1,\n$2") + "\n");
  console.log(`wrote ${name}`);
}

const currencies = readCsv("iso/currency-codes.csv")
  .filter((row) => row.AlphabeticCode && !row.WithdrawalDate)
  .reduce<Map<string, { code: string; name: string; numeric: string; minorUnit: number }>>((map, row) => {
    const code = row.AlphabeticCode!;
    const minor = Number.parseInt(row.MinorUnit ?? "", 10);
    // Funds and precious metals (XAU, XDR, ...) carry "N.A." minor units: they are not invoicing currencies.
    if (!map.has(code) && Number.isInteger(minor)) {
      map.set(code, { code, name: row.Currency!, numeric: row.NumericCode!, minorUnit: minor });
    }
    return map;
  }, new Map());
write("currencies.json", [...currencies.values()].sort((a, b) => a.code.localeCompare(b.code)));

const countries = readCsv("iso/country-codes.csv")
  .filter((row) => /^[A-Z]{2}$/.test(row["ISO3166-1-Alpha-2"] ?? ""))
  .map((row) => {
    const currency = (row["ISO4217-currency_alphabetic_code"] ?? "").split(",")[0]!.trim();
    return {
      code: row["ISO3166-1-Alpha-2"]!,
      alpha3: row["ISO3166-1-Alpha-3"]!,
      numeric: row["ISO3166-1-numeric"]!.padStart(3, "0"),
      name: row["CLDR display name"] || row["UNTERM English Short"] || row["official_name_en"]!,
      currency: currencies.has(currency) ? currency : null,
      region: row["Region Name"] || null,
      subRegion: row["Sub-region Name"] || null,
    };
  })
  .sort((a, b) => a.code.localeCompare(b.code));
write("countries.json", countries);

write(
  "hs-sections.json",
  readCsv("hs/sections.csv").map((row) => ({ section: row.section!, name: row.name! })),
);

// The whole HS 2022 nomenclature (chapters, headings, subheadings) as [code, section, description]:
// level and parent follow from the code. UN Comtrade's non-WCO rows (TOTAL, chapter 99) are left out.
const hs = readCsv("hs/harmonized-system.csv");
write(
  "hs-2022.json",
  hs
    .filter((row) => /^(\d{2}|\d{4}|\d{6})$/.test(row.hscode ?? "") && !/^99(99){0,2}$/.test(row.hscode!))
    .map((row) => [row.hscode!, row.section!, row.description!]),
);

const wanted = new Set(MAJOR_PORT_CODES);
const ports = (readCsv("unlocode/unlocode-code-list-2018-1.csv", false as never) as unknown as string[][])
  .map(parseLocodeRow)
  .flatMap((result) => (result.kind === "entry" && wanted.has(result.entry.locode) ? [result.entry] : []))
  // A few locations are listed twice under two names (Helsingfors / Helsinki); keep the first.
  .filter((entry, index, all) => all.findIndex((other) => other.locode === entry.locode) === index);
const missing = [...wanted].filter((code) => !ports.some((p) => p.locode === code));
if (missing.length) console.warn(`not in the code list: ${missing.join(" ")}`);
write("ports.json", ports.sort((a, b) => a.locode.localeCompare(b.locode)));
