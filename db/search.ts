import { sql, type RawBuilder } from "kysely";
import type { DialectName, Executor } from "./database.js";
import { findUnit, type Quantity } from "./reference/units.js";
import { isUnspaced, searchWords } from "./text.js";

/**
 * Full-text search over active listings: the one place that knows SQLite (FTS5) from PostgreSQL
 * (tsvector + GIN). The plan, with the measurements behind it, is docs/decisions/0010-search-plan.md:
 *
 * - Words and "facets" live in one index. Besides a listing's words, the index holds tokens for its
 *   origin, HS chapter/heading/subheading, Incoterms, unit kind, price bucket and lead-time bucket, so the
 *   index itself intersects "coffee" with "origin VN" and "FOB" (FTS5 skips through its doclists, GIN
 *   intersects posting lists) and only the listings that match everything are ever read.
 * - Relevance is the number of query words in the title (2 each; 1 for a word found only in the
 *   description or a translation; 1 more for the whole query as a phrase in the title), newest first
 *   among equals, ranked within windows of the RELEVANCE_WINDOW newest matches: exact when all matches
 *   fit one window, otherwise best-first within each window, windows newest first. bm25()/ts_rank were
 *   measured and rejected: their cost grows with every posting of every query word.
 * - Price and lead-time sorts read a small result whole; a large one is walked bucket by bucket in
 *   sort order, from the price range its words have been seen with, sorting each bucket by the column.
 * - A list of every indexed word (listing_search_words) turns a partial last word into whole words and
 *   holds the price range seen with each word and facet.
 *
 * Tokens are made by db/text.ts searchWords for both databases and for queries, so SQLite and
 * PostgreSQL agree on every word and a query's words are cut, folded and stemmed as a listing's are;
 * PostgreSQL gets a tsvector literal rather than running its own parser.
 */

/** The text a listing is found by: its title (and translated titles), and everything else. */
export interface SearchDocument {
  title: string;
  body: string;
}

// ---------------------------------------------------------------------------- words

/** A query uses at most this many words; further words are ignored. */
export const MAX_QUERY_WORDS = 8;

/**
 * The tokens a listing's text is indexed under: every form of every word (searchWords), in order.
 * A query matches the same forms of its own words, so both sides go through searchWords alone.
 */
export function searchTokens(text: string): string[] {
  return searchWords(text).flatMap((w) => w.forms);
}

/** Text as the SQLite index stores it. */
export function searchText(text: string): string {
  return searchTokens(text).join(" ");
}

// ---------------------------------------------------------------------------- facets

/** The columns of a listing that filters and sorts read, as facet tokens encode them. */
export interface ListingFacets {
  hsCode: string;
  originCountry: string;
  unit: string;
  incoterms: readonly string[];
  priceUsdCents: number | null;
  leadTimeDays: number;
}

// Price buckets grow by 5 %, so even a dense bucket holds few listings of one query; everything from
// ten million dollars up shares the last one.
const PRICE_BUCKET_RATIO = Math.log(1.05);
const MAX_PRICE_BUCKET = 425;
// Lead-time buckets: a day each for the first month, wider after.
const LEAD_BOUNDS = [...Array.from({ length: 31 }, (_v, d) => d), 31, 46, 61, 91, 121, 181, 366];

export function priceBucket(cents: number): number {
  return cents < 1 ? 0 : Math.min(MAX_PRICE_BUCKET, Math.floor(Math.log(cents) / PRICE_BUCKET_RATIO));
}

function leadBucket(days: number): number {
  let bound = 0;
  for (const b of LEAD_BOUNDS) if (days >= b) bound = b;
  return bound;
}

function hsDigits(code: string | null | undefined): string | null {
  const digits = (code ?? "").replace(/\D/g, "");
  return digits || null;
}

/** The HS prefix a facet token exists for: the longest of 6, 4, 2 digits the prefix covers. */
function hsFacet(digits: string): string | null {
  const length = [6, 4, 2].find((n) => digits.length >= n);
  return length ? digits.slice(0, length) : null;
}

/** A listing's facet tokens (without the dialect's marker). */
export function facetTokens(f: ListingFacets): string[] {
  const hs = hsDigits(f.hsCode) ?? "";
  const tokens = [`c${f.originCountry}`, ...[2, 4, 6].filter((n) => hs.length >= n).map((n) => `h${hs.slice(0, n)}`), ...f.incoterms.map((i) => `i${i}`)];
  tokens.push(f.priceUsdCents === null ? "pn" : `p${priceBucket(f.priceUsdCents)}`, `l${leadBucket(f.leadTimeDays)}`);
  const quantity = findUnit(f.unit)?.quantity;
  if (quantity) tokens.push(`u${quantity}`);
  return tokens.map((t) => t.toLowerCase());
}

// On SQLite facets have their own FTS5 column and start with "_", a token character of that table
// that no word contains, so queries need no column filter (which would make FTS5 read every position list).
const SQLITE_FACET = "_";

/** A listing's facet column; `_all` lets a query with no words and no facet filter still be an FTS5 query. */
export function sqliteFacetText(f: ListingFacets): string {
  return ["all", ...facetTokens(f)].map((t) => SQLITE_FACET + t).join(" ");
}

// On PostgreSQL facets share the tsvector with the words, marked with a character no word contains.
const PG_FACET = "~";

