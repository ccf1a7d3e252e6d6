import { json, type LinksFunction, type LoaderFunctionArgs } from "@remix-run/node";
import {
  Form,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteLoaderData,
} from "@remix-run/react";
import { useEffect, useMemo, type ReactNode } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import type { RootViewerQuery, UnreadCountQuery } from "./__generated__/operations";
import { GeneralErrorBoundary } from "./components/error-boundary";
import { api } from "./graphql.server";
import { createI18n, type LocaleResources } from "./i18n";
import { localeData } from "./locale.server";
import { VIEWER_QUERY, type HeaderViewer } from "./operations/identity";
import { UNREAD_COUNT } from "./operations/marketplace";
import { useNonce } from "./utils/nonce";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: "/css/app.css" },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

const SIGNED_OUT: HeaderViewer = { user: null, organisation: null, role: null, isPlatformAdmin: false, customsJurisdiction: null };

export async function loader({ context, request }: LoaderFunctionArgs) {
  // The layout must render even when the viewer lookup fails, so the error page below it keeps the
  // header, the user's language and the way home; the failing page's own loader reports the error.
  const viewer = await api({ context, request })
    .query<RootViewerQuery>(VIEWER_QUERY)
    .then(
      (data) => data.viewer,
      (error: unknown) => {
        console.error("root loader: viewer lookup failed", error);
        return SIGNED_OUT;
      },
    );
  // The inbox count is a nicety of the header: without it the page still works.
  const unreadCount = viewer.organisation
    ? await api({ context, request })
        .query<UnreadCountQuery>(UNREAD_COUNT)
        .then(
          (data) => data.unreadCount,
          (error: unknown) => {
            console.error("root loader: unread count failed", error);
            return null;
          },
        )
    : null;
  const formRejected = api({ context, request }).hasRejectedForm;
  return json({ ...localeData(context.caravan.locale), viewer, unreadCount, formRejected });
}

