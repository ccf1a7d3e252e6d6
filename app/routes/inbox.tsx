import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, NavLink, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { InboxQuery, MarkNotificationsReadMutation } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { FormErrors } from "../components/fields";
import { Pagination } from "../components/pagination";
import { api } from "../graphql.server";
import { INBOX, MARK_READ } from "../operations/marketplace";
import type { UserError } from "../utils/forms";
import { formatDateTime } from "../utils/format";
import { pageMeta } from "../utils/meta";
import { viewerPreferences } from "../viewer.server";

export const meta: MetaFunction = (args) => pageMeta(args, "inbox.title");

/** Where a notification leads: the request to quote on, the quotes to compare, the seller's quotes, or the shipment customs decided on. */
function linkOf(notification: InboxQuery["inbox"]["edges"][number]["node"], sells: boolean): string | null {
  let payload: Record<string, unknown> = {};
  try {
    payload = JSON.parse(notification.payload) as Record<string, unknown>;
  } catch {
    payload = {};
  }
  const { requestId, shipmentId, conversationId } = payload;
  switch (notification.kind) {
    case "REQUEST_MATCHED":
      return sells ? `/selling/requests/${notification.subjectId}/quote` : null;
    case "QUOTE_RECEIVED":
      return typeof requestId === "string" ? `/sourcing/requests/${requestId}#quotes` : null;
    case "QUOTE_ACCEPTED":
    case "QUOTE_NOT_CHOSEN":
      return "/selling/quotes";
    case "CUSTOMS_DECIDED":
      return typeof shipmentId === "string" ? `/shipments/${shipmentId}` : null;
    case "MESSAGE_RECEIVED":
      return typeof conversationId === "string" ? `/messages/${conversationId}` : null;
  }
}

export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const prefs = await viewerPreferences(gql);
  const url = new URL(args.request.url);
  const unreadOnly = url.searchParams.get("unread") === "1";
  const { inbox, unreadCount } = await gql.query<InboxQuery>(INBOX, { first: 20, after: url.searchParams.get("after"), unreadOnly });
  return json({
    unreadOnly,
    unreadCount,
    totalCount: inbox.totalCount,
    nextCursor: inbox.pageInfo.hasNextPage ? inbox.pageInfo.endCursor : null,
    notifications: inbox.edges.map(({ node }) => ({
      id: node.id,
      kind: node.kind,
      message: node.message,
      read: node.read,
      when: formatDateTime(node.createdAt, gql.locale, prefs.timeZone),
      link: linkOf(node, prefs.sells),
    })),
  });
}

export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  const form = await args.request.formData();
  const ids = form.getAll("id").filter((id): id is string => typeof id === "string" && id !== "");
  const { markNotificationsRead } = await gql.mutate<MarkNotificationsReadMutation>(MARK_READ, { ids });
  if (markNotificationsRead.userErrors.length) return json<{ errors: UserError[] }>({ errors: markNotificationsRead.userErrors }, 400);
  return json<{ marked: number }>({ marked: ids.length });
}

export default function Inbox() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const unreadHere = data.notifications.filter((n) => !n.read);
  return (
    <div className="page">
      <h1>{t("inbox.title")}</h1>
      <p className="lead" data-testid="inbox-unread">
        {t("inbox.unread", { count: data.unreadCount })}
      </p>
      {answer && "marked" in answer ? (
        <p role="status" className="notice notice-success">
          {t("inbox.marked", { count: answer.marked })}
        </p>
      ) : null}
      {answer && "errors" in answer ? <FormErrors messages={answer.errors.map((e) => e.message)} /> : null}
      <div className="page-heading">
        <nav className="tabs" aria-label={t("inbox.show")}>
          <NavLink to="?" end className={() => (!data.unreadOnly ? "active" : "")}>
            {t("inbox.all")}
          </NavLink>
          <NavLink to="?unread=1" className={() => (data.unreadOnly ? "active" : "")}>
            {t("inbox.unreadOnly")}
          </NavLink>
        </nav>
        {unreadHere.length ? (
          <Form method="post">
            {unreadHere.map((n) => (
              <input type="hidden" name="id" value={n.id} key={n.id} />
            ))}
            <button type="submit" className="button-small" disabled={busy}>
              {t("inbox.markAll")}
            </button>
          </Form>
        ) : null}
      </div>
      {data.notifications.length ? (
        <ul className="notifications">
          {data.notifications.map((n) => (
            <li key={n.id} className={n.read ? "notification" : "notification notification-unread"} data-kind={n.kind}>
              <div>
                {n.read ? null : <span className="visually-hidden">{t("inbox.new")} </span>}
                {n.link ? <Link to={n.link}>{n.message}</Link> : <span>{n.message}</span>}
                <p className="muted notification-when">{n.when}</p>
              </div>
              {n.read ? null : (
                <Form method="post">
                  <input type="hidden" name="id" value={n.id} />
                  <button type="submit" className="button-link" disabled={busy}>
                    {t("inbox.markRead")}
                    <span className="visually-hidden">: {n.message}</span>
                  </button>
                </Form>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="panel">{t(data.unreadOnly ? "inbox.emptyUnread" : "inbox.empty")}</p>
      )}
      <Pagination nextCursor={data.nextCursor} label={t("pagination.label")} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
