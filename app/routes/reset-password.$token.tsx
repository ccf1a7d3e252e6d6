import { json, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ResetPasswordMutation } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ErrorSummary, TextField } from "../components/fields";
import { api } from "../graphql.server";
import { RESET_PASSWORD } from "../operations/identity";
import { sortErrors, textOf, type UserError } from "../utils/forms";
import { pageMeta } from "../utils/meta";

const MIN_PASSWORD_LENGTH = 10;

export const meta: MetaFunction = (args) => pageMeta(args, "security.reset.title");

// Opening the page changes nothing (mail scanners open links too); only the form's POST uses the link.
export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  const form = await args.request.formData();
  const { resetPassword } = await gql.mutate<ResetPasswordMutation>(RESET_PASSWORD, {
    token: args.params.token ?? "",
    password: textOf(form, "password"),
  });
  if (!resetPassword.reset) return json({ reset: false, errors: resetPassword.userErrors }, { status: 400 });
  return json({ reset: true, errors: [] as UserError[] });
}

export default function ResetPassword() {
  const { t } = useTranslation();
  const answer = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const errors = sortErrors(answer?.errors, ["password"]);
  if (answer?.reset) {
    return (
      <section className="narrow">
        <h1>{t("security.reset.doneTitle")}</h1>
        <p role="status">{t("security.reset.done")}</p>
        <p>
          <Link to="/sign-in" className="button">
            {t("security.reset.signIn")}
          </Link>
        </p>
      </section>
    );
  }
  const linkBroken = errors.form.length > 0;
  return (
    <section className="narrow">
      <h1>{t("security.reset.title")}</h1>
      <p className="lead">{t("security.reset.lead", { min: MIN_PASSWORD_LENGTH })}</p>
      <Form method="post" className="stack" noValidate>
        <ErrorSummary errors={errors} />
        <TextField name="password" type="password" label={t("fields.password")} autoComplete="new-password" required errors={errors.fields.password} />
        <button type="submit" className="button" disabled={busy}>
          {t("security.reset.submit")}
        </button>
      </Form>
      {linkBroken ? (
        <p>
          <Link to="/forgot-password">{t("security.reset.askAgain")}</Link>
        </p>
      ) : null}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