const quoteLexeme = (token: string) => `'${token.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;

// tsvector positions stop at 16383.
const MAX_POSITION = 16383;

// PostgreSQL's GIN returns matches in no order, so "the newest N matches" would read every match from
// the table. A recency-block facet (search keys in blocks of 16,384) lets a query ask for the matches of
// the newest blocks first, reading little more than the rows it returns.
const RECENCY_BLOCK = 16_384;
const recencyBlock = (searchKey: number) => Math.floor(searchKey / RECENCY_BLOCK);

/**
 * The tsvector of a listing as a literal: title words weigh A (and a gap keeps a phrase from running
 * from the title into the body), other words D, facets D.
 */
export function postgresVector(doc: SearchDocument, facets: ListingFacets, searchKey: number): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  const add = (token: string, weight: string) => {
    position = Math.min(position + 1, MAX_POSITION);
    const list = positions.get(token) ?? [];
    if (list.length < 256) list.push(`${position}${weight}`);
    positions.set(token, list);
  };
  for (const token of searchTokens(doc.title)) add(token, "A");
  position += 1;
  for (const token of searchTokens(doc.body)) add(token, "");
  position += 1;
  for (const token of [...facetTokens(facets), `r${recencyBlock(searchKey)}`]) add(PG_FACET + token, "");
  return [...positions].map(([token, at]) => `${quoteLexeme(token)}:${at.join(",")}`).join(" ");
}

// ---------------------------------------------------------------------------- keeping the index current

/** The facet columns of listings by search key, read in a few statements however many. */
async function facetsOf(db: Executor, searchKeys: readonly number[]): Promise<Map<number, ListingFacets>> {
  const found = new Map<number, ListingFacets>();
  for (let i = 0; i < searchKeys.length; i += 500) {
    const listings = await db
      .selectFrom("listings")
      .select(["id", "search_key", "hs_code", "origin_country", "unit", "price_from_usd_cents", "lead_time_days"])
      .where("search_key", "in", searchKeys.slice(i, i + 500))
      .execute();
    if (!listings.length) continue;
    const incoterms = await db.selectFrom("listing_incoterms").select(["listing_id", "incoterm"]).where("listing_id", "in", listings.map((l) => l.id)).execute();
    for (const listing of listings) {
      found.set(Number(listing.search_key), {
        hsCode: listing.hs_code,
        originCountry: listing.origin_country,
        unit: listing.unit,
        incoterms: incoterms.filter((t) => t.listing_id === listing.id).map((t) => t.incoterm),
        priceUsdCents: listing.price_from_usd_cents === null ? null : Number(listing.price_from_usd_cents),
        leadTimeDays: listing.lead_time_days,
      });
    }
  }
  const missing = searchKeys.find((key) => !found.has(key));
  if (missing !== undefined) throw new Error(`indexListing: no listing has search_key ${missing}`);
  return found;
}

export interface IndexEntry {
  searchKey: number;
  /** The listing's text, or null to take it out of the index. */
  doc: SearchDocument | null;
}

/**
 * Keeps the full-text index of one listing current, inside the caller's transaction: a document
 * (re)indexes it, null removes it (a listing that is not active must not be found). Call it after
 * every write to an active listing (text, HS code, origin, unit, price, lead time, Incoterms): it reads
 * those columns for the facet tokens, so the listing's row and Incoterms must be written first.
 */
export async function indexListing(db: Executor, dialect: DialectName, searchKey: number, doc: SearchDocument | null): Promise<void> {
  await indexListings(db, dialect, [{ searchKey, doc }]);
}

/** indexListing for many listings at once (an import batch): a few statements per 500 listings instead of four per listing. */
export async function indexListings(db: Executor, dialect: DialectName, entries: readonly IndexEntry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += 500) {
    const part = entries.slice(i, i + 500);
    const facets = await facetsOf(db, part.filter((e) => e.doc).map((e) => e.searchKey));
    const words = new WordRanges();
    if (dialect === "postgres") {
      const vectors = part.map((e) => (e.doc ? postgresVector(e.doc, facets.get(e.searchKey)!, e.searchKey) : null));
      await sql`update listings set search_vector = v.vector::tsvector
        from unnest(${part.map((e) => e.searchKey)}::bigint[], ${vectors}::text[]) as v(search_key, vector)
        where listings.search_key = v.search_key`.execute(db);
      for (const e of part) if (e.doc) words.add(postgresWords(e.doc, facets.get(e.searchKey)!), facets.get(e.searchKey)!.priceUsdCents);
    } else {
      await sql`delete from listing_search where rowid in (${sql.join(part.map((e) => e.searchKey))})`.execute(db);
      const rows = part.flatMap((e) => {
        if (!e.doc) return [];
        const listing = facets.get(e.searchKey)!;
        const [title, body, facetText] = [searchText(e.doc.title), searchText(e.doc.body), sqliteFacetText(listing)];
        words.add(sqliteWords(title, body, facetText), listing.priceUsdCents);
        return [sql`(${e.searchKey}, ${title}, ${body}, ${facetText})`];
      });
      if (rows.length) await sql`insert into listing_search (rowid, title, body, facets) values ${sql.join(rows)}`.execute(db);
    }
    await rememberWords(db, dialect, words);
  }
}

/** The distinct words and facet tokens of a listing as the SQLite index holds them. */
export function sqliteWords(title: string, body: string, facets: string): Set<string> {
  return new Set(`${title} ${body} ${facets}`.split(" ").filter(Boolean));
}

/** The distinct words and facet lexemes of a listing as the PostgreSQL tsvector holds them (recency block aside). */
export function postgresWords(doc: SearchDocument, facets: ListingFacets): Set<string> {
  return new Set([...searchTokens(doc.title), ...searchTokens(doc.body), ...facetTokens(facets).map((t) => PG_FACET + t)]);
}

/** Words with the lowest and highest USD price seen with each (null: only seen without a price). */
export class WordRanges {
  readonly ranges = new Map<string, [number | null, number | null]>();

  add(words: Iterable<string>, priceUsdCents: number | null): void {
    for (const word of words) {
      const [min, max] = this.ranges.get(word) ?? [null, null];
      if (priceUsdCents === null) this.ranges.set(word, [min, max]);
      else this.ranges.set(word, [Math.min(min ?? priceUsdCents, priceUsdCents), Math.max(max ?? priceUsdCents, priceUsdCents)]);
    }
  }
}

/**
 * Records words in the list of indexed words (listing_search_words) with the price range seen with
 * each. A range only ever widens, so it stays a safe bound when listings change or leave: a bucket
 * walk starting at a word's lowest price skips nothing that could match. Bulk loaders call it too.
 */
export async function rememberWords(db: Executor, dialect: DialectName, words: WordRanges): Promise<void> {
  const all = [...words.ranges];
  for (let i = 0; i < all.length; i += 1000) {
    const part = all.slice(i, i + 1000);
    if (dialect === "postgres") {
      await sql`insert into listing_search_words (word, min_price, max_price)
        select * from unnest(${part.map(([w]) => w)}::text[], ${part.map(([, [min]]) => min)}::bigint[], ${part.map(([, [, max]]) => max)}::bigint[])
        on conflict (word) do update set
          min_price = least(listing_search_words.min_price, excluded.min_price),
          max_price = greatest(listing_search_words.max_price, excluded.max_price)
        where excluded.min_price < coalesce(listing_search_words.min_price, excluded.min_price + 1)
           or excluded.max_price > coalesce(listing_search_words.max_price, excluded.max_price - 1)`.execute(db);
      continue;
    }
    const values = part.map(([word, [min, max]]) => sql`(${word}, ${min}, ${max})`);
    await sql`insert into listing_search_words (word, min_price, max_price) values ${sql.join(values)}
      on conflict (word) do update set
        min_price = min(coalesce(min_price, excluded.min_price), coalesce(excluded.min_price, min_price)),
        max_price = max(coalesce(max_price, excluded.max_price), coalesce(excluded.max_price, max_price))
      where excluded.min_price < coalesce(min_price, excluded.min_price + 1) or excluded.max_price > coalesce(max_price, excluded.max_price - 1)`.execute(db);
  }
}

// ---------------------------------------------------------------------------- the query

export type SearchSort = "relevance" | "newest" | "price_asc" | "price_desc" | "lead_time";

export interface ListingSearchSpec {
  /** Free text as the user typed it; every word must match (any word with `anyWord`), the last one also as a prefix. */
  text?: string | null;
  /** Match listings holding any of the words rather than all; they rank by how many they hold. */
  anyWord?: boolean;
  /** Digits of an HS code: listings whose code starts with them (2 chapter, 4 heading, 6 subheading, more). */
  hsPrefix?: string | null;
  originCountry?: string | null;
  /** Bounds on listings.price_from_usd_cents, inclusive. Listings without a USD price never meet a bound. */
  priceMinUsdCents?: number | null;
  priceMaxUsdCents?: number | null;
  /** The buyer's quantity in base units; only listings in a unit of the same kind (mass, volume…) can supply it. */
  quantity?: { base: number; kind: Quantity } | null;
  incoterm?: string | null;
  verifiedOnly?: boolean;
  sort: SearchSort;
  limit: number;
  /** The `position` of the last hit already seen, for the same query, filters and sort. */
  after?: readonly number[] | null;
}

export interface SearchHit {
  id: string;
  /** Where this hit sits in the ordering: hand it back as `after` for the next page. */
  position: number[];
}

/** A hit by the listing's search key, before anyone looks up its id. */
export interface KeyedHit {
  key: number;
  position: number[];
}

export interface SearchKeys<Hit = SearchHit> {
  hits: Hit[];
  hasMore: boolean;
  /** Exact up to TOTAL_COUNT_CAP; beyond it, the cap with totalIsExact false. */
  total: number;
  totalIsExact: boolean;
  /** False when relevance was ranked within windows of the newest matches rather than over all of them. */
  relevanceIsExact: boolean;
}

export const TOTAL_COUNT_CAP = 1000;
/** Relevance is ranked over at most this many matches at a time, newest first. */
export const RELEVANCE_WINDOW = 1000;
/** With at most this many matches, price and lead-time sorts read them all instead of walking buckets. */
const SMALL_RESULT = TOTAL_COUNT_CAP;
/** A group of buckets with more matches than this is split rather than sorted (PostgreSQL walks groups). */
const BUCKET_SCAN_CAP = 500;
const MAX_BUCKET_GROUP = 16;
/**
 * Plan thresholds that do not change results, only how they are found. `sortWholeCap`: SQLite sorts up to
 * this many matches whole rather than walking buckets (see cheaperToSortWhole); tests set it to 0 to
 * check the bucket walk on a small database.
 */
export const SEARCH_PLAN = { sortWholeCap: 2000 };

/** A partial word matches at most this many whole words, the shortest first ("coff": coffee before coffeehouse). */
const MAX_COMPLETIONS = 32;

const TOP = Number.MAX_SAFE_INTEGER;

/** Thrown for an `after` position that does not belong to this sort (the service turns it into a user error). */
export class SearchPositionError extends Error {
  constructor() {
    super("search position does not fit this sort");
    this.name = "SearchPositionError";
  }
}

/** A word of the query: any of its forms matches; `prefix` also matches longer words ("coff" finds coffee). */
interface Term {
  word: string;
  forms: string[];
  prefix: boolean;
}

/** One condition on the index: a facet token, or any of several (a price range, a group of buckets). */
type FacetCondition = string[];

/**
 * The query's words. The last one may still be being typed (no space after it): when none of its forms
 * is a word of any listing, it matches as a prefix ("coff" finds coffee), checked in Search.resolvePrefix,
 * so the expensive prefix expansion runs only for the partial words that need it. A whole word matches
 * any of its stems, so "coconuts" finds "coconut" and "coconut" finds "coconuts".
 */
function parseText(text: string | null | undefined): Term[] {
  const seen = new Set<string>();
  let words = searchWords(text ?? "")
    .filter((w) => !seen.has(w.word) && seen.add(w.word))
    .slice(0, MAX_QUERY_WORDS);
  const typing = !/\s$/.test(text ?? "");
  // A single letter being typed after other words says nothing yet ("palm o"); a single 椰 does.
  const telling = (word: string) => [...word].length >= 2 || isUnspaced(word);
  if (typing && words.length > 1 && !telling(words.at(-1)!.word)) words = words.slice(0, -1);
  return words.map((w, i) => ({ ...w, prefix: i === words.length - 1 && typing && telling(w.word) }));
}

/** The first digit string after every code starting with `prefix` ("0899" → "09"), or null past "99…". */
function hsUpperBound(prefix: string): string | null {
  const digits = prefix.split("");
  for (let i = digits.length - 1; i >= 0; i--) {
    if (digits[i] !== "9") return digits.slice(0, i).join("") + String(Number(digits[i]) + 1);
  }
  return null;
}

function priceBuckets(spec: ListingSearchSpec): FacetCondition | null {
  if (spec.priceMinUsdCents == null && spec.priceMaxUsdCents == null) return null;
  const low = priceBucket(spec.priceMinUsdCents ?? 0);
  const high = priceBucket(spec.priceMaxUsdCents ?? Number.MAX_SAFE_INTEGER);
  // A wide range selects many listings anyway: the row condition alone is cheaper than a long OR.
  if (high - low >= 32) return null;
  return Array.from({ length: high - low + 1 }, (_v, i) => `p${low + i}`);
}

/**
 * Beside words or another facet, a price range becomes index tokens only when it spans this many
 * buckets or fewer (about ±20 %): the price is checked on the row anyway, and a wide OR of buckets,
 * evaluated again by every statement of a relevance search, costs more than it narrows, while a
 * narrow one is what keeps "high quality blanched peanuts" from reading every "high quality" listing.
 */
const NARROWING_PRICE_BUCKETS = 8;

/** The index tokens a search must match: each entry is one token or an OR of several. */
function facetConditions(spec: ListingSearchSpec, hasWords: boolean): FacetCondition[] {
  const conditions: FacetCondition[] = [];
  if (spec.originCountry) conditions.push([`c${spec.originCountry.toLowerCase()}`]);
  const hs = hsFacet(hsDigits(spec.hsPrefix) ?? "");
  if (hs) conditions.push([`h${hs}`]);
  if (spec.incoterm) conditions.push([`i${spec.incoterm.toLowerCase()}`]);
  if (spec.quantity) conditions.push([`u${spec.quantity.kind}`]);
  const prices = priceBuckets(spec);
  const alone = !hasWords && conditions.length === 0;
  if (prices && (alone || prices.length <= NARROWING_PRICE_BUCKETS)) conditions.push(prices);
  return conditions;
}

/** What the facets cannot say exactly, checked on the listings row (alias l). */
function rowConditions(spec: ListingSearchSpec): RawBuilder<unknown>[] {
  const conditions: RawBuilder<unknown>[] = [];
  if (spec.verifiedOnly) conditions.push(sql`l.seller_verified = 1`);
  if (spec.quantity) conditions.push(sql`l.moq_base <= ${spec.quantity.base} and l.available_base >= ${spec.quantity.base}`);
  if (spec.priceMinUsdCents != null) conditions.push(sql`l.price_from_usd_cents >= ${spec.priceMinUsdCents}`);
  if (spec.priceMaxUsdCents != null) conditions.push(sql`l.price_from_usd_cents <= ${spec.priceMaxUsdCents}`);
  const hs = hsDigits(spec.hsPrefix);
  if (hs && hs !== hsFacet(hs)) {
    conditions.push(sql`l.hs_code >= ${hs}`);
    const upper = hsUpperBound(hs);
    if (upper) conditions.push(sql`l.hs_code < ${upper}`);
  }
  return conditions;
}

const and = (conditions: RawBuilder<unknown>[]) => (conditions.length ? sql.join(conditions, sql` and `) : sql`true`);

interface Ordered {
  key: number;
  position: number[];
}

interface Scored {
  key: number;
  score: number;
}

/** Relevance order: score, then newest. */
const byScore = (a: Scored, b: Scored) => b.score - a.score || b.key - a.key;

type SortColumn = { column: "price_from_usd_cents" | "lead_time_days"; direction: "asc" | "desc" };

interface PriceBounds {
  min?: number;
  max?: number;
}

function sortColumn(sort: SearchSort): SortColumn | null {
  if (sort === "price_asc") return { column: "price_from_usd_cents", direction: "asc" };
  if (sort === "price_desc") return { column: "price_from_usd_cents", direction: "desc" };
  if (sort === "lead_time") return { column: "lead_time_days", direction: "asc" };
  return null;
}

/**
 * The active listings that match, in the asked order, one page at a time, with a capped count.
 * Hits carry listing ids; callers hydrate them (graph/listings listingsByIds).
 *
 * Positions: newest [key]; by price or lead time [isNull, value, key]; relevance [ceiling, floor, score, key],
 * where [floor, ceiling] is the window of search keys the hit was ranked in.
 */
export async function searchListingKeys(db: Executor, dialect: DialectName, spec: ListingSearchSpec): Promise<SearchKeys> {
  const found = await searchListingPage(db, dialect, spec);
  const keys = found.hits.map((h) => h.key);
  const ids = new Map<number, string>();
  if (keys.length) {
    for (const r of await db.selectFrom("listings").select(["search_key", "id"]).where("search_key", "in", keys).execute()) ids.set(Number(r.search_key), r.id);
  }
  return { ...found, hits: found.hits.flatMap((h) => (ids.has(h.key) ? [{ id: ids.get(h.key)!, position: h.position }] : [])) };
}

/**
 * The same page by search keys, for a caller that reads the listings by key itself (the catalogue
 * hydrates them in the same statement that finds their ids).
 */
export async function searchListingPage(db: Executor, dialect: DialectName, spec: ListingSearchSpec): Promise<SearchKeys<KeyedHit>> {
  const search: Search = dialect === "postgres" ? new PostgresSearch(db, spec) : new SqliteSearch(db, spec);
  return search.run();
}

abstract class Search {
  protected terms: Term[];
  protected readonly facets: FacetCondition[];
  /**
   * Whether bucket walks query groups of buckets that double in width. PostgreSQL ORs posting lists
   * cheaply and pays per statement; FTS5 pays for an OR of many doclists, so SQLite asks one bucket at a time.
   */
  protected abstract readonly groupsBuckets: boolean;
  protected readonly rows: RawBuilder<unknown>[];
  private readonly sortBy: SortColumn | null;
  private readonly ranked: boolean;

  constructor(
    protected readonly db: Executor,
    protected readonly spec: ListingSearchSpec,
  ) {
    this.terms = parseText(spec.text);
    this.facets = facetConditions(spec, this.terms.length > 0);
    this.rows = rowConditions(spec);
    this.sortBy = sortColumn(spec.sort);
    this.ranked = spec.sort === "relevance" && this.terms.length > 0;
    const length = this.ranked ? 4 : this.sortBy ? 3 : 1;
    const after = spec.after;
    if (after && (after.length !== length || !after.every((n) => Number.isSafeInteger(n)))) throw new SearchPositionError();
  }

  /** How many match, counting no further than `cap`. */
  protected abstract count(cap: number): Promise<number>;
  /** Whether sorting every match beats walking buckets for this search (a bucket walk reads every bucket it passes). */
  protected abstract cheaperToSortWhole(sortBy: SortColumn): Promise<boolean>;
  /** Matches by search key, descending, below `before`. */
  protected abstract newest(before: number, limit: number): Promise<number[]>;
  /**
   * Matches within `extra` facet conditions, by the column, after the position, best first. With `scanCap`,
   * null when more than that many match (the caller narrows the buckets instead of sorting them all).
   */
  protected abstract byColumn(
    sortBy: SortColumn,
    extra: FacetCondition[],
    after: readonly number[] | null,
    limit: number,
    scanCap?: number,
  ): Promise<Ordered[] | null>;
  /** The newest matches at or below `ceiling` (down to `floor` when given, else at most `limit`), scored. */
  protected abstract window(ceiling: number, floor: number | null, limit: number): Promise<Scored[]>;

  private async resolvePrefix(): Promise<void> {
    const last = this.terms.at(-1);
    if (!last?.prefix) return;
    if (!(await this.wordsAmong(last.forms)).length) return this.expandPrefix(last.word);
    this.terms = [...this.terms.slice(0, -1), { ...last, prefix: false }];
  }

  /** Which of these words some listing has. */
  private async wordsAmong(words: string[]): Promise<string[]> {
    const { rows } = await sql<{ word: string }>`select word from listing_search_words where word in (${sql.join(words)})`.execute(this.db);
    return rows.map((r) => r.word);
  }

  /** The whole words a partial last word stands for. */
  protected completions: string[] = [];
  /** How this dialect's index spells a facet token. */
  protected abstract readonly facetMarker: string;

  /**
   * A partial last word becomes the (at most MAX_COMPLETIONS, shortest first) whole words it starts:
   * both indexes would otherwise expand a prefix by reading every posting of every word it covers, on
   * every statement of the search. Words are compared byte-wise (UTF-8), the table's own order.
   */
  private async expandPrefix(word: string): Promise<void> {
    const { rows } = await sql<{ word: string }>`select word from listing_search_words where word >= ${word} and word < ${`${word}\u{10ffff}`}
      order by length(word), word limit ${MAX_COMPLETIONS}`.execute(this.db);
    this.completions = rows.map((r) => r.word);
  }

  /** The query's words, each as the alternatives it stands for (its forms; a partial word: its completions). */
  protected alternatives(term: Term): string[] {
    return term.prefix ? this.completions : term.forms;
  }

  /**
   * Every match holds all the query's words and facets (or, for a partial word or an any-word query, one
   * of several), so its price lies within each one's recorded range: a price walk starts at the highest
   * of the lowest prices and ends at the lowest of the highest.
   */
  private async priceBounds(): Promise<PriceBounds> {
    const groups: string[][] = this.terms.map((t) => this.alternatives(t));
    if (this.spec.anyWord) groups.splice(0, groups.length, groups.flat());
    groups.push(...this.facets.filter((any) => !any[0]!.startsWith("p")).map((any) => any.map((f) => this.facetMarker + f)));
    const words = [...new Set(groups.flat())];
    if (!words.length) return {};
    const { rows } = await sql<{ word: string; min_price: number | null; max_price: number | null }>`select word, min_price, max_price
      from listing_search_words where word in (${sql.join(words)})`.execute(this.db);
    const range = new Map(rows.map((r) => [r.word, { min: r.min_price === null ? null : Number(r.min_price), max: r.max_price === null ? null : Number(r.max_price) }]));
    const bounds: PriceBounds = {};
    for (const group of groups) {
      const known = group.map((w) => range.get(w));
      // A group bounds the price only if each of its words does (an empty group matches nothing at all).
      if (!known.length || known.some((r) => r?.min == null || r.max == null)) continue;
      bounds.min = Math.max(bounds.min ?? 0, Math.min(...known.map((r) => r!.min!)));
      bounds.max = Math.min(bounds.max ?? Number.MAX_SAFE_INTEGER, Math.max(...known.map((r) => r!.max!)));
    }
    return bounds;
  }

  async run(): Promise<SearchKeys<KeyedHit>> {
    const { limit } = this.spec;
    await this.resolvePrefix();
    let total: number | null = null;
    let page: Ordered[];
    let relevanceIsExact = true;
    if (this.ranked) {
      const ranked = await this.relevance();
      page = ranked.rows;
      relevanceIsExact = ranked.exact;
      total = ranked.total;
    } else if (this.sortBy) {
      total = await this.count(TOTAL_COUNT_CAP + 1);
      page = total === 0 ? [] : await this.byColumnOrder(this.sortBy, total);
    } else {
      const before = this.spec.after ? this.spec.after[0]! : TOP;
      page = (await this.newest(before, limit + 1)).map((key) => ({ key, position: [key] }));
    }
    total ??= await this.count(TOTAL_COUNT_CAP + 1);
    return {
      hits: page.slice(0, limit).map((r) => ({ key: r.key, position: r.position })),
      hasMore: page.length > limit,
      total: Math.min(total, TOTAL_COUNT_CAP),
      totalIsExact: total <= TOTAL_COUNT_CAP,
      relevanceIsExact,
    };
  }

  /**
   * A small result is read whole. A large one is walked through the facet buckets in sort order, each
   * bucket's matches sorted by the exact column. Where groupsBuckets, a group of buckets is sorted when it
   * holds at most BUCKET_SCAN_CAP matches, split when it holds more, and the next group is twice as wide.
   */
  private async byColumnOrder(sortBy: SortColumn, total: number): Promise<Ordered[]> {
    const want = this.spec.limit + 1;
    const after = this.spec.after ?? null;
    if (total <= SMALL_RESULT || (await this.cheaperToSortWhole(sortBy))) return (await this.byColumn(sortBy, [], after, want))!;
    const bounds = sortBy.column === "price_from_usd_cents" ? await this.priceBounds() : {};
    const buckets = [...this.bucketsFrom(sortBy, after, bounds)];
    const out: Ordered[] = [];
    let start = 0;
    let width = 1;
    while (start < buckets.length && out.length < want) {
      const group = buckets.slice(start, start + width);
      let rows = group.length > 1 ? await this.byColumn(sortBy, [group], after, want - out.length, BUCKET_SCAN_CAP) : null;
      if (!rows && group.length > 1) {
        width = Math.max(1, width >> 1);
        continue;
      }
      rows ??= (await this.byColumn(sortBy, [group], after, want - out.length))!;
      out.push(...rows);
      start += group.length;
      // Past an empty stretch the next group may be wider; where matches are, buckets go one by one.
      width = this.groupsBuckets && !rows.length ? Math.min(width * 2, MAX_BUCKET_GROUP) : 1;
    }
    return out;
  }

  /** The buckets a column sort walks, in its order, from the position's bucket and within the price bounds. */
  private *bucketsFrom({ column, direction }: SortColumn, after: readonly number[] | null, bounds: PriceBounds): Generator<string> {
    if (column === "lead_time_days") {
      const from = after ? leadBucket(after[1]!) : 0;
      for (const b of LEAD_BOUNDS) if (b >= from) yield `l${b}`;
      return;
    }
    const low = priceBucket(Math.max(this.spec.priceMinUsdCents ?? 0, bounds.min ?? 0));
    const high = priceBucket(Math.min(this.spec.priceMaxUsdCents ?? Number.MAX_SAFE_INTEGER, bounds.max ?? Number.MAX_SAFE_INTEGER));
    if (!after || after[0] === 0) {
      if (direction === "asc") for (let b = Math.max(low, after ? priceBucket(after[1]!) : 0); b <= high; b++) yield `p${b}`;
      else for (let b = Math.min(high, after ? priceBucket(after[1]!) : MAX_PRICE_BUCKET); b >= low; b--) yield `p${b}`;
    }
    // Listings without a USD price come last, and never meet a price bound.
    if (this.spec.priceMinUsdCents == null && this.spec.priceMaxUsdCents == null) yield "pn";
  }

  /**
   * Windows of the newest matches, each ranked by score; a page may run on into the next window.
   * The first window also counts the matches (up to its size, which is the count's cap).
   */
  private async relevance(): Promise<{ rows: Ordered[]; exact: boolean; total: number | null }> {
    const want = this.spec.limit + 1;
    const after = this.spec.after;
    let ceiling = after ? after[0]! : TOP;
    let floor: number | null = after ? after[1]! : null;
    let exact = ceiling === TOP && floor === 0;
    let total: number | null = null;
    const out: Ordered[] = [];
    for (;;) {
      const fetched = await this.window(ceiling, floor, RELEVANCE_WINDOW + 1);
      const full = floor === null && fetched.length > RELEVANCE_WINDOW;
      const scored = full ? fetched.sort((a, b) => b.key - a.key).slice(0, RELEVANCE_WINDOW) : fetched;
      const windowFloor = floor ?? (full ? scored.at(-1)!.key : 0);
      if (ceiling === TOP && floor === null) {
        exact = !full;
        total = full ? TOTAL_COUNT_CAP + 1 : scored.length;
      }
      scored.sort(byScore);
      let start = 0;
      if (after && after[0] === ceiling && after[1] === windowFloor) {
        const seen = { key: after[3]!, score: after[2]! };
        start = scored.findIndex((s) => byScore(s, seen) > 0);
        if (start < 0) start = scored.length;
      }
      for (const s of scored.slice(start)) {
        out.push({ key: s.key, position: [ceiling, windowFloor, s.score, s.key] });
        if (out.length >= want) return { rows: out, exact, total };
      }
      if (windowFloor <= 1) return { rows: out, exact, total };
      ceiling = windowFloor - 1;
      floor = null;
    }
  }

  /** A price-bounded search by price with no words and no other facet: the listings' (status, price) index is the order. */
  protected priceIndexServes({ column }: SortColumn): boolean {
    const bounded = this.spec.priceMinUsdCents != null || this.spec.priceMaxUsdCents != null;
    return bounded && column === "price_from_usd_cents" && !this.terms.length && this.facets.every((f) => f[0]!.startsWith("p"));
  }

  /** Per word 2 in the title, else 1 when found elsewhere; 1 more for the whole query as a phrase in the title. */
  protected score(inTitle: boolean[], anywhere: boolean[], phraseInTitle: boolean): number {
    let score = phraseInTitle ? 1 : 0;
    inTitle.forEach((title, i) => (score += title ? 2 : anywhere[i] ? 1 : 0));
    return score;
  }

  /** The condition that keeps a row after `after` in a column order (nulls last in both directions). */
  protected afterColumn(value: RawBuilder<unknown>, key: RawBuilder<unknown>, direction: "asc" | "desc", after: readonly number[] | null): RawBuilder<unknown>[] {
    if (!after) return [];
    const [isNull, v, k] = after as [number, number, number];
    if (isNull) return [sql`(${value} is null and ${key} < ${k})`];
    const beyond = direction === "asc" ? sql`${value} > ${v}` : sql`${value} < ${v}`;
    return [sql`(${value} is null or ${beyond} or (${value} = ${v} and ${key} < ${k}))`];
  }
}

// ---------------------------------------------------------------------------- SQLite (FTS5)

const quoteFts = (token: string) => `"${token.replace(/"/g, '""')}"`;

