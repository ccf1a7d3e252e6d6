import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, NavLink, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { MyQuotesQuery } from "../__generated__/operations";
import { CompanyName, StateBadge } from "../components/badges";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { Pagination } from "../components/pagination";
import { SectionNav } from "../components/section-nav";
import { api } from "../graphql.server";
import { MY_QUOTES, QUOTE_STATUSES } from "../operations/sourcing";
import { formatDay, formatMoney, formatQuantity } from "../utils/format";
import { pageMeta } from "../utils/meta";
import { sellerPreferences } from "../viewer.server";

export const meta: MetaFunction = (args) => pageMeta(args, "myQuotes.title");

export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  await sellerPreferences(gql);
  const url = new URL(args.request.url);
  const status = QUOTE_STATUSES.find((s) => s === url.searchParams.get("status")) ?? null;
  const { myQuotes } = await gql.query<MyQuotesQuery>(MY_QUOTES, { status, first: 20, after: url.searchParams.get("after") });
  const { locale } = gql;
  return json({
    status,
    totalCount: myQuotes.totalCount,
    nextCursor: myQuotes.pageInfo.hasNextPage ? myQuotes.pageInfo.endCursor : null,
    quotes: myQuotes.edges.map(({ node }) => ({
      id: node.id,
      status: node.status,
      request: node.request,
      unitPrice: formatMoney(node.unitPrice, locale),
      unitSymbol: node.unit.symbol,
      quantity: formatQuantity(node.quantity, node.unit, locale),
      total: formatMoney(node.total, locale),
      terms: `${node.incoterm.code} ${node.namedPlace}`,
      validUntil: formatDay(node.validUntil, locale),
    })),
  });
}

export default function MyQuotes() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const sent = params.get("sent");
  return (
    <div className="page">
      <SectionNav section="selling" />
      <h1>{t("myQuotes.title")}</h1>
      {sent ? (
        <p role="status" className="notice notice-success">
          {t("myQuotes.sent")}
        </p>
      ) : null}
      <nav className="tabs" aria-label={t("myQuotes.byStatus")}>
        <NavLink to="?" end className={() => (data.status === null ? "active" : "")}>
          {t("selling.listings.all")}
        </NavLink>
        {QUOTE_STATUSES.map((status) => (
          <NavLink key={status} to={`?status=${status}`} className={() => (data.status === status ? "active" : "")} aria-current={data.status === status ? "page" : undefined}>
            {t(`quoteStatus.${status}`)}
          </NavLink>
        ))}
      </nav>
      <p className="muted">{t("myQuotes.count", { count: data.totalCount })}</p>
      {data.quotes.length ? (
        <div className="table-scroll">
          <table className="table stack-on-phone">
            <thead>
              <tr>
                <th scope="col">{t("myQuotes.columns.request")}</th>
                <th scope="col">{t("myQuotes.columns.buyer")}</th>
                <th scope="col">{t("myQuotes.columns.status")}</th>
                <th scope="col">{t("myQuotes.columns.unitPrice")}</th>
                <th scope="col">{t("myQuotes.columns.quantity")}</th>
                <th scope="col">{t("myQuotes.columns.total")}</th>
                <th scope="col">{t("myQuotes.columns.terms")}</th>
                <th scope="col">{t("myQuotes.columns.validUntil")}</th>
              </tr>
            </thead>
            <tbody>
              {data.quotes.map((quote) => (
                <tr key={quote.id} data-quote={quote.id} className={quote.id === sent ? "highlight" : undefined}>
                  <td data-label={t("myQuotes.columns.request")}>
                    {quote.request.status === "OPEN" ? (
                      <Link to={`/selling/requests/${quote.request.id}/quote`}>
                        <bdi>{quote.request.title}</bdi>
                      </Link>
                    ) : (
                      <bdi>{quote.request.title}</bdi>
                    )}
                  </td>
                  <td data-label={t("myQuotes.columns.buyer")}>
                    <CompanyName name={quote.request.buyer.legalName} verified={quote.request.buyer.verified} />
                  </td>
                  <td data-label={t("myQuotes.columns.status")}>
                    <StateBadge group="quoteStatus" status={quote.status} />
                  </td>
                  <td className="num" data-label={t("myQuotes.columns.unitPrice")}>{t("request.perUnit", { price: quote.unitPrice, unit: quote.unitSymbol })}</td>
                  <td className="num" data-label={t("myQuotes.columns.quantity")}>{quote.quantity}</td>
                  <td className="num" data-label={t("myQuotes.columns.total")}>{quote.total}</td>
                  <td dir="ltr" data-label={t("myQuotes.columns.terms")}>{quote.terms}</td>
                  <td data-label={t("myQuotes.columns.validUntil")}>{quote.validUntil}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="panel">{t("myQuotes.empty")}</p>
      )}
      <Pagination nextCursor={data.nextCursor} label={t("pagination.label")} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
