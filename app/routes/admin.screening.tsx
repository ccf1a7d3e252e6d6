import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { DecideScreeningMutation, ScreeningReviewsQuery } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ErrorSummary, TextAreaField } from "../components/fields";
import { api } from "../graphql.server";
import { DECIDE_SCREENING, SCREENING_REVIEWS } from "../operations/orders";
import { sortErrors, textOf, type UserError } from "../utils/forms";
import { formatDateTime, formatPercent } from "../utils/format";
import { pageMeta } from "../utils/meta";
import { viewerPreferences } from "../viewer.server";

export const meta: MetaFunction = (args) => pageMeta(args, "compliance.screening.title");

export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const prefs = await viewerPreferences(gql);
  const [{ screeningReviews: pending }, { screeningReviews: decided }] = await Promise.all([
    gql.query<ScreeningReviewsQuery>(SCREENING_REVIEWS, { status: "PENDING" }),
    gql.query<ScreeningReviewsQuery>(SCREENING_REVIEWS, { status: null }),
  ]);
  const view = (r: ScreeningReviewsQuery["screeningReviews"][number]) => ({
    id: r.id,
    subjectKind: r.subjectKind,
    subjectId: r.subjectId,
    status: r.status,
    note: r.note,
    at: formatDateTime(r.decidedAt ?? r.createdAt, gql.locale, prefs.timeZone),
    hits: r.hits.map((h, i) => ({ key: `${h.partyRole}-${i}`, role: h.partyRole, party: h.partyName, partyCountry: h.partyCountry ?? "", listed: h.listedName, listedCountry: h.listedCountry ?? "", source: h.listSource, score: formatPercent(h.score, gql.locale) })),
  });
  return json({ pending: pending.map(view), decided: decided.filter((r) => r.status !== "PENDING").slice(-20).reverse().map(view) });
}

type Answer = { errors: UserError[]; reviewId: string; done?: boolean };

export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const form = await args.request.formData();
  const reviewId = textOf(form, "reviewId");
  const { decideScreening } = await gql.mutate<DecideScreeningMutation>(DECIDE_SCREENING, {
    input: { reviewId, decision: textOf(form, "decision") === "REJECTED" ? "REJECTED" : "APPROVED", note: textOf(form, "note") },
  });
  if (decideScreening.userErrors.length) return json<Answer>({ errors: decideScreening.userErrors, reviewId }, 400);
  return json<Answer>({ errors: [], reviewId, done: true });
}

export default function ScreeningQueue() {
  const { t } = useTranslation();
  const { pending, decided } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as Answer | undefined;
  const busy = useNavigation().state === "submitting";
  return (
    <div className="page">
      <h1>{t("compliance.screening.title")}</h1>
      <p className="lead">{t("compliance.screening.intro")}</p>
      {answer?.done ? <p className="notice" role="status">{t("compliance.screening.decided")}</p> : null}
      {pending.length ? null : <p className="muted">{t("compliance.screening.empty")}</p>}
      {pending.map((review) => {
        const errors = sortErrors(answer?.reviewId === review.id ? answer.errors : [], ["note"]);
        return (
          <section key={review.id} className="panel" data-testid="screening-review">
            <h2>
              <Link to={`/orders/${review.subjectId}`}>{t("compliance.screening.subject", { kind: review.subjectKind, id: review.subjectId })}</Link>
            </h2>
            <p className="muted">
              <time>{review.at}</time>
            </p>
            <table className="data-table stack-on-phone">
              <thead>
                <tr>
                  <th scope="col">{t("compliance.screening.party")}</th>
                  <th scope="col">{t("compliance.screening.listed")}</th>
                  <th scope="col">{t("compliance.screening.score")}</th>
                </tr>
              </thead>
              <tbody>
                {review.hits.map((h) => (
                  <tr key={h.key}>
                    <td data-label={t("compliance.screening.party")}>
                      {t(`orders.party.${h.role.toUpperCase()}`)}: <bdi>{h.party}</bdi> <bdi dir="ltr">{h.partyCountry}</bdi>
                    </td>
                    <td data-label={t("compliance.screening.listed")}>
                      <bdi>{h.listed}</bdi> <bdi dir="ltr">{h.listedCountry}</bdi> · <bdi dir="ltr">{h.source}</bdi>
                    </td>
                    <td className="numeric" data-label={t("compliance.screening.score")}>
                      <bdi dir="ltr">{h.score}</bdi>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Form method="post" className="stack">
              <ErrorSummary errors={errors} />
              <input type="hidden" name="reviewId" value={review.id} />
              <TextAreaField name="note" id={`note-${review.id}`} label={t("compliance.screening.note")} errors={errors.fields.note} rows={2} />
              <p className="actions">
                <button type="submit" name="decision" value="APPROVED" className="button" disabled={busy}>
                  {t("compliance.screening.approve")}
                </button>
                <button type="submit" name="decision" value="REJECTED" className="button button-secondary" disabled={busy}>
                  {t("compliance.screening.reject")}
                </button>
              </p>
            </Form>
          </section>
        );
      })}
      {decided.length ? (
        <section className="panel">
          <h2>{t("orders.admin.screening.log")}</h2>
          <ul>
            {decided.map((r) => (
              <li key={r.id}>
                <Link to={`/orders/${r.subjectId}`}>
                  <bdi dir="ltr">{r.subjectId}</bdi>
                </Link>{" "}
                · {t(`orders.admin.screening.${r.status}`)} · <time>{r.at}</time>
                {r.note ? (
                  <p className="muted">
                    <bdi>{r.note}</bdi>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