class SqliteSearch extends Search {
  protected readonly groupsBuckets = false;
  protected readonly facetMarker = SQLITE_FACET;

  /** One query word as FTS5 syntax; a partial word is its completions (or itself, matching nothing, without any). */
  private phrase(term: Term): string {
    const words = this.alternatives(term);
    return words.length > 1 ? `(${words.map(quoteFts).join(" OR ")})` : quoteFts(words[0] ?? term.word);
  }

  /** The FTS5 expression: the words, and the facets. */
  private match(extra: FacetCondition[] = []): string {
    const parts: string[] = [];
    if (this.terms.length) parts.push(`(${this.terms.map((t) => this.phrase(t)).join(this.spec.anyWord ? " OR " : " AND ")})`);
    for (const any of [...this.facets, ...extra]) parts.push(`(${any.map((f) => quoteFts(SQLITE_FACET + f)).join(" OR ")})`);
    return parts.length ? parts.join(" AND ") : quoteFts(`${SQLITE_FACET}all`);
  }

  /** `from … where …` over the index, joining listings only when a row condition or the sort needs it. */
  private source(match: string, extra: RawBuilder<unknown>[] = [], needRow = false): RawBuilder<unknown> {
    const join = needRow || this.rows.length > 0;
    return sql`from listing_search s ${join ? sql`join listings l on l.search_key = s.rowid` : sql``}
      where s.listing_search match ${match} and ${and([...this.rows, ...extra])}`;
  }

