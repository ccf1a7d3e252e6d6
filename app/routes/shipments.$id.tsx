import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { AddTrackingEventMutation, ShipmentQuery } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ErrorSummary, FormErrors, SelectField, TextField } from "../components/fields";
import { shipmentStatusKey, TrackingTimeline } from "../components/tracking-timeline";
import { api } from "../graphql.server";
import { translatorFor } from "../locale.server";
import { ADD_TRACKING_EVENT, SHIPMENT } from "../operations/shipments";
import { sortErrors, textOf, valuesOf, type UserError } from "../utils/forms";
import { formatDateTime, formatNumber, timeZones } from "../utils/format";
import { formatHsCode } from "../utils/hs";
import { pageMeta } from "../utils/meta";
import { zonedTimeToUtc } from "../utils/time";
import { viewerPreferences } from "../viewer.server";

export const meta: MetaFunction = (args) => pageMeta(args, "shipments.page.title");

const EVENT_FIELDS = ["code", "occurredAt", "timeZone", "place", "locode", "note"] as const;

/** A shipment for its seller, buyer, carrier and admins: what travels, how, and where it is now. */
export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const prefs = await viewerPreferences(gql);
  const { shipment: s } = await gql.query<ShipmentQuery>(SHIPMENT, { id: args.params.id });
  if (!s) throw new Response(null, { status: 404 });
  const { locale } = gql;
  const n = (value: number) => formatNumber(value, locale);
  const region = new Intl.DisplayNames([locale], { type: "region" });
  // The buyer reads the tracking; the seller, the shipment's carrier and admins add to it.
  const own = prefs.organisation?.id;
  const canPost = prefs.isPlatformAdmin || (!!own && (own === s.carrierOrganisationId || s.parties.some((p) => p.role === "seller" && p.organisationId === own)));
  return json({
    shipment: {
      ...s,
      nextCodes: canPost ? s.nextCodes : [],
      route: { from: region.of(s.exportCountry) ?? s.exportCountry, to: region.of(s.importCountry) ?? s.importCountry },
      weights: { gross: n(s.grossWeightKg), net: n(s.netWeightKg), volume: n(s.volumeM3) },
      lines: s.lines.map((l) => ({ ...l, hsCode: formatHsCode(l.hsCode), quantityText: `${n(l.quantity)}\u00a0${l.unitOfMeasure.symbol}` })),
      packages: s.packages.map((p) => ({ ...p, gross: n(p.grossWeightKg), net: n(p.netWeightKg), size: [p.lengthCm, p.widthCm, p.heightCm].map(n).join(" × ") })),
      events: s.events.map((e) => ({ ...e, key: e.id, when: formatDateTime(e.occurredAt, locale, e.timeZone) ?? e.occurredAt })),
      history: s.history.map((h) => ({ ...h, when: formatDateTime(h.at, locale, prefs.timeZone) ?? h.at })),
    },
    timeZones: timeZones(prefs.timeZone),
    defaultTimeZone: prefs.timeZone,
  });
}

type ActionData = { errors: UserError[]; values: Record<string, string>; added: boolean };

export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const form = await args.request.formData();
  const values = valuesOf(form, EVENT_FIELDS);
  const occurredAt = zonedTimeToUtc(values.occurredAt ?? "", values.timeZone || "UTC");
  if (!occurredAt) {
    const t = translatorFor(gql.locale);
    gql.formRejected();
    return json<ActionData>({ errors: [{ field: "occurredAt", code: "DATETIME_INVALID", message: t("errors:DATETIME_INVALID") }], values, added: false }, 400);
  }
  const { addTrackingEvent } = await gql.mutate<AddTrackingEventMutation>(ADD_TRACKING_EVENT, {
    shipmentId: args.params.id,
    input: {
      code: textOf(form, "code"),
      occurredAt,
      timeZone: values.timeZone || "UTC",
      place: values.place ?? "",
      locode: values.locode?.trim() || null,
      note: values.note?.trim() || null,
    },
  });
  const errors = addTrackingEvent.userErrors;
  return json<ActionData>({ errors, values: errors.length ? values : {}, added: !errors.length }, errors.length ? 400 : 200);
}

