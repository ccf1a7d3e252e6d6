import { zipSync } from "fflate";
import { z } from "zod";
import { newId, nowIso } from "../../db/ids.js";
import { withTransaction, type ServiceContext } from "../context.js";
import { logAccess, officerOrNull, requireOfficer, shipmentInJurisdiction, type Officer } from "../customs/service.js";
import { conflict, forbidden, notFound, UserInputProblems } from "../errors.js";
import { actorUserId, actsFor, requireUser } from "../identity/guards.js";
import { getUser } from "../identity/service.js";
import { shipmentRecord, viewerMayShip, type ShipmentRecord } from "../logistics/service.js";
import { localeCode, nameText, requiredText, validate } from "../shared/validation.js";
import { orderForDocuments, type OrderParty } from "../trade/service.js";
import { activeSigningKey } from "./keys.js";
import * as repo from "./repository.js";
import { requiredDocuments as requiredFor, snapshotProblems, type RequiredDocument } from "./rules.js";
import { allocateNumber, newDocumentId, sealDocument } from "./seal.js";
import { DOCUMENT_KINDS, type DocumentKind, type DocumentSnapshot, type OriginCriterion, type PartySnapshot, type PostalCategory, type TransportMode } from "./snapshot.js";
import { renderDocument } from "./types/index.js";

export { DOCUMENT_KINDS, type DocumentKind } from "./snapshot.js";
export type { RequiredDocument } from "./rules.js";

/**
 * Issuing, revoking, listing and serving a shipment's trade documents. The seller's members issue
 * and revoke; the seller, the buyer and the officers of the two borders read; everything an officer
 * reads goes into the customs access log.
 */

export interface DocumentHead {
  id: string;
  kind: DocumentKind;
  shipmentId: string;
  number: string;
  version: number;
  status: "issued" | "revoked" | "superseded";
  issuedAt: string;
  pdfSha256: string;
  ublSha256: string;
  supersedesId: string | null;
  correctionReason: string | null;
  revoked: { at: string; by: string; reason: string } | null;
}

function toHead(row: repo.DocumentHead): DocumentHead {
  return {
    id: row.id,
    kind: row.kind as DocumentKind,
    shipmentId: row.shipment_id,
    number: row.number,
    version: row.version,
    status: row.status as DocumentHead["status"],
    issuedAt: row.issued_at,
    pdfSha256: row.pdf_sha256,
    ublSha256: row.ubl_sha256,
    supersedesId: row.supersedes_id,
    correctionReason: row.correction_reason,
    revoked: row.revoked_at ? { at: row.revoked_at, by: row.revoked_by_name ?? "", reason: row.revoked_reason ?? "" } : null,
  };
}

/** Where the QR code on every page points; the /verify/<id> page answers it. */
export function verifyUrlOf(documentId: string): string {
  return `${publicBase()}/verify/${documentId}`;
}

const publicBase = () => (process.env.PUBLIC_URL ?? "http://localhost:3000").replace(/\/+$/, "");

// ---------------------------------------------------------------------------- issuing

const ORIGIN_CRITERIA = ["WO", "CTH", "CTSH", "RVC"] as const;
const POSTAL_CATEGORIES = ["gift", "documents", "commercial_sample", "returned_goods", "sale_of_goods", "other"] as const;

