import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { CountriesQuery, MyLeadsQuery } from "../__generated__/operations";
import { CompanyName } from "../components/badges";
import { DeliveryEstimate } from "../components/delivery";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { MatchReasons, ScoreMeter } from "../components/match-reasons";
import { SectionNav } from "../components/section-nav";
import { api } from "../graphql.server";
import { COUNTRIES } from "../operations/reference";
import { MY_LEADS } from "../operations/sourcing";
import { matchView } from "../utils/match-view";
import { pageMeta } from "../utils/meta";
import { sellerPreferences } from "../viewer.server";

export const meta: MetaFunction = (args) => pageMeta(args, "leads.title");

export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  await sellerPreferences(gql);
  const [{ myLeads }, { countries }] = await Promise.all([gql.query<MyLeadsQuery>(MY_LEADS, { first: 30 }), gql.query<CountriesQuery>(COUNTRIES)]);
  const countryName = new Map(countries.map((c) => [c.code, c.name]));
  return json({
    leads: myLeads.map((match) => {
      const view = matchView(match, gql.locale);
      return { ...view, destination: countryName.get(view.destination) ?? view.destination };
    }),
  });
}

export default function Leads() {
  const { t } = useTranslation();
  const { leads } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <SectionNav section="selling" />
      <h1>{t("leads.title")}</h1>
      <p className="lead">{t("leads.lead")}</p>
      {leads.length ? (
        <ol className="match-list">
          {leads.map((lead) => (
            <li key={`${lead.requestId}-${lead.listingId}`} className="panel match" aria-labelledby={`lead-${lead.requestId}`} data-request={lead.requestId}>
              <div className="match-head">
                <h2 id={`lead-${lead.requestId}`}>
                  <bdi>{lead.requestTitle}</bdi>
                </h2>
                <ScoreMeter score={lead.score} text={lead.scoreText} />
              </div>
              <p className="muted">
                <CompanyName name={lead.buyer.legalName} verified={lead.buyer.verified} /> · {t("leads.wants", { quantity: lead.quantity, country: lead.destination })}
                {lead.neededBy ? ` · ${t("leads.neededBy", { date: lead.neededBy })}` : ""}
              </p>
              <p>
                {t("leads.forListing")} <Link to={`/selling/listings/${lead.listingId}/edit`}>{lead.listingTitle}</Link> · {t("match.yourPrice", { price: lead.unitPrice, unit: lead.unitSymbol })}
              </p>
              <MatchReasons reasons={lead.reasons} />
              {lead.delivery ? <DeliveryEstimate delivery={lead.delivery} /> : null}
              <p className="card-action">
                <Link to={`/selling/requests/${lead.requestId}/quote?listing=${lead.listingId}`} className="button button-small">
                  {t("leads.quote")}
                  <span className="visually-hidden"> {lead.requestTitle}</span>
                </Link>
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="panel">{t("leads.empty")}</p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
