import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { BuyerFeedQuery, DashboardQuery, JurisdictionQuery, PendingVerificationsQuery, SaleEventBannerQuery } from "../__generated__/operations";
import { CompanyName } from "../components/badges";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { SaleEventBanner, type SaleEventBannerData } from "../components/sale-event-banner";
import { StatusBadge } from "../components/status-badge";
import { api, type Api } from "../graphql.server";
import { DASHBOARD, PENDING_VERIFICATIONS } from "../operations/identity";
import { BUYER_FEED, SALE_EVENT_BANNER } from "../operations/marketplace";
import { JURISDICTION } from "../operations/reference";
import { formatMoney, formatPercent } from "../utils/format";
import { pageMeta } from "../utils/meta";

export const meta: MetaFunction = (args) => pageMeta(args, "home.title");

/** The sale event on now, else the next one; its window in the viewer's zone (UTC for visitors). */
async function saleEvent(gql: Api): Promise<SaleEventBannerData | null> {
  const { current, upcoming } = await gql.query<SaleEventBannerQuery>(SALE_EVENT_BANNER);
  const event = current.edges[0]?.node ?? upcoming.edges[0]?.node;
  return event ? { name: event.name, live: event.isLive, window: event.window.text, timeZone: event.window.timeZone } : null;
}

export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  if (args.context.caravan.viewer.kind !== "user") return json({ dashboard: null, saleEvent: await saleEvent(gql) });
  const { viewer } = await gql.query<DashboardQuery>(DASHBOARD);
  const buys = viewer.organisation?.kind === "BUYER" || viewer.organisation?.kind === "BOTH";
  const [pending, jurisdiction, event, feed] = await Promise.all([
    viewer.isPlatformAdmin ? gql.query<PendingVerificationsQuery>(PENDING_VERIFICATIONS) : null,
    viewer.customsJurisdiction ? gql.query<JurisdictionQuery>(JURISDICTION, { code: viewer.customsJurisdiction }) : null,
    saleEvent(gql),
    buys ? gql.query<BuyerFeedQuery>(BUYER_FEED, { first: 5 }) : null,
  ]);
  const { locale } = gql;
  return json({
    saleEvent: event,
    dashboard: {
      name: viewer.user?.displayName ?? "",
      organisation: viewer.organisation,
      pendingVerifications: pending?.verificationQueue.totalCount ?? null,
      jurisdiction: viewer.customsJurisdiction ? (jurisdiction?.country?.name ?? viewer.customsJurisdiction) : null,
      feed: feed
        ? feed.buyerFeed.map(({ match, basedOn }) => ({
            listingId: match.listing.id,
            title: match.listing.localized.title,
            seller: match.listing.seller,
            price: formatMoney(match.unitPrice, locale),
            unit: match.unit.symbol,
            score: formatPercent(match.score, locale),
            basedOn,
          }))
        : null,
    },
  });
}

type Dashboard = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>["dashboard"]>;

export default function Home() {
  const { dashboard, saleEvent } = useLoaderData<typeof loader>();
  return (
    <>
      {saleEvent ? <SaleEventBanner event={saleEvent} /> : null}
      {dashboard ? <DashboardView dashboard={dashboard} /> : <Welcome />}
    </>
  );
}

const AUDIENCES = ["exporter", "buyer", "customs"] as const;

