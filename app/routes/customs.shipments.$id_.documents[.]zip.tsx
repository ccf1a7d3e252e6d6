import type { LoaderFunctionArgs } from "@remix-run/node";
import type { CustomsDocumentsZipQuery } from "../__generated__/operations";
import { download } from "../documents.server";
import { api } from "../graphql.server";
import { CUSTOMS_DOCUMENTS_ZIP } from "../operations/documents";

/** /customs/shipments/<id>/documents.zip: every document in force, PDF and UBL, for the officer's file (logged). */
export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  return download(async () => (await gql.query<CustomsDocumentsZipQuery>(CUSTOMS_DOCUMENTS_ZIP, { shipmentId: args.params.id })).customsDocumentsZip);
}
