/**
 * The listings module's own reads for other modules that need many listings at once (matching's
 * candidates, insights): a few indexed, capped queries returning plain rows, without the photos and
 * certifications the listings service hydrates for the listings a page shows.
 */
import { sql, type Selectable } from "kysely";
import { jsonArrayFrom as postgresJsonArray } from "kysely/helpers/postgres";
import { jsonArrayFrom as sqliteJsonArray } from "kysely/helpers/sqlite";
import type { DialectName, Executor } from "../../db/database.js";
import type { ListingsTable } from "../../db/types.js";
import { hsLevels, hsRange } from "../catalog/hs-code.js";

/** A listing's row with every part a page shows, as one statement returns them. */
export interface ListingRecord {
  row: Selectable<ListingsTable>;
  tiers: { min_quantity: number; unit_price_minor: number }[];
  incoterms: { incoterm: string; named_place: string }[];
  certifications: { kind: string; reference: string | null }[];
  translations: { locale: string; title: string; description: string }[];
  photos: { id: string; content_type: string; byte_size: number; sha256: string; position: number; created_at: string; width: number | null; height: number | null }[];
}

const LISTING_COLUMNS = [
  "id", "search_key", "organisation_id", "status", "external_ref", "title", "description", "locale", "hs_code", "origin_country", "unit",
  "currency", "price_from_minor", "price_from_usd_cents", "moq", "available_quantity", "moq_base", "available_base", "lead_time_days",
  "ship_from_port", "net_weight_kg", "gross_weight_kg", "volume_m3", "packaging", "seller_verified", "published_at", "created_at", "updated_at",
] as const;

/** Far below both SQLite's and PostgreSQL's limits on bound parameters. */
const KEY_CHUNK = 500;

/** SQLite hands JSON back as text, PostgreSQL as parsed values. */
const parsed = <T>(value: unknown): T => (typeof value === "string" ? JSON.parse(value) : value) as T;

/**
 * Listings by id or by search key, each with its tiers, Incoterms, certifications, translations and
 * photos (without their bytes), in one statement per 500 keys: each part is a JSON array built by a
 * subquery on its listing_id index, so a page of listings reads each table once. Parts come sorted
 * (tiers by quantity, certifications by kind, translations by locale, photos by position).
 */
export async function listingRecords(db: Executor, dialect: DialectName, by: "id" | "search_key", keys: readonly (string | number)[]): Promise<ListingRecord[]> {
  const jsonArray = dialect === "postgres" ? postgresJsonArray : sqliteJsonArray;
  const found: ListingRecord[] = [];
  const distinct = [...new Set(keys)];
  for (let i = 0; i < distinct.length; i += KEY_CHUNK) {
    const part = distinct.slice(i, i + KEY_CHUNK);
    const rows = await db
      .selectFrom("listings as l")
      .select(LISTING_COLUMNS.map((c) => `l.${c}` as const))
      .select((eb) => [
        jsonArray(eb.selectFrom("listing_price_tiers as t").select(["t.min_quantity", "t.unit_price_minor"]).whereRef("t.listing_id", "=", "l.id").orderBy("t.min_quantity")).as("tiers"),
        jsonArray(eb.selectFrom("listing_incoterms as i").select(["i.incoterm", "i.named_place"]).whereRef("i.listing_id", "=", "l.id")).as("incoterms"),
        jsonArray(eb.selectFrom("listing_certifications as c").select(["c.kind", "c.reference"]).whereRef("c.listing_id", "=", "l.id").orderBy("c.kind")).as("certifications"),
        jsonArray(
          eb.selectFrom("listing_translations as tr").select(["tr.locale", "tr.title", "tr.description"]).whereRef("tr.listing_id", "=", "l.id").orderBy("tr.locale"),
        ).as("translations"),
        jsonArray(
          eb
            .selectFrom("listing_photos as p")
            .select(["p.id", "p.content_type", "p.byte_size", "p.sha256", "p.position", "p.created_at", "p.width", "p.height"])
            .whereRef("p.listing_id", "=", "l.id")
            .orderBy("p.position"),
        ).as("photos"),
      ])
      .where(by === "id" ? "l.id" : "l.search_key", "in", part as never[])
      .execute();
    for (const { tiers, incoterms, certifications, translations, photos, ...row } of rows) {
      found.push({
        row: row as Selectable<ListingsTable>,
        // Aggregates keep their subquery's order in practice; sorting again makes it a promise.
        tiers: parsed<ListingRecord["tiers"]>(tiers).sort((a, b) => a.min_quantity - b.min_quantity),
        incoterms: parsed(incoterms),
        certifications: parsed<ListingRecord["certifications"]>(certifications).sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0)),
        translations: parsed<ListingRecord["translations"]>(translations).sort((a, b) => (a.locale < b.locale ? -1 : a.locale > b.locale ? 1 : 0)),
        photos: parsed<ListingRecord["photos"]>(photos).sort((a, b) => a.position - b.position),
      });
    }
  }
  return found;
}

