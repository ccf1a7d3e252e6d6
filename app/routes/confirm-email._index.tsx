import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ResendEmailConfirmationMutation, ViewerEmailQuery } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ErrorSummary } from "../components/fields";
import { api } from "../graphql.server";
import { RESEND_EMAIL_CONFIRMATION, VIEWER_EMAIL } from "../operations/identity";
import { sortErrors, type UserError } from "../utils/forms";
import { pageMeta } from "../utils/meta";

export const meta: MetaFunction = (args) => pageMeta(args, "security.confirm.title");

/** Where sign-up lands: the address the link went to, and a way to have it sent again. */
export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const { viewer } = await gql.query<ViewerEmailQuery>(VIEWER_EMAIL);
  if (!viewer.user || viewer.user.emailConfirmed) throw redirect("/company");
  return json({ email: viewer.user.email });
}

export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  const result = await gql.attempt<ResendEmailConfirmationMutation>(RESEND_EMAIL_CONFIRMATION, undefined, ["RATE_LIMITED"]);
  const errors: UserError[] = result.problem ? [{ field: null, code: result.problem.code, message: result.problem.message }] : result.data.resendEmailConfirmation.userErrors;
  return json({ sent: errors.length === 0, errors }, { status: errors.length ? 400 : 200 });
}

export default function ConfirmEmailPending() {
  const { t } = useTranslation();
  const { email } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <section className="narrow">
      <h1>{t("security.confirm.title")}</h1>
      <p>{t("security.confirm.sentTo")}</p>
      <p dir="ltr">
        <strong>
          <bdi>{email}</bdi>
        </strong>
      </p>
      <p>{t("security.confirm.why")}</p>
      {answer?.sent ? <p role="status">{t("security.confirm.resent")}</p> : null}
      <Form method="post" className="stack">
        <ErrorSummary errors={sortErrors(answer?.errors, [])} />
        <button type="submit" className="button secondary" disabled={busy}>
          {t("security.confirm.resend")}
        </button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
