import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { DocumentAccessLogQuery } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { Pagination } from "../components/pagination";
import { api } from "../graphql.server";
import { DOCUMENT_ACCESS_LOG } from "../operations/customs";
import { formatDateTime, formatNumber } from "../utils/format";
import { pageMeta } from "../utils/meta";
import { viewerPreferences } from "../viewer.server";

export const meta: MetaFunction = (args) => pageMeta(args, "customs.accessLog.title");

/** The exporter's view: which officer, of which authority, looked at which of its papers, when and from where. */
export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const prefs = await viewerPreferences(gql);
  const after = new URL(args.request.url).searchParams.get("after");
  const { documentAccessLog } = await gql.query<DocumentAccessLogQuery>(DOCUMENT_ACCESS_LOG, { first: 50, after });
  return json({
    totalCount: documentAccessLog.totalCount,
    total: formatNumber(documentAccessLog.totalCount, gql.locale),
    nextCursor: documentAccessLog.pageInfo.hasNextPage ? documentAccessLog.pageInfo.endCursor : null,
    entries: documentAccessLog.edges.map(({ node }) => {
      const detail = JSON.parse(node.detail) as Record<string, unknown>;
      return {
        ...node,
        when: formatDateTime(node.at, gql.locale, prefs.timeZone) ?? node.at,
        number: typeof detail.number === "string" ? detail.number : null,
        format: typeof detail.format === "string" ? detail.format : null,
      };
    }),
  });
}

export default function AccessLog() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  return (
    <div className="page customs-access-log">
      <h1>{t("customs.accessLog.title")}</h1>
      <p className="lead">{t("customs.accessLog.lead")}</p>
      <p role="status">{t("customs.accessLog.count", { count: data.totalCount, total: data.total })}</p>
      {data.entries.length ? (
        <table className="table stack-on-phone" data-testid="access-log">
          <thead>
            <tr>
              <th scope="col">{t("customs.accessLog.columns.when")}</th>
              <th scope="col">{t("customs.accessLog.columns.who")}</th>
              <th scope="col">{t("customs.accessLog.columns.what")}</th>
              <th scope="col">{t("customs.accessLog.columns.from")}</th>
            </tr>
          </thead>
          <tbody>
            {data.entries.map((e) => (
              <tr key={e.id} data-action={e.action}>
                <td data-label={t("customs.accessLog.columns.when")}>{e.when}</td>
                <td data-label={t("customs.accessLog.columns.who")}>
                  <bdi>{e.officerName}</bdi>
                  {e.authorityName ? (
                    <>
                      {" "}
                      · <bdi>{e.authorityName}</bdi>
                    </>
                  ) : null}{" "}
                  <bdi dir="ltr">{e.jurisdiction}</bdi>
                </td>
                <td data-label={t("customs.accessLog.columns.what")}>
                  {t(`customs.accessLog.action.${e.action}`)}
                  {e.number ? (
                    <>
                      {" "}
                      <bdi dir="ltr">{e.number}</bdi>
                    </>
                  ) : null}
                  {e.format ? (
                    <>
                      {" "}
                      <bdi dir="ltr">{e.format.toUpperCase()}</bdi>
                    </>
                  ) : null}
                  {e.shipmentId ? (
                    <>
                      {" "}
                      · <Link to={`/shipments/${e.shipmentId}`}>{t("customs.accessLog.shipment")}</Link>
                    </>
                  ) : null}
                </td>
                <td data-label={t("customs.accessLog.columns.from")}>
                  <bdi dir="ltr">{e.ipAddress ?? "–"}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t("customs.accessLog.empty")}</p>
      )}
      <Pagination nextCursor={data.nextCursor} label={t("customs.accessLog.pages")} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
