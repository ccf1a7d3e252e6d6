import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ImportListingsCsvMutation } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { FormErrors } from "../components/fields";
import { SectionNav } from "../components/section-nav";
import { api } from "../graphql.server";
import { translatorFor } from "../locale.server";
import { isMultipart, readMultipart } from "../media.server";
import { IMPORT_LISTINGS_CSV } from "../operations/listings";
import type { UserError } from "../utils/forms";
import { formatNumber } from "../utils/format";
import { pageMeta } from "../utils/meta";
import { decodeUpload } from "../utils/text";
import { sellerPreferences } from "../viewer.server";

export const meta: MetaFunction = (args) => pageMeta(args, "import.title");

/** 100,000 listings with long descriptions fit; anything bigger belongs to the command line import. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

export async function loader(args: LoaderFunctionArgs) {
  await sellerPreferences(api(args));
  return json({ maxMegabytes: MAX_FILE_BYTES / 1024 / 1024 });
}

type Answer = { result: NonNullable<ImportListingsCsvMutation["importListingsCsv"]["result"]>; fileName: string } | { errors: UserError[]; fileName: string };

export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  const t = translatorFor(gql.locale);
  const refuse = (code: string, message: string, status = 400) => json<Answer>({ errors: [{ field: "file", code, message }], fileName: "" }, status);
  if (!isMultipart(args.request)) return refuse("CSV_IMPORT_EMPTY", t("errors:CSV_IMPORT_EMPTY"));
  const form = await readMultipart(args.request, MAX_FILE_BYTES);
  if (!form) return refuse("PAYLOAD_TOO_LARGE", t("import.tooLarge", { limit: MAX_FILE_BYTES / 1024 / 1024 }), 413);
  const file = form.get("file");
  if (!(file instanceof Blob) || file.size === 0) return refuse("CSV_IMPORT_EMPTY", t("errors:CSV_IMPORT_EMPTY"));
  const fileName = file instanceof File ? file.name : "";
  const csv = decodeUpload(new Uint8Array(await file.arrayBuffer()));
  const { importListingsCsv } = await gql.mutate<ImportListingsCsvMutation>(IMPORT_LISTINGS_CSV, { csv });
  if (!importListingsCsv.result) return json<Answer>({ errors: importListingsCsv.userErrors, fileName }, 400);
  return json<Answer>({ result: importListingsCsv.result, fileName });
}

export default function ImportListings() {
  const { t, i18n } = useTranslation();
  const { maxMegabytes } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as Answer | undefined;
  const navigation = useNavigation();
  const importing = navigation.state === "submitting";
  const errors = answer && "errors" in answer ? answer.errors : [];
  const result = answer && "result" in answer ? answer.result : null;
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <div className="page">
      <SectionNav section="selling" />
      <h1>{t("import.title")}</h1>
      <p className="lead">{t("import.lead")}</p>
      <section className="panel" aria-labelledby="import-form-title">
        <h2 id="import-form-title">{t("import.upload")}</h2>
        <p>{t("import.columns")}</p>
        <pre className="code-block" dir="ltr">
          <code>{t("import.columnList")}</code>
        </pre>
        <p className="field-hint">{t("import.rerun")}</p>
        <Form method="post" encType="multipart/form-data" className="stack" aria-describedby="import-hint">
          <FormErrors messages={errors.filter((e) => e.field !== "file").map((e) => e.message)} />
          <div className={errors.some((e) => e.field === "file") ? "field field-invalid" : "field"}>
            <label htmlFor="field-file">{t("import.file")}</label>
            <p id="import-hint" className="field-hint">
              {t("import.fileHint", { limit: maxMegabytes })}
            </p>
            <input
              id="field-file"
              type="file"
              name="file"
              accept=".csv,text/csv"
              required
              aria-invalid={errors.some((e) => e.field === "file") || undefined}
              aria-describedby={errors.some((e) => e.field === "file") ? "import-hint field-file-error" : "import-hint"}
            />
            {errors.some((e) => e.field === "file") ? (
              <p id="field-file-error" className="field-error">
                {errors
                  .filter((e) => e.field === "file")
                  .map((e) => e.message)
                  .join(" ")}
              </p>
            ) : null}
          </div>
          <button type="submit" className="button" disabled={importing}>
            {t("import.submit")}
          </button>
          {importing ? (
            <div className="import-progress" role="status">
              <label htmlFor="import-progress">{t("import.running")}</label>
              {/* The API reports no progress while one file imports: the bar says "working", not how far. */}
              <progress id="import-progress" />
            </div>
          ) : null}
        </Form>
      </section>

      {result ? (
        <section className="panel" aria-labelledby="report-title" data-testid="import-report">
          <h2 id="report-title">{t("import.report.title", { file: answer?.fileName ?? "" })}</h2>
          <p role="status" className={result.failed ? "notice" : "notice notice-success"}>
            {t("import.report.summary", { read: n(result.rowsRead), created: n(result.created), updated: n(result.updated), failed: n(result.failed) })}
          </p>
          {result.errors.length ? (
            <div className="table-scroll">
              <table className="table import-errors stack-on-phone">
                <caption>{t("import.report.errors")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("import.report.row")}</th>
                    <th scope="col">{t("import.report.column")}</th>
                    <th scope="col">{t("import.report.reason")}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.errors.map((error, index) => (
                    <tr key={`${error.row}-${error.column}-${index}`} data-row={error.row}>
                      <td className="num" data-label={t("import.report.row")}>{n(error.row)}</td>
                      <td data-label={t("import.report.column")}>
                        <code dir="ltr">{error.column ?? "—"}</code>
                      </td>
                      <td data-label={t("import.report.reason")}>{error.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {result.errorsOmitted ? <p className="muted">{t("import.report.omitted", { count: result.errorsOmitted })}</p> : null}
          <p>
            <Link to="/selling/listings">{t("import.report.toListings")}</Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
