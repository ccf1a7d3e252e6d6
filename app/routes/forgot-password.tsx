import { json, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { RequestPasswordResetMutation } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ErrorSummary, TextField } from "../components/fields";
import { api } from "../graphql.server";
import { REQUEST_PASSWORD_RESET } from "../operations/identity";
import { sortErrors, textOf, type UserError } from "../utils/forms";
import { pageMeta } from "../utils/meta";

/** Minutes a reset link works (graph/mail's RESET_LINK_MINUTES), said on the page. */
const RESET_LINK_MINUTES = 30;

export const meta: MetaFunction = (args) => pageMeta(args, "security.forgot.title");

export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  const form = await args.request.formData();
  const email = textOf(form, "email");
  const result = await gql.attempt<RequestPasswordResetMutation>(REQUEST_PASSWORD_RESET, { email }, ["RATE_LIMITED"]);
  const errors: UserError[] = result.problem ? [{ field: null, code: result.problem.code, message: result.problem.message }] : result.data.requestPasswordReset.userErrors;
  if (errors.length) return json({ sent: false, errors, email }, { status: result.problem ? 429 : 400 });
  return json({ sent: true, errors: [] as UserError[], email });
}

export default function ForgotPassword() {
  const { t } = useTranslation();
  const answer = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const errors = sortErrors(answer?.errors, ["email"]);
  if (answer?.sent) {
    return (
      <section className="narrow">
        <h1>{t("security.forgot.sentTitle")}</h1>
        <p role="status">{t("security.forgot.sent", { minutes: RESET_LINK_MINUTES })}</p>
      </section>
    );
  }
  return (
    <section className="narrow">
      <h1>{t("security.forgot.title")}</h1>
      <p className="lead">{t("security.forgot.lead")}</p>
      <Form method="post" className="stack" noValidate>
        <ErrorSummary errors={errors} />
        <TextField name="email" type="email" label={t("fields.email")} autoComplete="email" required defaultValue={answer?.email} errors={errors.fields.email} />
        <button type="submit" className="button" disabled={busy}>
          {t("security.forgot.submit")}
        </button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
