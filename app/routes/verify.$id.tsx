import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { VerifyDocumentQuery } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { Verification, verificationView } from "../components/verification";
import { api } from "../graphql.server";
import { VERIFY_DOCUMENT } from "../operations/documents";
import { pageMeta } from "../utils/meta";
import { viewerPreferences } from "../viewer.server";

export const meta: MetaFunction = (args) => pageMeta(args, "verify.title");

/** The QR code's target on every printed document: anyone may scan it, signed in or not. */
export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  const prefs = await viewerPreferences(gql);
  const { verifyDocument } = await gql.query<VerifyDocumentQuery>(VERIFY_DOCUMENT, { id: args.params.id });
  return json({ id: args.params.id!, view: verificationView(verifyDocument, gql.locale, prefs.timeZone) }, { headers: { "Cache-Control": "private, no-store" } });
}

export default function VerifyDocument() {
  const { t } = useTranslation();
  const { id, view } = useLoaderData<typeof loader>();
  return (
    <div className="page verify">
      <h1>{t("verify.title")}</h1>
      <p className="lead">
        {t("verify.byId")} <bdi dir="ltr">{id}</bdi>
      </p>
      <Verification view={view} />
      <p>
        <Link to="/verify">{t("verify.uploadInstead")}</Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
