import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { PendingTransfersQuery, ReconcilePaymentMutation } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ErrorSummary, TextField } from "../components/fields";
import { api } from "../graphql.server";
import { PENDING_TRANSFERS, RECONCILE_PAYMENT } from "../operations/orders";
import { normalizeDecimal, sortErrors, textOf, type UserError } from "../utils/forms";
import { formatDateTime, formatMoney } from "../utils/format";
import { pageMeta } from "../utils/meta";
import { viewerPreferences } from "../viewer.server";

export const meta: MetaFunction = (args) => pageMeta(args, "orders.admin.payments.title");

export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const prefs = await viewerPreferences(gql);
  const { pendingBankTransfers } = await gql.query<PendingTransfersQuery>(PENDING_TRANSFERS);
  return json({
    transfers: pendingBankTransfers.map((p) => ({
      id: p.id,
      reference: p.reference,
      amount: formatMoney(p.amount, gql.locale),
      currency: p.amount.currency,
      orderId: p.order?.id ?? null,
      parties: p.order ? `${p.order.buyer.legalName} → ${p.order.seller.legalName}` : "",
      at: formatDateTime(p.createdAt, gql.locale, prefs.timeZone),
    })),
  });
}

type Answer = { errors: UserError[]; values: { reference: string; amount: string }; done?: boolean };

export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const form = await args.request.formData();
  const values = { reference: textOf(form, "reference"), amount: textOf(form, "amount") };
  const { reconcilePayment } = await gql.mutate<ReconcilePaymentMutation>(RECONCILE_PAYMENT, { input: { reference: values.reference, amount: normalizeDecimal(values.amount) } });
  if (reconcilePayment.userErrors.length) return json<Answer>({ errors: reconcilePayment.userErrors, values }, 400);
  return json<Answer>({ errors: [], values: { reference: "", amount: "" }, done: true });
}

export default function AdminPayments() {
  const { t } = useTranslation();
  const { transfers } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as Answer | undefined;
  const busy = useNavigation().state === "submitting";
  const errors = sortErrors(answer?.errors, ["reference", "amount"]);
  return (
    <div className="page">
      <h1>{t("orders.admin.payments.title")}</h1>
      <p className="lead">{t("orders.admin.payments.lead")}</p>
      {answer?.done ? <p className="notice" role="status">{t("orders.admin.payments.done")}</p> : null}
      <Form method="post" className="stack" noValidate>
        <ErrorSummary errors={errors} />
        <div className="row">
          <TextField name="reference" label={t("orders.admin.payments.reference")} defaultValue={answer?.values.reference} errors={errors.fields.reference} dir="ltr" />
          <TextField name="amount" label={t("orders.admin.payments.amount")} defaultValue={answer?.values.amount} errors={errors.fields.amount} inputMode="decimal" />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {t("orders.admin.payments.reconcile")}
        </button>
      </Form>
      <h2>{t("orders.admin.payments.pending")}</h2>
      {transfers.length ? (
        <table className="data-table stack-on-phone">
          <thead>
            <tr>
              <th scope="col">{t("orders.admin.payments.reference")}</th>
              <th scope="col">{t("orders.admin.payments.expected")}</th>
              <th scope="col">{t("orders.list.order")}</th>
              <th scope="col">{t("orders.admin.payments.since")}</th>
            </tr>
          </thead>
          <tbody>
            {transfers.map((p) => (
              <tr key={p.id}>
                <td data-label={t("orders.admin.payments.reference")}>
                  <bdi dir="ltr">{p.reference}</bdi>
                </td>
                <td className="numeric" data-label={t("orders.admin.payments.expected")}>
                  <bdi dir="ltr">{p.amount}</bdi>
                </td>
                <td data-label={t("orders.list.order")}>
                  {p.orderId ? (
                    <Link to={`/orders/${p.orderId}`}>
                      <bdi>{p.parties}</bdi>
                    </Link>
                  ) : null}
                </td>
                <td data-label={t("orders.admin.payments.since")}>
                  <time>{p.at}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t("orders.admin.payments.empty")}</p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
