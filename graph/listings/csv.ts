import { Readable, pipeline } from "node:stream";
import { CsvError, parse } from "csv-parse";
import { decodeText } from "../../db/text.js";
import type { FieldProblem } from "../errors.js";
import type { ListingFields } from "./listing-rules.js";

/**
 * The bulk import's columns, in the order a template lists them. The header row is required;
 * columns may come in any order; the optional ones may be left out of the file entirely.
 */
export const CSV_COLUMNS = [
  "external_ref",
  "title",
  "description",
  "locale",
  "hs_code",
  "origin_country",
  "unit",
  "currency",
  "price_tiers",
  "moq",
  "available_quantity",
  "lead_time_days",
  "incoterms",
  "ship_from_port",
  "net_weight_kg",
  "gross_weight_kg",
  "volume_m3",
  "packaging",
  "certifications",
  "status",
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const OPTIONAL_CSV_COLUMNS: readonly CsvColumn[] = [
  "locale",
  "ship_from_port",
  "net_weight_kg",
  "gross_weight_kg",
  "volume_m3",
  "packaging",
  "certifications",
  "status",
];

/** Which CSV column a problem on a listing field (its GraphQL input path) belongs to. */
const COLUMN_OF_FIELD: Record<string, CsvColumn> = {
  externalRef: "external_ref",
  title: "title",
  description: "description",
  locale: "locale",
  hsCode: "hs_code",
  originCountry: "origin_country",
  unit: "unit",
  currency: "currency",
  priceTiers: "price_tiers",
  moq: "moq",
  availableQuantity: "available_quantity",
  leadTimeDays: "lead_time_days",
  incoterms: "incoterms",
  shipFromPort: "ship_from_port",
  netWeightKg: "net_weight_kg",
  grossWeightKg: "gross_weight_kg",
  volumeM3: "volume_m3",
  packaging: "packaging",
  certifications: "certifications",
};

export function columnOfField(field: string | null): CsvColumn | null {
  return field ? (COLUMN_OF_FIELD[field.split(".")[0]!] ?? null) : null;
}

export type CsvHeader = Map<CsvColumn, number>;

/** The header's column positions, or the file-level problem naming every missing and unknown column. */
export function readHeader(cells: readonly string[]): { header: CsvHeader } | { problem: FieldProblem } {
  const names = cells.map((c) => c.trim().toLowerCase());
  const unknown = names.filter((n) => !(CSV_COLUMNS as readonly string[]).includes(n));
  const duplicate = names.filter((n, i) => n && names.indexOf(n) !== i);
  const missing = CSV_COLUMNS.filter((c) => !OPTIONAL_CSV_COLUMNS.includes(c) && !names.includes(c));
  if (unknown.length || missing.length || duplicate.length) {
    return {
      problem: {
        field: "csv",
        code: "CSV_IMPORT_COLUMNS",
        params: {
          missing: missing.join(", ") || "-",
          unknown: [...unknown.map((n) => n || "(blank)"), ...duplicate.map((n) => `${n} (twice)`)].join(", ") || "-",
          expected: CSV_COLUMNS.join(","),
        },
      },
    };
  }
  return { header: new Map(names.map((n, i) => [n as CsvColumn, i])) };
}

export type CsvStatus = "draft" | "active";

export interface CsvRowProblem {
  column: CsvColumn | null;
  code: string;
  params?: FieldProblem["params"];
}

export interface ParsedRow {
  fields: ListingFields;
  status: CsvStatus;
  /** Problems in how the cells are written; the listing rules check the values afterwards. */
  problems: CsvRowProblem[];
}

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * One data row as the listing fields the service validates. A cell that is not written the way its
 * column needs becomes a problem on that column (and NaN, so the rules do not accept it either).
 */
export function parseRow(header: CsvHeader, cells: readonly string[], defaultLocale: string): ParsedRow {
  const problems: CsvRowProblem[] = [];
  const cell = (column: CsvColumn): string => {
    const at = header.get(column);
    return at === undefined ? "" : (cells[at] ?? "").trim();
  };
  const number = (column: CsvColumn): number | null => {
    const value = cell(column);
    if (!value) return null;
    if (DECIMAL.test(value)) return Number(value);
    problems.push({ column, code: "NUMBER_INVALID" });
    return Number.NaN;
  };
  const pairs = (column: CsvColumn, requireSecond: boolean): [string, string][] | null => {
    const value = cell(column);
    if (!value) return [];
    const parsed = value.split("|").map((part) => {
      const at = part.indexOf(":");
      return (at < 0 ? [part.trim(), ""] : [part.slice(0, at).trim(), part.slice(at + 1).trim()]) as [string, string];
    });
    if (parsed.some(([first, second]) => !first || (requireSecond && !second))) {
      problems.push({ column, code: `CSV_${column.toUpperCase()}_FORMAT` });
      return null;
    }
    return parsed;
  };

  const tiers = pairs("price_tiers", true);
  const priceTiers = (tiers ?? []).map(([quantity, price]) => ({ minQuantity: DECIMAL.test(quantity) ? Number(quantity) : Number.NaN, unitPrice: price }));
  if (priceTiers.some((t) => Number.isNaN(t.minQuantity))) problems.push({ column: "price_tiers", code: "CSV_PRICE_TIERS_FORMAT" });
  const incoterms = (pairs("incoterms", true) ?? []).map(([code, namedPlace]) => ({ code, namedPlace }));
  const certifications = (pairs("certifications", false) ?? []).map(([kind, reference]) => ({ kind, reference: reference || null }));

  const statusText = cell("status").toLowerCase() || "draft";
  if (statusText !== "draft" && statusText !== "active") problems.push({ column: "status", code: "CSV_STATUS_UNKNOWN" });
  const leadTime = number("lead_time_days");

  const fields: ListingFields = {
    externalRef: cell("external_ref"),
    title: cell("title"),
    description: cell("description"),
    locale: cell("locale") || defaultLocale,
    hsCode: cell("hs_code"),
    originCountry: cell("origin_country"),
    unit: cell("unit"),
    currency: cell("currency"),
    priceTiers,
    moq: number("moq") as number,
    availableQuantity: number("available_quantity") as number,
    leadTimeDays: leadTime as number,
    incoterms,
    shipFromPort: cell("ship_from_port") || null,
    netWeightKg: number("net_weight_kg"),
    grossWeightKg: number("gross_weight_kg"),
    volumeM3: number("volume_m3"),
    packaging: cell("packaging") || null,
    certifications,
  };
  if (!fields.externalRef) problems.push({ column: "external_ref", code: "CSV_EXTERNAL_REF_REQUIRED" });
  return { fields, status: statusText === "active" ? "active" : "draft", problems };
}

// ---------------------------------------------------------------------------- reading a file

/**
 * What an import reads: text already decoded (a GraphQL argument), the bytes of an upload, or a
 * file it can open more than once (the CLI's path), so a first pass can check the whole file
 * before any row is saved.
 */
export type CsvSource = string | Uint8Array | { open(): AsyncIterable<Uint8Array> };

type Encoding = "utf-8" | "windows-1252";

export class CsvFileRefused extends Error {
  constructor(readonly problem: FieldProblem) {
    super(problem.code);
    this.name = "CsvFileRefused";
  }
}

/**
 * Control characters other than tab and line breaks do not occur in a text file; NUL bytes mean a
 * spreadsheet's binary format, and C1 controls mean bytes Windows-1252 leaves undefined.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Bytes already in memory are decoded once, by db/text.ts; a file is decoded as it streams. */
export function decodedSource(source: CsvSource): string | { open(): AsyncIterable<Uint8Array> } {
  return source instanceof Uint8Array ? decodeText(source).text : source;
}

function chunksOf(source: string | { open(): AsyncIterable<Uint8Array> }, encoding: Encoding): AsyncIterable<string> {
  if (typeof source === "string") return Readable.from([source], { objectMode: true });
  return (async function* decoded() {
    // fatal: a file that is not UTF-8 throws here, and is read again as Windows-1252.
    const decoder = new TextDecoder(encoding, { fatal: encoding === "utf-8" });
    for await (const chunk of source.open()) yield decoder.decode(chunk, { stream: true });
    yield decoder.decode();
  })();
}

export interface CsvRecord {
  /** As a spreadsheet numbers it: the header is row 1, the first data row is row 2. */
  row: number;
  cells: string[];
}

/**
 * Streams the records of a CSV source: memory holds one chunk and one record at a time, whatever the
 * size of the file. Refuses a file that is not text, or not valid CSV, with the row where it breaks.
 */
export async function* csvRecords(source: string | { open(): AsyncIterable<Uint8Array> }, encoding: Encoding): AsyncGenerator<CsvRecord> {
  // Files edited in several tools mix line endings; each is a row break, as a spreadsheet reads it.
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: false, record_delimiter: ["\r\n", "\n", "\r"] });
  const text = Readable.from(
    (async function* checked() {
      for await (const chunk of chunksOf(source, encoding)) {
        if (NOT_TEXT.test(chunk)) throw new CsvFileRefused({ field: "csv", code: "CSV_IMPORT_ENCODING" });
        yield chunk;
      }
    })(),
    { objectMode: true },
  );
  pipeline(text, parser, () => undefined);
  let row = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      row++;
      if (cells.length === 1 && !cells[0]!.trim()) continue;
      yield { row, cells };
    }
  } catch (error) {
    if (error instanceof CsvError) throw new CsvFileRefused({ field: "csv", code: "CSV_IMPORT_MALFORMED", params: { row: row + 1 } });
    throw error;
  }
}

