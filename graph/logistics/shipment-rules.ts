import { z } from "zod";
import { findPackageType } from "../../db/reference/package-types.js";
import type { FieldProblem } from "../errors.js";
import { optionalText, requiredText, timeZone } from "../shared/validation.js";
import { LANE_MODES, type LaneMode } from "./lanes.js";
import { TRACKING_CODES, type TrackingCode } from "./tracking-rules.js";

/** A UN/LOCODE as people type it ("MY PKG", "mypkg"); whether it exists is the catalog's to say. */
const locode = z
  .string()
  .trim()
  .transform((v) => v.replace(/\s+/g, "").toUpperCase())
  .nullish()
  .transform((v) => (v ? v : null));

const positive = (max: number) => z.number({ required_error: "REQUIRED", invalid_type_error: "INVALID" }).positive("NOT_POSITIVE").max(max, "NUMBER_TOO_LARGE");

export const packageSchema = z
  .object({
    count: z.number({ required_error: "REQUIRED" }).int("PACKAGE_COUNT_WHOLE").min(1, "NOT_POSITIVE").max(100_000, "NUMBER_TOO_LARGE"),
    packageType: z
      .string({ required_error: "REQUIRED" })
      .trim()
      .toUpperCase()
      .refine((code) => !!findPackageType(code), "PACKAGE_TYPE_UNKNOWN"),
    /** Per package, in kilograms: the packing list multiplies by the count. */
    grossWeightKg: positive(100_000),
    netWeightKg: positive(100_000),
    lengthCm: positive(2_000),
    widthCm: positive(2_000),
    heightCm: positive(2_000),
    marks: optionalText(500),
  })
  .refine((p) => p.netWeightKg <= p.grossWeightKg, { message: "PACKAGE_NET_ABOVE_GROSS", path: ["netWeightKg"] });

export const shipmentLineSchema = z.object({
  orderLineId: z.string({ required_error: "REQUIRED" }).trim().min(1, "REQUIRED"),
  quantity: positive(1_000_000_000),
  batchId: optionalText(64),
});

export const createShipmentSchema = z
  .object({
    orderId: z.string({ required_error: "REQUIRED" }).trim().min(1, "REQUIRED"),
    mode: z
      .string({ required_error: "REQUIRED" })
      .trim()
      .toLowerCase()
      .refine((mode): mode is LaneMode => (LANE_MODES as readonly string[]).includes(mode), "SHIPMENT_MODE_UNKNOWN")
      .transform((mode) => mode as LaneMode),
    carrierName: requiredText(200),
    carrierOrganisationId: optionalText(64),
    bookingNumber: optionalText(64),
    trackingNumber: z
      .string()
      .trim()
      .toUpperCase()
      .max(40, "TOO_LONG")
      .regex(/^[A-Z0-9-]*$/, "TRACKING_NUMBER_INVALID")
      .nullish()
      .transform((v) => (v ? v : null)),
    vesselName: optionalText(100),
    voyageNumber: optionalText(40),
    flightNumber: optionalText(20),
    portOfLoading: locode,
    portOfDischarge: locode,
    /** The booking's place and zone, for the first tracking event. */
    bookedAt: z.string().datetime({ offset: true, message: "DATE_TIME_INVALID" }).nullish(),
    timeZone: timeZone.nullish().transform((v) => v ?? "UTC"),
    packages: z.array(packageSchema).min(1, "SHIPMENT_PACKAGES_REQUIRED").max(200, "SHIPMENT_TOO_MANY_ITEMS"),
    lines: z.array(shipmentLineSchema).min(1, "SHIPMENT_LINES_REQUIRED").max(200, "SHIPMENT_TOO_MANY_ITEMS"),
  })
  .refine((s) => new Set(s.lines.map((l) => `${l.orderLineId}\u0000${l.batchId ?? ""}`)).size === s.lines.length, { message: "SHIPMENT_LINE_REPEATED", path: ["lines"] });

export type CreateShipmentInput = z.input<typeof createShipmentSchema>;
export type CreateShipmentData = z.output<typeof createShipmentSchema>;
export type PackageData = z.output<typeof packageSchema>;

