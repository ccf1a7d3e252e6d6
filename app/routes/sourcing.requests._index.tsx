import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, NavLink, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { CountriesQuery, MySourcingRequestsQuery } from "../__generated__/operations";
import { StateBadge } from "../components/badges";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { Pagination } from "../components/pagination";
import { SectionNav } from "../components/section-nav";
import { api } from "../graphql.server";
import { COUNTRIES } from "../operations/reference";
import { MY_REQUESTS, REQUEST_STATUSES } from "../operations/sourcing";
import { pageMeta } from "../utils/meta";
import { requestView } from "../utils/request-view";
import { buyerPreferences } from "../viewer.server";

export const meta: MetaFunction = (args) => pageMeta(args, "myRequests.title");

export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  const prefs = await buyerPreferences(gql);
  const url = new URL(args.request.url);
  const status = REQUEST_STATUSES.find((s) => s === url.searchParams.get("status")) ?? null;
  const [{ mySourcingRequests: page }, { countries }] = await Promise.all([
    gql.query<MySourcingRequestsQuery>(MY_REQUESTS, { status, first: 20, after: url.searchParams.get("after") }),
    gql.query<CountriesQuery>(COUNTRIES),
  ]);
  const names = new Map(countries.map((c) => [c.code, c.name]));
  return json({
    status,
    totalCount: page.totalCount,
    nextCursor: page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null,
    requests: page.edges.map(({ node }) => requestView(node, gql.locale, prefs.timeZone, (code) => names.get(code) ?? code)),
  });
}

export default function MyRequests() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <SectionNav section="sourcing" />
      <div className="page-heading">
        <h1>{t("myRequests.title")}</h1>
        <p className="actions">
          <Link to="/sourcing/requests/new" className="button">
            {t("myRequests.new")}
          </Link>
        </p>
      </div>
      <nav className="tabs" aria-label={t("myRequests.byStatus")}>
        <NavLink to="?" end className={() => (data.status === null ? "active" : "")}>
          {t("selling.listings.all")}
        </NavLink>
        {REQUEST_STATUSES.map((status) => (
          <NavLink key={status} to={`?status=${status}`} className={() => (data.status === status ? "active" : "")} aria-current={data.status === status ? "page" : undefined}>
            {t(`requestStatus.${status}`)}
          </NavLink>
        ))}
      </nav>
      <p className="muted">{t("myRequests.count", { count: data.totalCount })}</p>
      {data.requests.length ? (
        <div className="table-scroll">
          <table className="table stack-on-phone">
            <thead>
              <tr>
                <th scope="col">{t("myRequests.columns.title")}</th>
                <th scope="col">{t("myRequests.columns.status")}</th>
                <th scope="col">{t("myRequests.columns.quantity")}</th>
                <th scope="col">{t("myRequests.columns.destination")}</th>
                <th scope="col">{t("myRequests.columns.neededBy")}</th>
                <th scope="col">{t("myRequests.columns.quotes")}</th>
              </tr>
            </thead>
            <tbody>
              {data.requests.map((request) => (
                <tr key={request.id}>
                  <td data-label={t("myRequests.columns.title")}>
                    <Link to={`/sourcing/requests/${request.id}`}>
                      <bdi>{request.title}</bdi>
                    </Link>
                  </td>
                  <td data-label={t("myRequests.columns.status")}>
                    <StateBadge group="requestStatus" status={request.status} />
                  </td>
                  <td className="num" data-label={t("myRequests.columns.quantity")}>{request.quantity}</td>
                  <td data-label={t("myRequests.columns.destination")}>{request.port ? `${request.destination} · ${request.port}` : request.destination}</td>
                  <td data-label={t("myRequests.columns.neededBy")}>{request.neededBy}</td>
                  <td className="num" data-label={t("myRequests.columns.quotes")}>{t("request.quoteCount", { count: request.quoteCount, cap: request.quoteCap })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="panel">
          {t("myRequests.empty")} <Link to="/sourcing/requests/new">{t("myRequests.new")}</Link>
        </p>
      )}
      <Pagination nextCursor={data.nextCursor} label={t("pagination.label")} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
