import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { AdminTimeZoneQuery, ApproveVerificationMutation, CountriesQuery, RejectVerificationMutation, VerificationQueueQuery } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ErrorSummary, FormErrors, TextAreaField } from "../components/fields";
import { api } from "../graphql.server";
import { ADMIN_TIME_ZONE, APPROVE_VERIFICATION, REJECT_VERIFICATION, VERIFICATION_QUEUE } from "../operations/identity";
import { COUNTRIES } from "../operations/reference";
import { sortErrors, textOf, type UserError } from "../utils/forms";
import { formatDateTime } from "../utils/format";
import { pageMeta } from "../utils/meta";

const PAGE_SIZE = 10;

export const meta: MetaFunction = (args) => pageMeta(args, "admin.title");

export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const after = new URL(args.request.url).searchParams.get("after");
  const [{ verificationQueue: queue }, { countries }, { viewer }] = await Promise.all([
    gql.query<VerificationQueueQuery>(VERIFICATION_QUEUE, { first: PAGE_SIZE, after }),
    gql.query<CountriesQuery>(COUNTRIES),
    gql.query<AdminTimeZoneQuery>(ADMIN_TIME_ZONE),
  ]);
  const timeZone = viewer.organisation?.timeZone ?? "UTC";
  const countryName = new Map(countries.map((c) => [c.code, c.name]));
  return json({
    isFirstPage: !after,
    totalCount: queue.totalCount,
    nextCursor: queue.pageInfo.hasNextPage ? queue.pageInfo.endCursor : null,
    entries: queue.edges.map(({ node }) => ({
      id: node.id,
      legalName: node.legalName,
      resembles: node.resemblesVerified?.legalName ?? null,
      kind: node.kind,
      country: countryName.get(node.country) ?? node.country,
      address: [node.addressLine1, node.addressLine2, [node.postalCode, node.city].filter(Boolean).join(" ")].filter(Boolean),
      identifiers: {
        registrationNumber: node.registrationNumber,
        taxId: node.taxId,
        eori: node.eori,
        exportLicence: node.exportLicence,
      },
      requestedAt: formatDateTime(node.verificationHistory.find((e) => e.toStatus === "PENDING")?.createdAt ?? null, gql.locale, timeZone),
    })),
  });
}

type Answer =
  | { organisationId: string; decision: "approve" | "reject"; legalName: string }
  | { organisationId: string; decision: "approve" | "reject"; errors: UserError[] };

export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  const form = await args.request.formData();
  const organisationId = textOf(form, "organisationId");
  const decision = textOf(form, "intent") === "reject" ? "reject" : "approve";
  const payload =
    decision === "reject"
      ? (await gql.mutate<RejectVerificationMutation>(REJECT_VERIFICATION, { organisationId, reason: textOf(form, "reason") }))
          .rejectVerification
      : (await gql.mutate<ApproveVerificationMutation>(APPROVE_VERIFICATION, { organisationId })).approveVerification;
  if (payload.userErrors.length || !payload.organisation) {
    return json<Answer>({ organisationId, decision, errors: payload.userErrors }, 400);
  }
  return json<Answer>({ organisationId, decision, legalName: payload.organisation.legalName });
}

export default function VerificationQueuePage() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const navigation = useNavigation();
  const busyId = navigation.state === "submitting" ? navigation.formData?.get("organisationId") : null;
  const failed = answer && "errors" in answer ? answer : null;
  const shownHere = failed ? data.entries.some((entry) => entry.id === failed.organisationId) : false;

  return (
    <div className="page">
      <h1>{t("admin.title")}</h1>
      <p className="lead">{t("admin.lead", { count: data.totalCount })}</p>
      {answer && "legalName" in answer ? (
        <p role="status" className="notice notice-success">
          {t(answer.decision === "approve" ? "admin.approved" : "admin.rejected", { name: answer.legalName })}
        </p>
      ) : null}
      {failed && !shownHere ? <FormErrors messages={failed.errors.map((e) => e.message)} /> : null}

      {data.entries.length ? (
        <ul className="queue">
          {data.entries.map((entry) => {
            const errors = sortErrors(failed?.organisationId === entry.id ? failed.errors : [], ["reason"]);
            return (
              <li key={entry.id} className="panel queue-entry" aria-labelledby={`org-${entry.id}`}>
                <h2 id={`org-${entry.id}`}>
                  <bdi>{entry.legalName}</bdi>
                </h2>
                {entry.resembles ? (
                  <div className="notice warning" role="note">
                    <p>
                      {t("security.admin.resembles")} <strong><bdi>{entry.resembles}</bdi></strong>
                    </p>
                    <p>{t("security.admin.resemblesHint")}</p>
                  </div>
                ) : null}
                <p className="muted">
                  {t(`kinds.${entry.kind}`)} · {entry.country}
                  {entry.requestedAt ? ` · ${t("admin.requestedAt", { when: entry.requestedAt })}` : ""}
                </p>
                <dl className="details">
                  {Object.entries(entry.identifiers).map(([name, value]) => (
                    <div key={name}>
                      <dt>{t(`fields.${name}`)}</dt>
                      <dd>{value ?? <span className="muted">{t("admin.notGiven")}</span>}</dd>
                    </div>
                  ))}
                  <div>
                    <dt>{t("company.profile.address")}</dt>
                    <dd>{entry.address.length ? entry.address.join(", ") : <span className="muted">{t("admin.notGiven")}</span>}</dd>
                  </div>
                </dl>
                <ErrorSummary errors={errors} />
                <div className="decisions">
                  <Form method="post">
                    <input type="hidden" name="organisationId" value={entry.id} />
                    <input type="hidden" name="intent" value="approve" />
                    <button type="submit" className="button" disabled={busyId === entry.id}>
                      {t("admin.approve", { name: entry.legalName })}
                    </button>
                  </Form>
                  <Form method="post" className="reject-form" noValidate>
                    <input type="hidden" name="organisationId" value={entry.id} />
                    <input type="hidden" name="intent" value="reject" />
                    <TextAreaField
                      id={`reason-${entry.id}`}
                      name="reason"
                      label={t("admin.reason")}
                      hint={t("admin.reasonHint")}
                      rows={2}
                      required
                      errors={errors.fields.reason}
                    />
                    <button type="submit" className="button button-danger" disabled={busyId === entry.id}>
                      {t("admin.reject", { name: entry.legalName })}
                    </button>
                  </Form>
                </div>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="panel">{t("admin.empty")}</p>
      )}

      <nav className="pagination" aria-label={t("admin.pages")}>
        {data.isFirstPage ? null : <Link to=".">{t("admin.firstPage")}</Link>}
        {data.nextCursor ? <Link to={`?${new URLSearchParams({ after: data.nextCursor })}`}>{t("admin.nextPage")}</Link> : null}
      </nav>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
