import type { Database } from "../../db/database.js";
import { indexListings } from "../../db/search.js";
import { listings, organisations, searchDocument, type BenchListing } from "../../bench/generate.js";

const KEY_SPACING = 37;

/**
 * Loads the bench seed's deterministic listings into a test database, indexed through indexListings:
 * enough of them that searches cross relevance windows and walk price buckets, as they do at a million.
 */
export async function loadGenerated(database: Database, count: number): Promise<BenchListing[]> {
  const sellers = organisations(60, 0);
  await database.db
    .insertInto("organisations")
    .values(sellers.map((o) => ({ ...o, preferred_locale: "en", time_zone: "UTC" })))
    .execute();
  // Keys spread out (as years of edits and deletions leave them) so PostgreSQL's recency blocks are several.
  const rows = [...listings(count, sellers)].map((l) => ({ ...l, search_key: l.search_key * KEY_SPACING }));
  for (let i = 0; i < rows.length; i += 200) {
    const batch = rows.slice(i, i + 200);
    await database.db
      .insertInto("listings")
      .values(batch.map(({ tiers: _t, incoterms: _i, translations: _tr, certifications: _c, ...row }) => row))
      .execute();
    await database.db
      .insertInto("listing_incoterms")
      .values(batch.flatMap((l) => l.incoterms.map((t) => ({ listing_id: l.id, ...t }))))
      .execute();
    const translations = batch.flatMap((l) => l.translations.map((t) => ({ listing_id: l.id, ...t })));
    if (translations.length) await database.db.insertInto("listing_translations").values(translations).execute();
  }
  const active = rows.filter((l) => l.status === "active");
  await indexListings(database.db, database.dialect, active.map((l) => ({ searchKey: l.search_key, doc: searchDocument(l) })));
  return rows;
}
