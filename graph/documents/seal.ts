import { newId, nowIso } from "../../db/ids.js";
import type { DocumentsTable } from "../../db/types.js";
import type { ServiceContext } from "../context.js";
import { activeSigningKey } from "./keys.js";
import { embeddedUbl } from "./pdf-facts.js";
import * as repo from "./repository.js";
import { documentNumber, NUMBER_PREFIX } from "./rules.js";
import { sha256Hex, signFields, type SignedFields } from "./signing.js";
import type { DocumentKind, DocumentSnapshot } from "./snapshot.js";

/** Sealing: what happens to a rendered document between the renderer and the database. */

export function newDocumentId(): string {
  return newId("doc");
}

/** The next number of the issuer's series for the kind and year; call inside the issuing transaction. */
export async function allocateNumber(tx: ServiceContext, issuerOrganisationId: string, kind: DocumentKind, year: number): Promise<string> {
  return documentNumber(kind, year, await repo.nextSequence(tx.db, issuerOrganisationId, NUMBER_PREFIX[kind], year));
}

export interface SealInput {
  id: string;
  kind: DocumentKind;
  shipmentId: string;
  orderId: string;
  issuerOrganisationId: string;
  number: string;
  version: number;
  issuedAt: string;
  keyId: string;
  snapshot: DocumentSnapshot;
  pdf: Uint8Array;
  ubl: string;
  issuedByUserId: string | null;
  supersedesId?: string | null;
  correctionReason?: string | null;
  endorsement?: object | null;
}

export function signedFieldsOf(row: Pick<DocumentsTable, "id" | "number" | "version" | "kind" | "issuer_organisation_id" | "issued_at" | "key_id" | "pdf_sha256" | "ubl_sha256">): SignedFields {
  return {
    documentId: row.id,
    number: row.number,
    version: row.version,
    kind: row.kind,
    issuerOrganisationId: row.issuer_organisation_id,
    issuedAt: row.issued_at,
    keyId: row.key_id,
    pdfSha256: row.pdf_sha256,
    ublSha256: row.ubl_sha256,
  };
}

/**
 * Hashes and signs the rendered bytes and stores them with their snapshot, inside the caller's
 * transaction. The PDF must carry the very UBL stored beside it: a file whose two halves disagree
 * would fail its own verification, so it is refused here instead of handed out.
 */
export async function sealDocument(tx: ServiceContext, input: SealInput): Promise<DocumentsTable> {
  const { key, privateKey } = await activeSigningKey(tx);
  if (key.id !== input.keyId) throw new Error(`the document was rendered for key ${input.keyId} but ${key.id} signs`);
  const ublSha256 = sha256Hex(input.ubl);
  const carried = await embeddedUbl(input.pdf);
  if (carried === null || sha256Hex(carried) !== ublSha256) throw new Error("the rendered PDF does not carry the UBL rendered with it");
  const base = {
    id: input.id,
    kind: input.kind,
    shipment_id: input.shipmentId,
    order_id: input.orderId,
    issuer_organisation_id: input.issuerOrganisationId,
    number: input.number,
    version: input.version,
    issued_at: input.issuedAt,
    key_id: key.id,
    pdf_sha256: sha256Hex(input.pdf),
    ubl_sha256: ublSha256,
  };
  const row: DocumentsTable = {
    ...base,
    status: "issued",
    supersedes_id: input.supersedesId ?? null,
    superseded_by_id: null,
    snapshot: JSON.stringify(input.snapshot),
    pdf: input.pdf,
    ubl: input.ubl,
    signature: signFields(signedFieldsOf(base), privateKey),
    issued_by_user_id: input.issuedByUserId,
    correction_reason: input.correctionReason ?? null,
    endorsement: input.endorsement ? JSON.stringify(input.endorsement) : null,
    revoked_at: null,
    revoked_by_user_id: null,
    revoked_by_name: null,
    revoked_reason: null,
  };
  if (input.supersedesId) {
    await repo.updateDocument(tx.db, input.supersedesId, { status: "superseded", superseded_by_id: input.id });
    await repo.insertDocumentEvent(tx.db, {
      id: newId("dhe"), document_id: input.supersedesId, event: "superseded", at: nowIso(tx.now()), by_user_id: input.issuedByUserId, reason: input.correctionReason ?? null,
    });
  }
  await repo.insertDocument(tx.db, row);
  await repo.insertDocumentEvent(tx.db, {
    id: newId("dhe"),
    document_id: input.id,
    event: input.endorsement ? "endorsed" : input.supersedesId ? "corrected" : "issued",
    at: nowIso(tx.now()),
    by_user_id: input.issuedByUserId,
    reason: input.correctionReason ?? null,
  });
  return row;
}
