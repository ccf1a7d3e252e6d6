import { z } from "zod";
import type { ServiceContext } from "../context.js";
import { getOrganisation } from "../identity/service.js";
import { decodeCursor, encodeCursor, pageSize, type Page } from "../shared/pagination.js";
import { isoDate, validate } from "../shared/validation.js";
import { logAccess } from "./access-log.js";
import { borderOf, CLEARANCE_STATUSES, type Border, type ClearanceStatus } from "./clearance.js";
import { searchShipments, shipmentsAmong, type ShipmentSearch, type ShipmentSummary } from "./neighbours.js";
import { requireOfficer, type Officer } from "./officer.js";
import { clearanceRows, countWithStatus, shipmentIdsWithStatus } from "./repository.js";

export interface Clearance {
  status: ClearanceStatus;
  reason: string | null;
  decidedAt: string | null;
}

export const PENDING: Clearance = { status: "pending", reason: null, decidedAt: null };

export interface DeskShipment extends ShipmentSummary {
  /** The side of the shipment this officer's border is. */
  border: Border;
  clearance: Clearance;
  exporterName: string;
  importerName: string;
}

export interface DeskFilter {
  direction?: "export" | "import" | "either" | null;
  shippedFrom?: string | null;
  shippedTo?: string | null;
  exporterOrganisationId?: string | null;
  importerOrganisationId?: string | null;
  hsChapter?: string | null;
  mode?: string | null;
  clearanceStatus?: ClearanceStatus | null;
  first?: number | null;
  after?: string | null;
}

/** A page of the desk; `totalCount` is null where counting exactly would cost a second full scan. */
export type DeskPage = Omit<Page<DeskShipment>, "totalCount"> & { totalCount: number | null };

const filterSchema = z
  .object({
    direction: z.enum(["export", "import", "either"], { errorMap: () => ({ message: "INVALID" }) }).nullish(),
    shippedFrom: isoDate.nullish().or(z.literal("")),
    shippedTo: isoDate.nullish().or(z.literal("")),
    clearanceStatus: z.enum(CLEARANCE_STATUSES, { errorMap: () => ({ message: "INVALID" }) }).nullish(),
  })
  .refine((f) => !f.shippedFrom || !f.shippedTo || f.shippedFrom <= f.shippedTo, { path: ["shippedTo"], message: "CUSTOMS_DATE_RANGE_ORDER" });

/**
 * Ids asked for in the first round trip when the clearance status narrows the search; each round
 * that does not fill the page asks for twice as many, up to what logistics takes at once, so a
 * rare combination (cleared and chapter 08) needs a handful of rounds, not one per 200 decisions.
 */
const STATUS_CHUNK = 200;
const STATUS_CHUNK_MAX = 1000;
/** Logistics pages read at most per desk page when looking for undecided shipments. */
const PENDING_SCAN_PAGES = 8;

/**
 * The shipments that leave or enter the officer's country, newest departure first. Logistics owns
 * the shipments and their indexes; the clearance status is customs' own table, so a status filter
 * reads the decided shipments from customs' index and asks logistics about those ids in chunks,
 * while "pending" (never decided) skips the decided ones page by page.
 */
export async function searchDesk(ctx: ServiceContext, filter: DeskFilter): Promise<DeskPage> {
  const officer = requireOfficer(ctx.viewer);
  const checked = validate(filterSchema, filter);
  const size = pageSize(filter.first);
  const base: ShipmentSearch = {
    country: officer.customsJurisdiction,
    direction: checked.direction ?? "either",
    shippedFrom: checked.shippedFrom || null,
    shippedTo: checked.shippedTo || null,
    exporterOrganisationId: filter.exporterOrganisationId?.trim() || null,
    importerOrganisationId: filter.importerOrganisationId?.trim() || null,
    hsChapter: filter.hsChapter?.trim() || null,
    mode: (filter.mode?.trim() || null) as ShipmentSearch["mode"],
  };
  const status = checked.clearanceStatus ?? null;
  const page =
    status === null
      ? await unfiltered(ctx, base, size, filter.after ?? null)
      : status === "pending"
        ? await pending(ctx, officer, base, size, filter.after ?? null)
        : await decided(ctx, officer, base, status, size, filter.after ?? null);
  const detail = {
    direction: base.direction,
    shippedFrom: base.shippedFrom ?? null,
    shippedTo: base.shippedTo ?? null,
    exporterOrganisationId: base.exporterOrganisationId ?? null,
    importerOrganisationId: base.importerOrganisationId ?? null,
    hsChapter: base.hsChapter ?? null,
    mode: base.mode ?? null,
    clearanceStatus: status,
    results: page.edges.length,
  };
  await logAccess(ctx, officer, [{ action: "search", outcome: "granted", detail }]);
  return page;
}

type Found = { summary: ShipmentSummary; clearance: Clearance };

