import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { CustomsShipmentDocumentsQuery, DocumentKind, DocumentsOrderQuery, IssueDocumentMutation, RevokeDocumentMutation, ShipmentDocumentsQuery } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ErrorSummary, FormErrors, SelectField, TextAreaField, TextField, fieldId } from "../components/fields";
import { api, type Api } from "../graphql.server";
import { AVAILABLE_LOCALES, LOCALE_INFO } from "../locale.server";
import {
  CUSTOMS_SHIPMENT_DOCUMENTS,
  ISSUE_DOCUMENT,
  ORDER_OF_SHIPMENT,
  ORIGIN_CRITERIA,
  POSTAL_CATEGORIES,
  REVOKE_DOCUMENT,
  SHIPMENT_DOCUMENTS,
} from "../operations/documents";
import { sortErrors, textOf, type UserError } from "../utils/forms";
import { formatDateTime } from "../utils/format";
import { formatHsCode } from "../utils/hs";
import { pageMeta } from "../utils/meta";
import { viewerPreferences } from "../viewer.server";
import { placed, readIssueForm } from "../issue-form.server";
import { ISSUE_FIELDS, ORIGIN_FIELDS } from "../utils/issue-fields";

export const meta: MetaFunction = (args) => pageMeta(args, "documentsPage.title");


/** Who reads the page: the seller issues and revokes, the buyer and the officers of its borders read. */
type Reader = "SELLER" | "BUYER" | "OFFICER";

type OwnShipment = NonNullable<ShipmentDocumentsQuery["shipment"]>;

interface Loaded {
  /** The header both readings share, with the documents; an officer's reading has no order. */
  shipment: Omit<CustomsShipmentDocumentsQuery["customsShipment"], "parties"> & Pick<OwnShipment, "documents" | "requiredDocuments"> & { orderId: string | null };
  reader: Reader;
  currency: string | null;
}

async function loadShipment(gql: Api, id: string): Promise<Loaded> {
  const { shipment } = await gql.query<ShipmentDocumentsQuery>(SHIPMENT_DOCUMENTS, { id });
  if (shipment) {
    const { order } = await gql.query<DocumentsOrderQuery>(ORDER_OF_SHIPMENT, { id: shipment.orderId });
    return { shipment, reader: order?.viewerRole === "SELLER" ? "SELLER" : "BUYER", currency: order?.goodsTotal.currency ?? null };
  }
  // Officers reach a shipment of their border through the customs desk, which logs the reading.
  const answer = await gql.query<CustomsShipmentDocumentsQuery>(CUSTOMS_SHIPMENT_DOCUMENTS, { id });
  return {
    shipment: { ...answer.customsShipment, orderId: null, documents: answer.shipmentDocuments, requiredDocuments: answer.shipmentRequiredDocuments },
    reader: "OFFICER",
    currency: null,
  };
}

export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const prefs = await viewerPreferences(gql);
  const { shipment: s, reader } = await loadShipment(gql, args.params.id!);
  const when = (iso: string) => formatDateTime(iso, gql.locale, prefs.timeZone) ?? iso;
  const byId = new Map(s.documents.map((d) => [d.id, d]));
  const supersededBy = new Map(s.documents.filter((d) => d.supersedesId).map((d) => [d.supersedesId!, d]));
  return json({
    reader,
    shipment: {
      id: s.id,
      orderId: s.orderId,
      trackingNumber: s.trackingNumber,
      mode: s.mode.toLowerCase(),
      exportCountry: s.exportCountry,
      importCountry: s.importCountry,
      lines: s.lines.map((l) => ({ position: l.position, hsCode: formatHsCode(l.hsCode), description: l.description })),
    },
    required: s.requiredDocuments.map((r) => {
      const inForce = r.inForce ? byId.get(r.inForce.id) : undefined;
      return { kind: r.kind, reason: r.reason, inForce: inForce ? { id: inForce.id, number: inForce.number, version: inForce.version } : null };
    }),
    documents: s.documents.map((d) => ({
      id: d.id,
      kind: d.kind,
      number: d.number,
      version: d.version,
      status: d.status,
      issuedAt: when(d.issuedAt),
      sha256Short: d.pdfSha256.slice(0, 12),
      sha256: d.pdfSha256,
      pdfUrl: d.pdfUrl,
      xmlUrl: d.xmlUrl,
      correctionReason: d.correctionReason,
      supersededBy: supersededBy.get(d.id) ? { number: supersededBy.get(d.id)!.number, version: supersededBy.get(d.id)!.version } : null,
      revoked: d.revoked ? { when: when(d.revoked.at), by: d.revoked.by, reason: d.revoked.reason } : null,
    })),
    languages: AVAILABLE_LOCALES.filter((code) => code !== "en").map((code) => ({ value: code, label: LOCALE_INFO[code].name })),
    suggestedLanguage: suggestedLanguage(s.importCountry),
  });
}

