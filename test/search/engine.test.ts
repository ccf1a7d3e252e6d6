import { afterEach, expect, it } from "vitest";
import { RELEVANCE_WINDOW, SEARCH_PLAN, searchListingKeys, TOTAL_COUNT_CAP, type ListingSearchSpec, type SearchSort } from "../../db/search.js";
import { describeEachDatabase } from "../support/db.js";
import { loadGenerated } from "./generated.js";
import { ReferenceSearch } from "./reference.js";

const SORTS: SearchSort[] = ["relevance", "newest", "price_asc", "price_desc", "lead_time"];

/** Realistic queries over generated listings: rare and common words, partial words, translations, every filter. */
function specs(): ListingSearchSpec[] {
  const out: ListingSearchSpec[] = [];
  const add = (spec: Omit<ListingSearchSpec, "sort" | "limit">, limit = 40) => SORTS.forEach((sort) => out.push({ ...spec, sort, limit }));
  add({ text: "quality" }, 100);
  add({ text: null }, 100);
  add({ text: "organic" });
  add({ text: "organic coffee" });
  add({ text: "coff" });
  add({ text: "palm o" });
  add({ text: "organic cof" });
  add({ text: "kokos" });
  add({ text: "gdansk sao" });
  add({ text: "vanilla" });
  add({ text: "quality", originCountry: "VN", verifiedOnly: true });
  add({ text: null, hsPrefix: "09" });
  add({ text: "premium", hsPrefix: "090111" });
  add({ text: null, hsPrefix: "0901119" });
  add({ text: "natural", priceMinUsdCents: 200, priceMaxUsdCents: 900 });
  add({ text: null, priceMinUsdCents: 5000 });
  add({ text: null, priceMinUsdCents: 500, priceMaxUsdCents: 600 });
  add({ text: "export", incoterm: "CIF", quantity: { base: 20000, kind: "mass" } });
  out.push({ text: "organic coffee beans", anyWord: true, sort: "relevance", limit: 100 });
  return out;
}

const DEFAULT_PLAN = { ...SEARCH_PLAN };

describeEachDatabase("search engine against a plain scan", (db, dialect) => {
  afterEach(() => {
    Object.assign(SEARCH_PLAN, DEFAULT_PLAN);
  });

  // Hundreds of paged searches over a few thousand listings: seconds alone, more on a busy PostgreSQL.
  const SLOW = 180_000;

  it("returns, page after page, exactly the listings and the order a plain scan gives", async () => {
    await expectSameAsPlainScan();
  }, SLOW);

  // SQLite sorts a few thousand matches whole; PostgreSQL always walks buckets, as the test above checks.
  if (dialect === "sqlite") {
    it("gives the same when price and lead-time sorts walk buckets however few the matches", async () => {
      SEARCH_PLAN.sortWholeCap = 0;
      await expectSameAsPlainScan();
    }, SLOW);
  }

  async function expectSameAsPlainScan(): Promise<void> {
    const reference = new ReferenceSearch(await loadGenerated(db(), 2400));
    // Enough data that a common word fills more than one relevance window and sorts walk price buckets.
    expect(reference.keys({ text: "quality", sort: "newest", limit: 1 }).length).toBeGreaterThan(RELEVANCE_WINDOW);
    for (const spec of specs()) {
      const expected = reference.keys(spec);
      const keyOf = new Map<string, number>();
      const seen: number[] = [];
      let after: number[] | null = null;
      for (let page = 0; page < 40; page++) {
        const found = await searchListingKeys(db().db, dialect, { ...spec, after });
        if (page === 0) {
          expect({ spec, total: found.total, exact: found.totalIsExact }).toEqual({
            spec,
            total: Math.min(expected.length, TOTAL_COUNT_CAP),
            exact: expected.length <= TOTAL_COUNT_CAP,
          });
        }
        if (found.hits.length) {
          const rows = await db().db.selectFrom("listings").select(["id", "search_key"]).where("id", "in", found.hits.map((h) => h.id)).execute();
          for (const r of rows) keyOf.set(r.id, Number(r.search_key));
        }
        seen.push(...found.hits.map((h) => keyOf.get(h.id)!));
        if (!found.hasMore) break;
        after = found.hits.at(-1)!.position;
      }
      expect({ spec, keys: seen }).toEqual({ spec, keys: expected });
    }
  }
});