export interface CsvScan {
  encoding: Encoding;
  header: CsvHeader;
  /** Data rows, blank lines not counted. */
  rows: number;
}

/**
 * The first pass over a file: its encoding (UTF-8, else Windows-1252, as db/text.ts decides), its
 * header, and that it parses to the end. Nothing is saved from a file this refuses.
 */
export async function scanCsv(source: string | { open(): AsyncIterable<Uint8Array> }): Promise<CsvScan> {
  const encodings: Encoding[] = typeof source === "string" ? ["utf-8"] : ["utf-8", "windows-1252"];
  for (const encoding of encodings) {
    try {
      let header: CsvHeader | null = null;
      let rows = 0;
      for await (const record of csvRecords(source, encoding)) {
        if (header) {
          rows++;
          continue;
        }
        const read = readHeader(record.cells);
        if ("problem" in read) throw new CsvFileRefused(read.problem);
        header = read.header;
      }
      if (!header) throw new CsvFileRefused({ field: "csv", code: "CSV_IMPORT_EMPTY" });
      return { encoding, header, rows };
    } catch (error) {
      const notUtf8 = error instanceof TypeError && (error as { code?: string }).code === "ERR_ENCODING_INVALID_ENCODED_DATA";
      if (notUtf8 && encoding === "utf-8" && encodings.length > 1) continue;
      throw error;
    }
  }
  throw new Error("unreachable: Windows-1252 decodes every byte");
}
