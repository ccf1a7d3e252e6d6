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

export type DocumentStatus = "ISSUED" | "REVOKED" | "SUPERSEDED";
export type RequiredDocumentReason = "ALWAYS" | "PREFERENTIAL_ORIGIN" | "ORIGIN_PROOF" | "SEA_TRANSPORT" | "AIR_TRANSPORT" | "POSTAL_CUSTOMS";

export const ORIGIN_CRITERIA = ["WO", "CTH", "CTSH", "RVC"] as const;
export const POSTAL_CATEGORIES = ["GIFT", "DOCUMENTS", "COMMERCIAL_SAMPLE", "RETURNED_GOODS", "SALE_OF_GOODS", "OTHER"] as const;

export interface TradeDocumentRow {
  id: string;
  kind: DocumentKind;
  number: string;
  version: number;
  status: DocumentStatus;
  issuedAt: string;
  pdfSha256: string;
  ublSha256: string;
  supersedesId: string | null;
  correctionReason: string | null;
  revoked: { at: string; by: string; reason: string } | null;
  pdfUrl: string;
  xmlUrl: string;
}

export interface RequiredDocumentRow {
  kind: DocumentKind;
  reason: RequiredDocumentReason;
  inForce: { id: string } | null;
}

const TRADE_DOCUMENT_FIELDS = /* GraphQL */ `
  id kind number version status issuedAt pdfSha256 ublSha256 supersedesId correctionReason
  revoked { at by reason }
  pdfUrl xmlUrl
`;

/** The documents page's shipment: enough of its header for the heading, and the lines a certificate of origin states a criterion for. */
export interface DocumentsShipment {
  id: string;
  orderId: string;
  trackingNumber: string;
  mode: string;
  exportCountry: string;
  importCountry: string;
  parties: { role: string; organisationId: string | null; name: string }[];
  lines: { position: number; hsCode: string; description: string }[];
  documents: TradeDocumentRow[];
  requiredDocuments: RequiredDocumentRow[];
}

export const SHIPMENT_DOCUMENTS = /* GraphQL */ `
  query ShipmentDocuments($id: ID!) {
    shipment(id: $id) {
      id orderId trackingNumber mode exportCountry importCountry
      parties { role organisationId name }
      lines { position hsCode description }
      documents { ${TRADE_DOCUMENT_FIELDS} }
      requiredDocuments { kind reason inForce { id } }
    }
  }
`;

/** An officer reads a shipment of their border through the customs desk, which logs it. */
export const CUSTOMS_SHIPMENT_DOCUMENTS = /* GraphQL */ `
  query CustomsShipmentDocuments($id: ID!) {
    customsShipment(id: $id) {
      id trackingNumber mode exportCountry importCountry
      parties { role name }
      lines { position hsCode description }
    }
    shipmentDocuments(shipmentId: $id) { ${TRADE_DOCUMENT_FIELDS} }
    shipmentRequiredDocuments(shipmentId: $id) { kind reason inForce { id } }
  }
`;

export const OFFICER_DOCUMENTS = /* GraphQL */ `
  query OfficerDocuments($id: ID!) {
    shipmentDocuments(shipmentId: $id) { ${TRADE_DOCUMENT_FIELDS} }
  }
`;

export const ISSUE_DOCUMENT = /* GraphQL */ `
  mutation IssueDocument($input: IssueDocumentInput!) {
    issueDocument(input: $input) {
      document { id kind number version }
      userErrors { field code message }
    }
  }
`;

export const REVOKE_DOCUMENT = /* GraphQL */ `
  mutation RevokeDocument($input: RevokeDocumentInput!) {
    revokeDocument(input: $input) {
      document { id kind number version }
      userErrors { field code message }
    }
  }
`;

export interface DocumentFileAnswer {
  filename: string;
  contentType: string;
  base64: string;
}

export const DOCUMENT_FILE = /* GraphQL */ `
  query DocumentFile($id: ID!, $format: DocumentFormat!) {
    documentFile(id: $id, format: $format) { filename contentType base64 }
  }
`;

export const CUSTOMS_DOCUMENTS_ZIP = /* GraphQL */ `
  query CustomsDocumentsZip($shipmentId: ID!) {
    customsDocumentsZip(shipmentId: $shipmentId) { filename contentType base64 }
  }
`;

export const PREVIEW_DOCUMENT = /* GraphQL */ `
  query PreviewDocument($input: IssueDocumentInput!) {
    previewDocument(input: $input) {
      file { filename contentType base64 }
      userErrors { field code message }
    }
  }
`;
