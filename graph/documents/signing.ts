import { createHash, sign, verify, type KeyObject } from "node:crypto";

/**
 * What the platform key signs for a document: the PDF's and the UBL's SHA-256 bound to the document's
 * identity. One line per field in a fixed order, so a verifier in any language rebuilds the same bytes.
 */
export interface SignedFields {
  documentId: string;
  number: string;
  version: number;
  kind: string;
  issuerOrganisationId: string;
  issuedAt: string;
  keyId: string;
  pdfSha256: string;
  ublSha256: string;
}

export const SIGNATURE_FORMAT = "caravan-document-signature/1";

export function signedPayload(fields: SignedFields): Buffer {
  return Buffer.from(
    [
      SIGNATURE_FORMAT,
      fields.documentId,
      fields.number,
      String(fields.version),
      fields.kind,
      fields.issuerOrganisationId,
      fields.issuedAt,
      fields.keyId,
      fields.pdfSha256,
      fields.ublSha256,
    ].join("\n"),
    "utf8",
  );
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Ed25519 signature, base64url. */
export function signFields(fields: SignedFields, privateKey: KeyObject): string {
  return sign(null, signedPayload(fields), privateKey).toString("base64url");
}

export function signatureHolds(fields: SignedFields, signature: string, publicKey: KeyObject): boolean {
  try {
    return verify(null, signedPayload(fields), publicKey, Buffer.from(signature, "base64url"));
  } catch {
    return false;
  }
}