  protected async count(cap: number): Promise<number> {
    const { rows } = await sql<{ n: number }>`select count(*) as n from (select 1 ${this.source(this.match())} limit ${cap})`.execute(this.db);
    return Number(rows[0]!.n);
  }

  /**
   * Sorting reads each match's row (1–3 µs); a bucket walk reads every posting of the buckets it passes
   * (about 0.25 µs each), which for goods priced far from the start of the order is most of the index.
   * Up to SEARCH_PLAN.sortWholeCap matches (counted in the index alone, at about 0.04 µs each) sorting wins.
   * Without words or facets but a price range, the listings' own price index serves the order.
   */
  protected async cheaperToSortWhole(sortBy: SortColumn): Promise<boolean> {
    if (this.priceIndexServes(sortBy)) return true;
    const { rows } = await sql<{ n: number }>`select count(*) as n from (select 1 from listing_search where listing_search match ${this.match()} limit ${SEARCH_PLAN.sortWholeCap + 1})`.execute(this.db);
    return Number(rows[0]!.n) <= SEARCH_PLAN.sortWholeCap;
  }

  protected async newest(before: number, limit: number): Promise<number[]> {
    const { rows } = await sql<{ k: number }>`select s.rowid as k ${this.source(this.match(), [sql`s.rowid < ${before}`])}
      order by s.rowid desc limit ${limit}`.execute(this.db);
    return rows.map((r) => r.k);
  }

