import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ConversationsQuery } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { Pagination } from "../components/pagination";
import { api } from "../graphql.server";
import { CONVERSATIONS } from "../operations/messages";
import { formatDateTime } from "../utils/format";
import { pageMeta } from "../utils/meta";
import { viewerPreferences } from "../viewer.server";

export const meta: MetaFunction = (args) => pageMeta(args, "messages.title");

/** The company's conversations with buyers and sellers, the latest message first. */
export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const prefs = await viewerPreferences(gql);
  const after = new URL(args.request.url).searchParams.get("after");
  const { conversations } = await gql.query<ConversationsQuery>(CONVERSATIONS, { after });
  return json({
    conversations: conversations.edges.map(({ node }) => ({ ...node, when: formatDateTime(node.lastMessageAt, gql.locale, prefs.timeZone) ?? node.lastMessageAt })),
    nextCursor: conversations.pageInfo.hasNextPage ? conversations.pageInfo.endCursor : null,
  });
}

export default function Messages() {
  const { t } = useTranslation();
  const { conversations, nextCursor } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <h1>{t("messages.title")}</h1>
      <p className="lead">{t("messages.lead")}</p>
      {conversations.length ? (
        <ul className="plain-list stack" data-testid="conversations">
          {conversations.map((c) => (
            <li key={c.id} className="panel">
              <Link to={`/messages/${c.id}`}>
                <bdi>{c.listingTitle}</bdi>
              </Link>
              <br />
              <span className="muted">
                {t(c.viewerIsBuyer ? "messages.withSeller" : "messages.withBuyer", { name: c.counterpartName })} · {c.when}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("messages.none")}</p>
      )}
      <Pagination nextCursor={nextCursor} label={t("messages.title")} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
