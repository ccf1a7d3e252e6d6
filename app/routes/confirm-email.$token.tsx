import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ConfirmEmailMutation } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { api } from "../graphql.server";
import { CONFIRM_EMAIL } from "../operations/identity";
import { pageMeta } from "../utils/meta";

export const meta: MetaFunction = (args) => pageMeta(args, "security.confirm.title");

/**
 * The link in the mail is opened with a GET, often on another device: it confirms at once. Opening
 * it twice is harmless (the second time it says the address is confirmed).
 */
export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  const { confirmEmail } = await gql.mutate<ConfirmEmailMutation>(CONFIRM_EMAIL, {
    token: args.params.token ?? "",
  });
  return json({ confirmed: !!confirmEmail.user?.emailConfirmed, errors: confirmEmail.userErrors, signedIn: args.context.caravan.viewer.kind === "user" });
}

export default function ConfirmEmail() {
  const { t } = useTranslation();
  const { confirmed, errors, signedIn } = useLoaderData<typeof loader>();
  if (confirmed) {
    return (
      <section className="narrow">
        <h1>{t("security.confirm.doneTitle")}</h1>
        <p role="status">{t("security.confirm.done")}</p>
        <p>
          <Link to={signedIn ? "/company" : "/sign-in"} className="button">
            {signedIn ? t("security.confirm.continue") : t("security.reset.signIn")}
          </Link>
        </p>
      </section>
    );
  }
  return (
    <section className="narrow">
      <h1>{t("security.confirm.failedTitle")}</h1>
      {errors.map((e) => (
        <p key={e.code} role="alert">
          {e.message}
        </p>
      ))}
      <p>{signedIn ? <Link to="/confirm-email">{t("security.confirm.resend")}</Link> : <Link to="/sign-in?redirectTo=/confirm-email">{t("security.confirm.signInToResend")}</Link>}</p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
