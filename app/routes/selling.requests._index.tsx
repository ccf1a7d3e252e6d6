import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { CountriesQuery, OpenSourcingRequestsQuery } from "../__generated__/operations";
import { CompanyName, StateBadge } from "../components/badges";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ErrorSummary, SelectField, TextField } from "../components/fields";
import { Pagination } from "../components/pagination";
import { SectionNav } from "../components/section-nav";
import { api } from "../graphql.server";
import { COUNTRIES } from "../operations/reference";
import { OPEN_REQUESTS } from "../operations/sourcing";
import { sortErrors, type UserError } from "../utils/forms";
import { pageMeta } from "../utils/meta";
import { requestView } from "../utils/request-view";
import { sellerPreferences } from "../viewer.server";

export const meta: MetaFunction = (args) => pageMeta(args, "openRequests.title");

const PAGE_SIZE = 20;

export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  const prefs = await sellerPreferences(gql);
  const url = new URL(args.request.url);
  const hs = url.searchParams.get("hs")?.trim() ?? "";
  const country = url.searchParams.get("country")?.trim() ?? "";
  const [answer, { countries }] = await Promise.all([
    gql.attempt<OpenSourcingRequestsQuery>(
      OPEN_REQUESTS,
      { hsPrefix: hs || null, destinationCountry: country || null, first: PAGE_SIZE, after: url.searchParams.get("after") },
      ["BAD_USER_INPUT"],
    ),
    gql.query<CountriesQuery>(COUNTRIES),
  ]);
  const names = new Map(countries.map((c) => [c.code, c.name]));
  const page = answer.data?.openSourcingRequests;
  const errors: UserError[] = answer.problem
    ? (answer.problem.userErrors.length ? answer.problem.userErrors : [{ field: null, code: answer.problem.code, message: answer.problem.message }]).map((e) => ({
        ...e,
        field: e.field === "hsPrefix" ? "hs" : e.field === "destinationCountry" ? "country" : e.field,
      }))
    : [];
  return json({
    filters: { hs, country },
    errors,
    totalCount: page?.totalCount ?? 0,
    nextCursor: page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null,
    requests: (page?.edges ?? []).map(({ node }) => ({
      ...requestView(node, gql.locale, prefs.timeZone, (code) => names.get(code) ?? code),
      myQuote: node.myQuote,
    })),
    countries: countries.map((c) => ({ value: c.code, label: c.name })),
  });
}

export default function OpenRequests() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const errors = sortErrors(data.errors, ["hs", "country"]);
  return (
    <div className="page">
      <SectionNav section="selling" />
      <h1>{t("openRequests.title")}</h1>
      <p className="lead">{t("openRequests.lead")}</p>
      <Form method="get" className="inline-filters" role="search" aria-label={t("openRequests.filter")}>
        <ErrorSummary errors={errors} />
        <TextField name="hs" label={t("openRequests.hs")} defaultValue={data.filters.hs} errors={errors.fields.hs} dir="ltr" inputMode="numeric" />
        <SelectField name="country" label={t("openRequests.country")} options={data.countries} defaultValue={data.filters.country} errors={errors.fields.country} placeholder={t("catalogue.anyCountry")} />
        <button type="submit" className="button-small">
          {t("openRequests.apply")}
        </button>
      </Form>
      <p className="muted">{t("openRequests.count", { count: data.totalCount })}</p>
      {data.requests.length ? (
        <ul className="request-list">
          {data.requests.map((request) => (
            <li key={request.id} className="panel" aria-labelledby={`request-${request.id}`}>
              <h2 id={`request-${request.id}`}>
                <bdi>{request.title}</bdi>
              </h2>
              <p className="muted">
                <CompanyName name={request.buyer.legalName} verified={request.buyer.verified} /> · {t("leads.wants", { quantity: request.quantity, country: request.destination })}
                {request.neededBy ? ` · ${t("leads.neededBy", { date: request.neededBy })}` : ""}
              </p>
              {request.description ? <p>{request.description}</p> : null}
              <dl className="facts facts-inline">
                <div>
                  <dt>{t("request.incoterm")}</dt>
                  <dd>
                    <bdi dir="ltr">{request.incoterm.code}</bdi>
                  </dd>
                </div>
                {request.hs ? (
                  <div>
                    <dt>{t("request.hsCode")}</dt>
                    <dd>
                      <bdi dir="ltr">{request.hs.code}</bdi>
                    </dd>
                  </div>
                ) : null}
                {request.target ? (
                  <div>
                    <dt>{t("request.target")}</dt>
                    <dd>{t("request.perUnit", { price: request.target, unit: request.unit.symbol })}</dd>
                  </div>
                ) : null}
              </dl>
              <p className="status-line">
                <span>{t("openRequests.quotesLeft", { count: request.quotesLeft })}</span>
                {request.myQuote ? <StateBadge group="quoteStatus" status={request.myQuote.status} /> : null}
              </p>
              <p className="card-action">
                <Link to={`/selling/requests/${request.id}/quote`} className="button button-small">
                  {t(request.myQuote ? "openRequests.revise" : "openRequests.quote")}
                  <span className="visually-hidden"> {request.title}</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="panel">{t("openRequests.empty")}</p>
      )}
      <Pagination nextCursor={data.nextCursor} label={t("pagination.label")} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
