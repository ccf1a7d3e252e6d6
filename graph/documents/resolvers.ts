import type { IssueDocumentInput, Resolvers } from "../__generated__/resolvers.js";
import { DomainError } from "../errors.js";
import { moneyOut } from "../shared/money.js";
import { withUserErrors } from "../shared/user-errors.js";
import { signingKeys } from "./keys.js";
import * as documents from "./service.js";
import { VERIFY_UPLOAD_LIMIT_BYTES, verifyDocumentById, verifyDocumentBytes, type Verification } from "./verify.js";

const upper = <T extends string>(value: T) => value.toUpperCase() as Uppercase<T>;
const lower = <T extends string>(value: T) => value.toLowerCase() as Lowercase<T>;

function verificationOut(v: Verification) {
  const d = v.document;
  return {
    verdict: upper(v.verdict),
    checks: v.checks,
    document: d && {
      ...d,
      kind: upper(d.kind),
      status: upper(d.status),
      total: moneyOut({ amountMinor: d.totalMinor, currency: d.currency }),
    },
  };
}

const fileOut = (file: documents.DocumentFile) => ({ filename: file.filename, contentType: file.contentType, base64: Buffer.from(file.bytes).toString("base64") });

/** The API's upper-case enums as the service's own codes. */
const issueInput = (input: IssueDocumentInput): documents.IssueDocumentInput => ({
  ...input,
  kind: lower(input.kind),
  billOfLadingType: input.billOfLadingType && lower(input.billOfLadingType),
  freightPayable: input.freightPayable && lower(input.freightPayable),
  postalCategory: input.postalCategory && lower(input.postalCategory),
});

export const resolvers: Resolvers = {
  Query: {
    documentSigningKeys: async (_, __, ctx) => (await signingKeys(ctx)).map((k) => ({ ...k, status: upper(k.status) })),
    verifyDocument: async (_, { id }, ctx) => verificationOut(await verifyDocumentById(ctx, id)),
    verifyDocumentUpload: async (_, { base64 }, ctx) => {
      if (base64.length > (VERIFY_UPLOAD_LIMIT_BYTES / 3) * 4 + 4) throw new DomainError("PAYLOAD_TOO_LARGE", "PAYLOAD_TOO_LARGE");
      return verificationOut(await verifyDocumentBytes(ctx, Buffer.from(base64, "base64")));
    },
    documentFile: async (_, { id, format }, ctx) => fileOut(await documents.documentFile(ctx, id, lower(format))),
    customsDocumentsZip: async (_, { shipmentId }, ctx) => fileOut(await documents.shipmentDocumentsZip(ctx, shipmentId)),
    previewDocument: (_, { input }, ctx) => withUserErrors(ctx.t, async () => ({ file: fileOut(await documents.previewDocument(ctx, issueInput(input))) })),
    shipmentDocuments: (_, { shipmentId }, ctx) => documents.documentsOfShipment(ctx, shipmentId),
    shipmentRequiredDocuments: (_, { shipmentId }, ctx) => documents.requiredDocuments(ctx, shipmentId),
  },
  Mutation: {
    issueDocument: (_, { input }, ctx) =>
      withUserErrors(ctx.t, async () => ({
        document: await documents.issueDocument(ctx, issueInput(input)),
      })),
    revokeDocument: (_, { input }, ctx) => withUserErrors(ctx.t, async () => ({ document: await documents.revokeDocument(ctx, input) })),
  },
  Shipment: {
    documents: (shipment, _, ctx) => documents.documentsOfShipment(ctx, shipment.id),
    requiredDocuments: (shipment, _, ctx) => documents.requiredDocuments(ctx, shipment.id),
  },
  TradeDocument: {
    kind: (d) => upper(d.kind),
    status: (d) => upper(d.status),
    pdfUrl: (d) => `/documents/${d.id}.pdf`,
    xmlUrl: (d) => `/documents/${d.id}.xml`,
  },
  RequiredDocument: {
    kind: (r) => upper(r.kind),
  },
};