const issueSchema = z.object({
  shipmentId: z.string({ required_error: "REQUIRED" }).trim().min(1, "REQUIRED"),
  kind: z.enum(DOCUMENT_KINDS as [DocumentKind, ...DocumentKind[]], { errorMap: () => ({ message: "DOCUMENT_KIND_UNKNOWN" }) }),
  signatoryTitle: nameText(100),
  place: nameText(100).nullish(),
  secondLanguage: localeCode.nullish(),
  /** Given when a document of the kind is in force: re-issuing is a correction, and says why. */
  correctionReason: requiredText(500).nullish(),
  billOfLadingType: z.enum(["to_order", "straight"], { errorMap: () => ({ message: "INVALID" }) }).nullish(),
  toOrderOf: nameText(200).nullish(),
  originals: z.number().int("ORIGINALS_INVALID").min(1, "ORIGINALS_INVALID").max(6, "ORIGINALS_INVALID").nullish(),
  airlinePrefix: z.string().trim().regex(/^\d{3}$/, "AIRLINE_PREFIX_INVALID").nullish(),
  awbSerial: z.string().trim().regex(/^\d{7}$/, "AWB_SERIAL_INVALID").nullish(),
  freightPayable: z.enum(["prepaid", "collect"], { errorMap: () => ({ message: "INVALID" }) }).nullish(),
  valueSdrMinor: z.number().int("INVALID").min(0, "INVALID").nullish(),
  postalCategory: z.enum(POSTAL_CATEGORIES, { errorMap: () => ({ message: "INVALID" }) }).nullish(),
  /** Per shipment line position, for a preferential certificate of origin. */
  origin: z
    .array(
      z.object({
        lineNo: z.number().int(),
        criterion: z.enum(ORIGIN_CRITERIA, { errorMap: () => ({ message: "ORIGIN_CRITERION_REQUIRED" }) }),
        rvcPercent: z.number().min(0, "RVC_BELOW_40").max(100, "INVALID").nullish(),
        fobValueMinor: z.number().int("INVALID").min(0, "FOB_VALUE_REQUIRED").nullish(),
      }),
    )
    .max(500, "TOO_LONG")
    .nullish(),
});

export type IssueDocumentInput = z.input<typeof issueSchema>;
type IssueData = z.output<typeof issueSchema>;

function party(parties: readonly OrderParty[], role: OrderParty["role"]): PartySnapshot | null {
  const found = parties.find((p) => p.role === role);
  if (!found) return null;
  return {
    organisationId: found.organisationId,
    name: found.name,
    addressLines: [found.addressLine1, found.addressLine2, [found.postalCode, found.city].filter(Boolean).join(" ")].filter((l): l is string => !!l),
    country: found.country,
    taxId: found.taxId,
    eori: found.eori,
    registrationNumber: found.registrationNumber,
    contact: found.contact,
  };
}

const kg = (value: number | null) => (value ?? 0).toFixed(3);

/** Freight and insurance are the seller's under these Incoterms 2020, so the invoice states them. */
const SELLER_PAYS_CARRIAGE = new Set(["CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP"]);

