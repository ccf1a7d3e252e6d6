import type { DocumentsTable } from "../../db/types.js";
import type { ServiceContext } from "../context.js";
import { logAccess, officerOrNull } from "../customs/service.js";
import { getOrganisation } from "../identity/service.js";
import { publicKeyObject, signingKey } from "./keys.js";
import { claimedDocumentId, embeddedUbl } from "./pdf-facts.js";
import * as repo from "./repository.js";
import { signedFieldsOf } from "./seal.js";
import { sha256Hex, signatureHolds } from "./signing.js";
import { invoiceTotalMinor, type DocumentKind, type DocumentSnapshot } from "./snapshot.js";

/**
 * The three checks a customs verifier expects, each named and explained, and one verdict. Only a
 * file that passes the integrity check is described: when the bytes are not what was issued, nothing
 * read from them (or stored for the id they claim) is shown, so a forgery cannot borrow a summary.
 */

/** Largest file a verifier reads: a Caravan document is a few hundred kilobytes, so a 200 MB upload is refused unread. */
export const VERIFY_UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024;

export type Verdict = "genuine" | "altered" | "revoked" | "superseded" | "unknown";

export type IntegrityCode = "INTACT" | "NO_DOCUMENT_ID" | "NOT_ISSUED_HERE" | "BYTES_CHANGED" | "SIGNATURE_INVALID" | "UBL_MISMATCH";
export type StatusCode = "IN_FORCE" | "REVOKED" | "SUPERSEDED" | "NOT_CHECKED";
export type IssuerCode = "CURRENT_KEY_VERIFIED_COMPANY" | "KEY_REVOKED" | "KEY_UNKNOWN" | "ISSUER_NOT_VERIFIED" | "NOT_CHECKED";

export interface Check<C extends string> {
  passed: boolean;
  code: C;
  detail: string;
}

export interface DocumentSummary {
  id: string;
  kind: DocumentKind;
  number: string;
  version: number;
  status: "issued" | "revoked" | "superseded";
  issuedAt: string;
  issuer: { organisationId: string; name: string; country: string; verified: boolean };
  keyId: string;
  sha256: string;
  seller: string;
  buyer: string;
  originCountry: string;
  destinationCountry: string;
  mode: string;
  orderReference: string;
  lineCount: number;
  hsCodes: string[];
  totalMinor: number;
  currency: string;
  revoked: { at: string; by: string; reason: string } | null;
  supersededBy: { id: string; number: string; version: number } | null;
}

export interface Verification {
  verdict: Verdict;
  checks: { integrity: Check<IntegrityCode>; status: Check<StatusCode>; issuer: Check<IssuerCode> };
  document: DocumentSummary | null;
}

function check<C extends string>(ctx: ServiceContext, passed: boolean, code: C, params: Record<string, string | number> = {}): Check<C> {
  return { passed, code, detail: ctx.t(`common:documents.check.${code}`, params) };
}

function unknown(ctx: ServiceContext, code: IntegrityCode): Verification {
  return {
    verdict: "unknown",
    checks: { integrity: check(ctx, false, code), status: check(ctx, false, "NOT_CHECKED"), issuer: check(ctx, false, "NOT_CHECKED") },
    document: null,
  };
}

async function summaryOf(ctx: ServiceContext, row: DocumentsTable, issuer: DocumentSummary["issuer"]): Promise<DocumentSummary> {
  const snapshot = JSON.parse(row.snapshot) as DocumentSnapshot;
  const successor = row.superseded_by_id ? await repo.documentRow(ctx.db, row.superseded_by_id) : undefined;
  return {
    id: row.id,
    kind: row.kind as DocumentKind,
    number: row.number,
    version: row.version,
    status: row.status as DocumentSummary["status"],
    issuedAt: row.issued_at,
    issuer,
    keyId: row.key_id,
    sha256: row.pdf_sha256,
    seller: snapshot.seller.name,
    buyer: snapshot.buyer.name,
    originCountry: snapshot.originCountry,
    destinationCountry: snapshot.destinationCountry,
    mode: snapshot.mode,
    orderReference: snapshot.orderReference,
    lineCount: snapshot.lines.length,
    hsCodes: [...new Set(snapshot.lines.map((l) => l.hsCode))],
    totalMinor: invoiceTotalMinor(snapshot),
    currency: snapshot.currency,
    revoked: row.revoked_at ? { at: row.revoked_at, by: row.revoked_by_name ?? "", reason: row.revoked_reason ?? "" } : null,
    supersededBy: successor ? { id: successor.id, number: successor.number, version: successor.version } : null,
  };
}