/** The destination's language, for the labels' second language; a customs officer there reads it first. */
const LANGUAGE_OF_COUNTRY: Record<string, string> = {
  CN: "zh", TW: "zh", SG: "zh", ES: "es", MX: "es", AR: "es", CL: "es", CO: "es", PE: "es", RU: "ru", KZ: "ru", BY: "ru", FR: "fr", BE: "fr", MA: "fr", SN: "fr", CI: "fr",
  PL: "pl", UA: "uk", SA: "ar", AE: "ar", EG: "ar", QA: "ar", KW: "ar", JO: "ar", IL: "he", JP: "ja", KR: "ko", BR: "pt", PT: "pt", AO: "pt", MZ: "pt", MY: "ms", BN: "ms",
};

function suggestedLanguage(country: string): string {
  return LANGUAGE_OF_COUNTRY[country] ?? "";
}

type IssueAnswer = { intent: "issue"; kind: DocumentKind; errors: UserError[]; values: Record<string, string>; issued?: { number: string; version: number } };
type RevokeAnswer = { intent: "revoke"; documentId: string; errors: UserError[]; values: { reason: string }; revoked?: { number: string; version: number } };
type Answer = IssueAnswer | RevokeAnswer;

export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const form = await args.request.formData();
  const shipmentId = args.params.id!;
  if (textOf(form, "intent") === "revoke") {
    const documentId = textOf(form, "documentId");
    const reason = textOf(form, "reason");
    const { revokeDocument } = await gql.mutate<RevokeDocumentMutation>(REVOKE_DOCUMENT, { input: { documentId, reason } });
    if (revokeDocument.userErrors.length || !revokeDocument.document) return json<Answer>({ intent: "revoke", documentId, errors: revokeDocument.userErrors, values: { reason } }, 400);
    return json<Answer>({ intent: "revoke", documentId, errors: [], values: { reason: "" }, revoked: revokeDocument.document });
  }

  const { kind, values, lineNos, input, errors } = await readIssueForm(gql, form, shipmentId);
  const refuse = (problems: UserError[]) => {
    gql.formRejected();
    return json<Answer>({ intent: "issue", kind, errors: problems, values }, 400);
  };
  if (!input) return refuse(errors);
  const { issueDocument } = await gql.mutate<IssueDocumentMutation>(ISSUE_DOCUMENT, { input });
  if (issueDocument.userErrors.length || !issueDocument.document) return refuse(placed(issueDocument.userErrors, lineNos));
  return json<Answer>({ intent: "issue", kind, errors: [], values: {}, issued: issueDocument.document });
}

type Data = ReturnType<typeof useLoaderData<typeof loader>>;