export const trackingEventSchema = z.object({
  code: z
    .string({ required_error: "REQUIRED" })
    .trim()
    .toLowerCase()
    .refine((code): code is TrackingCode => (TRACKING_CODES as readonly string[]).includes(code), "TRACKING_CODE_UNKNOWN")
    .transform((code) => code as TrackingCode),
  occurredAt: z.string({ required_error: "REQUIRED" }).datetime({ offset: true, message: "DATE_TIME_INVALID" }),
  timeZone: z.string({ required_error: "REQUIRED" }).pipe(timeZone),
  place: requiredText(200),
  locode,
  note: optionalText(1000),
});

export type TrackingEventInput = z.input<typeof trackingEventSchema>;

export interface Size {
  grossWeightKg: number;
  netWeightKg: number;
  volumeM3: number;
}

/** What the packages weigh and take up, all of them. */
export function packagesSize(packages: readonly PackageData[]): Size {
  return packages.reduce(
    (sum, p) => ({
      grossWeightKg: sum.grossWeightKg + p.count * p.grossWeightKg,
      netWeightKg: sum.netWeightKg + p.count * p.netWeightKg,
      volumeM3: sum.volumeM3 + (p.count * p.lengthCm * p.widthCm * p.heightCm) / 1_000_000,
    }),
    { grossWeightKg: 0, netWeightKg: 0, volumeM3: 0 },
  );
}

/** An order line as logistics copied it, with what its shipments have taken so far. */
export interface ShippableLine {
  id: string;
  quantity: number;
  shippedQuantity: number;
  netWeightKg: number | null;
  grossWeightKg: number | null;
  volumeM3: number | null;
}

/**
 * Declared weights and sizes are rounded (a listing's kilograms per tonne, a carton's outer
 * centimetres): a shipment may exceed its share of the order by this much before it is refused.
 */
export const SIZE_TOLERANCE = 0.05;

/** The most a shipment of these quantities may weigh and take up; null where a line's figure is unknown. */
export function allowedSize(shipped: readonly { line: ShippableLine; quantity: number }[]): { [K in keyof Size]: number | null } {
  const share = (pick: (l: ShippableLine) => number | null) =>
    shipped.reduce<number | null>((sum, { line, quantity }) => {
      const whole = pick(line);
      return sum === null || whole === null ? null : sum + (whole * quantity) / line.quantity;
    }, 0);
  return { grossWeightKg: share((l) => l.grossWeightKg), netWeightKg: share((l) => l.netWeightKg), volumeM3: share((l) => l.volumeM3) };
}

/** Problems with a shipment's size against what its lines allow. */
export function sizeProblems(size: Size, allowed: ReturnType<typeof allowedSize>): FieldProblem[] {
  const over = (actual: number, limit: number | null) => limit !== null && actual > limit * (1 + SIZE_TOLERANCE) + 1e-9;
  const problems: FieldProblem[] = [];
  const kg = (n: number) => Math.round(n * 10) / 10;
  if (over(size.grossWeightKg, allowed.grossWeightKg)) problems.push({ field: "packages", code: "SHIPMENT_HEAVIER_THAN_ORDER", params: { weight: kg(size.grossWeightKg), limit: kg(allowed.grossWeightKg!) } });
  else if (over(size.netWeightKg, allowed.netWeightKg)) problems.push({ field: "packages", code: "SHIPMENT_HEAVIER_THAN_ORDER", params: { weight: kg(size.netWeightKg), limit: kg(allowed.netWeightKg!) } });
  if (over(size.volumeM3, allowed.volumeM3)) {
    const m3 = (n: number) => Math.round(n * 100) / 100;
    problems.push({ field: "packages", code: "SHIPMENT_LARGER_THAN_ORDER", params: { volume: m3(size.volumeM3), limit: m3(allowed.volumeM3!) } });
  }
  return problems;
}

/** Lines asking for more than is left to ship (what the other shipments have not taken). */
export function quantityProblems(shipped: readonly { line: ShippableLine; quantity: number; index: number }[]): FieldProblem[] {
  const asked = new Map<string, number>();
  for (const { line, quantity } of shipped) asked.set(line.id, (asked.get(line.id) ?? 0) + quantity);
  return shipped.flatMap(({ line, index }) => {
    const left = line.quantity - line.shippedQuantity;
    return asked.get(line.id)! > left + 1e-9 ? [{ field: `lines.${index}.quantity`, code: "SHIPMENT_MORE_THAN_ORDERED", params: { left: Math.max(0, Math.round(left * 1000) / 1000) } }] : [];
  });
}
