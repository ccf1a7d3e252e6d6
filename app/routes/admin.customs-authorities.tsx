import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { CountriesQuery, CreateCustomsAuthorityMutation, CustomsAuthoritiesQuery } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ErrorSummary, SelectField, TextField } from "../components/fields";
import { api } from "../graphql.server";
import { CREATE_CUSTOMS_AUTHORITY, CUSTOMS_AUTHORITIES } from "../operations/identity";
import { COUNTRIES } from "../operations/reference";
import { sortErrors, textOf, valuesOf, type UserError } from "../utils/forms";
import { pageMeta } from "../utils/meta";

const FIELDS = ["legalName", "country", "officerEmail", "officerDisplayName", "officerPassword"] as const;

export const meta: MetaFunction = (args) => pageMeta(args, "adminCustoms.title");

export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const [{ customsAuthorities }, { countries }] = await Promise.all([
    gql.query<CustomsAuthoritiesQuery>(CUSTOMS_AUTHORITIES),
    gql.query<CountriesQuery>(COUNTRIES),
  ]);
  const countryName = new Map(countries.map((c) => [c.code, c.name]));
  const collator = new Intl.Collator(gql.locale);
  return json({
    countries: countries.map((c) => ({ value: c.code, label: c.name })),
    authorities: customsAuthorities
      .map((a) => ({ id: a.organisation.id, name: a.organisation.legalName, country: countryName.get(a.organisation.country) ?? a.organisation.country, officers: a.officerCount }))
      .sort((a, b) => collator.compare(a.country, b.country) || collator.compare(a.name, b.name)),
  });
}

type Answer = { errors: UserError[]; values: Record<string, string>; created?: { name: string } };

export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const form = await args.request.formData();
  // The password goes to the API once and never back into the page.
  const values = valuesOf(form, FIELDS.filter((f) => f !== "officerPassword"));
  const input = Object.fromEntries(FIELDS.map((f) => [f, textOf(form, f)]));
  const { createCustomsAuthority } = await gql.mutate<CreateCustomsAuthorityMutation>(CREATE_CUSTOMS_AUTHORITY, { input });
  if (createCustomsAuthority.userErrors.length || !createCustomsAuthority.organisation) return json<Answer>({ errors: createCustomsAuthority.userErrors, values }, 400);
  return json<Answer>({ errors: [], values: {}, created: { name: createCustomsAuthority.organisation.legalName } });
}

export default function AdminCustomsAuthorities() {
  const { t } = useTranslation();
  const { authorities, countries } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as Answer | undefined;
  const busy = useNavigation().state === "submitting";
  const errors = sortErrors(answer?.errors, FIELDS);
  const value = (field: (typeof FIELDS)[number]) => answer?.values[field];
  return (
    <div className="page">
      <h1>{t("adminCustoms.title")}</h1>
      <p className="lead">{t("adminCustoms.lead")}</p>

      <section aria-labelledby="authorities">
        <h2 id="authorities">{t("adminCustoms.list.title")}</h2>
        {authorities.length ? (
          <table className="data-table stack-on-phone">
            <thead>
              <tr>
                <th scope="col">{t("adminCustoms.list.country")}</th>
                <th scope="col">{t("adminCustoms.list.name")}</th>
                <th scope="col">{t("adminCustoms.list.officers")}</th>
              </tr>
            </thead>
            <tbody>
              {authorities.map((a) => (
                <tr key={a.id}>
                  <td data-label={t("adminCustoms.list.country")}>
                    <bdi>{a.country}</bdi>
                  </td>
                  <td data-label={t("adminCustoms.list.name")}>
                    <bdi>{a.name}</bdi>
                  </td>
                  <td className="numeric" data-label={t("adminCustoms.list.officers")}>{a.officers}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">{t("adminCustoms.list.empty")}</p>
        )}
      </section>

      <section aria-labelledby="new-authority">
        <h2 id="new-authority">{t("adminCustoms.create.title")}</h2>
        <p>{t("adminCustoms.create.lead")}</p>
        {answer?.created ? (
          <p className="notice" role="status">
            {t("adminCustoms.create.done", { name: answer.created.name })}
          </p>
        ) : null}
        <Form method="post" className="stack" noValidate>
          <ErrorSummary errors={errors} />
          <fieldset className="group">
            <legend>{t("adminCustoms.create.authority")}</legend>
            <TextField name="legalName" label={t("adminCustoms.fields.legalName")} defaultValue={value("legalName")} errors={errors.fields.legalName} required />
            <SelectField name="country" label={t("adminCustoms.fields.country")} hint={t("adminCustoms.fields.countryHint")} options={countries} placeholder={t("fields.chooseCountry")} defaultValue={value("country") ?? ""} errors={errors.fields.country} required />
          </fieldset>
          <fieldset className="group">
            <legend>{t("adminCustoms.create.officer")}</legend>
            <TextField name="officerDisplayName" label={t("adminCustoms.fields.officerDisplayName")} defaultValue={value("officerDisplayName")} errors={errors.fields.officerDisplayName} required />
            <TextField name="officerEmail" type="email" label={t("adminCustoms.fields.officerEmail")} defaultValue={value("officerEmail")} errors={errors.fields.officerEmail} autoComplete="off" required />
            <TextField name="officerPassword" type="password" label={t("adminCustoms.fields.officerPassword")} hint={t("adminCustoms.fields.officerPasswordHint")} errors={errors.fields.officerPassword} autoComplete="new-password" required />
          </fieldset>
          <button type="submit" className="button" disabled={busy}>
            {t("adminCustoms.create.submit")}
          </button>
        </Form>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
