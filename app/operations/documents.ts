import type { DocumentFileQuery, OriginCriterion, PostalCategory } from "../__generated__/operations";

/** Operations on graph/documents; the types of their answers are generated into app/__generated__/operations.ts. */

export const SIGNING_KEYS = /* GraphQL */ `
  query DocumentSigningKeys {
    documentSigningKeys { id algorithm publicKey status createdAt retiredAt revokedAt }
  }
`;

const VERIFICATION_FIELDS = /* GraphQL */ `
  fragment VerificationResult on DocumentVerification {
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
  }
`;

export const VERIFY_DOCUMENT = /* GraphQL */ `
  query VerifyDocument($id: ID!) {
    verifyDocument(id: $id) { ...VerificationResult }
  }
  ${VERIFICATION_FIELDS}
`;

export const VERIFY_DOCUMENT_UPLOAD = /* GraphQL */ `
  query VerifyDocumentUpload($base64: String!) {
    verifyDocumentUpload(base64: $base64) { ...VerificationResult }
  }
  ${VERIFICATION_FIELDS}
`;

export const ORIGIN_CRITERIA = ["WO", "CTH", "CTSH", "RVC"] as const satisfies readonly OriginCriterion[];
export const POSTAL_CATEGORIES = ["GIFT", "DOCUMENTS", "COMMERCIAL_SAMPLE", "RETURNED_GOODS", "SALE_OF_GOODS", "OTHER"] as const satisfies readonly PostalCategory[];

const TRADE_DOCUMENT_FIELDS = /* GraphQL */ `
  fragment TradeDocumentRow on TradeDocument {
    id kind number version status issuedAt pdfSha256 ublSha256 supersedesId correctionReason
    revoked { at by reason }
    pdfUrl xmlUrl
  }
`;

export const SHIPMENT_DOCUMENTS = /* GraphQL */ `
  query ShipmentDocuments($id: ID!) {
    shipment(id: $id) {
      id orderId trackingNumber mode exportCountry importCountry
      parties { role organisationId name }
      lines { position hsCode description }
      documents { ...TradeDocumentRow }
      requiredDocuments { kind reason inForce { id } }
    }
  }
  ${TRADE_DOCUMENT_FIELDS}
`;

/** An officer reads a shipment of their border through the customs desk, which logs it. */
export const CUSTOMS_SHIPMENT_DOCUMENTS = /* GraphQL */ `
  query CustomsShipmentDocuments($id: ID!) {
    customsShipment(id: $id) {
      id trackingNumber mode exportCountry importCountry
      parties { role name }
      lines { position hsCode description }
    }
    shipmentDocuments(shipmentId: $id) { ...TradeDocumentRow }
    shipmentRequiredDocuments(shipmentId: $id) { kind reason inForce { id } }
  }
  ${TRADE_DOCUMENT_FIELDS}
`;

export const OFFICER_DOCUMENTS = /* GraphQL */ `
  query OfficerDocuments($id: ID!) {
    shipmentDocuments(shipmentId: $id) { ...TradeDocumentRow }
  }
  ${TRADE_DOCUMENT_FIELDS}
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

/** The order a shipment's documents are for: who reads the page, and the invoice currency. */
export const ORDER_OF_SHIPMENT = /* GraphQL */ `
  query DocumentsOrder($id: ID!) {
    order(id: $id) { id viewerRole goodsTotal { amount currency } }
  }
`;

/** A file as the API hands it out (a document, the customs ZIP, a preview): one shape for the download helper. */
export type DocumentFileAnswer = DocumentFileQuery["documentFile"];

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
