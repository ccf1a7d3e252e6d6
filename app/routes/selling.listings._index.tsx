import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, NavLink, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ListingStatus, MyListingsQuery } from "../__generated__/operations";
import { StateBadge } from "../components/badges";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { FormErrors } from "../components/fields";
import { Pagination } from "../components/pagination";
import { SectionNav } from "../components/section-nav";
import { api } from "../graphql.server";
import { isLifecycleIntent, LIFECYCLE, LISTING_STATUSES, MY_LISTINGS, type LifecycleAnswer } from "../operations/listings";
import { textOf, type UserError } from "../utils/forms";
import { formatDateTime, formatMoney, formatQuantity } from "../utils/format";
import { formatHsCode } from "../utils/hs";
import { pageMeta } from "../utils/meta";
import { sellerPreferences } from "../viewer.server";

export const meta: MetaFunction = (args) => pageMeta(args, "selling.listings.title");

const PAGE_SIZE = 20;

export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  const prefs = await sellerPreferences(gql);
  const url = new URL(args.request.url);
  const wanted = url.searchParams.get("status");
  const status = LISTING_STATUSES.find((s) => s === wanted) ?? null;
  const { myListings } = await gql.query<MyListingsQuery>(MY_LISTINGS, { status, first: PAGE_SIZE, after: url.searchParams.get("after") });
  const { locale } = gql;
  return json({
    status,
    totalCount: myListings.totalCount,
    nextCursor: myListings.pageInfo.hasNextPage ? myListings.pageInfo.endCursor : null,
    listings: myListings.edges.map(({ node }) => ({
      id: node.id,
      title: node.title,
      status: node.status,
      hsCode: formatHsCode(node.hsCode),
      priceFrom: formatMoney(node.priceFrom, locale),
      moq: formatQuantity(node.moq, node.unit, locale),
      available: formatQuantity(node.availableQuantity, node.unit, locale),
      updated: formatDateTime(node.updatedAt, locale, prefs.timeZone),
    })),
  });
}

type Answer = { listingId: string; status: ListingStatus; title: string } | { listingId: string; errors: UserError[] };

export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  const form = await args.request.formData();
  const intent = textOf(form, "intent");
  const listingId = textOf(form, "listingId");
  if (!isLifecycleIntent(intent)) return json(null, 400);
  const step = LIFECYCLE[intent];
  const result = await gql.mutate<LifecycleAnswer>(step.document, { id: listingId });
  const payload = result[step.field]!;
  if (payload.userErrors.length || !payload.listing) return json<Answer>({ listingId, errors: payload.userErrors }, 400);
  return json<Answer>({ listingId, status: payload.listing.status, title: payload.listing.title });
}

export default function MyListings() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as Answer | null | undefined;
  const busy = useNavigation().state === "submitting";
  return (
    <div className="page">
      <SectionNav section="selling" />
      <div className="page-heading">
        <h1>{t("selling.listings.title")}</h1>
        <p className="actions">
          <Link to="/selling/listings/new" className="button">
            {t("selling.listings.new")}
          </Link>
          <Link to="/selling/import" className="button button-secondary">
            {t("selling.listings.import")}
          </Link>
        </p>
      </div>
      <nav className="tabs" aria-label={t("selling.listings.byStatus")}>
        <NavLink to="?" end className={() => (data.status === null ? "active" : "")}>
          {t("selling.listings.all")}
        </NavLink>
        {LISTING_STATUSES.map((status) => (
          <NavLink key={status} to={`?status=${status}`} className={() => (data.status === status ? "active" : "")} aria-current={data.status === status ? "page" : undefined}>
            {t(`listingStatus.${status}`)}
          </NavLink>
        ))}
      </nav>
      {answer && "status" in answer ? (
        <p role="status" className="notice notice-success">
          {t(`listingForm.movedNamed.${answer.status}`, { title: answer.title })}
        </p>
      ) : null}
      {answer && "errors" in answer ? <FormErrors messages={answer.errors.map((e) => e.message)} /> : null}
      <p className="muted">{t("selling.listings.count", { count: data.totalCount })}</p>
      {data.listings.length ? (
        <div className="table-scroll">
          <table className="table stack-on-phone">
            <thead>
              <tr>
                <th scope="col">{t("selling.listings.columns.title")}</th>
                <th scope="col">{t("selling.listings.columns.status")}</th>
                <th scope="col">{t("selling.listings.columns.hsCode")}</th>
                <th scope="col">{t("selling.listings.columns.priceFrom")}</th>
                <th scope="col">{t("selling.listings.columns.moq")}</th>
                <th scope="col">{t("selling.listings.columns.available")}</th>
                <th scope="col">{t("selling.listings.columns.updated")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("selling.listings.columns.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.listings.map((listing) => (
                <tr key={listing.id}>
                  <td data-label={t("selling.listings.columns.title")}>
                    <Link to={`/selling/listings/${listing.id}/edit`}>
                      <bdi>{listing.title}</bdi>
                    </Link>
                  </td>
                  <td data-label={t("selling.listings.columns.status")}>
                    <StateBadge group="listingStatus" status={listing.status} />
                  </td>
                  <td data-label={t("selling.listings.columns.hsCode")}>
                    <bdi dir="ltr">{listing.hsCode}</bdi>
                  </td>
                  <td className="num" data-label={t("selling.listings.columns.priceFrom")}>{listing.priceFrom}</td>
                  <td className="num" data-label={t("selling.listings.columns.moq")}>{listing.moq}</td>
                  <td className="num" data-label={t("selling.listings.columns.available")}>{listing.available}</td>
                  <td data-label={t("selling.listings.columns.updated")}>{listing.updated}</td>
                  <td>
                    <div className="row-actions">
                      {(Object.keys(LIFECYCLE) as (keyof typeof LIFECYCLE)[])
                        .filter((step) => (LIFECYCLE[step].from as readonly string[]).includes(listing.status))
                        .map((step) => (
                          <Form method="post" key={step}>
                            <input type="hidden" name="listingId" value={listing.id} />
                            <button type="submit" name="intent" value={step} className={step === "archive" ? "button-small button-danger" : "button-small"} disabled={busy}>
                              {t(`listingForm.actions.${step}`)}
                              <span className="visually-hidden">
                                {" "}
                                <bdi>{listing.title}</bdi>
                              </span>
                            </button>
                          </Form>
                        ))}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="panel">{t("selling.listings.empty")}</p>
      )}
      <Pagination nextCursor={data.nextCursor} label={t("pagination.label")} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
