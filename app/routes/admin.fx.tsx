import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { AdminFxRatesQuery, CountriesAndCurrenciesQuery, ImportFxRatesMutation, SetFxRateMutation } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ErrorSummary, SelectField, TextAreaField, TextField } from "../components/fields";
import { api } from "../graphql.server";
import { FX_RATES, IMPORT_FX_RATES, SET_FX_RATE } from "../operations/fx";
import { COUNTRIES_AND_CURRENCIES } from "../operations/reference";
import { normalizeDecimal, sortErrors, textOf, valuesOf, type UserError } from "../utils/forms";
import { formatDateTime, formatDay, formatNumber } from "../utils/format";
import { pageMeta } from "../utils/meta";
import { viewerPreferences } from "../viewer.server";

const RATE_FIELDS = ["base", "quote", "rate", "asOf"] as const;

export const meta: MetaFunction = (args) => pageMeta(args, "adminFx.title");

export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const prefs = await viewerPreferences(gql);
  const after = new URL(args.request.url).searchParams.get("after");
  const [{ fxRates }, { currencies }] = await Promise.all([
    gql.query<AdminFxRatesQuery>(FX_RATES, { after }),
    gql.query<CountriesAndCurrenciesQuery>(COUNTRIES_AND_CURRENCIES),
  ]);
  return json({
    total: formatNumber(fxRates.totalCount, gql.locale),
    next: fxRates.pageInfo.hasNextPage ? fxRates.pageInfo.endCursor : null,
    currencies: currencies.map((c) => ({ value: c.code, label: `${c.code} · ${c.name}` })),
    today: new Date().toISOString().slice(0, 10),
    rates: fxRates.edges.map(({ node }) => ({
      id: node.id,
      pair: `${node.base}/${node.quote}`,
      // Rates carry up to 12 decimals; a person reads them in their own number format, all of them.
      rate: formatNumber(Number(node.rate), gql.locale, 12),
      asOf: formatDay(node.asOf, gql.locale),
      source: node.source,
      createdAt: formatDateTime(node.createdAt, gql.locale, prefs.timeZone),
    })),
  });
}

type Answer =
  | { form: "rate"; errors: UserError[]; values: Record<string, string>; saved?: { pair: string; rate: string } }
  | { form: "import"; errors: UserError[]; values: { csv: string }; imported?: NonNullable<ImportFxRatesMutation["importFxRates"]["result"]> };

export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const form = await args.request.formData();
  if (textOf(form, "intent") === "import") {
    const csv = textOf(form, "csv");
    const { importFxRates } = await gql.mutate<ImportFxRatesMutation>(IMPORT_FX_RATES, { csv });
    if (importFxRates.userErrors.length || !importFxRates.result) return json<Answer>({ form: "import", errors: importFxRates.userErrors, values: { csv } }, 400);
    return json<Answer>({ form: "import", errors: [], values: { csv: "" }, imported: importFxRates.result });
  }
  const values = valuesOf(form, RATE_FIELDS);
  const input = { base: values.base, quote: values.quote, rate: normalizeDecimal(values.rate ?? ""), asOf: values.asOf };
  const { setFxRate } = await gql.mutate<SetFxRateMutation>(SET_FX_RATE, { input });
  if (setFxRate.userErrors.length || !setFxRate.fxRate) return json<Answer>({ form: "rate", errors: setFxRate.userErrors, values }, 400);
  const saved = { pair: `${setFxRate.fxRate.base}/${setFxRate.fxRate.quote}`, rate: formatNumber(Number(setFxRate.fxRate.rate), gql.locale, 12) };
  return json<Answer>({ form: "rate", errors: [], values: { ...values, rate: "" }, saved });
}

