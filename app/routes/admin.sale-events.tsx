import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { CreateSaleEventMutation, SaleEventsQuery } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ChoiceField, ErrorSummary, TextField } from "../components/fields";
import { Pagination } from "../components/pagination";
import { api } from "../graphql.server";
import { CREATE_SALE_EVENT, SALE_EVENTS } from "../operations/marketplace";
import { NumberReader, problemErrors, sortErrors, valuesOf, type UserError } from "../utils/forms";
import { formatDay } from "../utils/format";
import { translatorFor } from "../locale.server";
import { pageMeta } from "../utils/meta";
import { refuse, viewerPreferences } from "../viewer.server";

export const meta: MetaFunction = (args) => pageMeta(args, "saleEvents.title");

const FIELDS = ["name", "kind", "utcWindow.startsAt", "utcWindow.endsAt", "localDay.date", "localDay.days", "localDay.countries"] as const;
type Field = (typeof FIELDS)[number];

export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const prefs = await viewerPreferences(gql);
  if (!prefs.isPlatformAdmin) refuse(gql, "ADMIN_REQUIRED");
  const url = new URL(args.request.url);
  const { saleEvents } = await gql.query<SaleEventsQuery>(SALE_EVENTS, { timing: null, first: 20, after: url.searchParams.get("after") });
  return json({
    timeZone: prefs.timeZone,
    nextCursor: saleEvents.pageInfo.hasNextPage ? saleEvents.pageInfo.endCursor : null,
    events: saleEvents.edges.map(({ node }) => ({
      id: node.id,
      name: node.name,
      kind: node.kind,
      timing: node.timing,
      isLive: node.isLive,
      window: node.window.text,
      utc: node.utc.text,
      localDate: formatDay(node.localDate, gql.locale),
      days: node.days,
      countries: node.countries,
      opensIn: node.opensIn,
      closesIn: node.closesIn,
    })),
  });
}

type Answer = { errors: UserError[]; values: Record<string, string> } | { created: string };

/** <input type="datetime-local"> sends "2026-11-11T00:00"; the form says these times are UTC. */
function utcInstant(local: string): string {
  const text = local.trim();
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(text) ? `${text}:00Z` : text;
}

export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  const form = await args.request.formData();
  const values = valuesOf(form, FIELDS) as Record<Field, string>;
  const kind = values.kind === "LOCAL_DAY" ? "LOCAL_DAY" : "UTC_WINDOW";
  const numbers = new NumberReader();
  const input =
    kind === "UTC_WINDOW"
      ? { name: values.name, kind, utcWindow: { startsAt: utcInstant(values["utcWindow.startsAt"]), endsAt: utcInstant(values["utcWindow.endsAt"]) } }
      : {
          name: values.name,
          kind,
          localDay: {
            date: values["localDay.date"],
            days: numbers.number("localDay.days", values["localDay.days"], { integer: true }),
            countries: values["localDay.countries"]
              .split(/[\s,;]+/)
              .map((c) => c.trim().toUpperCase())
              .filter(Boolean),
          },
        };
  if (numbers.problems.length) return json<Answer>({ errors: problemErrors(numbers.problems, translatorFor(gql.locale)), values }, 400);
  const { createSaleEvent } = await gql.mutate<CreateSaleEventMutation>(CREATE_SALE_EVENT, { input });
  if (createSaleEvent.userErrors.length || !createSaleEvent.saleEvent) return json<Answer>({ errors: createSaleEvent.userErrors, values }, 400);
  return json<Answer>({ created: createSaleEvent.saleEvent.name });
}

