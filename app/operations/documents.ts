import type { MoneyValue } from "../utils/format";

/** Operations on graph/documents, with the shapes they answer. */

export type DocumentKind = "COMMERCIAL_INVOICE" | "PACKING_LIST" | "CERTIFICATE_OF_ORIGIN" | "POSTAL_DECLARATION" | "BILL_OF_LADING" | "AIR_WAYBILL";
export type DocumentVerdict = "GENUINE" | "ALTERED" | "REVOKED" | "SUPERSEDED" | "UNKNOWN";

export interface SigningKeyRow {
  id: string;
  algorithm: string;
  publicKey: string;
  status: "ACTIVE" | "RETIRED" | "REVOKED";
  createdAt: string;
  retiredAt: string | null;
  revokedAt: string | null;
}

export const SIGNING_KEYS = /* GraphQL */ `
  query DocumentSigningKeys {
    documentSigningKeys { id algorithm publicKey status createdAt retiredAt revokedAt }
  }
`;

export interface VerificationCheck {
  passed: boolean;
  code: string;
  detail: string;
}

export interface VerificationResult {
  verdict: DocumentVerdict;
  checks: { integrity: VerificationCheck; status: VerificationCheck; issuer: VerificationCheck };
  document: {
    id: string;
    kind: DocumentKind;
    number: string;
    version: number;
    status: "ISSUED" | "REVOKED" | "SUPERSEDED";
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
    total: MoneyValue;
    revoked: { at: string; by: string; reason: string } | null;
    supersededBy: { id: string; number: string; version: number } | null;
  } | null;
}

const VERIFICATION_FIELDS = /* GraphQL */ `
  verdict
  checks {
    integrity { passed code detail }
    status { passed code detail }
    issuer { passed code detail }
  }
  document {
    id kind number version status issuedAt keyId sha256
    issuer { organisationId name country verified }
    seller buyer originCountry destinationCountry mode orderReference lineCount hsCodes
    total { amount currency }
    revoked { at by reason }
    supersededBy { id number version }
  }
`;

export const VERIFY_DOCUMENT = /* GraphQL */ `
  query VerifyDocument($id: ID!) {
    verifyDocument(id: $id) { ${VERIFICATION_FIELDS} }
  }
`;

export const VERIFY_DOCUMENT_UPLOAD = /* GraphQL */ `
  query VerifyDocumentUpload($base64: String!) {
    verifyDocumentUpload(base64: $base64) { ${VERIFICATION_FIELDS} }
  }
`;
