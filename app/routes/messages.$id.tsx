import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ConversationQuery, ReplyToConversationMutation } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { MessageForm, type MessageFormAnswer } from "../components/message-form";
import { api } from "../graphql.server";
import { translatorFor } from "../locale.server";
import { CONVERSATION, REPLY_TO_CONVERSATION } from "../operations/messages";
import { textOf } from "../utils/forms";
import { formatDateTime } from "../utils/format";
import { pageMeta } from "../utils/meta";
import { viewerPreferences } from "../viewer.server";

export const meta: MetaFunction = (args) => pageMeta(args, "messages.conversation");

export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const prefs = await viewerPreferences(gql);
  const { conversation } = await gql.query<ConversationQuery>(CONVERSATION, { id: args.params.id });
  if (!conversation) throw json({ code: "NOT_FOUND", message: translatorFor(gql.locale)("errors:CONVERSATION_NOT_FOUND") }, { status: 404 });
  return json({
    conversation: {
      ...conversation,
      messages: conversation.messages.map((m) => ({ ...m, when: formatDateTime(m.createdAt, gql.locale, prefs.timeZone) ?? m.createdAt })),
    },
  });
}

export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  const form = await args.request.formData();
  const body = textOf(form, "body");
  const { replyToConversation } = await gql.mutate<ReplyToConversationMutation>(REPLY_TO_CONVERSATION, { input: { conversationId: args.params.id, body } });
  if (replyToConversation.userErrors.length) return json<MessageFormAnswer>({ errors: replyToConversation.userErrors, body }, 400);
  return gql.redirect(`/messages/${args.params.id}?sent=1#reply`);
}

export default function ConversationPage() {
  const { t } = useTranslation();
  const { conversation } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <p className="breadcrumbs">
        <Link to="/messages">{t("messages.title")}</Link>
      </p>
      <h1>
        <bdi>{conversation.listingTitle}</bdi>
      </h1>
      <p className="lead">
        {t(conversation.viewerIsBuyer ? "messages.withSeller" : "messages.withBuyer", { name: conversation.counterpartName })} ·{" "}
        <Link to={`/listings/${conversation.listingId}`}>{t("messages.openListing")}</Link>
      </p>
      <ol className="plain-list stack conversation" data-testid="messages">
        {conversation.messages.map((m) => (
          <li key={m.id} className={m.fromViewer ? "panel message message-mine" : "panel message"}>
            <p className="muted">
              <strong>
                <bdi>{m.authorName}</bdi>
              </strong>{" "}
              · {m.when}
            </p>
            <p className="message-body">
              <bdi>{m.body}</bdi>
            </p>
          </li>
        ))}
      </ol>
      <MessageForm label={t("messages.reply")} rows={4} id="reply" />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