  protected async byColumn(
    sortBy: SortColumn,
    extra: FacetCondition[],
    after: readonly number[] | null,
    limit: number,
    scanCap?: number,
  ): Promise<Ordered[] | null> {
    const { column, direction } = sortBy;
    const value = sql.ref(`l.${column}`);
    const dir = direction === "asc" ? sql`asc` : sql`desc`;
    if (!extra.length && this.priceIndexServes(sortBy)) {
      // No nulls here: a price bound excludes listings without a USD price.
      const [, v, k] = after ?? [];
      const beyond = after ? [sql`(${value} ${direction === "asc" ? sql`>` : sql`<`} ${v} or (${value} = ${v} and l.search_key < ${k}))`] : [];
      const { rows } = await sql<{ k: number; v: number }>`select l.search_key as k, ${value} as v from listings l
        where l.status = 'active' and ${and([...this.rows, ...beyond])} order by ${value} ${dir}, l.search_key desc limit ${limit}`.execute(this.db);
      return rows.map((r) => ({ key: r.k, position: [0, r.v, r.k] }));
    }
    const matches = sql`select s.rowid as k, ${value} as v
      ${this.source(this.match(extra), this.afterColumn(value, sql`s.rowid`, direction, after), true)}
      ${scanCap === undefined ? sql`` : sql`limit ${scanCap + 1}`}`;
    const { rows } = await sql<{ k: number; v: number | null }>`select k, v from (${matches})
      order by v is null, v ${dir}, k desc limit ${scanCap === undefined ? limit : scanCap + 1}`.execute(this.db);
    if (scanCap !== undefined && rows.length > scanCap) return null;
    return rows.slice(0, limit).map((r) => ({ key: r.k, position: [r.v === null ? 1 : 0, r.v ?? 0, r.k] }));
  }

