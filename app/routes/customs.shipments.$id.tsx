import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { CustomsShipmentQuery, DecideClearanceMutation, OfficerDocumentsQuery } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ErrorSummary, FormErrors, TextAreaField } from "../components/fields";
import { api } from "../graphql.server";
import { CUSTOMS_SHIPMENT, DECIDE_CLEARANCE } from "../operations/customs";
import { OFFICER_DOCUMENTS } from "../operations/documents";
import { sortErrors, textOf, type UserError } from "../utils/forms";
import { formatDateTime, formatNumber } from "../utils/format";
import { formatHsCode } from "../utils/hs";
import { pageMeta } from "../utils/meta";
import { viewerPreferences } from "../viewer.server";

export const meta: MetaFunction = (args) => pageMeta(args, "customs.shipment.title");

export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const prefs = await viewerPreferences(gql);
  const { customsShipment: s } = await gql.query<CustomsShipmentQuery>(CUSTOMS_SHIPMENT, { id: args.params.id });
  const { shipmentDocuments } = await gql.query<OfficerDocumentsQuery>(OFFICER_DOCUMENTS, { id: s.id });
  const { locale } = gql;
  const kg = (value: number | null) => (value === null ? null : formatNumber(value, locale));
  return json({
    shipment: {
      ...s,
      grossWeight: kg(s.grossWeightKg),
      netWeight: kg(s.netWeightKg),
      volume: formatNumber(s.volumeM3, locale),
      lines: s.lines.map((l) => ({ ...l, hsCode: formatHsCode(l.hsCode), quantityText: formatNumber(l.quantity, locale), net: kg(l.netWeightKg), gross: kg(l.grossWeightKg) })),
      packages: s.packages.map((p) => ({ ...p, gross: kg(p.grossWeightKg), net: kg(p.netWeightKg), size: [p.lengthCm, p.widthCm, p.heightCm].map((n) => formatNumber(n, locale)).join(" × ") })),
      tracking: s.tracking.map((e) => ({ ...e, when: formatDateTime(e.occurredAt, locale, e.timeZone) ?? e.occurredAt })),
      decisions: s.decisions.map((d) => ({ ...d, when: formatDateTime(d.decidedAt, locale, prefs.timeZone) ?? d.decidedAt })),
    },
    documents: shipmentDocuments.map((d) => ({
      id: d.id,
      kind: d.kind.toLowerCase(),
      number: d.number,
      version: d.version,
      status: d.status.toLowerCase(),
      issuedAt: formatDateTime(d.issuedAt, locale, prefs.timeZone) ?? d.issuedAt,
      pdfUrl: d.pdfUrl,
      xmlUrl: d.xmlUrl,
    })),
  });
}

type ActionData = { intent: "decide"; errors: UserError[]; clearance: DecideClearanceMutation["decideClearance"]["clearance"]; values: { reason: string } };

export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const form = await args.request.formData();
  const shipmentId = args.params.id!;
  const reason = textOf(form, "reason");
  const { decideClearance } = await gql.mutate<DecideClearanceMutation>(DECIDE_CLEARANCE, {
    input: { shipmentId, decision: textOf(form, "decision"), reason: reason.trim() || null },
  });
  return json<ActionData>({ intent: "decide", errors: decideClearance.userErrors, clearance: decideClearance.clearance, values: { reason: decideClearance.userErrors.length ? reason : "" } });
}

