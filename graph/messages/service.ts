import { z } from "zod";
import { newTimeOrderedId, nowIso } from "../../db/ids.js";
import type { ConversationMessagesTable, ConversationsTable } from "../../db/types.js";
import { withTransaction, type ServiceContext } from "../context.js";
import { notFound, problem } from "../errors.js";
import { requireOrganisation } from "../identity/guards.js";
import { getOrganisation, getUser } from "../identity/service.js";
import { notify } from "../inbox/service.js";
import { getListing, listingsByIds } from "../listings/service.js";
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from "../shared/pagination.js";
import { requiredText, validate } from "../shared/validation.js";
import * as repo from "./repository.js";

/** Long enough for specifications and terms, short enough to stay a message rather than a file. */
export const MESSAGE_MAX_LENGTH = 4000;

export interface ConversationMessage {
  id: string;
  authorOrganisationId: string;
  /** The member who wrote it, or the company's name when its API token did. */
  authorName: string;
  body: string;
  createdAt: string;
}

/** A buyer and a seller talking over one listing; each company's members share it, as they share the inbox. */
export interface Conversation {
  id: string;
  listingId: string;
  listingTitle: string;
  buyerOrganisationId: string;
  sellerOrganisationId: string;
  /** The other company's legal name, from the viewer's side. */
  counterpartName: string;
  createdAt: string;
  lastMessageAt: string;
}

const contactSchema = z.object({
  listingId: z.string({ required_error: "REQUIRED" }).trim().min(1, "REQUIRED"),
  body: requiredText(MESSAGE_MAX_LENGTH),
});

const replySchema = z.object({
  conversationId: z.string({ required_error: "REQUIRED" }).trim().min(1, "REQUIRED"),
  body: requiredText(MESSAGE_MAX_LENGTH),
});

export type ContactSellerInput = z.input<typeof contactSchema>;
export type ReplyInput = z.input<typeof replySchema>;

async function authorName(ctx: ServiceContext, row: Pick<ConversationMessagesTable, "author_user_id" | "author_organisation_id">): Promise<string> {
  const user = row.author_user_id ? await getUser(ctx, row.author_user_id) : null;
  return user?.displayName ?? (await getOrganisation(ctx, row.author_organisation_id))?.legalName ?? "";
}

async function toConversation(ctx: ServiceContext, row: ConversationsTable, viewerOrganisationId: string): Promise<Conversation> {
  const [listing] = await listingsByIds({ ...ctx, viewer: { kind: "system" } }, [row.listing_id]);
  const counterpartId = row.buyer_organisation_id === viewerOrganisationId ? row.seller_organisation_id : row.buyer_organisation_id;
  return {
    id: row.id,
    listingId: row.listing_id,
    listingTitle: listing?.title ?? "",
    buyerOrganisationId: row.buyer_organisation_id,
    sellerOrganisationId: row.seller_organisation_id,
    counterpartName: (await getOrganisation(ctx, counterpartId))?.legalName ?? "",
    createdAt: row.created_at,
    lastMessageAt: row.last_message_at,
  };
}

/** The conversation when the viewer's company is one of its two sides; "not found" otherwise, so ids reveal nothing. */
async function ownConversation(ctx: ServiceContext, id: string): Promise<{ row: ConversationsTable; organisationId: string }> {
  const { organisationId } = requireOrganisation(ctx.viewer);
  const row = await repo.conversationById(ctx.db, id);
  if (!row || (row.buyer_organisation_id !== organisationId && row.seller_organisation_id !== organisationId)) throw notFound("CONVERSATION_NOT_FOUND");
  return { row, organisationId };
}

/**
 * Writes a message into the conversation and tells the other company in its inbox (and by mail).
 * One notification per message: each is news of its own.
 */