  /**
   * Keys matching `match` from `high` down to `low`, newest first, at most `limit` unless `low` is given.
   * FTS5 seeks a lower rowid bound by reading the doclist up to it, so none is given: the scan runs down
   * from `high` (near the newest keys, where windows are) and stops once past `low`.
   */
  private async keysDown(match: string, high: number, low: number | null, limit: number, withRows = false): Promise<number[]> {
    const keys: number[] = [];
    for (let ceiling = high; ; ) {
      const { rows } = await sql<{ k: number }>`select s.rowid as k ${withRows ? this.source(match, [sql`s.rowid <= ${ceiling}`]) : sql`from listing_search s where s.listing_search match ${match} and s.rowid <= ${ceiling}`}
        order by s.rowid desc limit ${limit}`.execute(this.db);
      for (const { k } of rows) {
        if (low !== null && k < low) return keys;
        keys.push(k);
      }
      if (low === null || rows.length < limit) return keys;
      ceiling = rows.at(-1)!.k - 1;
    }
  }

  protected async window(ceiling: number, floor: number | null, limit: number): Promise<Scored[]> {
    const match = this.match();
    const keys = await this.keysDown(match, ceiling, floor, limit, true);
    if (!keys.length) return [];
    const low = keys.at(-1)!;
    const high = keys[0]!;
    // Which listings of the window hold each word in the title (and, for any-word queries, at all).
    const hitsOf = async (words: string) => new Set(await this.keysDown(`${words} AND (${match})`, high, low, keys.length));
    const inTitle = await Promise.all(this.terms.map((t) => hitsOf(`{title} : ${this.phrase(t)}`)));
    const anywhere = this.spec.anyWord ? await Promise.all(this.terms.map((t) => hitsOf(this.phrase(t)))) : null;
    const last = this.terms.at(-1)!;
    const leading = this.terms.slice(0, -1).map((t) => t.forms[0]!);
    const phrases = this.alternatives(last).map((w) => quoteFts([...leading, w].join(" ")));
    const phrase = this.terms.length > 1 && phrases.length ? await hitsOf(`{title} : (${phrases.join(" OR ")})`) : new Set<number>();
    return keys.map((key) => ({
      key,
      score: this.score(
        inTitle.map((set) => set.has(key)),
        this.terms.map((_t, i) => !anywhere || anywhere[i]!.has(key)),
        phrase.has(key),
      ),
    }));
  }
}

