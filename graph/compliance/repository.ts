import type { Executor } from "../../db/database.js";
import type {
  DeniedPartiesTable,
  EmbargoesTable,
  ScreeningHitsTable,
  ScreeningReviewEventsTable,
  ScreeningReviewsTable,
  TariffRatesTable,
} from "../../db/types.js";

/** The only file of the compliance module that names its tables. */

export async function embargoRowsNotOverOn(db: Executor, day: string): Promise<EmbargoesTable[]> {
  return db
    .selectFrom("embargoes")
    .selectAll()
    .where((eb) => eb.or([eb("valid_to", "is", null), eb("valid_to", ">=", day)]))
    .execute();
}

/** In force on `day`, or every row with `day` null. */
export async function embargoRows(db: Executor, day: string | null): Promise<EmbargoesTable[]> {
  let query = db.selectFrom("embargoes").selectAll();
  if (day) query = query.where("valid_from", "<=", day).where((eb) => eb.or([eb("valid_to", "is", null), eb("valid_to", ">=", day)]));
  return query.orderBy("origin_country").orderBy("destination_country").orderBy("valid_from").orderBy("id").execute();
}

export async function embargoRow(db: Executor, id: string): Promise<EmbargoesTable | undefined> {
  return db.selectFrom("embargoes").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function insertEmbargo(db: Executor, row: EmbargoesTable): Promise<void> {
  await db.insertInto("embargoes").values(row).execute();
}

export async function endEmbargoRow(db: Executor, id: string, validTo: string, endedByUserId: string | null): Promise<void> {
  await db.updateTable("embargoes").set({ valid_to: validTo, ended_by_user_id: endedByUserId }).where("id", "=", id).execute();
}

// ---------------------------------------------------------------------------- tariffs

/** Every row keyed by one of the prefixes, for one territory: the caller picks the most specific. */
export async function tariffRows(db: Executor, territory: string, prefixes: readonly string[]): Promise<TariffRatesTable[]> {
  return db.selectFrom("tariff_rates").selectAll().where("territory", "=", territory).where("hs_prefix", "in", prefixes).execute();
}

export async function territoryHasTariff(db: Executor, territory: string): Promise<boolean> {
  return !!(await db.selectFrom("tariff_rates").select("territory").where("territory", "=", territory).limit(1).executeTakeFirst());
}

/** Existing rows with these keys, to tell created from updated. */
export async function existingTariffKeys(db: Executor, territory: string, prefixes: readonly string[]): Promise<Set<string>> {
  if (!prefixes.length) return new Set();
  const rows = await db.selectFrom("tariff_rates").select("hs_prefix").where("territory", "=", territory).where("hs_prefix", "in", prefixes).execute();
  return new Set(rows.map((r) => r.hs_prefix));
}

export async function upsertTariffRows(db: Executor, rows: readonly TariffRatesTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insertInto("tariff_rates")
      .values(rows.slice(i, i + 200))
      .onConflict((oc) =>
        oc.columns(["territory", "hs_prefix"]).doUpdateSet((eb) => ({
          rate_bp: eb.ref("excluded.rate_bp"),
          source: eb.ref("excluded.source"),
          as_of: eb.ref("excluded.as_of"),
          indicative: eb.ref("excluded.indicative"),
          updated_at: eb.ref("excluded.updated_at"),
        })),
      )
      .execute();
  }
}

// ---------------------------------------------------------------------------- denied parties

export async function deniedPartyRows(db: Executor): Promise<DeniedPartiesTable[]> {
  return db.selectFrom("denied_parties").selectAll().orderBy("list_source").orderBy("name").execute();
}

export async function deniedPartySources(db: Executor): Promise<{ source: string; entries: number; importedAt: string }[]> {
  const rows = await db
    .selectFrom("denied_parties")
    .select((eb) => ["list_source", eb.fn.countAll<number | string>().as("entries"), eb.fn.max("imported_at").as("imported_at")])
    .groupBy("list_source")
    .orderBy("list_source")
    .execute();
  return rows.map((r) => ({ source: r.list_source, entries: Number(r.entries), importedAt: r.imported_at }));
}

/** An import replaces every entry of its source, and only those. */
export async function replaceDeniedParties(db: Executor, source: string, rows: readonly DeniedPartiesTable[]): Promise<void> {
  await db.deleteFrom("denied_parties").where("list_source", "=", source).execute();
  for (let i = 0; i < rows.length; i += 200) await db.insertInto("denied_parties").values(rows.slice(i, i + 200)).execute();
}

// ---------------------------------------------------------------------------- screening reviews

export async function insertScreeningReview(
  db: Executor,
  review: ScreeningReviewsTable,
  hits: readonly ScreeningHitsTable[],
  event: ScreeningReviewEventsTable,
): Promise<void> {
  await db.insertInto("screening_reviews").values(review).execute();
  if (hits.length) await db.insertInto("screening_hits").values([...hits]).execute();
  await db.insertInto("screening_review_events").values(event).execute();
}

export async function screeningReviewRow(db: Executor, id: string): Promise<ScreeningReviewsTable | undefined> {
  return db.selectFrom("screening_reviews").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function screeningReviewRows(db: Executor, filter: { status?: string | null; subjectId?: string | null }, limit: number): Promise<ScreeningReviewsTable[]> {
  let query = db.selectFrom("screening_reviews").selectAll();
  if (filter.status) query = query.where("status", "=", filter.status);
  if (filter.subjectId) query = query.where("subject_id", "=", filter.subjectId);
  return query.orderBy("created_at").orderBy("id").limit(limit).execute();
}

export async function screeningHitRows(db: Executor, reviewIds: readonly string[]): Promise<ScreeningHitsTable[]> {
  if (!reviewIds.length) return [];
  return db.selectFrom("screening_hits").selectAll().where("review_id", "in", reviewIds).orderBy("score", "desc").orderBy("id").execute();
}

export async function screeningEventRows(db: Executor, reviewIds: readonly string[]): Promise<ScreeningReviewEventsTable[]> {
  if (!reviewIds.length) return [];
  return db.selectFrom("screening_review_events").selectAll().where("review_id", "in", reviewIds).orderBy("at").orderBy("id").execute();
}

/** Moves a review on only from the status it was read in: a second admin deciding at once changes nothing. */
export async function decideScreeningReviewRow(
  db: Executor,
  id: string,
  from: string,
  change: Pick<ScreeningReviewsTable, "status" | "decided_by_user_id" | "decided_at" | "note">,
  event: ScreeningReviewEventsTable,
): Promise<boolean> {
  const result = await db.updateTable("screening_reviews").set(change).where("id", "=", id).where("status", "=", from).executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await db.insertInto("screening_review_events").values(event).execute();
  return true;
}