/** Judges `bytes` as the file of the stored document `row`. */
async function judge(ctx: ServiceContext, row: DocumentsTable, bytes: Uint8Array): Promise<Verification> {
  const key = await signingKey(ctx, row.key_id);
  let integrity: Check<IntegrityCode>;
  if (sha256Hex(bytes) !== row.pdf_sha256) integrity = check(ctx, false, "BYTES_CHANGED");
  else if (!key || !signatureHolds(signedFieldsOf(row), row.signature, publicKeyObject(key))) integrity = check(ctx, false, "SIGNATURE_INVALID");
  else {
    const carried = await embeddedUbl(bytes);
    const intact = carried !== null && sha256Hex(carried) === row.ubl_sha256 && sha256Hex(row.ubl) === row.ubl_sha256;
    integrity = intact ? check(ctx, true, "INTACT", { sha256: row.pdf_sha256 }) : check(ctx, false, "UBL_MISMATCH");
  }
  if (!integrity.passed) {
    return { verdict: "altered", checks: { integrity, status: check(ctx, false, "NOT_CHECKED"), issuer: check(ctx, false, "NOT_CHECKED") }, document: null };
  }

  const organisation = await getOrganisation(ctx, row.issuer_organisation_id);
  const issuerFacts = {
    organisationId: row.issuer_organisation_id,
    name: organisation?.legalName ?? "",
    country: organisation?.country ?? "",
    verified: organisation?.verificationStatus === "verified",
  };
  const document = await summaryOf(ctx, row, issuerFacts);

  const status =
    row.status === "revoked"
      ? check(ctx, false, "REVOKED", { at: row.revoked_at ?? "", by: row.revoked_by_name ?? "", reason: row.revoked_reason ?? "" })
      : row.status === "superseded"
        ? check(ctx, false, "SUPERSEDED", { number: document.supersededBy?.number ?? "", version: document.supersededBy?.version ?? 0 })
        : check(ctx, true, "IN_FORCE");

  const issuer = !key
    ? check(ctx, false, "KEY_UNKNOWN", { keyId: row.key_id })
    : key.status === "revoked"
      ? check(ctx, false, "KEY_REVOKED", { keyId: key.id, at: key.revokedAt ?? "" })
      : !issuerFacts.verified
        ? check(ctx, false, "ISSUER_NOT_VERIFIED", { name: issuerFacts.name })
        : check(ctx, true, "CURRENT_KEY_VERIFIED_COMPANY", { keyId: key.id, name: issuerFacts.name });

  // A document nobody can vouch for (revoked key, unverified issuer) is unknown, even if in force.
  const verdict: Verdict = row.status === "revoked" ? "revoked" : row.status === "superseded" ? "superseded" : issuer.passed ? "genuine" : "unknown";
  return { verdict, checks: { integrity, status, issuer }, document };
}

/** Verifies an uploaded file: which document it claims to be, then whether it is that document. */
export async function verifyDocumentBytes(ctx: ServiceContext, bytes: Uint8Array): Promise<Verification> {
  const id = claimedDocumentId(bytes);
  const row = id ? await repo.documentRow(ctx.db, id) : undefined;
  const verification = !id ? unknown(ctx, "NO_DOCUMENT_ID") : !row ? unknown(ctx, "NOT_ISSUED_HERE") : await judge(ctx, row, bytes);
  await logVerification(ctx, "verify_upload", row ?? null, verification);
  return verification;
}

/** Verifies the stored document itself (the QR code's target): its bytes against its own hash and signature. */
export async function verifyDocumentById(ctx: ServiceContext, id: string): Promise<Verification> {
  const row = await repo.documentRow(ctx.db, id);
  const verification = row ? await judge(ctx, row, row.pdf) : unknown(ctx, "NOT_ISSUED_HERE");
  await logVerification(ctx, "verify_document", row ?? null, verification);
  return verification;
}

/**
 * An officer's verification goes to the access log, as the officer's pages promise: the issuer sees
 * that customs checked its document, and with what verdict. Anyone else verifies unlogged (the QR
 * code's page is public).
 */
async function logVerification(ctx: ServiceContext, action: "verify_document" | "verify_upload", row: DocumentsTable | null, verification: Verification): Promise<void> {
  const officer = officerOrNull(ctx.viewer);
  if (!officer) return;
  await logAccess(ctx, officer, [
    {
      action,
      outcome: "granted",
      shipmentId: row?.shipment_id ?? null,
      documentId: row?.id ?? null,
      documentIssuerOrganisationId: row?.issuer_organisation_id ?? null,
      detail: { verdict: verification.verdict, ...(row ? { number: row.number } : {}) },
    },
  ]);
}