function Welcome() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">{t("home.hero.title")}</h1>
        <p className="lead">{t("home.hero.lead")}</p>
        <p className="actions">
          <Link to="/sign-up" className="button">
            {t("home.hero.signUp")}
          </Link>
          <Link to="/sign-in" className="button button-secondary">
            {t("home.hero.signIn")}
          </Link>
        </p>
      </section>
      <ul className="cards" aria-label={t("home.audiences")}>
        {AUDIENCES.map((audience) => (
          <li key={audience} className="card">
            <h2>{t(`home.${audience}.title`)}</h2>
            <p>{t(`home.${audience}.lead`)}</p>
            <ul className="ticks">
              {(t(`home.${audience}.points`, { returnObjects: true }) as string[]).map((point) => (
                <li key={point}>{point}</li>
              ))}
            </ul>
            <p className="card-action">
              {audience === "customs" ? (
                <Link to="/sign-in">{t("home.customs.action")}</Link>
              ) : (
                <Link to="/sign-up" className="button button-small">
                  {t(`home.${audience}.action`)}
                </Link>
              )}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

function DashboardView({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const org = dashboard.organisation;
  const trades = org && ["EXPORTER", "BUYER", "BOTH"].includes(org.kind);
  return (
    <div className="page">
      <h1>{t("home.dashboard.greeting", { name: dashboard.name })}</h1>
      <ul className="cards">
        {org && trades ? (
          <li className="card">
            <h2>
              <bdi>{org.legalName}</bdi>
            </h2>
            <p className="status-line">
              <StatusBadge status={org.verificationStatus} />
            </p>
            <p>{t(`home.dashboard.verification.${org.verificationStatus}`)}</p>
            <p className="card-action">
              <Link to="/company">{t("home.dashboard.openCompany")}</Link>
            </p>
          </li>
        ) : null}
        {org && (org.kind === "EXPORTER" || org.kind === "BOTH") ? (
          <li className="card" data-testid="exporter-card">
            <h2>{t("home.dashboard.exporter.title")}</h2>
            <p>{t("home.dashboard.exporter.lead")}</p>
            <CardLinks
              links={[
                ["/selling/listings", "home.dashboard.exporter.listings"],
                ["/selling/import", "home.dashboard.exporter.import"],
                ["/selling/leads", "home.dashboard.exporter.leads"],
                ["/selling/requests", "home.dashboard.exporter.requests"],
                ["/selling/quotes", "home.dashboard.exporter.quotes"],
                ["/selling/insights", "home.dashboard.exporter.insights"],
                ["/orders?side=selling", "orders.nav.selling"],
                ["/messages", "messages.title"],
                ["/customs/access-log", "customs.home.accessLog"],
              ]}
            />
          </li>
        ) : null}
        {org && (org.kind === "BUYER" || org.kind === "BOTH") ? (
          <li className="card" data-testid="buyer-card">
            <h2>{t("home.dashboard.buyer.title")}</h2>
            <p>{t("home.dashboard.buyer.lead")}</p>
            <CardLinks
              links={[
                ["/sourcing/requests/new", "home.dashboard.buyer.new"],
                ["/sourcing/requests", "home.dashboard.buyer.requests"],
                ["/catalogue", "home.dashboard.buyer.catalogue"],
                ["/orders?side=buying", "orders.nav.buying"],
                ["/saved", "saved.title"],
                ["/messages", "messages.title"],
              ]}
            />
          </li>
        ) : null}
        {dashboard.jurisdiction ? (
          <li className="card" data-testid="customs-card">
            <h2>{t("home.dashboard.customs.title")}</h2>
            <p>{t("home.dashboard.customs.lead", { country: dashboard.jurisdiction })}</p>
            <p>{t("customs.home.lead")}</p>
            <p className="card-action">
              <Link to="/customs" className="button button-small">
                {t("customs.home.open")}
              </Link>
            </p>
            <CardLinks
              links={[
                ["/customs?clearanceStatus=HELD", "customs.home.held"],
                ["/verify", "customs.home.verify"],
              ]}
            />
          </li>
        ) : null}
        {dashboard.pendingVerifications !== null ? (
          <li className="card">
            <h2>{t("home.dashboard.admin.title")}</h2>
            <p>{t("home.dashboard.admin.pending", { count: dashboard.pendingVerifications })}</p>
            <CardLinks
              links={[
                ["/admin/verifications", "home.dashboard.admin.open"],
                ["/admin/sale-events", "home.dashboard.admin.saleEvents"],
                ["/admin/payments", "orders.nav.payments"],
                ["/admin/screening", "orders.nav.screening"],
                ["/admin/jobs", "orders.nav.jobs"],
                ["/admin/fx", "home.dashboard.admin.fx"],
                ["/admin/customs-authorities", "home.dashboard.admin.customsAuthorities"],
              ]}
            />
          </li>
        ) : null}
        {org ? (
          <li className="card">
            <h2>{t("home.dashboard.integrate.title")}</h2>
            <p>{t("home.dashboard.integrate.lead")}</p>
            <p className="card-action">
              <Link to="/settings/api-tokens">{t("home.dashboard.integrate.open")}</Link>
            </p>
          </li>
        ) : null}
      </ul>
      {dashboard.feed ? (
        <section className="panel feed" aria-labelledby="feed-title" data-testid="buyer-feed">
          <h2 id="feed-title">{t("home.feed.title")}</h2>
          {dashboard.feed.length ? (
            <ol className="feed-list">
              {dashboard.feed.map((item) => (
                <li key={`${item.listingId}-${item.basedOn.id}`}>
                  <Link to={`/listings/${item.listingId}`}>
                    <bdi>{item.title}</bdi>
                  </Link>{" "}
                  · <CompanyName name={item.seller.legalName} verified={item.seller.verified} /> · {t("request.perUnit", { price: item.price, unit: item.unit })}
                  <p className="muted">
                    {t("home.feed.basedOn", { score: item.score })} <Link to={`/sourcing/requests/${item.basedOn.id}`}>{item.basedOn.title}</Link>
                  </p>
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">{t("home.feed.empty")}</p>
          )}
        </section>
      ) : null}
    </div>
  );
}

/** A role card's way on: the pages of that role, as a list of links. */
function CardLinks({ links }: { links: [to: string, key: string][] }) {
  const { t } = useTranslation();
  return (
    <ul className="card-links">
      {links.map(([to, key]) => (
        <li key={to}>
          <Link to={to}>{t(key)}</Link>
        </li>
      ))}
    </ul>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
