/**
 * The sourcing module's reads for other modules that scan many requests (matching, insights):
 * indexed, capped queries and the aggregates of open demand, returning plain rows.
 */
import { sql } from "kysely";
import type { Executor } from "../../db/database.js";
import { hsRange } from "../catalog/hs-code.js";

export interface RequestRow {
  id: string;
  organisationId: string;
  status: string;
  title: string;
  description: string;
  hsCode: string | null;
  keywords: string;
  quantity: number;
  unit: string;
  quantityBase: number;
  targetPriceMinor: number | null;
  targetCurrency: string | null;
  destinationCountry: string;
  destinationPort: string | null;
  incoterm: string;
  neededBy: string;
  visibility: string;
  createdAt: string;
}

function toRequestRow(r: {
  id: string; organisation_id: string; status: string; title: string; description: string; hs_code: string | null; keywords: string;
  quantity: number; unit: string; quantity_base: number; target_price_minor: number | null; target_currency: string | null;
  destination_country: string; destination_port: string | null; incoterm: string; needed_by: string; visibility: string; created_at: string;
}): RequestRow {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    status: r.status,
    title: r.title,
    description: r.description,
    hsCode: r.hs_code,
    keywords: r.keywords,
    quantity: Number(r.quantity),
    unit: r.unit,
    quantityBase: Number(r.quantity_base),
    targetPriceMinor: r.target_price_minor === null ? null : Number(r.target_price_minor),
    targetCurrency: r.target_currency,
    destinationCountry: r.destination_country,
    destinationPort: r.destination_port,
    incoterm: r.incoterm,
    neededBy: r.needed_by,
    visibility: r.visibility,
    createdAt: r.created_at,
  };
}

const REQUEST_COLUMNS = [
  "id", "organisation_id", "status", "title", "description", "hs_code", "keywords", "quantity", "unit", "quantity_base",
  "target_price_minor", "target_currency", "destination_country", "destination_port", "incoterm", "needed_by", "visibility", "created_at",
] as const;

export async function requestRows(db: Executor, ids: readonly string[]): Promise<RequestRow[]> {
  if (!ids.length) return [];
  const rows = await db.selectFrom("sourcing_requests").select(REQUEST_COLUMNS).where("id", "in", ids).execute();
  const byId = new Map(rows.map((r) => [r.id, toRequestRow(r)]));
  return ids.map((id) => byId.get(id)).filter((r): r is RequestRow => !!r);
}

export interface Moment {
  /** YYYY-MM-DD */
  today: string;
  /** ISO instant */
  instant: string;
}

/** Open requests still taking quotes (before their deadline and needed-by day), not the seller's own. */
function openRequests(db: Executor, now: Moment, excludeOrganisationId: string) {
  return db
    .selectFrom("sourcing_requests")
    .select("id")
    .where("status", "=", "open")
    .where("needed_by", ">", now.today)
    .where((eb) => eb.or([eb("quote_deadline", "is", null), eb("quote_deadline", ">", now.instant)]))
    .where("organisation_id", "<>", excludeOrganisationId);
}

/** Open requests naming an HS code in a chapter, newest first (sourcing_requests_open_hs_idx). */
export async function openRequestIdsInChapter(db: Executor, chapter: string, now: Moment, cap: number, excludeOrganisationId: string): Promise<string[]> {
  const range = hsRange(chapter.slice(0, 2));
  let query = openRequests(db, now, excludeOrganisationId).where("hs_code", ">=", range.from);
  if (range.to) query = query.where("hs_code", "<", range.to);
  const rows = await query.orderBy("created_at", "desc").orderBy("id").limit(cap).execute();
  return rows.map((r) => r.id);
}

/** The newest open requests that name no HS code, for text relevance to decide. */
export async function openRequestIdsWithoutHs(db: Executor, now: Moment, cap: number, excludeOrganisationId: string): Promise<string[]> {
  const rows = await openRequests(db, now, excludeOrganisationId).where("hs_code", "is", null).orderBy("created_at", "desc").orderBy("id").limit(cap).execute();
  return rows.map((r) => r.id);
}

