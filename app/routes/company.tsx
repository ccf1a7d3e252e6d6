import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { CompanyQuery, CountriesAndCurrenciesQuery, RequestVerificationMutation, UpdateOrganisationMutation } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ErrorSummary, SelectField, TextField } from "../components/fields";
import { StatusBadge } from "../components/status-badge";
import { api, type ProblemBody } from "../graphql.server";
import { allLanguages, translatorFor } from "../locale.server";
import { COMPANY_QUERY, REQUEST_VERIFICATION, UPDATE_ORGANISATION } from "../operations/identity";
import { COUNTRIES_AND_CURRENCIES } from "../operations/reference";
import { sortErrors, textOf, valuesOf, type UserError } from "../utils/forms";
import { formatDateTime, timeZones } from "../utils/format";
import { pageMeta } from "../utils/meta";

/** The profile's fields, named as UpdateOrganisationInput (and the API's userErrors) name them. */
const FIELDS = [
  "legalName",
  "country",
  "addressLine1",
  "addressLine2",
  "city",
  "postalCode",
  "registrationNumber",
  "taxId",
  "eori",
  "exportLicence",
  "preferredLocale",
  "preferredCurrency",
  "timeZone",
] as const;

type Field = (typeof FIELDS)[number];

/** Only companies that trade ask to be verified; customs authorities and the platform are set up verified. */
const VERIFIABLE = new Set(["EXPORTER", "BUYER", "BOTH"]);

export const meta: MetaFunction = (args) => pageMeta(args, "company.title");

export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const [company, reference] = await Promise.all([
    gql.query<CompanyQuery>(COMPANY_QUERY),
    gql.query<CountriesAndCurrenciesQuery>(COUNTRIES_AND_CURRENCIES),
  ]);
  const organisation = company.viewer.organisation;
  if (!organisation) {
    throw json<ProblemBody>({ code: "ORGANISATION_REQUIRED", message: translatorFor(gql.locale)("errors:ORGANISATION_REQUIRED") }, { status: 403 });
  }
  const when = (iso: string | null) => formatDateTime(iso, gql.locale, organisation.timeZone);
  const countryName = new Map(reference.countries.map((c) => [c.code, c.name]));
  return json({
    organisation: { ...organisation, verifiedAtText: when(organisation.verifiedAt), countryName: countryName.get(organisation.country) ?? organisation.country },
    history: organisation.verificationHistory.map((event) => ({ ...event, when: when(event.createdAt) })),
    isOwner: company.viewer.role === "OWNER",
    countries: reference.countries.map((c) => ({ value: c.code, label: c.name })),
    currencies: reference.currencies.map((c) => ({ value: c.code, label: `${c.name} (${c.code})` })),
    languages: allLanguages().map((l) => ({ value: l.code, label: l.name })),
    timeZones: timeZones(organisation.timeZone).map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") })),
  });
}

type Answer =
  | { intent: "update"; errors: UserError[]; values: Record<string, string> }
  | { intent: "update"; saved: true }
  | { intent: "requestVerification"; errors: UserError[] }
  | { intent: "requestVerification"; requested: true };

export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  const form = await args.request.formData();
  if (textOf(form, "intent") === "requestVerification") {
    const { requestVerification } = await gql.mutate<RequestVerificationMutation>(REQUEST_VERIFICATION);
    if (requestVerification.userErrors.length) {
      return json<Answer>({ intent: "requestVerification", errors: requestVerification.userErrors }, 400);
    }
    return json<Answer>({ intent: "requestVerification", requested: true });
  }
  const input = Object.fromEntries(FIELDS.map((field) => [field, textOf(form, field)]));
  const { updateOrganisation } = await gql.mutate<UpdateOrganisationMutation>(UPDATE_ORGANISATION, { input });
  if (updateOrganisation.userErrors.length) {
    return json<Answer>({ intent: "update", errors: updateOrganisation.userErrors, values: valuesOf(form, FIELDS) }, 400);
  }
  return json<Answer>({ intent: "update", saved: true });
}