export default function ShipmentPage() {
  const { t } = useTranslation();
  const { shipment: s, timeZones: zones, defaultTimeZone } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const errors = sortErrors(answer?.errors, [...EVENT_FIELDS]);
  const value = (name: string) => answer?.values[name] ?? "";
  return (
    <div className="page shipment">
      <p>
        <Link to={`/shipments?order=${s.orderId}`}>{t("shipments.page.back")}</Link> · <Link to={`/orders/${s.orderId}`}>{t("shipments.backToOrder")}</Link>
      </p>
      <h1>
        {t("shipments.page.heading")} <bdi dir="ltr">{s.trackingNumber}</bdi>
      </h1>
      <p className="lead">
        <span className="badge" data-testid="shipment-status">
          {t(shipmentStatusKey(s.status))}
        </span>{" "}
        {t("shipments.route", s.route)} · {t(`customs.mode.${s.mode.toLowerCase()}`)} · <bdi>{s.carrierName}</bdi>
      </p>
      <p className="actions">
        <Link to={`/shipments/${s.id}/documents`} className="button button-secondary">
          {t("shipments.page.documents")}
        </Link>
        <Link to={`/track?number=${encodeURIComponent(s.trackingNumber)}`}>{t("shipments.page.publicTracking")}</Link>
        <Link to={`/trace/${s.traceCode}`}>{t("shipments.page.tracePage")}</Link>
      </p>

      <section className="panel" aria-labelledby="transport-title">
        <h2 id="transport-title">{t("customs.shipment.parties")}</h2>
        <dl className="facts">
          {s.parties.map((p) => (
            <div key={`${p.role}-${p.name}`}>
              <dt>{t(`customs.role.${p.role}`, { defaultValue: p.role })}</dt>
              <dd>
                <bdi>{p.name}</bdi>
                <br />
                <bdi>{[p.addressLine1, p.postalCode, p.city, p.country].filter(Boolean).join(", ")}</bdi>
              </dd>
            </div>
          ))}
          <div>
            <dt>{t("customs.shipment.incoterm")}</dt>
            <dd>
              <bdi dir="ltr">{s.incoterm}</bdi> <bdi>{s.namedPlace}</bdi>
            </dd>
          </div>
          <div>
            <dt>{t("customs.shipment.ports")}</dt>
            <dd>
              <bdi dir="ltr">{s.portOfLoading ?? "—"}</bdi> → <bdi dir="ltr">{s.portOfDischarge ?? "—"}</bdi>
              {s.vesselName ? (
                <>
                  <br />
                  <bdi>{s.vesselName}</bdi> <bdi dir="ltr">{s.voyageNumber ?? ""}</bdi>
                </>
              ) : null}
              {s.flightNumber ? (
                <>
                  <br />
                  <bdi dir="ltr">{s.flightNumber}</bdi>
                </>
              ) : null}
            </dd>
          </div>
          {s.bookingNumber ? (
            <div>
              <dt>{t("shipments.fields.bookingNumber")}</dt>
              <dd>
                <bdi dir="ltr">{s.bookingNumber}</bdi>
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{t("customs.shipment.weights")}</dt>
            <dd>{t("customs.shipment.weightLine", s.weights)}</dd>
          </div>
        </dl>
      </section>

      <section className="panel" aria-labelledby="lines-title">
        <h2 id="lines-title">{t("customs.shipment.lines")}</h2>
        <table className="table stack-on-phone" data-testid="shipment-lines">
          <thead>
            <tr>
              <th scope="col">{t("customs.shipment.columns.description")}</th>
              <th scope="col">{t("customs.shipment.columns.hsCode")}</th>
              <th scope="col">{t("customs.shipment.columns.quantity")}</th>
              <th scope="col">{t("customs.shipment.columns.origin")}</th>
              <th scope="col">{t("customs.shipment.columns.batch")}</th>
            </tr>
          </thead>
          <tbody>
            {s.lines.map((l) => (
              <tr key={l.id}>
                <td data-label={t("customs.shipment.columns.description")}>
                  <bdi>{l.description}</bdi>
                </td>
                <td data-label={t("customs.shipment.columns.hsCode")}>
                  <bdi dir="ltr">{l.hsCode}</bdi>
                </td>
                <td data-label={t("customs.shipment.columns.quantity")}>
                  <bdi dir="ltr">{l.quantityText}</bdi>
                </td>
                <td data-label={t("customs.shipment.columns.origin")}>{l.originCountry}</td>
                <td data-label={t("customs.shipment.columns.batch")}>{l.batch ? <bdi dir="ltr">{l.batch.code}</bdi> : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="panel" aria-labelledby="packages-title">
        <h2 id="packages-title">{t("customs.shipment.packages")}</h2>
        <table className="table stack-on-phone" data-testid="shipment-packages">
          <thead>
            <tr>
              <th scope="col">{t("customs.shipment.columns.package")}</th>
              <th scope="col">{t("customs.shipment.columns.weights")}</th>
              <th scope="col">{t("customs.shipment.columns.size")}</th>
              <th scope="col">{t("customs.shipment.columns.marks")}</th>
            </tr>
          </thead>
          <tbody>
            {s.packages.map((p) => (
              <tr key={p.position}>
                <td data-label={t("customs.shipment.columns.package")}>{t("customs.shipment.packageLine", { count: p.count, type: p.packageType })}</td>
                <td data-label={t("customs.shipment.columns.weights")}>
                  <bdi dir="ltr">{t("customs.shipment.kgPair", { gross: p.gross, net: p.net })}</bdi>
                </td>
                <td data-label={t("customs.shipment.columns.size")}>
                  <bdi dir="ltr">{p.size}</bdi>
                </td>
                <td data-label={t("customs.shipment.columns.marks")}>{p.marks ? <bdi>{p.marks}</bdi> : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="panel" aria-labelledby="tracking-title">
        <h2 id="tracking-title">{t("customs.shipment.tracking")}</h2>
        <TrackingTimeline events={s.events} />
        {answer?.added ? <p role="status">{t("shipments.page.added")}</p> : null}
        {s.nextCodes.length ? (
          <Form method="post" className="stack" aria-labelledby="add-event-title">
            <h3 id="add-event-title">{t("shipments.page.addEvent")}</h3>
            <ErrorSummary errors={errors} />
            <FormErrors messages={errors.form} />
            <SelectField
              name="code"
              label={t("shipments.event.code")}
              options={s.nextCodes.map((c) => ({ value: c, label: t(`customs.tracking.${c.toLowerCase()}`) }))}
              defaultValue={value("code")}
              errors={errors.fields.code}
            />
            <div className="row row-tight">
              <TextField name="occurredAt" type="datetime-local" label={t("shipments.event.occurredAt")} defaultValue={value("occurredAt")} errors={errors.fields.occurredAt} />
              <SelectField name="timeZone" label={t("shipments.event.timeZone")} options={zones.map((z) => ({ value: z, label: z }))} defaultValue={value("timeZone") || defaultTimeZone} errors={errors.fields.timeZone} />
            </div>
            <div className="row row-tight">
              <TextField name="place" label={t("shipments.event.place")} defaultValue={value("place")} errors={errors.fields.place} />
              <TextField name="locode" label={t("shipments.event.locode")} defaultValue={value("locode")} errors={errors.fields.locode} dir="ltr" />
            </div>
            <TextField name="note" label={t("shipments.event.note")} defaultValue={value("note")} errors={errors.fields.note} />
            <div className="actions">
              <button type="submit" className="button" disabled={busy}>
                {t("shipments.page.post")}
              </button>
            </div>
          </Form>
        ) : null}
      </section>

      {s.history.length ? (
        <section className="panel" aria-labelledby="history-title">
          <h2 id="history-title">{t("shipments.page.history")}</h2>
          <ol className="history">
            {s.history.map((h, i) => (
              <li key={i}>
                <span className="history-when">{h.when}</span> {h.fromStatus ? `${t(shipmentStatusKey(h.fromStatus))} → ` : ""}
                {t(shipmentStatusKey(h.toStatus))}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
