import type { LoaderFunctionArgs } from "@remix-run/node";
import type { DocumentFileQuery } from "../__generated__/operations";
import { download } from "../documents.server";
import { api } from "../graphql.server";
import { DOCUMENT_FILE } from "../operations/documents";

const FORMATS: Record<string, "PDF" | "XML"> = { pdf: "PDF", xml: "XML" };

/** /documents/<id>.pdf and /documents/<id>.xml: the PDF and the UBL of one document, as issued. */
export async function loader(args: LoaderFunctionArgs) {
  const match = /^([\w-]+)\.(\w+)$/.exec(args.params.file ?? "");
  const format = match ? FORMATS[match[2]!.toLowerCase()] : undefined;
  if (!match || !format) throw new Response("Not Found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const gql = api(args);
  gql.requireSignedIn();
  return download(async () => (await gql.query<DocumentFileQuery>(DOCUMENT_FILE, { id: match[1], format })).documentFile);
}