// ---------------------------------------------------------------------------- PostgreSQL (tsvector + GIN)

class PostgresSearch extends Search {
  protected readonly groupsBuckets = true;
  protected readonly facetMarker = PG_FACET;

  /** One query word as tsquery syntax, optionally only in the title (weight A); a partial word is its completions. */
  private lexeme(term: Term, weight = ""): string {
    const words = this.alternatives(term).map((w) => quoteLexeme(w) + (weight ? `:${weight}` : ""));
    return words.length > 1 ? `(${words.join(" | ")})` : (words[0] ?? quoteLexeme(term.word));
  }

  /** The tsquery: the words, and the facets. Null when neither is asked for (every active listing matches). */
  private query(extra: FacetCondition[] = []): string | null {
    const parts: string[] = [];
    if (this.terms.length) parts.push(`(${this.terms.map((t) => this.lexeme(t)).join(this.spec.anyWord ? " | " : " & ")})`);
    // A price range alone is better served by the (status, price) index than by ORed bucket lexemes.
    const priceOnly = !this.terms.length && this.facets.every((f) => f[0]!.startsWith("p"));
    for (const any of [...(priceOnly ? [] : this.facets), ...extra]) parts.push(`(${any.map((f) => quoteLexeme(PG_FACET + f)).join(" | ")})`);
    return parts.length ? parts.join(" & ") : null;
  }

  private where(extra: FacetCondition[] = [], more: RawBuilder<unknown>[] = []): RawBuilder<unknown> {
    const query = this.query(extra);
    const conditions = [sql`l.status = 'active'`, ...this.rows, ...more];
    if (query) conditions.push(sql`l.search_vector @@ ${query}::tsquery`);
    return and(conditions);
  }

