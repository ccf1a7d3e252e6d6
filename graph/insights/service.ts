import { findUnit } from "../../db/reference/index.js";
import type { Quantity } from "../../db/reference/units.js";
import type { ServiceContext } from "../context.js";
import { problem } from "../errors.js";
import { requireOrganisation } from "../identity/guards.js";
import { getOrganisation } from "../identity/service.js";
import { topMatchesFor, type Match } from "../matching/service.js";
import { FEED_REQUEST_CAP } from "../matching/weights.js";
import { listedHeadingsOf } from "../listings/service.js";
import { pageSize } from "../shared/pagination.js";
import { latestRequestIdsOf, openDemandTotals, openDemandUnderHeadings, requestRows, requestsCreatedPerDay } from "../sourcing/service.js";
import { isoWeekOf, lastWeeks } from "./weeks.js";

export const TREND_WEEKS = 12;
/** "What sells where" looks at this many of the exporter's HS headings, the most listed first. */
export const HEADINGS_CAP = 50;

const BASE_UNIT: Record<Quantity, string> = { mass: "KGM", volume: "MTQ", count: "H87", length: "MTR", area: "MTK" };

/** A total of requested quantities of one kind (mass, volume…), in that kind's base unit. */
export interface QuantityTotal {
  kind: Quantity;
  /** UN/ECE Rec 20: KGM, MTQ, H87, MTR or MTK. */
  unit: string;
  total: number;
}

export interface WeekCount {
  /** ISO week, e.g. 2026-W48. */
  week: string;
  /** Its Monday, YYYY-MM-DD. */
  weekStart: string;
  count: number;
}

export interface DemandGroup {
  destinationCountry: string;
  /** Null for requests that name no HS code. */
  hsChapter: string | null;
  /** Open requests still taking quotes before their needed-by day. */
  openCount: number;
  quantities: QuantityTotal[];
  /** Requests created each week (whatever became of them), oldest week first. */
  trend: WeekCount[];
}

export interface HeadingDemand {
  destinationCountry: string;
  hsHeading: string;
  openCount: number;
  quantities: QuantityTotal[];
}

export interface FeedItem {
  match: Match;
  /** The buyer's past request this listing was found for. */
  basedOnRequestId: string;
}

const today = (ctx: ServiceContext) => ctx.now().toISOString().slice(0, 10);

function addQuantity(totals: QuantityTotal[], unit: string, base: number): void {
  const kind = findUnit(unit)?.quantity;
  if (!kind) return;
  const held = totals.find((t) => t.kind === kind);
  if (held) held.total += base;
  else totals.push({ kind, unit: BASE_UNIT[kind], total: base });
}

function checkChapter(hsChapter: string | null | undefined): string | null {
  const chapter = hsChapter?.trim() || null;
  if (chapter !== null && !/^\d{2}$/.test(chapter)) throw problem("hsChapter", "HS_CODE_FORMAT");
  return chapter;
}

function checkCountry(country: string | null | undefined): string | null {
  const code = country?.trim().toUpperCase() || null;
  if (code !== null && !/^[A-Z]{2}$/.test(code)) throw problem("destinationCountry", "COUNTRY_UNKNOWN");
  return code;
}

export interface DemandArgs {
  hsChapter?: string | null;
  destinationCountry?: string | null;
  first?: number | null;
}

/**
 * Open demand by destination country and HS chapter: how many requests, how much in base units per
 * kind of unit, and requests created per ISO week over the last 12 weeks. Largest demand first.
 * Aggregates reveal no request, so every signed-in company may look.
 */
