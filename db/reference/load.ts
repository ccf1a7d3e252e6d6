import type { Database } from "../database.js";
import { nowIso } from "../ids.js";
import { portRow, type LocodeEntry } from "../import/locode.js";
import chapters from "./hs-chapters.json";
import { loadEmbargoes } from "./embargoes.js";
import { loadLanes } from "./lanes.js";
import ports from "./ports.json";

export const BUILT_IN_HS_EDITION = "HS2022";

/**
 * The reference data Caravan cannot run without: the 96 HS chapters, the major ports, and the
 * trade lanes and embargoes matching relies on.
 * Inserted once; rows an import already wrote (fuller descriptions, newer editions) are left alone.
 */
export async function loadBuiltInReferenceData(database: Database): Promise<void> {
  const updatedAt = nowIso();
  await database.db.transaction().execute(async (trx) => {
    await trx
      .insertInto("hs_codes")
      .values(
        chapters.map((c) => ({
          code: c.code,
          level: 2,
          parent_code: null,
          section: c.section,
          description: c.description,
          edition: BUILT_IN_HS_EDITION,
          updated_at: updatedAt,
        })),
      )
      .onConflict((oc) => oc.column("code").doNothing())
      .execute();
    await trx
      .insertInto("ports")
      .values((ports as LocodeEntry[]).map((p) => portRow(p, "builtin", updatedAt)))
      .onConflict((oc) => oc.column("locode").doNothing())
      .execute();
    await loadLanes(trx, updatedAt);
    await loadEmbargoes(trx, updatedAt);
  });
}