async function snapshotOf(ctx: ServiceContext, shipment: ShipmentRecord, data: IssueData, signatoryName: string, invoiceNumber: string | null): Promise<DocumentSnapshot> {
  const { order } = await orderForDocuments(ctx, shipment.orderId);
  const seller = party(order.parties, "seller")!;
  const buyer = party(order.parties, "buyer")!;
  const byPosition = new Map(order.lines.map((l) => [l.position, l]));
  const origin = new Map((data.origin ?? []).map((o) => [o.lineNo, o]));
  const lines = shipment.lines.map((line) => {
    const ordered = byPosition.get(line.position);
    const unitPriceMinor = ordered?.unitPrice.amountMinor ?? 0;
    const criterion = origin.get(line.position);
    return {
      lineNo: line.position,
      description: line.description,
      hsCode: line.hsCode,
      originCountry: line.originCountry,
      quantity: String(line.quantity),
      unit: line.unit,
      unitPriceMinor,
      amountMinor: Math.round(unitPriceMinor * line.quantity),
      netWeightKg: kg(line.netWeightKg),
      grossWeightKg: kg(line.grossWeightKg),
      originCriterion: (criterion?.criterion ?? null) as OriginCriterion | null,
      rvcPercent: criterion?.rvcPercent ?? null,
      fobValueMinor: criterion?.fobValueMinor ?? null,
    };
  });
  const contents = [...new Set(shipment.lines.map((l) => l.description))].join(", ");
  const carriage = SELLER_PAYS_CARRIAGE.has(order.incoterm);
  return {
    orderId: order.id,
    orderReference: order.id,
    shipmentId: shipment.id,
    traceUrl: data.kind === "packing_list" ? `${publicBase()}/trace/${shipment.traceCode}` : null,
    buyerReference: order.buyerReference,
    currency: order.currency,
    incoterm: order.incoterm,
    incotermPlace: order.namedPlace,
    paymentTerms: order.paymentTerms,
    seller,
    buyer,
    consignee: party(order.parties, "consignee") ?? buyer,
    notifyParty: party(order.parties, "notify"),
    originCountry: shipment.exportCountry,
    destinationCountry: shipment.importCountry,
    mode: shipment.mode as TransportMode,
    transport: {
      carrier: shipment.carrierName,
      vessel: shipment.vesselName,
      voyage: shipment.voyageNumber,
      flight: shipment.flightNumber,
      flightDate: shipment.mode === "air" ? shipment.shippedOn : null,
      portOfLoading: shipment.portOfLoading,
      portOfDischarge: shipment.portOfDischarge,
      billOfLadingType: data.billOfLadingType ?? null,
      toOrderOf: data.toOrderOf ?? null,
      originals: data.originals ?? null,
      airlinePrefix: data.airlinePrefix ?? null,
      awbSerial: data.awbSerial ?? null,
      freightPayable: data.freightPayable ?? null,
    },
    lines,
    packages: shipment.packages.map((p) => ({
      number: String(p.position),
      typeCode: p.packageType,
      typeName: p.packageType,
      marks: p.marks ?? "",
      contents,
      quantity: String(p.count),
      netWeightKg: kg(p.netWeightKg * p.count),
      grossWeightKg: kg(p.grossWeightKg * p.count),
      lengthCm: p.lengthCm,
      widthCm: p.widthCm,
      heightCm: p.heightCm,
      lineNos: lines.map((l) => l.lineNo),
    })),
    freightMinor: carriage && order.freight.amountMinor > 0 ? order.freight.amountMinor : null,
    insuranceMinor: carriage && order.insurance.amountMinor > 0 ? order.insurance.amountMinor : null,
    valueSdrMinor: data.valueSdrMinor ?? null,
    postalCategory: (data.postalCategory ?? null) as PostalCategory | null,
    invoiceNumber,
    signatory: { name: signatoryName, title: data.signatoryTitle, place: data.place ?? (seller.addressLines.at(-1) || seller.country) },
    secondLanguage: data.secondLanguage ?? null,
  };
}

/** A shipment the viewer's company sells. Its buyer is told only sellers issue; anyone else, that it does not exist. */
async function sellersShipment(ctx: ServiceContext, shipmentId: string): Promise<ShipmentRecord> {
  const shipment = await shipmentRecord(ctx, shipmentId);
  if (!shipment || !(await viewerMayShip(ctx, shipmentId))) throw notFound("DOCUMENT_SHIPMENT_NOT_FOUND");
  if (!actsFor(ctx.viewer, shipment.sellerOrganisationId)) throw forbidden("DOCUMENT_NOT_YOUR_SHIPMENT");
  return shipment;
}

/**
 * Issues a document of a kind for a shipment: snapshot, render, number and seal in one transaction,
 * so a refusal or a failed render leaves no row and no number used. A kind already in force is
 * re-issued only as a correction with a reason: the new version keeps the number and supersedes it.
 */
export async function issueDocument(ctx: ServiceContext, input: IssueDocumentInput): Promise<DocumentHead> {
  const data = validate(issueSchema, input);
  const shipment = await sellersShipment(ctx, data.shipmentId);
  const user = requireUser(ctx.viewer);
  const signatory = (await getUser(ctx, user.userId))?.displayName ?? "";
  return withTransaction(ctx, async (tx) => {
    const inForce = await repo.documentInForce(tx.db, shipment.id, data.kind);
    if (inForce && !data.correctionReason) throw conflict("DOCUMENT_ALREADY_ISSUED", { number: inForce.number });
    const invoice = data.kind === "commercial_invoice" ? null : await repo.documentInForce(tx.db, shipment.id, "commercial_invoice");
    const snapshot = await snapshotOf(tx, shipment, data, signatory, invoice?.number ?? null);
    const problems = snapshotProblems(data.kind, snapshot);
    if (problems.length) throw new UserInputProblems(problems.map((code) => ({ field: code.startsWith("AWB") ? "awbSerial" : null, code: `DOCUMENT_${code}` })));
    const { key } = await activeSigningKey(tx);
    const id = newDocumentId();
    const issuedAt = tx.now().toISOString();
    const number = inForce?.number ?? (await allocateNumber(tx, shipment.sellerOrganisationId, data.kind, tx.now().getUTCFullYear()));
    const version = (inForce?.version ?? 0) + 1;
    const meta = { documentId: id, number, version, issuedAt, verifyUrl: verifyUrlOf(id), keyId: key.id, supersedesNumber: inForce ? `${inForce.number} v${inForce.version}` : null };
    const { pdf, ubl } = await renderDocument(data.kind, snapshot, meta);
    const row = await sealDocument(tx, {
      id, kind: data.kind, shipmentId: shipment.id, orderId: shipment.orderId, issuerOrganisationId: shipment.sellerOrganisationId,
      number, version, issuedAt, keyId: key.id, snapshot, pdf, ubl, issuedByUserId: user.userId,
      supersedesId: inForce?.id ?? null, correctionReason: inForce ? data.correctionReason : null,
    });
    return toHead(row);
  });
}

