import { z } from "zod";
import type { ServiceContext } from "../context.js";
import { decodeCursor, pageSize, toPage, type Page } from "../shared/pagination.js";
import { countryCode, isoDate, validate } from "../shared/validation.js";
import { LANE_MODES, type LaneMode } from "./lanes.js";
import { chaptersOf, searchShipmentRows } from "./repository.js";
import { toShipment, type Shipment } from "./shipments.js";

export interface ShipmentSummary extends Shipment {
  /** The two-digit HS chapters it carries. */
  hsChapters: string[];
}

export interface ShipmentSearch {
  country: string;
  direction: "export" | "import" | "either";
  shippedFrom?: string | null;
  shippedTo?: string | null;
  exporterOrganisationId?: string | null;
  importerOrganisationId?: string | null;
  hsChapter?: string | null;
  mode?: LaneMode | null;
  shipmentIds?: readonly string[] | null;
  first?: number | null;
  after?: string | null;
}

const searchSchema = z.object({
  country: countryCode,
  direction: z.enum(["export", "import", "either"], { errorMap: () => ({ message: "INVALID" }) }),
  shippedFrom: isoDate.nullish(),
  shippedTo: isoDate.nullish(),
  exporterOrganisationId: z.string().trim().nullish(),
  importerOrganisationId: z.string().trim().nullish(),
  hsChapter: z
    .string()
    .trim()
    .regex(/^\d{2}$/, "HS_CHAPTER_INVALID")
    .nullish(),
  mode: z
    .string()
    .refine((mode): mode is LaneMode => (LANE_MODES as readonly string[]).includes(mode), "SHIPMENT_MODE_UNKNOWN")
    .nullish(),
  shipmentIds: z.array(z.string()).max(1000, "SHIPMENT_TOO_MANY_ITEMS").nullish(),
  first: z.number().nullish(),
  after: z.string().nullish(),
});

/**
 * Shipments crossing a country's border, newest departure first, for the customs desk (HELPERS.md
 * contract). No viewer check: customs checks the officer's jurisdiction before it calls.
 */
export async function searchShipments(ctx: ServiceContext, filter: ShipmentSearch): Promise<Page<ShipmentSummary>> {
  const data = validate(searchSchema, filter);
  const size = pageSize(data.first);
  const { rows, total } = await summariesOf(ctx, data, size + 1, true);
  return toPage(rows, size, total ?? 0, (s) => [s.shippedOn, s.id]);
}

/**
 * The newest `limit` shipments of a search among the given ids, without a count or a page: the
 * desk's clearance-status filter asks logistics about the decided ids chunk by chunk.
 */
export async function shipmentsAmong(ctx: ServiceContext, filter: ShipmentSearch & { shipmentIds: readonly string[] }, limit: number): Promise<ShipmentSummary[]> {
  const data = validate(searchSchema, filter);
  return (await summariesOf(ctx, data, limit, false)).rows;
}

async function summariesOf(ctx: ServiceContext, data: z.infer<typeof searchSchema>, limit: number, counted: boolean): Promise<{ rows: ShipmentSummary[]; total: number | null }> {
  const after = data.after ? decodeCursor(data.after, ["string", "string"] as const) : null;
  const { rows, total } = await searchShipmentRows(ctx.db, {
    country: data.country,
    direction: data.direction,
    shippedFrom: data.shippedFrom ?? null,
    shippedTo: data.shippedTo ?? null,
    exporterOrganisationId: data.exporterOrganisationId || null,
    importerOrganisationId: data.importerOrganisationId || null,
    hsChapter: data.hsChapter ?? null,
    mode: data.mode ?? null,
    shipmentIds: data.shipmentIds ?? null,
    after,
    limit,
    counted,
  });
  const chapters = await chaptersOf(ctx.db, rows.map((r) => r.id));
  return { rows: rows.map((row) => ({ ...toShipment(row), hsChapters: chapters.get(row.id) ?? [] })), total };
}
