import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ListingFormReferenceQuery, SearchListingsQuery } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ErrorSummary, SelectField, TextField } from "../components/fields";
import { ListingCard } from "../components/listing-card";
import { Pagination } from "../components/pagination";
import { api } from "../graphql.server";
import { translatorFor } from "../locale.server";
import { LISTING_FORM_REFERENCE, SEARCH_LISTINGS } from "../operations/listings";
import { catalogueSearch, PARAM_OF_FIELD, SORTS } from "../utils/catalogue";
import { problemErrors, sortErrors, type UserError } from "../utils/forms";
import { formatNumber } from "../utils/format";
import { languageAlternates, pageMeta } from "../utils/meta";
import { listingCardData } from "../utils/listing-card";
import { viewerPreferences } from "../viewer.server";

export const meta: MetaFunction = (args) => [...pageMeta(args, "catalogue.title"), ...languageAlternates(args)];

const PAGE_SIZE = 20;

export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  const prefs = await viewerPreferences(gql);
  const url = new URL(args.request.url);
  const search = catalogueSearch(url.searchParams, prefs.currency);
  const { locale } = gql;
  const reference = await gql.query<ListingFormReferenceQuery>(LISTING_FORM_REFERENCE);
  let errors: UserError[] = problemErrors(search.problems, translatorFor(locale));
  let page: SearchListingsQuery["searchListings"] | null = null;
  if (!errors.length) {
    const currency = search.values.currency;
    const answer = await gql.attempt<SearchListingsQuery>(
      SEARCH_LISTINGS,
      {
        ...search.variables,
        first: PAGE_SIZE,
        after: url.searchParams.get("after"),
        viewerCurrency: currency,
        convert: reference.currencies.some((c) => c.code === currency),
      },
      ["BAD_USER_INPUT"],
    );
    if (answer.problem) {
      const listed = answer.problem.userErrors.length ? answer.problem.userErrors : [{ field: null, code: answer.problem.code, message: answer.problem.message }];
      errors = listed.map((e) => ({ ...e, field: e.field ? (PARAM_OF_FIELD[e.field] ?? e.field) : null }));
    } else page = answer.data.searchListings;
  }
  const nodes = page?.edges.map((edge) => edge.node) ?? [];
  const listings = nodes.map((node) => listingCardData(node, locale));
  return json({
    values: search.values,
    filtered: search.filtered,
    errors,
    total: page ? (page.totalCountIsExact ? formatNumber(page.totalCount, locale) : `${formatNumber(page.totalCount, locale)}+`) : null,
    totalCount: page?.totalCount ?? 0,
    nextCursor: page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null,
    listings,
    options: {
      countries: reference.countries.map((c) => ({ value: c.code, label: c.name })),
      currencies: reference.currencies.map((c) => ({ value: c.code, label: c.code })),
      units: reference.unitsOfMeasure.map((u) => ({ value: u.code, label: `${u.name} (${u.symbol})` })),
      incoterms: reference.incoterms.map((i) => ({ value: i.code, label: `${i.code} · ${i.name}` })),
    },
  });
}

const FILTER_FIELDS = ["hs", "origin", "min", "max", "currency", "qty", "unit", "incoterm"];
const FIELDS = ["q", ...FILTER_FIELDS];

export default function Catalogue() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const searching = useNavigation().state === "loading";
  const errors = sortErrors(data.errors, FIELDS);
  const v = data.values;
  const activeFilters = [v.hs, v.origin, v.min || v.max, v.qty, v.incoterm, v.verified === "1"].filter(Boolean).length;
  return (
    <div className="page catalogue">
      <h1>{t("catalogue.title")}</h1>
      <p className="lead">{t("catalogue.lead")}</p>
      <div className="catalogue-layout">
        <Form method="get" className="filters stack" role="search" aria-label={t("catalogue.searchLabel")}>
          <ErrorSummary errors={errors} />
          <TextField name="q" type="search" label={t("catalogue.q")} defaultValue={v.q} errors={errors.fields.q} hint={t("catalogue.qHint")} />
          {/* On a phone the filters fold away so the results start on the first screen. */}
          <details className="filters-drawer" open={FILTER_FIELDS.some((f) => errors.fields[f]?.length)}>
            <summary>{activeFilters ? t("catalogue.filtersActive", { count: activeFilters }) : t("catalogue.filters")}</summary>
          <fieldset className="group">
            <legend>{t("catalogue.filters")}</legend>
            <TextField name="hs" label={t("catalogue.hs")} defaultValue={v.hs} errors={errors.fields.hs} hint={t("catalogue.hsHint")} dir="ltr" inputMode="numeric" />
            <SelectField name="origin" label={t("catalogue.origin")} options={data.options.countries} defaultValue={v.origin} errors={errors.fields.origin} placeholder={t("catalogue.anyCountry")} />
            <fieldset className="field">
              <legend>{t("catalogue.priceRange")}</legend>
              <div className="row row-tight">
                <TextField name="min" label={t("catalogue.min")} defaultValue={v.min} errors={errors.fields.min} inputMode="decimal" />
                <TextField name="max" label={t("catalogue.max")} defaultValue={v.max} errors={errors.fields.max} inputMode="decimal" />
                <SelectField name="currency" label={t("catalogue.currency")} options={data.options.currencies} defaultValue={v.currency} errors={errors.fields.currency} />
              </div>
            </fieldset>
            <fieldset className="field">
              <legend>{t("catalogue.canSupply")}</legend>
              <div className="row row-tight">
                <TextField name="qty" label={t("catalogue.qty")} defaultValue={v.qty} errors={errors.fields.qty} inputMode="decimal" />
                <SelectField name="unit" label={t("catalogue.unit")} options={data.options.units} defaultValue={v.unit} errors={errors.fields.unit} placeholder={t("catalogue.chooseUnit")} />
              </div>
            </fieldset>
            <SelectField name="incoterm" label={t("catalogue.incoterm")} options={data.options.incoterms} defaultValue={v.incoterm} errors={errors.fields.incoterm} placeholder={t("catalogue.anyIncoterm")} />
            <div className="checkbox">
              <input type="checkbox" id="field-verified" name="verified" value="1" defaultChecked={v.verified === "1"} />
              <label htmlFor="field-verified">{t("catalogue.verified")}</label>
            </div>
          </fieldset>
          <SelectField name="sort" label={t("catalogue.sort")} options={SORTS.map((s) => ({ value: s, label: t(`catalogue.sorts.${s}`) }))} defaultValue={v.sort} />
          </details>
          <div className="actions">
            <button type="submit" className="button">
              {t("catalogue.search")}
            </button>
            {data.filtered ? <Link to="/catalogue">{t("catalogue.clear")}</Link> : null}
          </div>
        </Form>
        <section className="results" aria-labelledby="results-title" aria-busy={searching}>
          <h2 id="results-title" className="results-count" role="status">
            {data.total === null ? t("catalogue.fixFilters") : t("catalogue.count", { count: data.totalCount, total: data.total })}
          </h2>
          {data.listings.length ? (
            <ul className="cards listing-cards">
              {data.listings.map((listing) => (
                <ListingCard key={listing.id} listing={listing} />
              ))}
            </ul>
          ) : data.total !== null ? (
            <p className="panel">{t("catalogue.empty")}</p>
          ) : null}
          <Pagination nextCursor={data.nextCursor} label={t("pagination.label")} />
        </section>
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