export default function Company() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const navigation = useNavigation();
  const busyWith = navigation.state === "submitting" ? navigation.formData?.get("intent") : null;
  const { organisation } = data;
  const errors = sortErrors(answer && "errors" in answer ? answer.errors : [], FIELDS);
  const typed: Record<string, string> | null = answer && "values" in answer ? answer.values : null;
  const valueOf = (field: Field) => typed?.[field] ?? organisation[field] ?? "";
  const missingForVerification = answer?.intent === "requestVerification" && "errors" in answer;
  const canRequest = data.isOwner && VERIFIABLE.has(organisation.kind) && ["UNVERIFIED", "REJECTED"].includes(organisation.verificationStatus);

  const field = (name: Field, extra: { required?: boolean; autoComplete?: string; hint?: string } = {}) => (
    <TextField name={name} label={t(`fields.${name}`)} defaultValue={valueOf(name)} errors={errors.fields[name]} readOnly={!data.isOwner} {...extra} />
  );

  return (
    <div className="page">
      <h1>{t("company.title")}</h1>
      <p className="lead">{t("company.lead")}</p>

      <section className="panel" aria-labelledby="verification-title">
        <h2 id="verification-title">{t("company.verification.title")}</h2>
        <p className="status-line">
          <StatusBadge status={organisation.verificationStatus} />
          <span>{t(`company.verification.explain.${organisation.verificationStatus}`)}</span>
        </p>
        {organisation.verifiedAtText ? <p>{t("company.verification.verifiedAt", { when: organisation.verifiedAtText })}</p> : null}
        {answer?.intent === "requestVerification" && "requested" in answer ? (
          <p role="status" className="notice notice-success">
            {t("company.verification.requested")}
          </p>
        ) : null}
        {missingForVerification ? (
          <div role="alert" className="notice notice-error">
            <p>{t("company.verification.missing")}</p>
            {errors.form.map((message) => (
              <p key={message}>{message}</p>
            ))}
          </div>
        ) : null}
        {canRequest ? (
          <Form method="post">
            <input type="hidden" name="intent" value="requestVerification" />
            <button type="submit" className="button" disabled={busyWith === "requestVerification"}>
              {t("company.verification.request")}
            </button>
          </Form>
        ) : null}
        <h3>{t("company.verification.history")}</h3>
        {data.history.length ? (
          <ol className="history">
            {data.history.map((event) => (
              <li key={event.id}>
                <span className="history-when">{event.when}</span>{" "}
                <span>
                  {t("company.verification.move", {
                    from: t(`verification.status.${event.fromStatus}`),
                    to: t(`verification.status.${event.toStatus}`),
                  })}
                </span>
                {event.actor ? <span className="muted"> · {t("company.verification.by", { actor: event.actor })}</span> : null}
                {event.reason ? <p className="history-reason">{t("company.verification.reason", { reason: event.reason })}</p> : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">{t("company.verification.noHistory")}</p>
        )}
      </section>

      <section className="panel" aria-labelledby="profile-title">
        <h2 id="profile-title">{t("company.profile.title")}</h2>
        {data.isOwner ? null : <p className="muted">{t("company.profile.ownerOnly")}</p>}
        {answer?.intent === "update" && "saved" in answer ? (
          <p role="status" className="notice notice-success">
            {t("company.profile.saved")}
          </p>
        ) : null}
        {organisation.verificationStatus === "PENDING" ? <p className="notice">{t("company.profile.lockedWhilePending")}</p> : null}
        <Form method="post" className="stack" noValidate>
          {answer?.intent === "update" ? <ErrorSummary errors={errors} /> : null}
          <input type="hidden" name="intent" value="update" />
          <fieldset className="group">
            <legend>{t("company.profile.identity")}</legend>
            {field("legalName", { required: true, autoComplete: "organization" })}
            <SelectField
              name="country"
              label={t("fields.country")}
              options={data.countries}
              defaultValue={valueOf("country")}
              errors={errors.fields.country}
              disabled={!data.isOwner}
              required
            />
            {field("registrationNumber", { hint: t("company.profile.registrationNumberHint") })}
            {field("taxId", { hint: t("company.profile.taxIdHint") })}
            {field("eori", { hint: t("company.profile.eoriHint") })}
            {field("exportLicence", { hint: t("company.profile.exportLicenceHint") })}
          </fieldset>
          <fieldset className="group">
            <legend>{t("company.profile.address")}</legend>
            {field("addressLine1", { autoComplete: "address-line1" })}
            {field("addressLine2", { autoComplete: "address-line2" })}
            <div className="row">
              {field("city", { autoComplete: "address-level2" })}
              {field("postalCode", { autoComplete: "postal-code" })}
            </div>
          </fieldset>
          <fieldset className="group">
            <legend>{t("company.profile.preferences")}</legend>
            <SelectField
              name="preferredLocale"
              label={t("fields.preferredLocale")}
              options={data.languages}
              defaultValue={valueOf("preferredLocale")}
              errors={errors.fields.preferredLocale}
              disabled={!data.isOwner}
            />
            <SelectField
              name="preferredCurrency"
              label={t("fields.preferredCurrency")}
              options={data.currencies}
              defaultValue={valueOf("preferredCurrency")}
              errors={errors.fields.preferredCurrency}
              disabled={!data.isOwner}
            />
            <SelectField
              name="timeZone"
              label={t("fields.timeZone")}
              options={data.timeZones}
              defaultValue={valueOf("timeZone")}
              errors={errors.fields.timeZone}
              disabled={!data.isOwner}
            />
          </fieldset>
          {data.isOwner ? (
            <button type="submit" className="button" disabled={busyWith === "update"}>
              {t("company.profile.save")}
            </button>
          ) : null}
        </Form>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
