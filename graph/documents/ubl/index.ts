import type { DocumentKind, DocumentSnapshot } from "../snapshot.js";
import type { IssueMeta } from "../types/frame.js";
import { certificateUbl } from "./certificate.js";
import { invoiceUbl } from "./invoice.js";
import { billOfLadingUbl, packingListUbl, postalUbl, waybillUbl } from "./transport.js";

const BUILDERS: Record<DocumentKind, (snapshot: DocumentSnapshot, meta: IssueMeta) => string> = {
  commercial_invoice: invoiceUbl,
  packing_list: packingListUbl,
  certificate_of_origin: certificateUbl,
  postal_declaration: postalUbl,
  bill_of_lading: billOfLadingUbl,
  air_waybill: waybillUbl,
};

/** The UBL 2.1 XML of a document: the same data as its PDF, for a customs system to read. */
export function ublFor(kind: DocumentKind, snapshot: DocumentSnapshot, meta: IssueMeta): string {
  return BUILDERS[kind](snapshot, meta);
}