async function post(ctx: ServiceContext, conversation: ConversationsTable, organisationId: string, body: string, listingTitle: string): Promise<void> {
  const at = nowIso(ctx.now());
  const userId = ctx.viewer.kind === "user" ? ctx.viewer.userId : null;
  const message: ConversationMessagesTable = {
    id: newTimeOrderedId("msg", ctx.now()),
    conversation_id: conversation.id,
    author_user_id: userId,
    author_organisation_id: organisationId,
    body,
    created_at: at,
  };
  await repo.insertMessage(ctx.db, message);
  await repo.touchConversation(ctx.db, conversation.id, at);
  const from = (await getOrganisation(ctx, organisationId))?.legalName ?? "";
  const to = conversation.buyer_organisation_id === organisationId ? conversation.seller_organisation_id : conversation.buyer_organisation_id;
  await notify(ctx, {
    organisationId: to,
    kind: "MESSAGE_RECEIVED",
    subjectId: message.id,
    payload: { conversationId: conversation.id, listingId: conversation.listing_id, title: listingTitle, from },
    emailParams: { title: listingTitle, from },
  });
}

/**
 * A buyer writes to the seller of a listing it can see: the first message opens the conversation
 * about that listing, later ones from the same company join it.
 */
export async function contactSeller(ctx: ServiceContext, input: ContactSellerInput): Promise<Conversation> {
  const { organisationId } = requireOrganisation(ctx.viewer);
  const data = validate(contactSchema, input);
  const listing = await getListing(ctx, data.listingId);
  if (!listing || listing.status !== "active") throw problem("listingId", "LISTING_NOT_FOUND");
  if (listing.organisationId === organisationId) throw problem("listingId", "CONTACT_OWN_LISTING");
  return withTransaction(ctx, async (tx) => {
    let conversation = await repo.conversationOf(tx.db, listing.id, organisationId);
    if (!conversation) {
      const at = nowIso(tx.now());
      conversation = {
        id: newTimeOrderedId("cnv", tx.now()),
        listing_id: listing.id,
        buyer_organisation_id: organisationId,
        seller_organisation_id: listing.organisationId,
        created_at: at,
        last_message_at: at,
      };
      await repo.insertConversation(tx.db, conversation);
    }
    await post(tx, conversation, organisationId, data.body, listing.title);
    return toConversation(tx, (await repo.conversationById(tx.db, conversation.id))!, organisationId);
  });
}

/** Either side answers in a conversation it is part of. */
export async function replyToConversation(ctx: ServiceContext, input: ReplyInput): Promise<Conversation> {
  const data = validate(replySchema, input);
  const { row, organisationId } = await ownConversation(ctx, data.conversationId);
  return withTransaction(ctx, async (tx) => {
    const [listing] = await listingsByIds({ ...tx, viewer: { kind: "system" } }, [row.listing_id]);
    await post(tx, row, organisationId, data.body, listing?.title ?? "");
    return toConversation(tx, (await repo.conversationById(tx.db, row.id))!, organisationId);
  });
}

export async function getConversation(ctx: ServiceContext, id: string): Promise<Conversation | null> {
  try {
    const { row, organisationId } = await ownConversation(ctx, id);
    return await toConversation(ctx, row, organisationId);
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

/** The messages of a conversation the viewer's company is part of, oldest first. */
export async function conversationMessages(ctx: ServiceContext, conversationId: string): Promise<ConversationMessage[]> {
  const { row } = await ownConversation(ctx, conversationId);
  const rows = await repo.messagesOf(ctx.db, row.id);
  return Promise.all(
    rows.map(async (m) => ({ id: m.id, authorOrganisationId: m.author_organisation_id, authorName: await authorName(ctx, m), body: m.body, createdAt: m.created_at })),
  );
}

/** The viewer's company's conversations, as buyer or seller, the latest message first. */
export async function myConversations(ctx: ServiceContext, args: PageArgs): Promise<Page<Conversation>> {
  const { organisationId } = requireOrganisation(ctx.viewer);
  const size = pageSize(args.first);
  const after = args.after ? (decodeCursor(args.after, ["string", "string"]) as [string, string]) : null;
  const { rows, total } = await repo.conversationsOf(ctx.db, organisationId, size + 1, after);
  const conversations = await Promise.all(rows.map((row) => toConversation(ctx, row, organisationId)));
  return toPage(conversations, size, total, (c) => [c.lastMessageAt, c.id]);
}