/**
 * The document as issuing it now would draw it, marked "preview — not issued" on every page: no
 * number taken, nothing signed or stored, so the seller can check it before it is final.
 */
export async function previewDocument(ctx: ServiceContext, input: IssueDocumentInput): Promise<DocumentFile> {
  const data = validate(issueSchema, input);
  const shipment = await sellersShipment(ctx, data.shipmentId);
  const user = requireUser(ctx.viewer);
  const signatory = (await getUser(ctx, user.userId))?.displayName ?? "";
  const invoice = data.kind === "commercial_invoice" ? null : await repo.documentInForce(ctx.db, shipment.id, "commercial_invoice");
  const snapshot = await snapshotOf(ctx, shipment, data, signatory, invoice?.number ?? null);
  const problems = snapshotProblems(data.kind, snapshot);
  if (problems.length) throw new UserInputProblems(problems.map((code) => ({ field: code.startsWith("AWB") ? "awbSerial" : null, code: `DOCUMENT_${code}` })));
  const meta = { documentId: "preview", number: "PREVIEW", version: 0, issuedAt: ctx.now().toISOString(), verifyUrl: `${publicBase()}/verify`, keyId: "-", preview: true };
  const { pdf } = await renderDocument(data.kind, snapshot, meta);
  return { filename: `preview-${data.kind.replace(/_/g, "-")}.pdf`, contentType: "application/pdf", bytes: pdf };
}

const revokeSchema = z.object({
  documentId: z.string({ required_error: "REQUIRED" }).trim().min(1, "REQUIRED"),
  reason: requiredText(500),
});

/** The issuer's members withdraw a document in force; /verify then says who revoked it and why. */
export async function revokeDocument(ctx: ServiceContext, input: z.input<typeof revokeSchema>): Promise<DocumentHead> {
  const data = validate(revokeSchema, input);
  const user = requireUser(ctx.viewer);
  const name = (await getUser(ctx, user.userId))?.displayName ?? "";
  return withTransaction(ctx, async (tx) => {
    const row = await repo.documentRow(tx.db, data.documentId);
    if (!row || !actsFor(tx.viewer, row.issuer_organisation_id)) throw notFound("DOCUMENT_NOT_FOUND");
    if (row.status !== "issued") throw conflict("DOCUMENT_NOT_IN_FORCE", { status: row.status });
    const at = nowIso(tx.now());
    const changes = { status: "revoked", revoked_at: at, revoked_by_user_id: user.userId, revoked_by_name: name, revoked_reason: data.reason };
    await repo.updateDocument(tx.db, row.id, changes);
    await repo.insertDocumentEvent(tx.db, { id: newId("dhe"), document_id: row.id, event: "revoked", at, by_user_id: actorUserId(tx.viewer), reason: data.reason });
    return toHead({ ...row, ...changes });
  });
}

// ---------------------------------------------------------------------------- reading

/**
 * Who reads a shipment's documents: its two companies, and officers of its two borders (checked
 * by customs, which logs a refusal). Anyone else is told it does not exist.
 */
