import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import type { PreviewDocumentQuery } from "../__generated__/operations";
import { api } from "../graphql.server";
import { readIssueForm } from "../issue-form.server";
import { PREVIEW_DOCUMENT } from "../operations/documents";
import type { UserError } from "../utils/forms";

/** Only the issue form posts here; an address typed in goes back to the page. */
export function loader({ params }: LoaderFunctionArgs) {
  return redirect(`/shipments/${params.id}/documents`);
}

/**
 * The issue form's "Preview" button: the PDF the form would issue, shown in the browser's own
 * viewer (a new tab), marked as a preview on every page. Nothing is numbered or stored. What the
 * form got wrong is said in plain words; the page itself names each field when the seller issues.
 */
export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const form = await args.request.formData();
  const { input, errors } = await readIssueForm(gql, form, args.params.id!);
  let problems: UserError[] = errors;
  if (input) {
    const { previewDocument } = await gql.mutate<PreviewDocumentQuery>(PREVIEW_DOCUMENT, { input });
    if (previewDocument.file) {
      const bytes = Buffer.from(previewDocument.file.base64, "base64");
      return new Response(bytes, {
        headers: {
          "Content-Type": "application/pdf",
          "Content-Length": String(bytes.length),
          "Content-Disposition": `inline; filename="${previewDocument.file.filename.replace(/[^\w.-]/g, "_")}"`,
          "Cache-Control": "private, no-store",
        },
      });
    }
    problems = previewDocument.userErrors;
  }
  return new Response(problems.map((p) => p.message).join("\n"), { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });
}
