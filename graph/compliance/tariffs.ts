import { nowIso } from "../../db/ids.js";
import { findCountry } from "../../db/reference/index.js";
import { customsTerritoryOf } from "../../db/reference/tariffs.js";
import type { TariffRatesTable } from "../../db/types.js";
import { withTransaction, type ServiceContext } from "../context.js";
import { UserInputProblems, type FieldProblem } from "../errors.js";
import { requirePlatformAdmin } from "../identity/guards.js";
import { isoDate } from "../shared/validation.js";
import { hsDigits, readCsv } from "./common.js";
import { hsPrefixesOf, mostSpecific } from "./landed-cost.js";
import { existingTariffKeys, tariffRows, upsertTariffRows } from "./repository.js";

export interface TariffRate {
  territory: string;
  hsPrefix: string;
  rateBp: number;
  source: string;
  asOf: string;
  indicative: boolean;
}

function toTariffRate(row: TariffRatesTable): TariffRate {
  return { territory: row.territory, hsPrefix: row.hs_prefix, rateBp: row.rate_bp, source: row.source, asOf: row.as_of, indicative: row.indicative === 1 };
}

/** The MFN rate for a code in a destination: the most specific prefix the tariff names. Null when the chapter is unknown there. */
export async function tariffRateFor(ctx: ServiceContext, destinationCountry: string, hsCode: string): Promise<TariffRate | null> {
  const code = hsDigits(hsCode);
  const rows = await tariffRows(ctx.db, customsTerritoryOf(destinationCountry), hsPrefixesOf(code));
  const best = mostSpecific(rows.map(toTariffRate), code);
  // A bare "" row would price a code of a chapter nobody knows: a known chapter is required.
  return best && best.hsPrefix.length >= 2 ? best : null;
}

export const TARIFF_IMPORT_COLUMNS = ["territory", "hs_code", "rate_percent", "source", "as_of"] as const;

export interface TariffImportResult {
  read: number;
  created: number;
  updated: number;
}

/**
 * Loads a full schedule, by heading or subheading (`territory,hs_code,rate_percent,source,as_of`):
 * platform admins and the CLI only. All or nothing: every bad row is reported and nothing is written.
 * An EU member's code (PL) is filed under the EU's one tariff.
 */
export async function importTariffs(ctx: ServiceContext, csvText: string): Promise<TariffImportResult> {
  if (ctx.viewer.kind !== "system") requirePlatformAdmin(ctx.viewer);
  const records = readCsv(csvText, TARIFF_IMPORT_COLUMNS, "TARIFF_IMPORT_COLUMNS");
  const problems: FieldProblem[] = [];
  const rows = new Map<string, TariffRatesTable>();
  const updatedAt = nowIso(ctx.now());
  for (const { line, value } of records) {
    const territoryCode = value.territory.trim().toUpperCase();
    const known = territoryCode === "EU" || !!findCountry(territoryCode);
    const code = hsDigits(value.hs_code);
    const rate = /^\d{1,3}(\.\d{1,2})?$/.test(value.rate_percent.trim().replace(/%$/, "")) ? Math.round(Number(value.rate_percent.trim().replace(/%$/, "")) * 100) : null;
    const asOf = isoDate.safeParse(value.as_of.trim());
    const wrong = [
      !known && "TARIFF_IMPORT_TERRITORY",
      !/^\d{2}(\d{2}){0,4}$/.test(code) && "TARIFF_IMPORT_HS_CODE",
      (rate === null || rate > 100_000) && "TARIFF_IMPORT_RATE",
      !value.source.trim() && "TARIFF_IMPORT_SOURCE",
      !asOf.success && "TARIFF_IMPORT_AS_OF",
    ].filter((c): c is string => !!c);
    for (const c of wrong) problems.push({ field: "csv", code: c, params: { line } });
    if (wrong.length) continue;
    const territory = customsTerritoryOf(territoryCode);
    rows.set(`${territory}|${code}`, {
      territory,
      hs_prefix: code,
      rate_bp: rate!,
      source: value.source.trim(),
      as_of: asOf.data!,
      indicative: 0,
      updated_at: updatedAt,
    });
  }
  if (problems.length) throw new UserInputProblems(problems);
  return withTransaction(ctx, async (tx) => {
    const trx = tx.db;
    let updated = 0;
    const byTerritory = new Map<string, TariffRatesTable[]>();
    for (const row of rows.values()) byTerritory.set(row.territory, [...(byTerritory.get(row.territory) ?? []), row]);
    for (const [territory, list] of byTerritory) {
      for (let i = 0; i < list.length; i += 500) {
        const existing = await existingTariffKeys(trx, territory, list.slice(i, i + 500).map((r) => r.hs_prefix));
        updated += existing.size;
      }
    }
    await upsertTariffRows(trx, [...rows.values()]);
    return { read: records.length, created: rows.size - updated, updated };
  });
}