/** What scoring a listing needs: its offer, terms and text in every language. */
export interface ListingRow {
  id: string;
  organisationId: string;
  status: string;
  title: string;
  description: string;
  hsCode: string;
  originCountry: string;
  shipFromPort: string | null;
  unit: string;
  currency: string;
  moq: number;
  availableQuantity: number;
  leadTimeDays: number;
  sellerVerified: boolean;
  priceTiers: { minQuantity: number; unitPriceMinor: number }[];
  incoterms: { code: string; namedPlace: string }[];
  /** Titles and descriptions in other languages. */
  translations: string[];
}

/**
 * Active listings under an HS code, nearest first: the same subheading, then the rest of the heading,
 * then the rest of the chapter, until `cap`. Each level is listings_active_hs_idx read backwards and
 * cut at the cap, with no sort however many listings share a code. Among equal codes both databases
 * keep index order, which ends with the row's position (SQLite's rowid, PostgreSQL's heap tuple), so
 * the newest listings come first; asking for that order by name would make PostgreSQL fetch and sort
 * every listing under the code. The ranking that follows is deterministic whatever the candidates.
 */
export async function activeListingIdsByHs(db: Executor, hsCode: string, cap: number, excludeOrganisationId: string | null): Promise<string[]> {
  const ids: string[] = [];
  let inner: { from: string; to: string | null } | null = null;
  for (const prefix of hsLevels(hsCode)) {
    if (ids.length >= cap) break;
    const range = hsRange(prefix);
    let query = db
      .selectFrom("listings")
      .select("id")
      .where("status", "=", "active")
      .where("hs_code", ">=", range.from);
    if (range.to) query = query.where("hs_code", "<", range.to);
    if (inner) {
      const skip = inner;
      query = query.where((eb) => eb.or([eb("hs_code", "<", skip.from), ...(skip.to ? [eb("hs_code", ">=", skip.to)] : [])]));
    }
    if (excludeOrganisationId) query = query.where("organisation_id", "<>", excludeOrganisationId);
    const rows = await query.orderBy("hs_code", "desc").limit(cap - ids.length).execute();
    ids.push(...rows.map((r) => r.id));
    inner = range;
  }
  return ids;
}