async function readerOf(ctx: ServiceContext, shipmentId: string, action: "view_shipment" | "download_document" | "download_zip", detail: Record<string, string> = {}): Promise<Officer | null> {
  const officer = officerOrNull(ctx.viewer);
  if (officer) {
    await shipmentInJurisdiction(ctx, officer, shipmentId, action, detail);
    return officer;
  }
  if (!(await viewerMayShip(ctx, shipmentId))) throw notFound("DOCUMENT_SHIPMENT_NOT_FOUND");
  return null;
}

/** Every version of every document of the shipment, each kind's versions in order. */
export async function documentsOfShipment(ctx: ServiceContext, shipmentId: string): Promise<DocumentHead[]> {
  await readerOf(ctx, shipmentId, "view_shipment");
  return (await repo.documentHeadsOfShipment(ctx.db, shipmentId)).map(toHead);
}

export interface RequiredDocumentState extends RequiredDocument {
  /** The version in force, or null while it is still to issue. */
  inForce: DocumentHead | null;
}

/** What the lane and mode need, and which of those are issued: the seller's to-do list. */
export async function requiredDocuments(ctx: ServiceContext, shipmentId: string): Promise<RequiredDocumentState[]> {
  await readerOf(ctx, shipmentId, "view_shipment");
  const shipment = (await shipmentRecord(ctx, shipmentId))!;
  const heads = (await repo.documentHeadsOfShipment(ctx.db, shipmentId)).map(toHead);
  return requiredFor(shipment.exportCountry, shipment.importCountry, shipment.mode as TransportMode).map((needed) => ({
    ...needed,
    inForce: heads.find((h) => h.kind === needed.kind && h.status === "issued") ?? null,
  }));
}

export type DocumentFormat = "pdf" | "xml";

export interface DocumentFile {
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

const fileStem = (row: { kind: string; number: string; version: number }) => `${row.kind.replace(/_/g, "-")}-${row.number}-v${row.version}`;

/** One document's PDF or UBL for its readers; an officer's download is logged, granted or refused. */
export async function documentFile(ctx: ServiceContext, documentId: string, format: DocumentFormat): Promise<DocumentFile> {
  const row = await repo.documentRow(ctx.db, documentId);
  const officer = officerOrNull(ctx.viewer);
  if (!row) {
    if (officer) await logAccess(ctx, officer, [{ action: "download_document", outcome: "refused", documentId, detail: { format } }]);
    throw notFound("DOCUMENT_NOT_FOUND");
  }
  await readerOf(ctx, row.shipment_id, "download_document", { format, documentId });
  if (officer) {
    await logAccess(ctx, officer, [{ action: "download_document", outcome: "granted", shipmentId: row.shipment_id, documentId, documentIssuerOrganisationId: row.issuer_organisation_id, detail: { format } }]);
  }
  return format === "pdf"
    ? { filename: `${fileStem(row)}.pdf`, contentType: "application/pdf", bytes: row.pdf }
    : { filename: `${fileStem(row)}.xml`, contentType: "application/xml; charset=utf-8", bytes: Buffer.from(row.ubl, "utf8") };
}

/** Every document in force of a shipment, PDF and UBL, in one ZIP: the officer's whole file, logged. */
export async function shipmentDocumentsZip(ctx: ServiceContext, shipmentId: string): Promise<DocumentFile> {
  const officer = requireOfficer(ctx.viewer);
  const { shipment } = await shipmentInJurisdiction(ctx, officer, shipmentId, "download_zip");
  const heads = (await repo.documentHeadsOfShipment(ctx.db, shipmentId)).filter((h) => h.status === "issued");
  const files: Record<string, Uint8Array> = {};
  for (const head of heads) {
    const row = (await repo.documentRow(ctx.db, head.id))!;
    files[`${fileStem(row)}.pdf`] = row.pdf;
    files[`${fileStem(row)}.xml`] = Buffer.from(row.ubl, "utf8");
  }
  // PDFs are compressed already; storing them spares the CPU for nothing gained.
  const bytes = zipSync(files, { level: 0 });
  await logAccess(ctx, officer, [{ action: "download_zip", outcome: "granted", shipmentId, documentIssuerOrganisationId: shipment.sellerOrganisationId, detail: { documents: heads.length } }]);
  return { filename: `${shipmentId}-documents.zip`, contentType: "application/zip", bytes };
}
