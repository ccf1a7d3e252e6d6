import type { Executor } from "../../db/database.js";
import type { ConversationMessagesTable, ConversationsTable, SavedListingsTable } from "../../db/types.js";

export function conversationById(db: Executor, id: string): Promise<ConversationsTable | undefined> {
  return db.selectFrom("conversations").selectAll().where("id", "=", id).executeTakeFirst();
}

export function conversationOf(db: Executor, listingId: string, buyerOrganisationId: string): Promise<ConversationsTable | undefined> {
  return db.selectFrom("conversations").selectAll().where("listing_id", "=", listingId).where("buyer_organisation_id", "=", buyerOrganisationId).executeTakeFirst();
}

export async function insertConversation(db: Executor, row: ConversationsTable): Promise<void> {
  await db.insertInto("conversations").values(row).execute();
}

export async function touchConversation(db: Executor, id: string, at: string): Promise<void> {
  await db.updateTable("conversations").set({ last_message_at: at }).where("id", "=", id).execute();
}

export async function insertMessage(db: Executor, row: ConversationMessagesTable): Promise<void> {
  await db.insertInto("conversation_messages").values(row).execute();
}

export function messagesOf(db: Executor, conversationId: string): Promise<ConversationMessagesTable[]> {
  return db.selectFrom("conversation_messages").selectAll().where("conversation_id", "=", conversationId).orderBy("created_at").orderBy("id").execute();
}

/** A company's conversations on either side, the latest first, after a (last message, id) cursor. */
export async function conversationsOf(db: Executor, organisationId: string, limit: number, after: [string, string] | null): Promise<{ rows: ConversationsTable[]; total: number }> {
  const mine = db.selectFrom("conversations").where((eb) => eb.or([eb("buyer_organisation_id", "=", organisationId), eb("seller_organisation_id", "=", organisationId)]));
  const total = await mine.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  let select = mine.selectAll();
  if (after) {
    const [at, id] = after;
    select = select.where((eb) => eb.or([eb("last_message_at", "<", at), eb.and([eb("last_message_at", "=", at), eb("id", "<", id)])]));
  }
  const rows = await select.orderBy("last_message_at", "desc").orderBy("id", "desc").limit(limit).execute();
  return { rows, total: Number(total.n) };
}

export function savedListing(db: Executor, organisationId: string, listingId: string): Promise<SavedListingsTable | undefined> {
  return db.selectFrom("saved_listings").selectAll().where("organisation_id", "=", organisationId).where("listing_id", "=", listingId).executeTakeFirst();
}

export async function insertSavedListing(db: Executor, row: SavedListingsTable): Promise<void> {
  await db.insertInto("saved_listings").values(row).onConflict((oc) => oc.columns(["organisation_id", "listing_id"]).doNothing()).execute();
}

export async function deleteSavedListing(db: Executor, organisationId: string, listingId: string): Promise<void> {
  await db.deleteFrom("saved_listings").where("organisation_id", "=", organisationId).where("listing_id", "=", listingId).execute();
}

export async function savedListingsOf(db: Executor, organisationId: string, limit: number, after: [string, string] | null): Promise<{ rows: SavedListingsTable[]; total: number }> {
  const mine = db.selectFrom("saved_listings").where("organisation_id", "=", organisationId);
  const total = await mine.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  let select = mine.selectAll();
  if (after) {
    const [at, id] = after;
    select = select.where((eb) => eb.or([eb("created_at", "<", at), eb.and([eb("created_at", "=", at), eb("listing_id", "<", id)])]));
  }
  const rows = await select.orderBy("created_at", "desc").orderBy("listing_id", "desc").limit(limit).execute();
  return { rows, total: Number(total.n) };
}
