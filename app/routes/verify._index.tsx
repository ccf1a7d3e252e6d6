import { json, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { VerifyDocumentUploadQuery } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ErrorSummary, TextField } from "../components/fields";
import { Verification, verificationView, type VerificationView } from "../components/verification";
import { api } from "../graphql.server";
import { translatorFor } from "../locale.server";
import { isMultipart, readMultipart } from "../media.server";
import { VERIFY_DOCUMENT_UPLOAD } from "../operations/documents";
import { sortErrors, type UserError } from "../utils/forms";
import { pageMeta } from "../utils/meta";
import { viewerPreferences } from "../viewer.server";

export const meta: MetaFunction = (args) => pageMeta(args, "verify.title");

/** The API's own limit (graph/documents/verify.ts): a Caravan document is a few hundred kilobytes. */
const UPLOAD_LIMIT_MB = 20;
const UPLOAD_LIMIT_BYTES = UPLOAD_LIMIT_MB * 1024 * 1024;

/** Every PDF starts so (ISO 32000-1, 7.5.2); anything else is refused before it reaches the API. */
const PDF_MAGIC = "%PDF-";

type Answer = { errors: UserError[]; fileName: string; view?: VerificationView };

export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  const t = translatorFor(gql.locale);
  const refuse = (code: string, message: string, status = 400) => {
    gql.formRejected();
    return json<Answer>({ errors: [{ field: "file", code, message }], fileName: "" }, status);
  };
  if (!isMultipart(args.request)) return refuse("REQUIRED", t("verify.upload.empty"));
  const form = await readMultipart(args.request, UPLOAD_LIMIT_BYTES);
  if (!form) return refuse("PAYLOAD_TOO_LARGE", t("verify.upload.tooLarge", { limit: UPLOAD_LIMIT_MB }), 413);
  const file = form.get("file");
  if (!(file instanceof Blob) || file.size === 0) return refuse("REQUIRED", t("verify.upload.empty"));
  const bytes = Buffer.from(await file.arrayBuffer());
  if (bytes.subarray(0, PDF_MAGIC.length).toString("latin1") !== PDF_MAGIC) return refuse("NOT_PDF", t("verify.upload.notPdf"));
  const prefs = await viewerPreferences(gql);
  const { verifyDocumentUpload } = await gql.query<VerifyDocumentUploadQuery>(VERIFY_DOCUMENT_UPLOAD, { base64: bytes.toString("base64") });
  return json<Answer>({ errors: [], fileName: file instanceof File ? file.name : "", view: verificationView(verifyDocumentUpload, gql.locale, prefs.timeZone) });
}

export default function VerifyUpload() {
  const { t } = useTranslation();
  const answer = useActionData<typeof action>() as Answer | undefined;
  const busy = useNavigation().state === "submitting";
  const errors = sortErrors(answer?.errors, ["file"]);
  return (
    <div className="page verify">
      <h1>{t("verify.title")}</h1>
      <p className="lead">{t("verify.lead")}</p>
      <Form method="post" encType="multipart/form-data" className="stack panel" noValidate>
        <ErrorSummary errors={errors} />
        <TextField name="file" type="file" accept="application/pdf,.pdf" label={t("customs.verify.file")} hint={t("verify.upload.hint", { limit: UPLOAD_LIMIT_MB })} errors={errors.fields.file} />
        <button type="submit" className="button" disabled={busy}>
          {t("customs.verify.submit")}
        </button>
      </Form>
      {answer?.view ? (
        <>
          {answer.fileName ? (
            <p>
              {t("verify.upload.checked")} <bdi>{answer.fileName}</bdi>
            </p>
          ) : null}
          <Verification view={answer.view} />
        </>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