async function unfiltered(ctx: ServiceContext, base: ShipmentSearch, size: number, after: string | null): Promise<DeskPage> {
  const page = await searchShipments(ctx, { ...base, first: size, after });
  const statuses = await clearancesOf(ctx, base.country, page.edges.map((e) => e.node.id));
  const found = page.edges.map((e) => ({ summary: e.node, clearance: statuses.get(e.node.id) ?? PENDING }));
  return pageOf(ctx, base.country, found, page.pageInfo.hasNextPage, page.pageInfo.endCursor, page.totalCount);
}

async function decided(ctx: ServiceContext, officer: Officer, base: ShipmentSearch, status: ClearanceStatus, size: number, after: string | null): Promise<DeskPage> {
  let position = after ? (decodeCursor(after, ["string", "string"]) as [string, string]) : null;
  const found: Found[] = [];
  for (let chunkSize = STATUS_CHUNK; ; chunkSize = Math.min(2 * chunkSize, STATUS_CHUNK_MAX)) {
    const chunk = await shipmentIdsWithStatus(ctx.db, officer.customsJurisdiction, status, position, chunkSize);
    if (!chunk.length) break;
    const shipments = await shipmentsAmong(ctx, { ...base, shipmentIds: chunk.map((c) => c.shipmentId) }, size + 1 - found.length);
    const statuses = await clearancesOf(ctx, base.country, shipments.map((s) => s.id));
    found.push(...shipments.map((summary) => ({ summary, clearance: statuses.get(summary.id) ?? PENDING })));
    if (found.length > size) break;
    const last = chunk.at(-1)!;
    position = [last.shippedOn, last.shipmentId];
    if (chunk.length < chunkSize) break;
  }
  const nodes = found.slice(0, size);
  const plainStatusSearch = !base.shippedFrom && !base.shippedTo && !base.exporterOrganisationId && !base.importerOrganisationId && !base.hsChapter && !base.mode && base.direction === "either";
  const total = plainStatusSearch ? await countWithStatus(ctx.db, officer.customsJurisdiction, status) : null;
  const endCursor = nodes.length ? encodeCursor([nodes.at(-1)!.summary.shippedOn, nodes.at(-1)!.summary.id]) : null;
  return pageOf(ctx, base.country, nodes, found.length > size, endCursor, total);
}

async function pending(ctx: ServiceContext, officer: Officer, base: ShipmentSearch, size: number, after: string | null): Promise<DeskPage> {
  const found: Found[] = [];
  let cursor = after;
  let more = true;
  let scanned = 0;
  while (more && found.length <= size && scanned < PENDING_SCAN_PAGES) {
    const page = await searchShipments(ctx, { ...base, first: Math.min(100, Math.max(2 * size, 20)), after: cursor });
    const decidedHere = await clearancesOf(ctx, officer.customsJurisdiction, page.edges.map((e) => e.node.id));
    for (const edge of page.edges) {
      if (found.length > size) break;
      cursor = edge.cursor;
      if (!decidedHere.has(edge.node.id)) found.push({ summary: edge.node, clearance: PENDING });
    }
    more = page.pageInfo.hasNextPage || found.length > size;
    scanned += 1;
  }
  const full = found.length > size;
  const nodes = found.slice(0, size);
  // Stopped early with a short page: the next page starts after the last shipment looked at.
  const endCursor = full ? encodeCursor([nodes.at(-1)!.summary.shippedOn, nodes.at(-1)!.summary.id]) : more ? cursor : nodes.length ? encodeCursor([nodes.at(-1)!.summary.shippedOn, nodes.at(-1)!.summary.id]) : null;
  return pageOf(ctx, base.country, nodes, full || more, endCursor, null);
}

async function clearancesOf(ctx: ServiceContext, country: string, shipmentIds: string[]): Promise<Map<string, Clearance>> {
  const rows = await clearanceRows(ctx.db, country, shipmentIds);
  return new Map(rows.map((r) => [r.shipment_id, { status: r.status as ClearanceStatus, reason: r.reason, decidedAt: r.decided_at }]));
}

async function pageOf(ctx: ServiceContext, country: string, found: Found[], hasNextPage: boolean, endCursor: string | null, totalCount: number | null): Promise<DeskPage> {
  const names = await organisationNames(ctx, found.flatMap((f) => [f.summary.sellerOrganisationId, f.summary.buyerOrganisationId]));
  return {
    edges: found.map(({ summary, clearance }) => ({
      cursor: encodeCursor([summary.shippedOn, summary.id]),
      node: {
        ...summary,
        border: borderOf(summary, country) ?? "import",
        clearance,
        exporterName: names.get(summary.sellerOrganisationId) ?? "",
        importerName: names.get(summary.buyerOrganisationId) ?? "",
      },
    })),
    pageInfo: { hasNextPage, endCursor },
    totalCount,
  };
}

/** The companies' public names, each read once per page. */
export async function organisationNames(ctx: ServiceContext, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const organisations = await Promise.all(unique.map((id) => getOrganisation(ctx, id)));
  return new Map(organisations.flatMap((o) => (o ? [[o.id, o.legalName] as const] : [])));
}
