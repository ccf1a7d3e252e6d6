import { parse } from "csv-parse/sync";
import type { Database } from "../database.js";
import { nowIso } from "../ids.js";
import { HS_SECTIONS } from "../reference/index.js";
import type { HsCodesTable } from "../types.js";
import { type ImportReport, type RowProblem, writeInBatches } from "./report.js";

export const HS_COLUMNS = ["section", "hscode", "description", "parent", "level"] as const;
const SECTIONS = new Set(HS_SECTIONS.map((s) => s.section));

export class ImportFormatError extends Error {}

/**
 * UN Comtrade adds rows that are not WCO nomenclature: the `TOTAL` root and chapter 99
 * ("commodities not specified according to kind"). They are skipped, not reported as errors.
 */
function isNonWcoRow(code: string, section: string): boolean {
  return code === "TOTAL" || section === "TOTAL" || /^99(99){0,2}$/.test(code);
}

/**
 * Loads HS chapters, headings and subheadings from the datasets/harmonized-system CSV layout
 * (`section,hscode,description,parent,level`). Idempotent: a re-run updates descriptions in place.
 */
export async function importHs(database: Database, text: string, edition: string): Promise<ImportReport> {
  const records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, info: true }) as {
    record: string[];
    info: { lines: number };
  }[];
  const header = records.shift()?.record.map((h) => h.trim().toLowerCase()) ?? [];
  const missing = HS_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length) {
    throw new ImportFormatError(`expected the columns ${HS_COLUMNS.join(",")}; missing ${missing.join(", ")}`);
  }
  const col = Object.fromEntries(HS_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof HS_COLUMNS)[number], number>;
  const problems: RowProblem[] = [];
  const byCode = new Map<string, HsCodesTable & { line: number }>();
  const updatedAt = nowIso();
  let skipped = 0;

  for (const { record, info } of records) {
    const line = info.lines;
    if (record.every((v) => !v.trim())) {
      skipped++;
      continue;
    }
    const [section, code, description, parent, levelText] = HS_COLUMNS.map((c) => (record[col[c]] ?? "").trim()) as [
      string, string, string, string, string,
    ];
    if (isNonWcoRow(code, section)) {
      skipped++;
      continue;
    }
    const level = Number(levelText);
    const fail = (column: string, reason: string) => problems.push({ line, column, reason });
    if (![2, 4, 6].includes(level)) fail("level", `level must be 2, 4 or 6, not "${levelText}"`);
    else if (!new RegExp(`^\\d{${level}}$`).test(code)) fail("hscode", `"${code}" is not ${level} digits`);
    else if (!SECTIONS.has(section)) fail("section", `"${section}" is not an HS section (I to XXI)`);
    else if (!description) fail("description", "description is empty");
    else if (level > 2 && parent !== code.slice(0, level - 2)) fail("parent", `parent of ${code} must be ${code.slice(0, level - 2)}, not "${parent}"`);
    else byCode.set(code, { code, level, parent_code: level === 2 ? null : parent, section, description, edition, updated_at: updatedAt, line });
  }

  // A heading whose chapter is neither in the file nor already known would be an orphan.
  const known = new Set((await database.db.selectFrom("hs_codes").select("code").execute()).map((r) => r.code));
  for (const [code, row] of byCode) {
    if (row.parent_code && !byCode.has(row.parent_code) && !known.has(row.parent_code)) {
      problems.push({ line: row.line, column: "parent", reason: `parent ${row.parent_code} of ${code} is not in the nomenclature` });
      byCode.delete(code);
    }
  }
  const rows = [...byCode.values()]
    .sort((a, b) => a.level - b.level)
    .map(({ line: _line, ...row }) => row);
  await writeInBatches(database, rows, 500, (trx, batch) =>
    trx
      .insertInto("hs_codes")
      .values(batch)
      .onConflict((oc) =>
        oc.column("code").doUpdateSet((eb) => ({
          level: eb.ref("excluded.level"),
          parent_code: eb.ref("excluded.parent_code"),
          section: eb.ref("excluded.section"),
          description: eb.ref("excluded.description"),
          edition: eb.ref("excluded.edition"),
          updated_at: eb.ref("excluded.updated_at"),
        })),
      )
      .execute(),
  );
  return { read: records.length, written: rows.length, skipped, problems };
}
