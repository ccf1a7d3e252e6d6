import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CountriesQuery, SignUpMutation } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ChoiceField, ErrorSummary, SelectField, TextField } from "../components/fields";
import { api } from "../graphql.server";
import { translatorFor } from "../locale.server";
import { COUNTRIES } from "../operations/reference";
import { SIGN_UP } from "../operations/identity";
import { sortErrors, textOf, valuesOf } from "../utils/forms";
import { pageMeta } from "../utils/meta";

const FIELDS = ["email", "password", "displayName", "organisation.legalName", "organisation.country", "organisation.kind"] as const;
const KINDS = ["EXPORTER", "BUYER", "BOTH"] as const;
const isKind = (value: string): value is (typeof KINDS)[number] => (KINDS as readonly string[]).includes(value);

export const meta: MetaFunction = (args) => pageMeta(args, "signUp.title");

export async function loader(args: LoaderFunctionArgs) {
  if (args.context.caravan.viewer.kind === "user") throw redirect("/company");
  const { countries } = await api(args).query<CountriesQuery>(COUNTRIES);
  return json({ countries });
}

export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  const form = await args.request.formData();
  const values = valuesOf(form, FIELDS.filter((field) => field !== "password"));
  const kind = textOf(form, "organisation.kind");
  // The API's enum would refuse a forged choice as a malformed request; the form says it properly.
  if (!isKind(kind)) {
    const message = translatorFor(gql.locale)("errors:ORGANISATION_KIND_NOT_ALLOWED");
    return json({ errors: [{ field: "organisation.kind", code: "ORGANISATION_KIND_NOT_ALLOWED", message }], values }, 400);
  }
  const timeZone = textOf(form, "timeZone");
  const input = {
    email: textOf(form, "email"),
    password: textOf(form, "password"),
    displayName: textOf(form, "displayName"),
    locale: gql.locale,
    organisation: {
      kind,
      legalName: textOf(form, "organisation.legalName"),
      country: textOf(form, "organisation.country"),
      ...(timeZone ? { timeZone } : {}),
    },
  };
  const { signUp } = await gql.mutate<SignUpMutation>(SIGN_UP, { input });
  if (signUp.userErrors.length) {
    return json({ errors: signUp.userErrors, values }, 400);
  }
  // The account can look around at once; the next page says where the confirmation link went.
  return gql.redirect("/confirm-email");
}

/** The browser knows its time zone; filling it in saves the new company a trip to its profile. */
function useBrowserTimeZone(): string {
  const [zone, setZone] = useState("");
  useEffect(() => setZone(Intl.DateTimeFormat().resolvedOptions().timeZone ?? ""), []);
  return zone;
}

export default function SignUp() {
  const { t } = useTranslation();
  const { countries } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const timeZone = useBrowserTimeZone();
  const errors = sortErrors(answer?.errors, FIELDS);
  const values: Record<string, string | undefined> = answer?.values ?? {};
  return (
    <section className="narrow">
      <h1>{t("signUp.title")}</h1>
      <p className="lead">{t("signUp.lead")}</p>
      <Form method="post" className="stack" noValidate>
        <ErrorSummary errors={errors} />
        <input type="hidden" name="timeZone" value={timeZone} />
        <fieldset className="group">
          <legend>{t("signUp.you")}</legend>
          <TextField
            name="displayName"
            label={t("fields.displayName")}
            autoComplete="name"
            required
            defaultValue={values.displayName}
            errors={errors.fields.displayName}
          />
          <TextField
            name="email"
            type="email"
            label={t("fields.email")}
            autoComplete="email"
            required
            defaultValue={values.email}
            errors={errors.fields.email}
          />
          <TextField
            name="password"
            type="password"
            label={t("fields.password")}
            hint={t("signUp.passwordHint")}
            autoComplete="new-password"
            required
            minLength={10}
            errors={errors.fields.password}
          />
        </fieldset>
        <fieldset className="group">
          <legend>{t("signUp.company")}</legend>
          <TextField
            name="organisation.legalName"
            label={t("fields.legalName")}
            hint={t("signUp.legalNameHint")}
            autoComplete="organization"
            required
            defaultValue={values["organisation.legalName"]}
            errors={errors.fields["organisation.legalName"]}
          />
          <SelectField
            name="organisation.country"
            label={t("fields.country")}
            required
            placeholder={t("fields.chooseCountry")}
            options={countries.map((c) => ({ value: c.code, label: c.name }))}
            defaultValue={values["organisation.country"] ?? ""}
            errors={errors.fields["organisation.country"]}
          />
          <ChoiceField
            name="organisation.kind"
            label={t("signUp.kind")}
            required
            defaultValue={values["organisation.kind"] || "EXPORTER"}
            options={KINDS.map((kind) => ({
              value: kind,
              label: t(`kinds.${kind}`),
              description: t(`signUp.kindDescription.${kind}`),
            }))}
            errors={errors.fields["organisation.kind"]}
          />
        </fieldset>
        <button type="submit" className="button" disabled={busy}>
          {t("signUp.submit")}
        </button>
      </Form>
      <p>
        {t("signUp.haveAccount")} <Link to="/sign-in">{t("signUp.signInLink")}</Link>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
