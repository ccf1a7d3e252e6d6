import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, NavLink, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { MyOrdersQuery } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { api } from "../graphql.server";
import { MY_ORDERS } from "../operations/orders";
import { formatDateTime, formatMoney, formatNumber } from "../utils/format";
import { pageMeta } from "../utils/meta";
import { viewerPreferences } from "../viewer.server";

export const meta: MetaFunction = (args) => pageMeta(args, "orders.list.title");

export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const prefs = await viewerPreferences(gql);
  const url = new URL(args.request.url);
  const side = url.searchParams.get("side") === "selling" || (!prefs.buys && prefs.sells) ? "selling" : "buying";
  const { myOrders } = await gql.query<MyOrdersQuery>(MY_ORDERS, { side: side === "selling" ? "SELLER" : "BUYER", after: url.searchParams.get("after") });
  const { locale } = gql;
  return json({
    side,
    both: prefs.buys && prefs.sells,
    totalCount: myOrders.totalCount,
    next: myOrders.pageInfo.hasNextPage ? myOrders.pageInfo.endCursor : null,
    orders: myOrders.edges.map(({ node }) => ({
      id: node.id,
      status: node.status,
      counterpart: side === "selling" ? node.buyer.legalName : node.seller.legalName,
      goods: node.lines.map((l) => `${l.description} · ${formatNumber(l.quantity, locale)}\u00a0${l.unit.symbol}`).join("; "),
      total: formatMoney(side === "buying" ? node.fx.totalInBuyerCurrency : node.total, locale),
      held: !!node.complianceHold,
      at: formatDateTime(node.createdAt, locale, prefs.timeZone),
    })),
  });
}

export default function Orders() {
  const { t } = useTranslation();
  const { side, both, orders, totalCount, next } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <h1>{t(`orders.list.${side}`)}</h1>
      {both ? (
        <nav className="section-nav" aria-label={t("orders.list.sides")}>
          <ul>
            <li>
              <NavLink to="/orders?side=buying" className={side === "buying" ? "active" : ""}>
                {t("orders.list.buying")}
              </NavLink>
            </li>
            <li>
              <NavLink to="/orders?side=selling" className={side === "selling" ? "active" : ""}>
                {t("orders.list.selling")}
              </NavLink>
            </li>
          </ul>
        </nav>
      ) : null}
      <p className="muted">{t("orders.list.count", { count: totalCount })}</p>
      {orders.length ? (
        <table className="data-table stack-on-phone" data-testid="orders-list">
          <thead>
            <tr>
              <th scope="col">{t("orders.list.order")}</th>
              <th scope="col">{t(side === "selling" ? "orders.fields.buyer" : "orders.fields.seller")}</th>
              <th scope="col">{t("orders.list.goods")}</th>
              <th scope="col">{t("orders.fields.total")}</th>
              <th scope="col">{t("orders.list.status")}</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((o) => (
              <tr key={o.id}>
                <td data-label={t("orders.list.order")}>
                  <Link to={`/orders/${o.id}`}>
                    <bdi dir="ltr">{o.id}</bdi>
                  </Link>
                  <p className="muted">
                    <time>{o.at}</time>
                  </p>
                </td>
                <td data-label={t(side === "selling" ? "orders.fields.buyer" : "orders.fields.seller")}>
                  <bdi>{o.counterpart}</bdi>
                </td>
                <td data-label={t("orders.list.goods")}>
                  <bdi>{o.goods}</bdi>
                </td>
                <td className="numeric" data-label={t("orders.fields.total")}>
                  <bdi dir="ltr">{o.total}</bdi>
                </td>
                <td data-label={t("orders.list.status")}>
                  {t(`orders.status.${o.status}`)}
                  {o.held ? <p className="muted">{t("orders.list.held")}</p> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t(side === "selling" ? "orders.list.emptySelling" : "orders.list.emptyBuying")}</p>
      )}
      {next ? (
        <p>
          <Link to={`/orders?side=${side}&after=${encodeURIComponent(next)}`}>{t("orders.list.more")}</Link>
        </p>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
