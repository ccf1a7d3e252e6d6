import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";

const SELLING = [
  { to: "/selling/listings", key: "selling.nav.listings" },
  { to: "/selling/import", key: "selling.nav.import" },
  { to: "/selling/leads", key: "selling.nav.leads" },
  { to: "/selling/requests", key: "selling.nav.requests" },
  { to: "/selling/quotes", key: "selling.nav.quotes" },
  { to: "/selling/insights", key: "selling.nav.insights" },
] as const;

const SOURCING = [
  { to: "/sourcing/requests", key: "sourcing.nav.requests", end: true },
  { to: "/sourcing/requests/new", key: "sourcing.nav.new", end: true },
  { to: "/catalogue", key: "sourcing.nav.catalogue", end: false },
] as const;

/** The pages of one part of the site, under its heading: a second, local navigation. */
export function SectionNav({ section }: { section: "selling" | "sourcing" }) {
  const { t } = useTranslation();
  const links = section === "selling" ? SELLING.map((l) => ({ ...l, end: false })) : SOURCING;
  return (
    <nav className="section-nav" aria-label={t(`${section}.nav.label`)}>
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end}>
              {t(link.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