/** An organisation's latest requests, any status: what it has bought tells what it will buy. */
export async function latestRequestIdsOf(db: Executor, organisationId: string, cap: number): Promise<string[]> {
  const rows = await db
    .selectFrom("sourcing_requests")
    .select("id")
    .where("organisation_id", "=", organisationId)
    .orderBy("created_at", "desc")
    .orderBy("id")
    .limit(cap)
    .execute();
  return rows.map((r) => r.id);
}

/** Requests each seller has answered with a quote (quotes_org_idx); sellers with none are absent. */
export async function quotesAnsweredBy(db: Executor, organisationIds: readonly string[]): Promise<Map<string, number>> {
  if (!organisationIds.length) return new Map();
  const rows = await db
    .selectFrom("quotes")
    .select(["organisation_id", (eb) => eb.fn.countAll<number>().as("n")])
    .where("organisation_id", "in", [...new Set(organisationIds)])
    .groupBy("organisation_id")
    .execute();
  return new Map(rows.map((r) => [r.organisation_id, Number(r.n)]));
}

// ---------------------------------------------------------------------------- open demand (insights)

export interface DemandFilter {
  destinationCountry: string | null;
  /** Two-digit HS chapter. */
  hsChapter: string | null;
}

function demandQuery(db: Executor, filter: DemandFilter) {
  let query = db.selectFrom("sourcing_requests");
  if (filter.destinationCountry) query = query.where("destination_country", "=", filter.destinationCountry);
  if (filter.hsChapter) {
    const range = hsRange(filter.hsChapter);
    query = query.where("hs_code", ">=", range.from);
    if (range.to) query = query.where("hs_code", "<", range.to);
  }
  return query;
}

const chapterOf = sql<string | null>`substr(hs_code, 1, 2)`;
const headingOf = sql<string>`substr(hs_code, 1, 4)`;

/** Open requests still needed after `today`, counted with their total base quantity per country, chapter and unit. */
export async function openDemandTotals(db: Executor, filter: DemandFilter, today: string) {
  const rows = await demandQuery(db, filter)
    .select(["destination_country", chapterOf.as("chapter"), "unit", (eb) => eb.fn.countAll<number>().as("n"), (eb) => eb.fn.sum<number>("quantity_base").as("total")])
    .where("status", "=", "open")
    .where("needed_by", ">", today)
    .groupBy(["destination_country", chapterOf, "unit"])
    .execute();
  return rows.map((r) => ({ destinationCountry: r.destination_country, hsChapter: r.chapter, unit: r.unit, count: Number(r.n), totalBase: Number(r.total) }));
}

/** Requests created per UTC day since `since` (any status), per country and chapter, for the given countries. */
export async function requestsCreatedPerDay(db: Executor, filter: DemandFilter, countries: readonly string[], since: string) {
  const day = sql<string>`substr(created_at, 1, 10)`;
  const rows = await demandQuery(db, filter)
    .select(["destination_country", chapterOf.as("chapter"), day.as("day"), (eb) => eb.fn.countAll<number>().as("n")])
    .where("destination_country", "in", [...countries])
    .where("created_at", ">=", since)
    .groupBy(["destination_country", chapterOf, day])
    .execute();
  return rows.map((r) => ({ destinationCountry: r.destination_country, hsChapter: r.chapter, day: r.day, count: Number(r.n) }));
}

/** Open requests of other buyers under any of the HS headings, counted per country, heading and unit. */
export async function openDemandUnderHeadings(db: Executor, headings: readonly string[], today: string, excludeOrganisationId: string) {
  const rows = await db
    .selectFrom("sourcing_requests")
    .select(["destination_country", headingOf.as("heading"), "unit", (eb) => eb.fn.countAll<number>().as("n"), (eb) => eb.fn.sum<number>("quantity_base").as("total")])
    .where("status", "=", "open")
    .where("needed_by", ">", today)
    .where("organisation_id", "<>", excludeOrganisationId)
    .where((eb) =>
      eb.or(
        headings.map((h) => {
          const range = hsRange(h);
          return range.to ? eb.and([eb("hs_code", ">=", range.from), eb("hs_code", "<", range.to)]) : eb("hs_code", ">=", range.from);
        }),
      ),
    )
    .groupBy(["destination_country", headingOf, "unit"])
    .execute();
  return rows.map((r) => ({ destinationCountry: r.destination_country, hsHeading: r.heading, unit: r.unit, count: Number(r.n), totalBase: Number(r.total) }));
}
