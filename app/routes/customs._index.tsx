import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { CustomsDeskViewerQuery, CustomsShipmentsQuery } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ErrorSummary, SelectField, TextField } from "../components/fields";
import { Pagination } from "../components/pagination";
import { api } from "../graphql.server";
import { CLEARANCE_STATUSES, CUSTOMS_DESK_VIEWER, CUSTOMS_SHIPMENTS, DIRECTIONS, MODES } from "../operations/customs";
import { sortErrors, type UserError } from "../utils/forms";
import { formatDay, formatNumber } from "../utils/format";
import { pageMeta } from "../utils/meta";

export const meta: MetaFunction = (args) => pageMeta(args, "customs.desk.title");

const FIELDS = ["direction", "shippedFrom", "shippedTo", "exporterOrganisationId", "importerOrganisationId", "hsChapter", "mode", "clearanceStatus"] as const;
type Field = (typeof FIELDS)[number];

export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const url = new URL(args.request.url);
  const values = Object.fromEntries(FIELDS.map((f) => [f, url.searchParams.get(f)?.trim() ?? ""])) as Record<Field, string>;
  const { viewer } = await gql.query<CustomsDeskViewerQuery>(CUSTOMS_DESK_VIEWER);
  const filter = {
    direction: values.direction || null,
    shippedFrom: values.shippedFrom || null,
    shippedTo: values.shippedTo || null,
    exporterOrganisationId: values.exporterOrganisationId || null,
    importerOrganisationId: values.importerOrganisationId || null,
    hsChapter: values.hsChapter || null,
    mode: values.mode || null,
    clearanceStatus: values.clearanceStatus || null,
  };
  const answer = await gql.attempt<CustomsShipmentsQuery>(CUSTOMS_SHIPMENTS, { filter, first: 20, after: url.searchParams.get("after") }, ["BAD_USER_INPUT"]);
  let errors: UserError[] = [];
  let page: CustomsShipmentsQuery["customsShipments"] | null = null;
  if (answer.problem) errors = answer.problem.userErrors.length ? answer.problem.userErrors : [{ field: null, code: answer.problem.code, message: answer.problem.message }];
  else page = answer.data.customsShipments;
  const { locale } = gql;
  return json({
    jurisdiction: viewer.customsJurisdiction ? (new Intl.DisplayNames([locale], { type: "region" }).of(viewer.customsJurisdiction) ?? viewer.customsJurisdiction) : null,
    values,
    errors,
    filtered: FIELDS.some((f) => values[f]),
    total: page && page.totalCount !== null ? formatNumber(page.totalCount, locale) : null,
    count: page?.edges.length ?? 0,
    shown: formatNumber(page?.edges.length ?? 0, locale),
    nextCursor: page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null,
    shipments: (page?.edges ?? []).map(({ node }) => ({
      ...node,
      shippedOn: formatDay(node.shippedOn, locale) ?? node.shippedOn,
    })),
  });
}

