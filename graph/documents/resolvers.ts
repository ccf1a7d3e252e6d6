import type { Resolvers } from "../__generated__/resolvers.js";
import { DomainError } from "../errors.js";
import { moneyOut } from "../shared/money.js";
import { signingKeys } from "./keys.js";
import { VERIFY_UPLOAD_LIMIT_BYTES, verifyDocumentById, verifyDocumentBytes, type Verification } from "./verify.js";

const upper = <T extends string>(value: T) => value.toUpperCase() as Uppercase<T>;

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

export const resolvers: Resolvers = {
  Query: {
    documentSigningKeys: async (_, __, ctx) => (await signingKeys(ctx)).map((k) => ({ ...k, status: upper(k.status) })),
    verifyDocument: async (_, { id }, ctx) => verificationOut(await verifyDocumentById(ctx, id)),
    verifyDocumentUpload: async (_, { base64 }, ctx) => {
      if (base64.length > (VERIFY_UPLOAD_LIMIT_BYTES / 3) * 4 + 4) throw new DomainError("PAYLOAD_TOO_LARGE", "PAYLOAD_TOO_LARGE");
      return verificationOut(await verifyDocumentBytes(ctx, Buffer.from(base64, "base64")));
    },
  },
};