  /**
   * Every match sorted costs a table row each; GIN narrows buckets without reading rows, so walking wins,
   * unless a price range alone is asked for (the (status, price) index is then the order).
   */
  protected async cheaperToSortWhole(sortBy: SortColumn): Promise<boolean> {
    return this.priceIndexServes(sortBy);
  }

  private counted: { cap: number; n: number } | null = null;

  /** Remembered for the search: the block walk asks first, and the page's total reuses the answer. */
  protected async count(cap: number): Promise<number> {
    if (this.counted && (this.counted.cap === cap || this.counted.n < this.counted.cap)) return Math.min(this.counted.n, cap);
    const { rows } = await sql<{ n: number }>`select count(*) as n from (select 1 from listings l where ${this.where()} limit ${cap}) c`.execute(this.db);
    this.counted = { cap, n: Number(rows[0]!.n) };
    return this.counted.n;
  }

  protected async newest(before: number, limit: number): Promise<number[]> {
    return (await this.newestInBlocks(before - 1, limit, null)).map((r) => r.k);
  }

  private async newestKey(): Promise<number> {
    const { rows } = await sql<{ k: number | null }>`select max(search_key) as k from listings`.execute(this.db);
    return Number(rows[0]!.k ?? 0);
  }

  /**
   * The newest matches at or below `high` (with a score when asked), at most `limit`. Without words or
   * facets the search-key index serves them in order; otherwise recency blocks are read newest first,
   * one, two, four… blocks at a time, so a rare word does not make PostgreSQL fetch every match.
   */
  private async newestInBlocks(high: number, limit: number, score: RawBuilder<unknown> | null): Promise<{ k: number; score: number }[]> {
    const select = (blocks: FacetCondition[], more: RawBuilder<unknown>[], take: number, ordered: boolean) =>
      sql<{ k: number; score: number }>`select l.search_key as k, ${score ?? sql`0`} as score from listings l where ${this.where(blocks, more)}
        order by ${ordered ? sql`l.search_key` : sql`l.search_key + 0`} desc limit ${take}`.execute(this.db);
    const all = async () => (await select([], [sql`l.search_key <= ${high}`], limit, !this.query())).rows.map((r) => ({ k: Number(r.k), score: Number(r.score) }));
    // Without words or facets, or with few matches in all, one query reads them all (the count has just
    // brought their pages into the buffer cache); the block walk is for many matches.
    if (!this.query() || (await this.count(TOTAL_COUNT_CAP + 1)) <= TOTAL_COUNT_CAP) return all();
    const out: { k: number; score: number }[] = [];
    let width = 1;
    for (let block = recencyBlock(Math.min(high, await this.newestKey())); block >= 0 && out.length < limit; block -= width, width = Math.min(width * 2, MAX_BUCKET_GROUP)) {
      const lowest = Math.max(0, block - width + 1);
      const names = Array.from({ length: block - lowest + 1 }, (_v, i) => `r${lowest + i}`);
      // "+ 0" keeps the planner from walking the search-key index past the blocks: the block facet picks the rows.
      const { rows } = await select([names], [sql`l.search_key <= ${high}`, sql`l.search_key >= ${lowest * RECENCY_BLOCK}`], limit - out.length, false);
      out.push(...rows.map((r) => ({ k: Number(r.k), score: Number(r.score) })));
    }
    return out;
  }

  protected async byColumn(
    { column, direction }: SortColumn,
    extra: FacetCondition[],
    after: readonly number[] | null,
    limit: number,
    scanCap?: number,
  ): Promise<Ordered[] | null> {
    const value = sql.ref(`l.${column}`);
    // A price range alone: the row conditions say it exactly, and the (status, price) index serves the order.
    const where = !extra.length && this.priceIndexServes({ column, direction })
      ? and([sql`l.status = 'active'`, ...this.rows, ...this.afterColumn(value, sql`l.search_key`, direction, after)])
      : this.where(extra, this.afterColumn(value, sql`l.search_key`, direction, after));
    const matches = sql`select l.search_key as k, ${value} as v from listings l
      where ${where}
      ${scanCap === undefined ? sql`` : sql`limit ${scanCap + 1}`}`;
    const { rows } = await sql<{ k: number; v: number | null }>`select k, v from (${matches}) m
      order by v ${direction === "asc" ? sql`asc` : sql`desc`} nulls last, k desc limit ${scanCap === undefined ? limit : scanCap + 1}`.execute(this.db);
    if (scanCap !== undefined && rows.length > scanCap) return null;
    return rows.slice(0, limit).map((r) => ({ key: Number(r.k), position: [r.v === null ? 1 : 0, r.v === null ? 0 : Number(r.v), Number(r.k)] }));
  }

  protected async window(ceiling: number, floor: number | null, limit: number): Promise<Scored[]> {
    const hit = (query: string) => sql`(l.search_vector @@ ${query}::tsquery)::int`;
    const parts = this.terms.map((t) =>
      this.spec.anyWord ? sql`greatest(${hit(this.lexeme(t, "A"))} * 2, ${hit(this.lexeme(t))})` : sql`(1 + ${hit(this.lexeme(t, "A"))})`,
    );
    // The phrase as SQLite scores it: the leading words' first forms, then any form of the last word.
    if (this.terms.length > 1) {
      const leading = this.terms.slice(0, -1).map((t) => `${quoteLexeme(t.forms[0]!)}:A`);
      parts.push(hit([...leading, this.lexeme(this.terms.at(-1)!, "A")].join(" <-> ")));
    }
    const score = sql.join(parts, sql` + `);
    if (floor === null) return (await this.newestInBlocks(ceiling, limit, score)).map((r) => ({ key: r.k, score: r.score }));
    const first = recencyBlock(floor);
    const last = recencyBlock(Math.min(ceiling, await this.newestKey()));
    const blocks = last - first < MAX_BUCKET_GROUP ? [Array.from({ length: last - first + 1 }, (_v, i) => `r${first + i}`)] : [];
    const { rows } = await sql<{ k: number; score: number }>`select l.search_key as k, ${score} as score from listings l
      where ${this.where(blocks, [sql`l.search_key <= ${ceiling}`, sql`l.search_key >= ${floor}`])}`.execute(this.db);
    return rows.map((r) => ({ key: Number(r.k), score: Number(r.score) }));
  }
}
