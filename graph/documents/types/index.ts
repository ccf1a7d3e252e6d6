import { ublFor } from "../ubl/index.js";
import type { DocumentKind, DocumentSnapshot } from "../snapshot.js";
import { drawCommercialInvoice } from "./commercial-invoice.js";
import { renderForm, type IssueMeta, type Sheet } from "./frame.js";
import type { LabelKey } from "./labels.js";
import { drawPackingList } from "./packing-list.js";
import { drawAirWaybill } from "./air-waybill.js";
import { drawBillOfLading } from "./bill-of-lading.js";
import { drawCertificateOfOrigin, originTitle } from "./certificate-of-origin.js";
import { drawPostalDeclaration, postalTitle } from "./postal-declaration.js";

export type { IssueMeta } from "./frame.js";

interface DocumentType {
  title: (snapshot: DocumentSnapshot) => LabelKey;
  draw: (sheet: Sheet) => void;
}

const TYPES: Record<DocumentKind, DocumentType> = {
  commercial_invoice: { title: () => "commercialInvoice", draw: drawCommercialInvoice },
  packing_list: { title: () => "packingList", draw: drawPackingList },
  certificate_of_origin: { title: (snapshot) => originTitle({ snapshot }), draw: drawCertificateOfOrigin },
  postal_declaration: { title: postalTitle, draw: drawPostalDeclaration },
  bill_of_lading: { title: () => "billOfLading", draw: drawBillOfLading },
  air_waybill: { title: () => "airWaybill", draw: drawAirWaybill },
};

/** The UBL 2.1 XML of a document (Invoice, PackingList, CertificateOfOrigin, BillOfLading, Waybill, DespatchAdvice). */
export function buildUbl(kind: DocumentKind, snapshot: DocumentSnapshot, meta: IssueMeta): string {
  return ublFor(kind, snapshot, meta);
}

/**
 * A document as one file for people and machines: the PDF (QR code of the verification page on
 * every page, "page n of m", labels in English and the destination's language) with its UBL
 * embedded as an associated file, and the UBL itself.
 */
export async function renderDocument(kind: DocumentKind, snapshot: DocumentSnapshot, meta: IssueMeta): Promise<{ pdf: Uint8Array; ubl: string }> {
  const type = TYPES[kind];
  const ubl = buildUbl(kind, snapshot, meta);
  const pdf = await renderForm({ kind, title: type.title(snapshot), snapshot, meta, ubl, body: type.draw });
  return { pdf, ubl };
}