/** Listings with their tiers, Incoterms and translations, in the order of `ids`. */
export async function listingRows(db: Executor, ids: readonly string[]): Promise<ListingRow[]> {
  if (!ids.length) return [];
  const [rows, tiers, terms, translations] = await Promise.all([
    db
      .selectFrom("listings")
      .select([
        "id", "organisation_id", "status", "title", "description", "hs_code", "origin_country", "ship_from_port", "unit", "currency",
        "moq", "available_quantity", "lead_time_days", "seller_verified",
      ])
      .where("id", "in", ids)
      .execute(),
    db.selectFrom("listing_price_tiers").selectAll().where("listing_id", "in", ids).orderBy("min_quantity").execute(),
    db.selectFrom("listing_incoterms").selectAll().where("listing_id", "in", ids).orderBy("incoterm").execute(),
    db.selectFrom("listing_translations").select(["listing_id", "title", "description"]).where("listing_id", "in", ids).execute(),
  ]);
  const byId = new Map(
    rows.map((r): [string, ListingRow] => [
      r.id,
      {
        id: r.id,
        organisationId: r.organisation_id,
        status: r.status,
        title: r.title,
        description: r.description,
        hsCode: r.hs_code,
        originCountry: r.origin_country,
        shipFromPort: r.ship_from_port,
        unit: r.unit,
        currency: r.currency,
        moq: Number(r.moq),
        availableQuantity: Number(r.available_quantity),
        leadTimeDays: r.lead_time_days,
        sellerVerified: r.seller_verified === 1,
        priceTiers: [],
        incoterms: [],
        translations: [],
      },
    ]),
  );
  for (const t of tiers) byId.get(t.listing_id)?.priceTiers.push({ minQuantity: Number(t.min_quantity), unitPriceMinor: Number(t.unit_price_minor) });
  for (const t of terms) byId.get(t.listing_id)?.incoterms.push({ code: t.incoterm, namedPlace: t.named_place });
  for (const t of translations) byId.get(t.listing_id)?.translations.push(`${t.title} ${t.description}`);
  return ids.map((id) => byId.get(id)).filter((r): r is ListingRow => !!r);
}

/** An organisation's active listings, most recently changed first (listings_org_idx). */
export async function activeListingIdsOf(db: Executor, organisationId: string, cap: number): Promise<string[]> {
  const rows = await db
    .selectFrom("listings")
    .select("id")
    .where("organisation_id", "=", organisationId)
    .where("status", "=", "active")
    .orderBy("updated_at", "desc")
    .orderBy("id")
    .limit(cap)
    .execute();
  return rows.map((r) => r.id);
}

/** The HS headings (4 digits) of an organisation's listings that are not archived, most listed first. */
export async function listedHeadingsOf(db: Executor, organisationId: string, cap: number): Promise<string[]> {
  const heading = sql<string>`substr(hs_code, 1, 4)`;
  const rows = await db
    .selectFrom("listings")
    .select([heading.as("heading"), (eb) => eb.fn.countAll<number>().as("n")])
    .where("organisation_id", "=", organisationId)
    .where("status", "<>", "archived")
    .groupBy(heading)
    .orderBy(sql`count(*)`, "desc")
    .orderBy(heading)
    .limit(cap)
    .execute();
  return rows.map((r) => r.heading);
}

export interface PricedListingRow {
  id: string;
  status: string;
  currency: string;
  priceFromMinor: number;
  priceFromUsdCents: number | null;
}

/** Listings after `after` in id order, with what their USD price is computed from: one page of a re-pricing. */
export async function pricedListingsAfter(db: Executor, after: string | null, limit: number): Promise<PricedListingRow[]> {
  let query = db.selectFrom("listings").select(["id", "status", "currency", "price_from_minor", "price_from_usd_cents"]).orderBy("id").limit(limit);
  if (after) query = query.where("id", ">", after);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    currency: r.currency,
    priceFromMinor: Number(r.price_from_minor),
    priceFromUsdCents: r.price_from_usd_cents === null ? null : Number(r.price_from_usd_cents),
  }));
}

export async function countListings(db: Executor): Promise<number> {
  const row = await db.selectFrom("listings").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Sets the USD price of listings whose price and currency are still those it was computed from: a
 * seller's edit in the meantime has priced the listing itself. Returns the ids updated.
 */
export async function setUsdPrices(db: Executor, prices: readonly (PricedListingRow & { cents: number })[]): Promise<string[]> {
  const updated: string[] = [];
  for (const p of prices) {
    const result = await db
      .updateTable("listings")
      .set({ price_from_usd_cents: p.cents })
      .where("id", "=", p.id)
      .where("currency", "=", p.currency)
      .where("price_from_minor", "=", p.priceFromMinor)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 1) updated.push(p.id);
  }
  return updated;
}