export default function CustomsShipment() {
  const { t } = useTranslation();
  const { shipment: s, documents } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const decided = answer ?? null;
  const errors = sortErrors(decided?.errors, ["reason", "decision"]);
  return (
    <div className="page customs-shipment">
      <p>
        <Link to="/customs">{t("customs.shipment.back")}</Link>
      </p>
      <h1>
        {t("customs.shipment.heading")} <bdi dir="ltr">{s.trackingNumber}</bdi>
      </h1>
      <p className="lead">
        {t(`customs.desk.route.${s.border}`, { from: s.exportCountry, to: s.importCountry })} · {t(`customs.mode.${s.mode}`, { defaultValue: s.mode })} · <bdi>{s.carrierName}</bdi>
      </p>
      <section className="panel" aria-labelledby="clearance-title" data-testid="clearance">
        <h2 id="clearance-title">{t("customs.shipment.clearance")}</h2>
        <p>
          <span className={`badge badge-clearance-${s.clearance.status.toLowerCase()}`}>{t(`customs.status.${s.clearance.status}`)}</span>
          {s.clearance.reason ? (
            <>
              {" "}
              <bdi>{s.clearance.reason}</bdi>
            </>
          ) : null}
        </p>
        {decided && !decided.errors.length && decided.clearance ? <p role="status">{t(`customs.shipment.decided.${decided.clearance.status}`)}</p> : null}
        {s.nextDecisions.length ? (
          // Keyed by the status, so a decision taken clears the reason typed for it.
          <Form key={s.clearance.status} method="post" className="stack" aria-label={t("customs.shipment.decide")}>
            <ErrorSummary errors={errors} />
            <FormErrors messages={errors.form} />
            <TextAreaField name="reason" label={t("customs.shipment.reason")} hint={t("customs.shipment.reasonHint")} defaultValue={decided?.errors.length ? decided.values.reason : ""} errors={errors.fields.reason} rows={2} />
            <div className="actions">
              {s.nextDecisions.map((d) => (
                <button key={d} type="submit" name="decision" value={d} className={d === "HELD" ? "button button-secondary" : "button"} disabled={busy}>
                  {t(`customs.decision.${d}`)}
                </button>
              ))}
            </div>
          </Form>
        ) : (
          <p className="hint">{t("customs.shipment.noDecisionNow")}</p>
        )}
        {s.decisions.length ? (
          <ol className="timeline">
            {s.decisions.map((d) => (
              <li key={d.id}>
                {t("customs.shipment.decisionLine", { when: d.when, from: t(`customs.status.${d.fromStatus}`), to: t(`customs.status.${d.toStatus}`) })}
                {d.reason ? (
                  <>
                    {" "}
                    <bdi>{d.reason}</bdi>
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        ) : null}
      </section>

      <section className="panel" aria-labelledby="documents-title" data-testid="customs-documents">
        <h2 id="documents-title">{t("customs.shipment.documents")}</h2>
        {documents.length ? (
          <>
            <p>
              <a href={`/customs/shipments/${s.id}/documents.zip`} download className="button button-secondary">
                {t("customs.shipment.downloadZip")}
              </a>
            </p>
            <table className="table stack-on-phone">
              <thead>
                <tr>
                  <th scope="col">{t("customs.shipment.columns.document")}</th>
                  <th scope="col">{t("customs.shipment.columns.issued")}</th>
                  <th scope="col">{t("customs.shipment.columns.status")}</th>
                  <th scope="col">{t("customs.shipment.columns.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {documents.map((d) => (
                  <tr key={d.id} data-document={d.id} data-status={d.status}>
                    <td data-label={t("customs.shipment.columns.document")}>
                      {t(`customs.documentKind.${d.kind}`)} <bdi dir="ltr">{d.number}</bdi> · {t("documentsPage.version", { version: d.version })}
                    </td>
                    <td data-label={t("customs.shipment.columns.issued")}>{d.issuedAt}</td>
                    <td data-label={t("customs.shipment.columns.status")}>
                      <span className={`badge badge-document-${d.status}`}>{t(`customs.documentStatus.${d.status}`)}</span>
                    </td>
                    <td data-label={t("customs.shipment.columns.actions")}>
                      <a href={d.pdfUrl} download>
                        {t("customs.shipment.pdf")}
                      </a>
                      {" · "}
                      <a href={d.xmlUrl} download>
                        {t("customs.shipment.ubl")}
                      </a>
                      {" · "}
                      <Link to={`/verify/${d.id}`}>{t("customs.shipment.verify")}</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : (
          <p>{t("customs.shipment.noDocuments")}</p>
        )}
      </section>

      <section className="panel" aria-labelledby="parties-title">
        <h2 id="parties-title">{t("customs.shipment.parties")}</h2>
        <dl className="facts">
          {s.parties.map((p) => (
            <div key={`${p.role}-${p.name}`}>
              <dt>{t(`customs.role.${p.role}`, { defaultValue: p.role })}</dt>
              <dd>
                <bdi>{p.name}</bdi>
                <br />
                <bdi>{[p.addressLine1, p.addressLine2, p.postalCode, p.city].filter(Boolean).join(", ")}</bdi> <bdi dir="ltr">{p.country}</bdi>
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
              <bdi dir="ltr">{[s.portOfLoading, s.portOfDischarge].filter(Boolean).join(" → ")}</bdi>{" "}
              <bdi dir="ltr">{[s.vesselName, s.voyageNumber, s.flightNumber].filter(Boolean).join(" ")}</bdi>
            </dd>
          </div>
          <div>
            <dt>{t("customs.shipment.weights")}</dt>
            <dd>{t("customs.shipment.weightLine", { gross: s.grossWeight, net: s.netWeight, volume: s.volume })}</dd>
          </div>
        </dl>
      </section>

      <section className="panel" aria-labelledby="lines-title">
        <h2 id="lines-title">{t("customs.shipment.lines")}</h2>
        <table className="table stack-on-phone" data-testid="lines">
          <thead>
            <tr>
              <th scope="col">{t("customs.shipment.columns.hsCode")}</th>
              <th scope="col">{t("customs.shipment.columns.description")}</th>
              <th scope="col">{t("customs.shipment.columns.quantity")}</th>
              <th scope="col">{t("customs.shipment.columns.origin")}</th>
              <th scope="col">{t("customs.shipment.columns.weights")}</th>
              <th scope="col">{t("customs.shipment.columns.batch")}</th>
            </tr>
          </thead>
          <tbody>
            {s.lines.map((l) => (
              <tr key={l.position}>
                <td data-label={t("customs.shipment.columns.hsCode")}>
                  <bdi dir="ltr">{l.hsCode}</bdi>
                </td>
                <td data-label={t("customs.shipment.columns.description")}>
                  <bdi>{l.description}</bdi>
                </td>
                <td data-label={t("customs.shipment.columns.quantity")}>
                  <bdi dir="ltr">
                    {l.quantityText} {l.unit}
                  </bdi>
                </td>
                <td data-label={t("customs.shipment.columns.origin")}>
                  <bdi dir="ltr">{l.originCountry}</bdi>
                </td>
                <td data-label={t("customs.shipment.columns.weights")}>{l.gross !== null ? t("customs.shipment.kgPair", { gross: l.gross, net: l.net ?? "–" }) : "–"}</td>
                <td data-label={t("customs.shipment.columns.batch")}>{l.batchCode ? <bdi dir="ltr">{l.batchCode}</bdi> : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="panel" aria-labelledby="packages-title">
        <h2 id="packages-title">{t("customs.shipment.packages")}</h2>
        <table className="table stack-on-phone">
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
                <td data-label={t("customs.shipment.columns.weights")}>{t("customs.shipment.kgPair", { gross: p.gross, net: p.net })}</td>
                <td data-label={t("customs.shipment.columns.size")}>
                  <bdi dir="ltr">{p.size}</bdi>
                </td>
                <td data-label={t("customs.shipment.columns.marks")}>{p.marks ? <bdi>{p.marks}</bdi> : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="panel" aria-labelledby="tracking-title">
        <h2 id="tracking-title">{t("customs.shipment.tracking")}</h2>
        <ol className="timeline" data-testid="tracking">
          {s.tracking.map((e, i) => (
            <li key={`${e.code}-${i}`} data-code={e.code}>
              <strong>{t(`customs.tracking.${e.code}`, { defaultValue: e.code })}</strong> · {e.when} · <bdi>{e.place}</bdi>
              {e.note ? (
                <>
                  {" "}
                  · <bdi>{e.note}</bdi>
                </>
              ) : null}{" "}
              <span className="muted">{t(`customs.source.${e.source}`, { defaultValue: e.source })}</span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