export default function CustomsDesk() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const searching = useNavigation().state === "loading";
  const errors = sortErrors(data.errors, FIELDS);
  const v = data.values;
  const option = (group: string) => (value: string) => ({ value, label: t(`customs.${group}.${value}`) });
  return (
    <div className="page customs-desk">
      <h1>{t("customs.desk.title")}</h1>
      <p className="lead">{t("customs.desk.lead", { country: data.jurisdiction ?? "" })}</p>
      <p>
        <Link to="/verify">{t("customs.desk.verifyLink")}</Link>
      </p>
      <div className="catalogue-layout">
        <Form method="get" className="filters stack" role="search" aria-label={t("customs.desk.searchLabel")}>
          <ErrorSummary errors={errors} />
          <SelectField name="direction" label={t("customs.desk.direction")} options={DIRECTIONS.map(option("direction"))} defaultValue={v.direction || "EITHER"} errors={errors.fields.direction} />
          <fieldset className="field">
            <legend>{t("customs.desk.shippedBetween")}</legend>
            <div className="row row-tight">
              <TextField name="shippedFrom" type="date" label={t("customs.desk.shippedFrom")} defaultValue={v.shippedFrom} errors={errors.fields.shippedFrom} dir="ltr" />
              <TextField name="shippedTo" type="date" label={t("customs.desk.shippedTo")} defaultValue={v.shippedTo} errors={errors.fields.shippedTo} dir="ltr" />
            </div>
          </fieldset>
          <TextField name="exporterOrganisationId" label={t("customs.desk.exporter")} hint={t("customs.desk.partyHint")} defaultValue={v.exporterOrganisationId} errors={errors.fields.exporterOrganisationId} dir="ltr" />
          <TextField name="importerOrganisationId" label={t("customs.desk.importer")} hint={t("customs.desk.partyHint")} defaultValue={v.importerOrganisationId} errors={errors.fields.importerOrganisationId} dir="ltr" />
          <TextField name="hsChapter" label={t("customs.desk.hsChapter")} hint={t("customs.desk.hsChapterHint")} defaultValue={v.hsChapter} errors={errors.fields.hsChapter} inputMode="numeric" dir="ltr" />
          <SelectField name="mode" label={t("customs.desk.mode")} options={MODES.map(option("mode"))} defaultValue={v.mode} errors={errors.fields.mode} placeholder={t("customs.desk.anyMode")} />
          <SelectField name="clearanceStatus" label={t("customs.desk.clearanceStatus")} options={CLEARANCE_STATUSES.map(option("status"))} defaultValue={v.clearanceStatus} errors={errors.fields.clearanceStatus} placeholder={t("customs.desk.anyStatus")} />
          <div className="actions">
            <button type="submit" className="button">
              {t("customs.desk.search")}
            </button>
            {data.filtered ? <Link to="/customs">{t("customs.desk.clear")}</Link> : null}
          </div>
        </Form>
        <section className="results" aria-labelledby="results-title" aria-busy={searching}>
          <h2 id="results-title" className="results-count" role="status">
            {data.errors.length
              ? t("customs.desk.fixFilters")
              : data.total !== null
                ? t("customs.desk.total", { count: data.count, total: data.total })
                : t("customs.desk.shown", { count: data.count, number: data.shown })}
          </h2>
          {data.shipments.length ? (
            <table className="table stack-on-phone" data-testid="customs-results">
              <thead>
                <tr>
                  <th scope="col">{t("customs.desk.columns.shipment")}</th>
                  <th scope="col">{t("customs.desk.columns.shippedOn")}</th>
                  <th scope="col">{t("customs.desk.columns.route")}</th>
                  <th scope="col">{t("customs.desk.columns.exporter")}</th>
                  <th scope="col">{t("customs.desk.columns.importer")}</th>
                  <th scope="col">{t("customs.desk.columns.chapters")}</th>
                  <th scope="col">{t("customs.desk.columns.clearance")}</th>
                </tr>
              </thead>
              <tbody>
                {data.shipments.map((s) => (
                  <tr key={s.id}>
                    <td data-label={t("customs.desk.columns.shipment")}>
                      <Link to={`/customs/shipments/${s.id}`}>
                        <bdi dir="ltr">{s.trackingNumber}</bdi>
                      </Link>{" "}
                      <span className="muted">{t(`customs.mode.${s.mode}`, { defaultValue: s.mode })}</span>
                    </td>
                    <td data-label={t("customs.desk.columns.shippedOn")}>{s.shippedOn}</td>
                    <td data-label={t("customs.desk.columns.route")}>
                      {t(`customs.desk.route.${s.border}`, { from: s.exportCountry, to: s.importCountry })}
                    </td>
                    <td data-label={t("customs.desk.columns.exporter")}>
                      <Link to={`/customs?exporterOrganisationId=${encodeURIComponent(s.exporterOrganisationId)}`} title={t("customs.desk.filterBy")}>
                        <bdi>{s.exporterName}</bdi>
                      </Link>
                    </td>
                    <td data-label={t("customs.desk.columns.importer")}>
                      <Link to={`/customs?importerOrganisationId=${encodeURIComponent(s.importerOrganisationId)}`} title={t("customs.desk.filterBy")}>
                        <bdi>{s.importerName}</bdi>
                      </Link>
                    </td>
                    <td data-label={t("customs.desk.columns.chapters")}>
                      <bdi dir="ltr">{s.hsChapters.join(", ")}</bdi>
                    </td>
                    <td data-label={t("customs.desk.columns.clearance")}>
                      <span className={`badge badge-clearance-${s.clearance.status.toLowerCase()}`}>{t(`customs.status.${s.clearance.status}`)}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : data.errors.length ? null : (
            <p className="muted">{t("customs.desk.empty")}</p>
          )}
          <Pagination nextCursor={data.nextCursor} label={t("customs.desk.pages")} />
        </section>
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