export default function ShipmentDocuments() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as Answer | undefined;
  const { shipment: s, required, documents, reader } = data;
  const kindName = (kind: string) => t(`customs.documentKind.${kind.toLowerCase()}`);
  const done =
    answer?.intent === "issue" && answer.issued
      ? t("documentsPage.issue.done", { kind: kindName(answer.kind), number: answer.issued.number, version: answer.issued.version })
      : answer?.intent === "revoke" && answer.revoked
        ? t("documentsPage.revoke.done", { number: answer.revoked.number, version: answer.revoked.version })
        : null;
  return (
    <div className="page shipment-documents">
      <p>
        {reader === "OFFICER" ? (
          <Link to={`/customs/shipments/${s.id}`}>{t("documentsPage.backToCustoms")}</Link>
        ) : (
          <>
            <Link to={`/shipments/${s.id}`}>{t("documentsPage.backToShipment")}</Link>
            {s.orderId ? (
              <>
                {" · "}
                <Link to={`/orders/${s.orderId}`}>{t("documentsPage.order")}</Link>
              </>
            ) : null}
          </>
        )}
      </p>
      <h1>
        {t("documentsPage.heading")} <bdi dir="ltr">{s.trackingNumber}</bdi>
      </h1>
      <p className="lead">
        {t("documentsPage.route", { from: s.exportCountry, to: s.importCountry, mode: t(`documentsPage.mode.${s.mode}`, { defaultValue: s.mode }) })}
      </p>
      {reader === "OFFICER" ? <p className="notice">{t("documentsPage.officerNote")}</p> : null}
      {done ? (
        <p className="notice notice-success" role="status">
          {done}
        </p>
      ) : null}

      <section className="panel" aria-labelledby="required-title" data-testid="required-documents">
        <h2 id="required-title">{t("documentsPage.required.title")}</h2>
        <ul className="required-documents">
          {required.map((r) => (
            <li key={r.kind} data-kind={r.kind} data-state={r.inForce ? "in-force" : "missing"}>
              <strong>{kindName(r.kind)}</strong> <span className="muted">{t(`documentsPage.reason.${r.reason}`)}</span>{" "}
              {r.inForce ? (
                <span className="badge badge-verified">{t("documentsPage.required.inForce", { number: r.inForce.number, version: r.inForce.version })}</span>
              ) : (
                <span className="badge badge-pending">{t("documentsPage.required.missing")}</span>
              )}
            </li>
          ))}
        </ul>
      </section>

      <IssuedDocuments documents={documents} reader={reader} answer={answer?.intent === "revoke" ? answer : undefined} />

      {reader === "SELLER" ? (
        <section aria-labelledby="issue-title">
          <h2 id="issue-title">{t("documentsPage.issue.title")}</h2>
          <p className="lead">{t("documentsPage.issue.lead")}</p>
          {required.map((r) => (
            // A new version in force remounts the form, so the fields typed for the last one are cleared.
            <IssueForm key={`${r.kind}-${r.inForce?.id ?? "none"}`} kind={r.kind} reason={r.reason} inForce={r.inForce} data={data} answer={answer?.intent === "issue" && answer.kind === r.kind ? answer : undefined} />
          ))}
        </section>
      ) : null}
    </div>
  );
}

