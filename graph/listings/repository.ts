/**
 * The listings module's own reads for other modules that need many listings at once (matching's
 * candidates, insights): a few indexed, capped queries returning plain rows, without the photos and
 * certifications the listings service hydrates for the listings a page shows.
 */
import { sql } from "kysely";
import type { Executor } from "../../db/database.js";
import { hsLevels, hsRange } from "../catalog/hs-code.js";

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
