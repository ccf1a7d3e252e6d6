import type { LoaderFunctionArgs } from "@remix-run/node";
import { download } from "../documents.server";
import { api } from "../graphql.server";
import { CUSTOMS_DOCUMENTS_ZIP, type DocumentFileAnswer } from "../operations/documents";

/** /customs/shipments/<id>/documents.zip: every document in force, PDF and UBL, for the officer's file (logged). */
export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  return download(async () => (await gql.query<{ customsDocumentsZip: DocumentFileAnswer }>(CUSTOMS_DOCUMENTS_ZIP, { shipmentId: args.params.id })).customsDocumentsZip);
}
