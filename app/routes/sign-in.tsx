import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { SignInMutation } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ErrorSummary, TextField } from "../components/fields";
import { api } from "../graphql.server";
import { SIGN_IN } from "../operations/identity";
import { safeRedirect, sortErrors, textOf, type UserError } from "../utils/forms";
import { pageMeta } from "../utils/meta";

const FIELDS = ["email", "password"] as const;

export const meta: MetaFunction = (args) => pageMeta(args, "signIn.title");

export function loader({ context, request }: LoaderFunctionArgs) {
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get("redirectTo"));
  if (context.caravan.viewer.kind === "user") throw redirect(redirectTo);
  return json({ redirectTo });
}

export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  const form = await args.request.formData();
  const input = { email: textOf(form, "email"), password: textOf(form, "password") };
  const result = await gql.attempt<SignInMutation>(SIGN_IN, { input }, ["RATE_LIMITED"]);
  const errors: UserError[] = result.problem
    ? [{ field: null, code: result.problem.code, message: result.problem.message }]
    : result.data.signIn.userErrors;
  if (errors.length) return json({ errors, email: input.email }, { status: result.problem ? 429 : 400 });
  return gql.redirect(safeRedirect(textOf(form, "redirectTo")));
}

export default function SignIn() {
  const { t } = useTranslation();
  const { redirectTo } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const errors = sortErrors(answer?.errors, FIELDS);
  return (
    <section className="narrow">
      <h1>{t("signIn.title")}</h1>
      <p className="lead">{t("signIn.lead")}</p>
      <Form method="post" className="stack" noValidate>
        <ErrorSummary errors={errors} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField
          name="email"
          type="email"
          label={t("fields.email")}
          autoComplete="email"
          required
          defaultValue={answer?.email}
          errors={errors.fields.email}
        />
        <TextField
          name="password"
          type="password"
          label={t("fields.password")}
          autoComplete="current-password"
          required
          errors={errors.fields.password}
        />
        <button type="submit" className="button" disabled={busy}>
          {t("signIn.submit")}
        </button>
      </Form>
      <p>
        <Link to="/forgot-password">{t("security.forgotLink")}</Link>
      </p>
      <p>
        {t("signIn.noAccount")} <Link to="/sign-up">{t("signIn.signUpLink")}</Link>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