export default function AdminFx() {
  const { t } = useTranslation();
  const { rates, total, next, currencies, today } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as Answer | undefined;
  const busy = useNavigation().state === "submitting";
  const rateAnswer = answer?.form === "rate" ? answer : undefined;
  const importAnswer = answer?.form === "import" ? answer : undefined;
  const rateErrors = sortErrors(rateAnswer?.errors, RATE_FIELDS);
  const importErrors = sortErrors(importAnswer?.errors, ["csv"]);
  const value = (field: (typeof RATE_FIELDS)[number]) => rateAnswer?.values[field];
  return (
    <div className="page">
      <h1>{t("adminFx.title")}</h1>
      <p className="lead">{t("adminFx.lead")}</p>

      <section aria-labelledby="set-rate">
        <h2 id="set-rate">{t("adminFx.set.title")}</h2>
        {rateAnswer?.saved ? (
          <p className="notice" role="status">
            {t("adminFx.set.saved", { pair: rateAnswer.saved.pair, rate: rateAnswer.saved.rate })}
          </p>
        ) : null}
        <Form method="post" className="stack" noValidate>
          <ErrorSummary errors={rateErrors} />
          <input type="hidden" name="intent" value="rate" />
          <div className="row">
            <SelectField name="base" label={t("adminFx.fields.base")} options={currencies} defaultValue={value("base") ?? "USD"} errors={rateErrors.fields.base} />
            <SelectField name="quote" label={t("adminFx.fields.quote")} options={currencies} defaultValue={value("quote") ?? "EUR"} errors={rateErrors.fields.quote} />
          </div>
          <div className="row">
            <TextField name="rate" label={t("adminFx.fields.rate")} hint={t("adminFx.fields.rateHint")} defaultValue={value("rate")} errors={rateErrors.fields.rate} inputMode="decimal" dir="ltr" />
            <TextField name="asOf" type="date" label={t("adminFx.fields.asOf")} defaultValue={value("asOf") ?? today} errors={rateErrors.fields.asOf} />
          </div>
          <button type="submit" className="button" disabled={busy}>
            {t("adminFx.set.submit")}
          </button>
        </Form>
      </section>

      <section aria-labelledby="import-rates">
        <h2 id="import-rates">{t("adminFx.import.title")}</h2>
        {importAnswer?.imported ? (
          <p className="notice" role="status">
            {t("adminFx.import.done", importAnswer.imported)}
          </p>
        ) : null}
        <Form method="post" className="stack" noValidate>
          <ErrorSummary errors={importErrors} />
          <input type="hidden" name="intent" value="import" />
          <TextAreaField name="csv" label={t("adminFx.import.csv")} hint={t("adminFx.import.hint")} defaultValue={importAnswer?.values.csv} errors={importErrors.fields.csv} rows={6} dir="ltr" />
          <button type="submit" className="button" disabled={busy}>
            {t("adminFx.import.submit")}
          </button>
        </Form>
      </section>

      <section aria-labelledby="stored-rates">
        <h2 id="stored-rates">{t("adminFx.list.title")}</h2>
        <p>{t("adminFx.list.count", { total })}</p>
        {rates.length ? (
          <table className="data-table stack-on-phone">
            <thead>
              <tr>
                <th scope="col">{t("adminFx.list.pair")}</th>
                <th scope="col">{t("adminFx.list.rate")}</th>
                <th scope="col">{t("adminFx.list.asOf")}</th>
                <th scope="col">{t("adminFx.list.source")}</th>
                <th scope="col">{t("adminFx.list.createdAt")}</th>
              </tr>
            </thead>
            <tbody>
              {rates.map((r) => (
                <tr key={r.id}>
                  <td data-label={t("adminFx.list.pair")}>
                    <bdi dir="ltr">{r.pair}</bdi>
                  </td>
                  <td className="numeric" data-label={t("adminFx.list.rate")}>
                    <bdi>{r.rate}</bdi>
                  </td>
                  <td data-label={t("adminFx.list.asOf")}>
                    <time>{r.asOf}</time>
                  </td>
                  <td data-label={t("adminFx.list.source")}>
                    <bdi>{r.source}</bdi>
                  </td>
                  <td data-label={t("adminFx.list.createdAt")}>
                    <time>{r.createdAt}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">{t("adminFx.list.empty")}</p>
        )}
        {next ? (
          <p>
            <a href={`?after=${encodeURIComponent(next)}`}>{t("adminFx.list.more")}</a>
          </p>
        ) : null}
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
