import { z } from "zod";
import { newTimeOrderedId, nowIso } from "../../db/ids.js";
import type { BatchesTable, BatchInspectionsTable } from "../../db/types.js";
import { withTransaction, type ServiceContext } from "../context.js";
import { notFound, problem } from "../errors.js";
import { actsFor, requireOrganisation } from "../identity/guards.js";
import { getListing } from "../listings/service.js";
import { countryCode, isoDate, optionalText, requiredText, validate } from "../shared/validation.js";
import { batchRowByCode, batchRows, batchRowsOfListing, inspectionRows, insertBatch, insertInspection } from "./repository.js";

export const PRODUCED_KINDS = ["harvest", "production"] as const;
export const INSPECTION_RESULTS = ["passed", "failed", "conditional"] as const;

export interface BatchInspection {
  id: string;
  /** What was checked, in the inspector's words: "phytosanitary", "aflatoxin", "moisture". */
  kind: string;
  result: (typeof INSPECTION_RESULTS)[number];
  inspector: string;
  place: string | null;
  inspectedOn: string;
  certificateRef: string | null;
}

/** A lot of goods from one producer and one harvest or production run. */
export interface Batch {
  id: string;
  organisationId: string;
  listingId: string;
  code: string;
  producerName: string;
  producerPlace: string | null;
  producerCountry: string;
  producedOn: string;
  producedKind: (typeof PRODUCED_KINDS)[number];
  inspections: BatchInspection[];
}

function toBatch(row: BatchesTable, inspections: BatchInspectionsTable[]): Batch {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    listingId: row.listing_id,
    code: row.code,
    producerName: row.producer_name,
    producerPlace: row.producer_place,
    producerCountry: row.producer_country,
    producedOn: row.produced_on,
    producedKind: row.produced_kind as Batch["producedKind"],
    inspections: inspections.map((i) => ({
      id: i.id,
      kind: i.kind,
      result: i.result as BatchInspection["result"],
      inspector: i.inspector,
      place: i.place,
      inspectedOn: i.inspected_on,
      certificateRef: i.certificate_ref,
    })),
  };
}

async function hydrate(ctx: ServiceContext, rows: BatchesTable[]): Promise<Batch[]> {
  const inspections = await inspectionRows(ctx.db, rows.map((r) => r.id));
  return rows.map((row) => toBatch(row, inspections.filter((i) => i.batch_id === row.id)));
}

/** Batches by id with their inspections; no viewer check (shipment lines and the public trace page use it). */
export async function batchesByIds(ctx: ServiceContext, ids: readonly string[]): Promise<Map<string, Batch>> {
  const batches = await hydrate(ctx, await batchRows(ctx.db, [...new Set(ids)]));
  return new Map(batches.map((b) => [b.id, b]));
}

/** A listing's batches, newest first: public like the listing's origin (producer and dates, nothing private). */
export async function batchesOfListing(ctx: ServiceContext, listingId: string): Promise<Batch[]> {
  return hydrate(ctx, await batchRowsOfListing(ctx.db, listingId));
}

const today = (ctx: ServiceContext) => ctx.now().toISOString().slice(0, 10);

const batchSchema = z.object({
  listingId: z.string({ required_error: "REQUIRED" }).trim().min(1, "REQUIRED"),
  code: z
    .string({ required_error: "REQUIRED" })
    .trim()
    .min(1, "REQUIRED")
    .max(40, "TOO_LONG")
    .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, "BATCH_CODE_INVALID"),
  producerName: requiredText(200),
  producerPlace: optionalText(200),
  producerCountry: countryCode,
  producedOn: isoDate,
  producedKind: z
    .string({ required_error: "REQUIRED" })
    .trim()
    .toLowerCase()
    .refine((kind): kind is Batch["producedKind"] => (PRODUCED_KINDS as readonly string[]).includes(kind), "BATCH_KIND_UNKNOWN"),
});

export type CreateBatchInput = z.input<typeof batchSchema>;

/** The listing's seller records a batch: who produced the goods, where, and when they were harvested or made. */
export async function createBatch(ctx: ServiceContext, input: CreateBatchInput): Promise<Batch> {
  const { organisationId } = requireOrganisation(ctx.viewer);
  const data = validate(batchSchema, input);
  const listing = await getListing(ctx, data.listingId);
  if (!listing || !actsFor(ctx.viewer, listing.organisationId)) throw problem("listingId", "BATCH_LISTING_NOT_YOURS");
  if (data.producedOn > today(ctx)) throw problem("producedOn", "BATCH_PRODUCED_IN_FUTURE");
  return withTransaction(ctx, async (tx) => {
    if (await batchRowByCode(tx.db, organisationId, data.code)) throw problem("code", "BATCH_CODE_TAKEN");
    const row: BatchesTable = {
      id: newTimeOrderedId("bat", ctx.now()),
      organisation_id: organisationId,
      listing_id: listing.id,
      code: data.code,
      producer_name: data.producerName,
      producer_place: data.producerPlace,
      producer_country: data.producerCountry,
      produced_on: data.producedOn,
      produced_kind: data.producedKind,
      created_at: nowIso(ctx.now()),
    };
    await insertBatch(tx.db, row);
    return toBatch(row, []);
  });
}

const inspectionSchema = z.object({
  batchId: z.string({ required_error: "REQUIRED" }).trim().min(1, "REQUIRED"),
  kind: requiredText(100),
  result: z
    .string({ required_error: "REQUIRED" })
    .trim()
    .toLowerCase()
    .refine((result): result is BatchInspection["result"] => (INSPECTION_RESULTS as readonly string[]).includes(result), "INSPECTION_RESULT_UNKNOWN"),
  inspector: requiredText(200),
  place: optionalText(200),
  inspectedOn: isoDate,
  certificateRef: optionalText(100),
});

export type AddBatchInspectionInput = z.input<typeof inspectionSchema>;

/** The seller adds an inspection (phytosanitary, lab test, grading) to one of its batches. */
export async function addBatchInspection(ctx: ServiceContext, input: AddBatchInspectionInput): Promise<Batch> {
  requireOrganisation(ctx.viewer);
  const data = validate(inspectionSchema, input);
  const [row] = await batchRows(ctx.db, [data.batchId]);
  if (!row || !actsFor(ctx.viewer, row.organisation_id)) throw notFound("BATCH_NOT_FOUND");
  if (data.inspectedOn > today(ctx)) throw problem("inspectedOn", "INSPECTION_IN_FUTURE");
  if (data.inspectedOn < row.produced_on) throw problem("inspectedOn", "INSPECTION_BEFORE_PRODUCTION", { producedOn: row.produced_on });
  await withTransaction(ctx, (tx) =>
    insertInspection(tx.db, {
      id: newTimeOrderedId("ins", ctx.now()),
      batch_id: row.id,
      kind: data.kind,
      result: data.result,
      inspector: data.inspector,
      place: data.place,
      inspected_on: data.inspectedOn,
      certificate_ref: data.certificateRef,
      created_at: nowIso(ctx.now()),
    }),
  );
  return (await batchesByIds(ctx, [row.id])).get(row.id)!;
}