function IssuedDocuments({ documents, reader, answer }: { documents: Data["documents"]; reader: Reader; answer: RevokeAnswer | undefined }) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  if (!documents.length) {
    return (
      <section className="panel" aria-labelledby="issued-title">
        <h2 id="issued-title">{t("documentsPage.issued.title")}</h2>
        <p>{t("documentsPage.issued.empty")}</p>
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="issued-title">
      <h2 id="issued-title">{t("documentsPage.issued.title")}</h2>
      <table className="table stack-on-phone" data-testid="documents">
        <thead>
          <tr>
            <th scope="col">{t("documentsPage.columns.document")}</th>
            <th scope="col">{t("documentsPage.columns.status")}</th>
            <th scope="col">{t("documentsPage.columns.issuedAt")}</th>
            <th scope="col">{t("documentsPage.columns.sha256")}</th>
            <th scope="col">{t("documentsPage.columns.files")}</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((d) => {
            const errors = sortErrors(answer?.documentId === d.id ? answer.errors : [], ["reason"]);
            const failed = answer?.documentId === d.id && answer.errors.length > 0;
            return (
              <tr key={d.id} data-document={d.id} data-status={d.status}>
                <td data-label={t("documentsPage.columns.document")}>
                  {t(`customs.documentKind.${d.kind.toLowerCase()}`)}
                  <br />
                  <bdi dir="ltr">{d.number}</bdi> · {t("documentsPage.version", { version: d.version })}
                  {d.correctionReason ? (
                    <p className="muted">
                      {t("documentsPage.correction")} <bdi>{d.correctionReason}</bdi>
                    </p>
                  ) : null}
                </td>
                <td data-label={t("documentsPage.columns.status")}>
                  <span className={`badge badge-document-${d.status.toLowerCase()}`}>{t(`customs.documentStatus.${d.status.toLowerCase()}`)}</span>
                  {d.supersededBy ? <p className="muted">{t("documentsPage.supersededBy", { number: d.supersededBy.number, version: d.supersededBy.version })}</p> : null}
                  {d.revoked ? (
                    <p className="muted">
                      {t("documentsPage.revokedLine", { when: d.revoked.when, by: d.revoked.by })} <bdi>{d.revoked.reason}</bdi>
                    </p>
                  ) : null}
                </td>
                <td data-label={t("documentsPage.columns.issuedAt")}>{d.issuedAt}</td>
                <td data-label={t("documentsPage.columns.sha256")}>
                  <bdi dir="ltr" title={d.sha256}>
                    <code>{d.sha256Short}…</code>
                  </bdi>
                </td>
                <td data-label={t("documentsPage.columns.files")}>
                  <a href={d.pdfUrl} download>
                    {t("customs.shipment.pdf")}
                  </a>
                  {" · "}
                  <a href={d.xmlUrl} download>
                    {t("customs.shipment.ubl")}
                  </a>
                  {" · "}
                  <Link to={`/verify/${d.id}`}>{t("customs.shipment.verify")}</Link>
                  {reader === "SELLER" && d.status === "ISSUED" ? (
                    <details open={failed}>
                      <summary>{t("documentsPage.revoke.title")}</summary>
                      <Form method="post" className="stack" noValidate aria-label={t("documentsPage.revoke.label", { number: d.number, version: d.version })}>
                        <ErrorSummary errors={errors} />
                        <FormErrors messages={errors.form} />
                        <input type="hidden" name="intent" value="revoke" />
                        <input type="hidden" name="documentId" value={d.id} />
                        <TextAreaField
                          name="reason"
                          id={failed ? fieldId("reason") : `field-revoke-${d.id}`}
                          label={t("documentsPage.revoke.reason")}
                          hint={t("documentsPage.revoke.reasonHint")}
                          defaultValue={failed ? answer.values.reason : ""}
                          errors={errors.fields.reason}
                          rows={2}
                        />
                        <button type="submit" className="button button-secondary" disabled={busy}>
                          {t("documentsPage.revoke.submit", { number: d.number, version: d.version })}
                        </button>
                      </Form>
                    </details>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function IssueForm({
  kind,
  reason,
  inForce,
  data,
  answer,
}: {
  kind: DocumentKind;
  reason: string;
  inForce: { number: string; version: number } | null;
  data: Data;
  answer: IssueAnswer | undefined;
}) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const lines = data.shipment.lines;
  const origin = kind === "CERTIFICATE_OF_ORIGIN" && reason === "PREFERENTIAL_ORIGIN";
  const originFields = origin ? lines.flatMap((l) => ORIGIN_FIELDS.map((name) => `origin.${l.position}.${name}`)) : [];
  const failed = Boolean(answer?.errors.length);
  const errors = sortErrors(answer?.errors, [...ISSUE_FIELDS, ...originFields]);
  const value = (name: string) => (failed ? answer?.values[name] : undefined);
  // Only the form answered with errors takes the plain ids the error summary links to.
  const id = (name: string) => (failed ? fieldId(name) : `field-${kind}-${name.replace(/\W+/g, "-")}`);
  const field = (name: (typeof ISSUE_FIELDS)[number]) => ({ name, id: id(name), defaultValue: value(name), errors: errors.fields[name] });
  const options = (prefix: string, values: readonly string[]) => values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));
  const kindName = t(`customs.documentKind.${kind.toLowerCase()}`);
  const heading = `issue-${kind}`;
  return (
    <section className="panel" aria-labelledby={heading} data-issue={kind}>
      <h3 id={heading}>{inForce ? t("documentsPage.issue.correctHeading", { kind: kindName }) : kindName}</h3>
      <Form method="post" className="stack" noValidate aria-labelledby={heading} onSubmit={openPreview}>
        <ErrorSummary errors={errors} />
        <FormErrors messages={errors.form} />
        <input type="hidden" name="intent" value="issue" />
        <input type="hidden" name="kind" value={kind} />
        {data.shipment.orderId ? <input type="hidden" name="orderId" value={data.shipment.orderId} /> : null}
        {inForce ? (
          <TextAreaField
            {...field("correctionReason")}
            label={t("documentsPage.fields.correctionReason")}
            hint={t("documentsPage.fields.correctionReasonHint", { number: inForce.number, version: inForce.version })}
            rows={2}
          />
        ) : null}
        <div className="row">
          <TextField {...field("signatoryTitle")} label={t("documentsPage.fields.signatoryTitle")} hint={t("documentsPage.fields.signatoryTitleHint")} autoComplete="organization-title" />
          <TextField {...field("place")} label={t("documentsPage.fields.place")} hint={t("documentsPage.fields.placeHint")} />
        </div>
        <SelectField
          {...field("secondLanguage")}
          defaultValue={value("secondLanguage") ?? data.suggestedLanguage}
          label={t("documentsPage.fields.secondLanguage")}
          hint={t("documentsPage.fields.secondLanguageHint")}
          placeholder={t("documentsPage.fields.englishOnly")}
          options={data.languages}
        />
        {kind === "BILL_OF_LADING" ? (
          <>
            <SelectField {...field("billOfLadingType")} label={t("documentsPage.fields.billOfLadingType")} options={options("documentsPage.billOfLadingType", ["TO_ORDER", "STRAIGHT"])} />
            <div className="row">
              <TextField {...field("toOrderOf")} label={t("documentsPage.fields.toOrderOf")} hint={t("documentsPage.fields.toOrderOfHint")} />
              <TextField {...field("originals")} defaultValue={value("originals") ?? "3"} label={t("documentsPage.fields.originals")} hint={t("documentsPage.fields.originalsHint")} inputMode="numeric" dir="ltr" />
            </div>
          </>
        ) : null}
        {kind === "AIR_WAYBILL" ? (
          <div className="row">
            <TextField {...field("airlinePrefix")} label={t("documentsPage.fields.airlinePrefix")} hint={t("documentsPage.fields.airlinePrefixHint")} inputMode="numeric" dir="ltr" />
            <TextField {...field("awbSerial")} label={t("documentsPage.fields.awbSerial")} hint={t("documentsPage.fields.awbSerialHint")} inputMode="numeric" dir="ltr" />
            <SelectField {...field("freightPayable")} label={t("documentsPage.fields.freightPayable")} options={options("documentsPage.freightPayable", ["PREPAID", "COLLECT"])} />
          </div>
        ) : null}
        {kind === "POSTAL_DECLARATION" ? (
          <div className="row">
            <TextField {...field("valueSdrMinor")} label={t("documentsPage.fields.valueSdr")} hint={t("documentsPage.fields.valueSdrHint")} inputMode="decimal" dir="ltr" />
            <SelectField {...field("postalCategory")} label={t("documentsPage.fields.postalCategory")} options={options("documentsPage.postalCategory", POSTAL_CATEGORIES)} />
          </div>
        ) : null}
        {origin ? (
          <fieldset className="stack">
            <legend>{t("documentsPage.fields.origin")}</legend>
            <p className="field-hint">{t("documentsPage.fields.originHint")}</p>
            {lines.map((l) => {
              const name = (part: string) => `origin.${l.position}.${part}`;
              return (
                <div key={l.position} className="row">
                  <input type="hidden" name="lineNo" value={l.position} />
                  <SelectField
                    name={name("criterion")}
                    id={id(name("criterion"))}
                    defaultValue={value(name("criterion"))}
                    errors={errors.fields[name("criterion")]}
                    label={t("documentsPage.fields.criterion", { line: l.position, description: l.description, hsCode: l.hsCode })}
                    placeholder={t("documentsPage.fields.choose")}
                    options={options("documentsPage.criterion", ORIGIN_CRITERIA)}
                  />
                  <TextField name={name("rvcPercent")} id={id(name("rvcPercent"))} defaultValue={value(name("rvcPercent"))} errors={errors.fields[name("rvcPercent")]} label={t("documentsPage.fields.rvcPercent")} inputMode="decimal" dir="ltr" />
                  <TextField name={name("fobValueMinor")} id={id(name("fobValueMinor"))} defaultValue={value(name("fobValueMinor"))} errors={errors.fields[name("fobValueMinor")]} label={t("documentsPage.fields.fobValue")} inputMode="decimal" dir="ltr" />
                </div>
              );
            })}
          </fieldset>
        ) : null}
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {inForce ? t("documentsPage.issue.correct") : t("documentsPage.issue.submit")}
          </button>
          <button type="submit" name="preview" value="1" formAction={`/shipments/${data.shipment.id}/documents/preview`} formTarget="_blank" className="button button-secondary">
            {t("documentsPage.issue.preview")}
          </button>
        </div>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

/**
 * "Preview" answers with a PDF for a new tab, which a page's own fetch cannot show: that one
 * submission is left to the browser, with the button's address and target, as without JavaScript.
 */
function openPreview(event: FormEvent<HTMLFormElement>) {
  const submitter = (event.nativeEvent as SubmitEvent).submitter;
  if (!(submitter instanceof HTMLButtonElement) || submitter.name !== "preview") return;
  event.preventDefault();
  const form = event.currentTarget;
  const flag = Object.assign(document.createElement("input"), { type: "hidden", name: "preview", value: "1" });
  const { action, target } = form;
  form.append(flag);
  form.action = submitter.formAction;
  form.target = submitter.formTarget;
  form.submit();
  form.action = action;
  form.target = target;
  flag.remove();
}
