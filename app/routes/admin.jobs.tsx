import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { JobsQuery, RetryJobMutation } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { api } from "../graphql.server";
import { JOBS, RETRY_JOB } from "../operations/orders";
import { textOf } from "../utils/forms";
import { formatDateTime, formatNumber } from "../utils/format";
import { pageMeta } from "../utils/meta";
import { viewerPreferences } from "../viewer.server";

export const meta: MetaFunction = (args) => pageMeta(args, "orders.admin.jobs.title");

const STATUSES = ["QUEUED", "RUNNING", "SUCCEEDED", "FAILED"] as const;

export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const prefs = await viewerPreferences(gql);
  const url = new URL(args.request.url);
  const status = STATUSES.find((s) => s === url.searchParams.get("status")) ?? null;
  const { jobs, jobCounts } = await gql.query<JobsQuery>(JOBS, { status, after: url.searchParams.get("after") });
  const at = (iso: string | null) => formatDateTime(iso, gql.locale, prefs.timeZone);
  return json({
    status,
    counts: STATUSES.map((s) => ({ status: s, count: jobCounts[s.toLowerCase() as keyof typeof jobCounts] })),
    next: jobs.pageInfo.hasNextPage ? jobs.pageInfo.endCursor : null,
    jobs: jobs.edges.map(({ node }) => ({
      id: node.id,
      kind: node.kind,
      status: node.status,
      attempts: `${node.attempts}/${node.maxAttempts}`,
      progress: node.progressTotal ? `${formatNumber(node.progressDone, gql.locale)} / ${formatNumber(node.progressTotal, gql.locale)}` : formatNumber(node.progressDone, gql.locale),
      lastError: node.lastError,
      runAt: at(node.runAt),
      updatedAt: at(node.finishedAt ?? node.updatedAt),
    })),
  });
}

export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const form = await args.request.formData();
  const { retryJob } = await gql.mutate<RetryJobMutation>(RETRY_JOB, { id: textOf(form, "id") });
  return json({ errors: retryJob.userErrors });
}

export default function Jobs() {
  const { t } = useTranslation();
  const { jobs, counts, status, next } = useLoaderData<typeof loader>();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="page">
      <h1>{t("orders.admin.jobs.title")}</h1>
      <p className="lead">{t("orders.admin.jobs.lead")}</p>
      <nav className="section-nav" aria-label={t("orders.admin.jobs.filter")}>
        <ul>
          <li>
            <Link to="/admin/jobs" className={status ? "" : "active"}>
              {t("orders.admin.jobs.all")}
            </Link>
          </li>
          {counts.map((c) => (
            <li key={c.status}>
              <Link to={`/admin/jobs?status=${c.status}`} className={status === c.status ? "active" : ""}>
                {t("orders.admin.jobs.count", { status: t(`orders.admin.jobs.status.${c.status}`), count: c.count })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {jobs.length ? (
        <table className="data-table stack-on-phone" data-testid="jobs">
          <thead>
            <tr>
              <th scope="col">{t("orders.admin.jobs.kind")}</th>
              <th scope="col">{t("orders.list.status")}</th>
              <th scope="col">{t("orders.admin.jobs.progress")}</th>
              <th scope="col">{t("orders.admin.jobs.attempts")}</th>
              <th scope="col">{t("orders.admin.jobs.runAt")}</th>
              <th scope="col">{t("orders.admin.jobs.lastError")}</th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((j) => (
              <tr key={j.id}>
                <td data-label={t("orders.admin.jobs.kind")}>
                  <bdi dir="ltr">{j.kind}</bdi>
                </td>
                <td data-label={t("orders.list.status")}>{t(`orders.admin.jobs.status.${j.status}`)}</td>
                <td className="numeric" data-label={t("orders.admin.jobs.progress")}>
                  <bdi dir="ltr">{j.progress}</bdi>
                </td>
                <td className="numeric" data-label={t("orders.admin.jobs.attempts")}>
                  <bdi dir="ltr">{j.attempts}</bdi>
                </td>
                <td data-label={t("orders.admin.jobs.runAt")}>
                  <time>{j.runAt}</time>
                </td>
                <td data-label={t("orders.admin.jobs.lastError")}>
                  {j.lastError ? <bdi dir="ltr">{j.lastError}</bdi> : null}
                  {j.status === "FAILED" ? (
                    <Form method="post">
                      <input type="hidden" name="id" value={j.id} />
                      <button type="submit" className="button button-small" disabled={busy}>
                        {t("orders.admin.jobs.retry")}
                      </button>
                    </Form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t("orders.admin.jobs.empty")}</p>
      )}
      {next ? (
        <p>
          <Link to={`/admin/jobs?${new URLSearchParams({ ...(status ? { status } : {}), after: next })}`}>{t("orders.list.more")}</Link>
        </p>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