export async function openDemand(ctx: ServiceContext, args: DemandArgs): Promise<DemandGroup[]> {
  requireOrganisation(ctx.viewer);
  const size = pageSize(args.first);
  const chapterFilter = checkChapter(args.hsChapter);
  const country = checkCountry(args.destinationCountry);
  const filter = { destinationCountry: country, hsChapter: chapterFilter };
  const open = await openDemandTotals(ctx.db, filter, today(ctx));
  const groups = new Map<string, DemandGroup>();
  for (const row of open) {
    const key = `${row.destinationCountry}|${row.hsChapter ?? ""}`;
    let group = groups.get(key);
    if (!group) {
      group = { destinationCountry: row.destinationCountry, hsChapter: row.hsChapter, openCount: 0, quantities: [], trend: [] };
      groups.set(key, group);
    }
    group.openCount += row.count;
    addQuantity(group.quantities, row.unit, row.totalBase);
  }
  const top = [...groups.values()]
    .sort((a, b) => b.openCount - a.openCount || a.destinationCountry.localeCompare(b.destinationCountry) || (a.hsChapter ?? "").localeCompare(b.hsChapter ?? ""))
    .slice(0, size);
  if (!top.length) return [];

  const weeks = lastWeeks(today(ctx), TREND_WEEKS);
  const created = await requestsCreatedPerDay(ctx.db, filter, [...new Set(top.map((g) => g.destinationCountry))], `${weeks[0]!.monday}T00:00:00.000Z`);
  const perWeek = new Map<string, number>();
  for (const row of created) {
    const monday = isoWeekOf(row.day).monday;
    const key = `${row.destinationCountry}|${row.hsChapter ?? ""}|${monday}`;
    perWeek.set(key, (perWeek.get(key) ?? 0) + row.count);
  }
  for (const group of top) {
    group.trend = weeks.map((w) => ({
      week: w.week,
      weekStart: w.monday,
      count: perWeek.get(`${group.destinationCountry}|${group.hsChapter ?? ""}|${w.monday}`) ?? 0,
    }));
  }
  return top;
}

/**
 * "What sells where": the destination countries whose open requests name the HS headings the
 * viewer's company lists, most requests first.
 */
export async function whatSellsWhere(ctx: ServiceContext, first?: number | null): Promise<HeadingDemand[]> {
  const { organisationId } = requireOrganisation(ctx.viewer);
  const size = pageSize(first);
  const headings = await listedHeadingsOf(ctx.db, organisationId, HEADINGS_CAP);
  if (!headings.length) return [];
  const rows = await openDemandUnderHeadings(ctx.db, headings, today(ctx), organisationId);
  const groups = new Map<string, HeadingDemand>();
  for (const row of rows) {
    const key = `${row.destinationCountry}|${row.hsHeading}`;
    let group = groups.get(key);
    if (!group) {
      group = { destinationCountry: row.destinationCountry, hsHeading: row.hsHeading, openCount: 0, quantities: [] };
      groups.set(key, group);
    }
    group.openCount += row.count;
    addQuantity(group.quantities, row.unit, row.totalBase);
  }
  return [...groups.values()]
    .sort((a, b) => b.openCount - a.openCount || a.destinationCountry.localeCompare(b.destinationCountry) || a.hsHeading.localeCompare(b.hsHeading))
    .slice(0, size);
}

const DAY_MS = 86_400_000;

/**
 * A buyer's home feed: active listings ranked as if each of its latest requests were posted again
 * today for delivery to its own country, with as much time as it gave then. Embargoed listings and
 * lanes that cannot arrive in time are left out; each listing appears once, for the request it fits best.
 */
export async function buyerFeed(ctx: ServiceContext, first?: number | null): Promise<FeedItem[]> {
  const { organisationId } = requireOrganisation(ctx.viewer);
  const size = pageSize(first);
  const organisation = await getOrganisation(ctx, organisationId);
  if (!organisation) return [];
  const past = await requestRows(ctx.db, await latestRequestIdsOf(ctx.db, organisationId, FEED_REQUEST_CAP));
  // Ten requests for the same goods make one profile, the latest.
  const seen = new Set<string>();
  const profiles = past.filter((r) => {
    const key = r.hsCode ?? `${r.title} ${r.keywords}`.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const best = new Map<string, FeedItem>();
  for (const request of profiles) {
    const window = Math.max(7, Math.round((Date.parse(request.neededBy) - Date.parse(request.createdAt.slice(0, 10))) / DAY_MS));
    const neededBy = new Date(Date.parse(today(ctx)) + window * DAY_MS).toISOString().slice(0, 10);
    const profile = { ...request, destinationCountry: organisation.country, neededBy, visibility: "all", status: "open" };
    for (const match of await topMatchesFor(ctx, profile, size, organisation.preferredCurrency)) {
      const lane = match.signals.find((s) => s.name === "lane")!;
      if (lane.value === 0) continue;
      const held = best.get(match.listing.id);
      if (!held || match.score > held.match.score) best.set(match.listing.id, { match, basedOnRequestId: request.id });
    }
  }
  return [...best.values()].sort((a, b) => b.match.score - a.match.score || a.match.listing.id.localeCompare(b.match.listing.id)).slice(0, size);
}