export default function SaleEvents() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as Answer | undefined;
  const busy = useNavigation().state === "submitting";
  const failed = answer && "errors" in answer ? answer : null;
  const errors = sortErrors(failed?.errors, [...FIELDS, "utcWindow", "localDay"]);
  const value = (field: Field, fallback = "") => failed?.values[field] ?? fallback;
  const fieldErrors = (field: Field) => errors.fields[field] ?? (field.startsWith("utcWindow") ? errors.fields.utcWindow : field.startsWith("localDay") ? errors.fields.localDay : undefined);
  return (
    <div className="page">
      <h1>{t("saleEvents.title")}</h1>
      <p className="lead">{data.timeZone === "UTC" ? t("saleEvents.leadUtc") : t("saleEvents.lead", { zone: data.timeZone })}</p>

      <section className="panel" aria-labelledby="events-title">
        <h2 id="events-title">{t("saleEvents.list")}</h2>
        {data.events.length ? (
          <div className="table-scroll">
            <table className="table stack-on-phone">
              <thead>
                <tr>
                  <th scope="col">{t("saleEvents.columns.name")}</th>
                  <th scope="col">{t("saleEvents.columns.kind")}</th>
                  <th scope="col">{t("saleEvents.columns.window", { zone: data.timeZone })}</th>
                  <th scope="col">{t("saleEvents.columns.utc")}</th>
                  <th scope="col">{t("saleEvents.columns.timing")}</th>
                </tr>
              </thead>
              <tbody>
                {data.events.map((event) => (
                  <tr key={event.id}>
                    <td data-label={t("saleEvents.columns.name")}>
                      <bdi>{event.name}</bdi>
                    </td>
                    <td data-label={t("saleEvents.columns.kind")}>
                      {t(`saleEvents.kinds.${event.kind}`)}
                      {event.kind === "LOCAL_DAY" ? (
                        <p className="muted">
                          {t("saleEvents.localDay", { date: event.localDate, count: event.days ?? 1 })}
                          {event.countries?.length ? ` · ${event.countries.join(", ")}` : ""}
                          <br />
                          {t("saleEvents.opensCloses", { opens: event.opensIn.join(", "), closes: event.closesIn.join(", ") })}
                        </p>
                      ) : null}
                    </td>
                    <td>{event.window}</td>
                    <td dir="ltr" data-label={t("saleEvents.columns.utc")}>{event.utc}</td>
                    <td data-label={t("saleEvents.columns.timing")}>
                      <span className={`badge badge-${event.isLive ? "verified" : event.timing === "UPCOMING" ? "pending" : "unverified"}`}>{t(`saleEvents.timing.${event.timing}`)}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">{t("saleEvents.empty")}</p>
        )}
        <Pagination nextCursor={data.nextCursor} label={t("pagination.label")} />
      </section>

      <section className="panel" aria-labelledby="create-title">
        <h2 id="create-title">{t("saleEvents.create")}</h2>
        {answer && "created" in answer ? (
          <p role="status" className="notice notice-success">
            {t("saleEvents.created", { name: answer.created })}
          </p>
        ) : null}
        <Form method="post" className="stack" noValidate key={answer && "created" in answer ? answer.created : "form"}>
          <ErrorSummary errors={errors} />
          <TextField name="name" label={t("saleEvents.fields.name")} defaultValue={value("name")} errors={errors.fields.name} required />
          <ChoiceField
            name="kind"
            label={t("saleEvents.fields.kind")}
            options={(["UTC_WINDOW", "LOCAL_DAY"] as const).map((kind) => ({ value: kind, label: t(`saleEvents.kinds.${kind}`), description: t(`saleEvents.kindHint.${kind}`) }))}
            defaultValue={value("kind", "LOCAL_DAY")}
            errors={errors.fields.kind}
          />
          <fieldset className="group">
            <legend>{t("saleEvents.kinds.UTC_WINDOW")}</legend>
            <div className="row">
              <TextField name="utcWindow.startsAt" type="datetime-local" label={t("saleEvents.fields.startsAt")} defaultValue={value("utcWindow.startsAt")} errors={fieldErrors("utcWindow.startsAt")} />
              <TextField name="utcWindow.endsAt" type="datetime-local" label={t("saleEvents.fields.endsAt")} defaultValue={value("utcWindow.endsAt")} errors={fieldErrors("utcWindow.endsAt")} />
            </div>
          </fieldset>
          <fieldset className="group">
            <legend>{t("saleEvents.kinds.LOCAL_DAY")}</legend>
            <div className="row">
              <TextField name="localDay.date" type="date" label={t("saleEvents.fields.date")} defaultValue={value("localDay.date")} errors={fieldErrors("localDay.date")} />
              <TextField name="localDay.days" label={t("saleEvents.fields.days")} defaultValue={value("localDay.days", "1")} errors={fieldErrors("localDay.days")} inputMode="numeric" hint={t("saleEvents.daysHint")} />
            </div>
            <TextField name="localDay.countries" label={t("saleEvents.fields.countries")} defaultValue={value("localDay.countries")} errors={fieldErrors("localDay.countries")} hint={t("saleEvents.countriesHint")} dir="ltr" />
          </fieldset>
          <button type="submit" className="button" disabled={busy}>
            {t("saleEvents.submit")}
          </button>
        </Form>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
