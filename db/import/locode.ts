import { parse } from "csv-parse/sync";
import type { Database } from "../database.js";
import { nowIso } from "../ids.js";
import { findCountry } from "../reference/index.js";
import type { PortsTable } from "../types.js";
import { type ImportReport, type RowProblem, writeInBatches } from "./report.js";

/** One location of the UNECE code list: Ch, country, location, name, ASCII name, subdivision, function, status, date, IATA, coordinates, remarks. */
export interface LocodeEntry {
  locode: string;
  country: string;
  name: string;
  nameAscii: string;
  subdivision: string | null;
  functions: string;
  iata: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** "5221N 00454E" → [52.35, 4.9]; the code list gives degrees and minutes. */
export function parseLocodeCoordinates(value: string | null | undefined): [number, number] | null {
  const match = /^(\d{2})(\d{2})([NS])\s+(\d{3})(\d{2})([EW])$/.exec((value ?? "").trim());
  if (!match) return null;
  const [, latD, latM, ns, lonD, lonM, ew] = match;
  const lat = (Number(latD) + Number(latM) / 60) * (ns === "S" ? -1 : 1);
  const lon = (Number(lonD) + Number(lonM) / 60) * (ew === "W" ? -1 : 1);
  return [Math.round(lat * 10000) / 10000, Math.round(lon * 10000) / 10000];
}

export type LocodeRowResult = { kind: "entry"; entry: LocodeEntry } | { kind: "skip" } | { kind: "problem"; column: string; reason: string };

/**
 * Country header rows (".MALAYSIA"), entries marked for removal ("X") and reference entries ("=",
 * e.g. "Vienna = Wien", which point at another entry) are skipped, not errors.
 */
export function parseLocodeRow(cols: string[]): LocodeRowResult {
  if (cols.length < 7) return { kind: "problem", column: "row", reason: `expected at least 7 columns, found ${cols.length}` };
  const [change = "", country = "", location = "", name = "", nameAscii = "", subdivision = "", functions = ""] = cols;
  if (!location.trim() && name.startsWith(".")) return { kind: "skip" };
  if (change.trim() === "X" || change.trim() === "=") return { kind: "skip" };
  if (!findCountry(country) && country !== "XZ") return { kind: "problem", column: "country", reason: `unknown country code "${country}"` };
  if (!/^[A-Z2-9]{3}$/.test(location)) return { kind: "problem", column: "location", reason: `location code "${location}" is not 3 letters or digits 2-9` };
  if (!name.trim()) return { kind: "problem", column: "name", reason: "name is empty" };
  const coords = parseLocodeCoordinates(cols[10]);
  return {
    kind: "entry",
    entry: {
      locode: `${country}${location}`,
      country,
      name: name.trim(),
      nameAscii: (nameAscii || name).trim(),
      subdivision: subdivision.trim() || null,
      functions: functions.trim() || "--------",
      iata: cols[9]?.trim() || null,
      latitude: coords?.[0] ?? null,
      longitude: coords?.[1] ?? null,
    },
  };
}

export function portRow(entry: LocodeEntry, source: string, updatedAt: string): PortsTable {
  return {
    locode: entry.locode,
    country: entry.country,
    name: entry.name,
    name_ascii: entry.nameAscii,
    subdivision: entry.subdivision,
    functions: entry.functions,
    is_seaport: entry.functions.startsWith("1") ? 1 : 0,
    is_airport: entry.functions.charAt(3) === "4" ? 1 : 0,
    iata: entry.iata,
    latitude: entry.latitude,
    longitude: entry.longitude,
    source,
    updated_at: updatedAt,
  };
}

export async function upsertPorts(database: Database, rows: PortsTable[]): Promise<void> {
  await writeInBatches(database, rows, 500, (trx, batch) =>
    trx
      .insertInto("ports")
      .values(batch)
      .onConflict((oc) =>
        oc.column("locode").doUpdateSet((eb) => ({
          name: eb.ref("excluded.name"),
          name_ascii: eb.ref("excluded.name_ascii"),
          subdivision: eb.ref("excluded.subdivision"),
          functions: eb.ref("excluded.functions"),
          is_seaport: eb.ref("excluded.is_seaport"),
          is_airport: eb.ref("excluded.is_airport"),
          iata: eb.ref("excluded.iata"),
          latitude: eb.ref("excluded.latitude"),
          longitude: eb.ref("excluded.longitude"),
          source: eb.ref("excluded.source"),
          updated_at: eb.ref("excluded.updated_at"),
        })),
      )
      .execute(),
  );
}

/**
 * Loads the UNECE UN/LOCODE code list (CSV, no header row) into `ports`. Re-running it updates
 * rows in place; every bad row is reported with its line number and nothing else is held back.
 */
export async function importLocode(database: Database, text: string, source: string): Promise<ImportReport> {
  const problems: RowProblem[] = [];
  const rows = new Map<string, PortsTable>();
  const updatedAt = nowIso();
  let skipped = 0;
  const records = parse(text, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true }) as {
    record: string[];
    info: { lines: number };
  }[];
  if (records[0] && /^(change|ch)$/i.test(records[0].record[0] ?? "")) {
    throw new Error("this file has a header row: expected the UNECE code-list layout (no header, Function before Status)");
  }
  for (const { record, info } of records) {
    const result = parseLocodeRow(record);
    if (result.kind === "skip") skipped++;
    else if (result.kind === "problem") problems.push({ line: info.lines, column: result.column, reason: result.reason });
    else rows.set(result.entry.locode, portRow(result.entry, source, updatedAt));
  }
  await upsertPorts(database, [...rows.values()]);
  return { read: records.length, written: rows.size, skipped, problems };
}
