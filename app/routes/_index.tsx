import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { StatusBadge } from "../components/status-badge";
import { api } from "../graphql.server";
import type { OrganisationKind, VerificationStatus } from "../operations/identity";
import { pageMeta } from "../utils/meta";

export const meta: MetaFunction = (args) => pageMeta(args, "home.title");

const DASHBOARD = /* GraphQL */ `
  query Dashboard {
    viewer {
      user { displayName }
      organisation { legalName kind verificationStatus }
      isPlatformAdmin
      customsJurisdiction
    }
  }
`;

const JURISDICTION = /* GraphQL */ `
  query Jurisdiction($code: String!) {
    country(code: $code) { name }
  }
`;

const PENDING_VERIFICATIONS = /* GraphQL */ `
  query PendingVerifications {
    verificationQueue(first: 1) { totalCount }
  }
`;

interface DashboardViewer {
  user: { displayName: string } | null;
  organisation: { legalName: string; kind: OrganisationKind; verificationStatus: VerificationStatus } | null;
  isPlatformAdmin: boolean;
  customsJurisdiction: string | null;
}

export async function loader(args: LoaderFunctionArgs) {
  if (args.context.caravan.viewer.kind !== "user") return json({ dashboard: null });
  const gql = api(args);
  const { viewer } = await gql.query<{ viewer: DashboardViewer }>(DASHBOARD);
  const [pending, jurisdiction] = await Promise.all([
    viewer.isPlatformAdmin ? gql.query<{ verificationQueue: { totalCount: number } }>(PENDING_VERIFICATIONS) : null,
    viewer.customsJurisdiction
      ? gql.query<{ country: { name: string } | null }>(JURISDICTION, { code: viewer.customsJurisdiction })
      : null,
  ]);
  return json({
    dashboard: {
      name: viewer.user?.displayName ?? "",
      organisation: viewer.organisation,
      pendingVerifications: pending?.verificationQueue.totalCount ?? null,
      jurisdiction: viewer.customsJurisdiction ? (jurisdiction?.country?.name ?? viewer.customsJurisdiction) : null,
    },
  });
}

type Dashboard = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>["dashboard"]>;

export default function Home() {
  const { dashboard } = useLoaderData<typeof loader>();
  return dashboard ? <DashboardView dashboard={dashboard} /> : <Welcome />;
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
          <li className="card">
            <h2>{t("home.dashboard.exporter.title")}</h2>
            <p>{t("home.dashboard.exporter.lead")}</p>
          </li>
        ) : null}
        {org && (org.kind === "BUYER" || org.kind === "BOTH") ? (
          <li className="card">
            <h2>{t("home.dashboard.buyer.title")}</h2>
            <p>{t("home.dashboard.buyer.lead")}</p>
          </li>
        ) : null}
        {dashboard.jurisdiction ? (
          <li className="card">
            <h2>{t("home.dashboard.customs.title")}</h2>
            <p>{t("home.dashboard.customs.lead", { country: dashboard.jurisdiction })}</p>
          </li>
        ) : null}
        {dashboard.pendingVerifications !== null ? (
          <li className="card">
            <h2>{t("home.dashboard.admin.title")}</h2>
            <p>{t("home.dashboard.admin.pending", { count: dashboard.pendingVerifications })}</p>
            <p className="card-action">
              <Link to="/admin/verifications" className="button button-small">
                {t("home.dashboard.admin.open")}
              </Link>
            </p>
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
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
