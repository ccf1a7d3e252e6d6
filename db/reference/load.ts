import type { Database } from "../database.js";
import { nowIso } from "../ids.js";
import { portRow, type LocodeEntry } from "../import/locode.js";
import nomenclature from "./hs-2022.json";
import { loadEmbargoes } from "./embargoes.js";
import { loadLanes } from "./lanes.js";
import { loadTariffs } from "./tariffs.js";
import ports from "./ports.json";
import type { HsCodesTable } from "../types.js";
import { loadWarehouses } from "./warehouses.js";

export const BUILT_IN_HS_EDITION = "HS2022";

/**
 * The HS 2022 nomenclature as shipped in hs-2022.json: 96 chapters, 1,228 headings and 5,612
 * subheadings with UN Comtrade's descriptions (datasets/harmonized-system, ODC-PDDL-1.0; see
 * db/reference/SOURCES.md). Chapters first, so every row's parent is there before it.
 */
export function builtInHsRows(updatedAt: string): HsCodesTable[] {
  return (nomenclature as [string, string, string][])
    .map(([code, section, description]) => ({
      code,
      level: code.length,
      parent_code: code.length === 2 ? null : code.slice(0, code.length - 2),
      section,
      description,
      edition: BUILT_IN_HS_EDITION,
      updated_at: updatedAt,
    }))
    .sort((a, b) => a.level - b.level);
}

/** 1,000 rows of 7 columns stay under SQLite's and PostgreSQL's limits on bound parameters. */
const HS_BATCH = 1000;

/**
 * The reference data Caravan cannot run without: the whole HS 2022 nomenclature, the major ports,
 * the trade lanes and embargoes matching relies on, the overseas warehouses shipping options use,
 * and the indicative import duty by HS chapter.
 * Inserted once; rows an import already wrote (fuller descriptions, newer editions) are left alone.
 */
export async function loadBuiltInReferenceData(database: Database): Promise<void> {
  const updatedAt = nowIso();
  await database.db.transaction().execute(async (trx) => {
    // Loaded once: a database that already holds the nomenclature skips 7,000 no-op inserts at every start.
    const shipped = builtInHsRows(updatedAt);
    const { count } = await trx.selectFrom("hs_codes").select((eb) => eb.fn.countAll<number | string>().as("count")).executeTakeFirstOrThrow();
    if (Number(count) < shipped.length) {
      for (let i = 0; i < shipped.length; i += HS_BATCH) {
        await trx
          .insertInto("hs_codes")
          .values(shipped.slice(i, i + HS_BATCH))
          .onConflict((oc) => oc.column("code").doNothing())
          .execute();
      }
    }
    await trx
      .insertInto("ports")
      .values((ports as LocodeEntry[]).map((p) => portRow(p, "builtin", updatedAt)))
      .onConflict((oc) => oc.column("locode").doNothing())
      .execute();
    await loadLanes(trx, updatedAt);
    await loadEmbargoes(trx, updatedAt);
    await loadWarehouses(trx, updatedAt);
    await loadTariffs(trx, updatedAt);
  });
}
