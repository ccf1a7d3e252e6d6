import type { ServiceContext } from "../context.js";
import type { Batch } from "./batches.js";
import type { LaneMode } from "./lanes.js";
import { shipmentByTraceCode, shipmentByTrackingNumber } from "./repository.js";
import { shipmentRecord, type ShipmentRecord } from "./shipments.js";
import type { ShipmentStatus, TrackingCode } from "./tracking-rules.js";

/** A timeline entry as anyone may see it: what, where and when; no notes (they may name people or prices). */
export interface PublicTrackingEvent {
  code: TrackingCode;
  occurredAt: string;
  timeZone: string;
  place: string;
  locode: string | null;
}

/** What a tracking number tells anyone who has it: the journey, never the parties, prices or contents. */
export interface PublicTracking {
  trackingNumber: string;
  status: ShipmentStatus;
  mode: LaneMode;
  carrierName: string;
  portOfLoading: string | null;
  portOfDischarge: string | null;
  exportCountry: string;
  importCountry: string;
  packageCount: number;
  events: PublicTrackingEvent[];
}

const publicEvents = (record: ShipmentRecord): PublicTrackingEvent[] =>
  record.events.map((e) => ({ code: e.code, occurredAt: e.occurredAt, timeZone: e.timeZone, place: e.place, locode: e.locode }));

/** The public tracking page's answer; null for a number nobody issued. */
export async function trackShipment(ctx: ServiceContext, trackingNumber: string): Promise<PublicTracking | null> {
  const row = await shipmentByTrackingNumber(ctx.db, trackingNumber.trim().toUpperCase());
  const record = row ? await shipmentRecord(ctx, row.id) : null;
  if (!record) return null;
  return {
    trackingNumber: record.trackingNumber,
    status: record.status,
    mode: record.mode,
    carrierName: record.carrierName,
    portOfLoading: record.portOfLoading,
    portOfDischarge: record.portOfDischarge,
    exportCountry: record.exportCountry,
    importCountry: record.importCountry,
    packageCount: record.packages.reduce((sum, p) => sum + p.count, 0),
    events: publicEvents(record),
  };
}

/** One kind of goods on the trace page, from the batch it came from (when the seller said). */
export interface TracedGoods {
  hsCode: string;
  description: string;
  originCountry: string;
  batch: Omit<Batch, "organisationId" | "listingId"> | null;
}

/** The QR code's page: from producer to door, for whoever holds the packing list. */
export interface PublicTrace {
  goods: TracedGoods[];
  tracking: PublicTracking;
}

/** The trace page's answer for the unguessable code printed on the packing list; null when unknown. */
export async function traceShipment(ctx: ServiceContext, traceCode: string): Promise<PublicTrace | null> {
  const row = await shipmentByTraceCode(ctx.db, traceCode.trim().toLowerCase());
  const tracking = row ? await trackShipment(ctx, row.tracking_number) : null;
  const record = row && tracking ? await shipmentRecord(ctx, row.id) : null;
  if (!record || !tracking) return null;
  return {
    goods: record.lines.map((line) => {
      const { organisationId: _org, listingId: _listing, ...batch } = line.batch ?? ({} as Batch);
      return { hsCode: line.hsCode, description: line.description, originCountry: line.originCountry, batch: line.batch ? batch : null };
    }),
    tracking,
  };
}