const NO_RESOURCES: LocaleResources = { common: {} };

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const locale = data?.locale ?? "en";
  const resources = data?.resources;
  // Rebuilt only when the language changes: revalidation hands back equal resources as a new object.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const i18n = useMemo(() => createI18n(locale, resources ?? NO_RESOURCES, data?.dir ?? "ltr"), [locale, data?.dir]);
  const nonce = useNonce();
  // Says when React has taken the page over: before that, a click is a plain HTML form post or link.
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return (
    <html lang={locale} dir={data?.dir ?? "ltr"}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <I18nextProvider i18n={i18n}>
          <Page viewer={data?.viewer ?? SIGNED_OUT} unreadCount={data?.unreadCount ?? null} languages={data?.languages ?? []} locale={locale}>
            {children}
          </Page>
        </I18nextProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

interface PageProps {
  viewer: HeaderViewer;
  unreadCount: number | null;
  languages: { code: string; name: string }[];
  locale: string;
  children: ReactNode;
}

function Page({ viewer, unreadCount, languages, locale, children }: PageProps) {
  const { t } = useTranslation();
  return (
    <>
      <a href="#main" className="skip-link">
        {t("layout.skipToContent")}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <NavLink to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              ◆
            </span>
            {t("app.name")}
          </NavLink>
          {/* On a phone the whole menu folds behind one button; on wider screens the CSS keeps it open. */}
          <details className="site-menu">
            <summary className="site-menu-toggle">{t("layout.menu")}</summary>
            <div className="site-menu-body">
              <Navigation viewer={viewer} unreadCount={unreadCount} />
              <div className="header-tools">
                <ViewerBadge viewer={viewer} />
                <LanguageSwitcher languages={languages} locale={locale} />
              </div>
            </div>
          </details>
        </div>
      </header>
      <main id="main" className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <p>{t("layout.footer")}</p>
        <p>
          <NavLink to="/track">{t("layout.trackShipment")}</NavLink>
        </p>
      </footer>
    </>
  );
}

/** The admin's pages, grouped under one entry so the header stays one row. */
const ADMIN_PAGES = [
  ["/admin/verifications", "nav.verifications"],
  ["/admin/sale-events", "nav.saleEvents"],
  ["/admin/payments", "orders.nav.payments"],
  ["/admin/screening", "orders.nav.screening"],
  ["/admin/jobs", "orders.nav.jobs"],
  ["/admin/fx", "home.dashboard.admin.fx"],
  ["/admin/customs-authorities", "home.dashboard.admin.customsAuthorities"],
] as const;

function Navigation({ viewer, unreadCount }: { viewer: HeaderViewer; unreadCount: number | null }) {
  const { t } = useTranslation();
  const kind = viewer.organisation?.kind;
  const sells = kind === "EXPORTER" || kind === "BOTH";
  const buys = kind === "BUYER" || kind === "BOTH";
  // Every selling page (leads, quotes, insights) belongs under "Selling", not only the listings.
  const inSelling = useLocation().pathname.startsWith("/selling/");
  return (
    <nav aria-label={t("layout.mainNavigation")} className="site-nav">
      <ul>
        <li>
          <NavLink to="/" end>
            {t("nav.home")}
          </NavLink>
        </li>
        <li>
          <NavLink to="/catalogue">{t("nav.catalogue")}</NavLink>
        </li>
        {sells ? (
          <li>
            <NavLink to="/selling/listings" className={({ isActive }) => (isActive || inSelling ? "active" : "")}>
              {t("nav.selling")}
            </NavLink>
          </li>
        ) : null}
        {buys ? (
          <li>
            <NavLink to="/sourcing/requests">{t("nav.sourcing")}</NavLink>
          </li>
        ) : null}
        {sells || buys ? (
          <li>
            <NavLink to={buys ? "/orders?side=buying" : "/orders?side=selling"} data-testid="orders-link">
              {t("orders.nav.orders")}
            </NavLink>
          </li>
        ) : null}
        {viewer.organisation ? (
          <>
            <li>
              <NavLink to="/inbox" data-testid="inbox-link">
                {t("nav.inbox")}
                {unreadCount ? (
                  <span className="count-badge">
                    <span aria-hidden="true" data-testid="unread-count">
                      {unreadCount}
                    </span>
                    <span className="visually-hidden">{t("nav.unread", { count: unreadCount })}</span>
                  </span>
                ) : null}
              </NavLink>
            </li>
          </>
        ) : null}
        {viewer.isPlatformAdmin ? (
          <li>
            <details className="nav-group">
              <summary>{t("nav.admin")}</summary>
              <ul>
                {ADMIN_PAGES.map(([to, key]) => (
                  <li key={to}>
                    <NavLink to={to}>{t(key)}</NavLink>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

function ViewerBadge({ viewer }: { viewer: HeaderViewer }) {
  const { t } = useTranslation();
  if (!viewer.user) {
    return (
      <div className="viewer">
        <NavLink to="/sign-in">{t("nav.signIn")}</NavLink>
        <NavLink to="/sign-up" className="button button-small">
          {t("nav.signUp")}
        </NavLink>
      </div>
    );
  }
  return (
    <details className="viewer account-menu">
      <summary className="viewer-summary">
        <bdi className="viewer-name">{viewer.user.displayName}</bdi>
        {viewer.organisation?.verified ? (
          <span className="badge badge-verified" data-testid="verified-badge">
            <span aria-hidden="true">✓ </span>
            {t("verification.badge")}
          </span>
        ) : null}
      </summary>
      <div className="account-menu-body">
      <p className="viewer-identity">
        {viewer.organisation ? (
          <span className="viewer-company">
            <bdi>{viewer.organisation.legalName}</bdi>
          </span>
        ) : null}
      </p>
      {viewer.organisation ? (
        <nav aria-label={t("layout.accountNavigation")}>
          <ul className="account-links">
            <li>
              <NavLink to="/company">{t("nav.company")}</NavLink>
            </li>
            <li>
              <NavLink to="/settings/api-tokens">{t("nav.apiTokens")}</NavLink>
            </li>
          </ul>
        </nav>
      ) : null}
      <Form method="post" action="/sign-out" className="sign-out">
        <button type="submit" className="button-link">
          {t("nav.signOut")}
        </button>
      </Form>
      </div>
    </details>
  );
}

/**
 * A plain form POST, so the language can be changed without JavaScript; reloadDocument makes the
 * browser load the whole page again in the new language, messages and text direction included.
 */
function LanguageSwitcher({ languages, locale }: { languages: { code: string; name: string }[]; locale: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  if (languages.length < 2) return null;
  return (
    <Form method="post" action="/locale" reloadDocument className="language-switcher">
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <label htmlFor="language-select" className="visually-hidden">
        {t("layout.language")}
      </label>
      <select id="language-select" name="lng" defaultValue={locale} key={locale}>
        {languages.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
      <button type="submit" className="button-small">
        {t("layout.changeLanguage")}
      </button>
    </Form>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
