import { json, type LoaderFunctionArgs } from "@remix-run/node";
import type { DocumentSigningKeysQuery } from "../__generated__/operations";
import { api } from "../graphql.server";
import { SIGNING_KEYS } from "../operations/documents";

/**
 * The platform's document signing keys as a JWK set, for anyone who verifies a Caravan document
 * offline: each key's "kid" is the key id printed in the document, "status" says whether it still
 * vouches for what it signed (a revoked key does not).
 */
export async function loader(args: LoaderFunctionArgs) {
  const { documentSigningKeys } = await api(args).query<DocumentSigningKeysQuery>(SIGNING_KEYS);
  return json(
    {
      keys: documentSigningKeys.map((key) => ({
        kty: "OKP",
        crv: "Ed25519",
        alg: "EdDSA",
        use: "sig",
        kid: key.id,
        x: key.publicKey,
        status: key.status.toLowerCase(),
        created: key.createdAt,
        retired: key.retiredAt,
        revoked: key.revokedAt,
      })),
      signedPayload: "caravan-document-signature/1, then one line each: document id, number, version, kind, issuer organisation id, issued at, key id, PDF SHA-256, UBL SHA-256",
    },
    { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } },
  );
}
