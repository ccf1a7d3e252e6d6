import { expect, it } from "vitest";
import { inbox } from "../../graph/inbox/service.js";
import { contactSeller, conversationMessages, getConversation, myConversations, replyToConversation } from "../../graph/messages/service.js";
import { isListingSaved, saveListing, savedListings, unsaveListing } from "../../graph/messages/shortlist.js";
import { DomainError, UserInputProblems } from "../../graph/errors.js";
import { describeEachDatabase } from "../support/db.js";
import { at } from "../support/companies.js";
import { tradeWorld } from "../support/trade.js";

async function errorOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "none",
    (e: unknown) => (e instanceof DomainError ? e.code : e instanceof UserInputProblems ? e.problems.map((p) => `${p.field}:${p.code}`).join(",") : String(e)),
  );
}

const count = async (db: () => { db: import("kysely").Kysely<import("../../db/types.js").DB> }, table: "conversations" | "conversation_messages" | "saved_listings") =>
  Number((await db().db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);

describeEachDatabase("a buyer talks to the seller of a listing", (db) => {
  it("a buyer in PL asks the Malaysian seller about reefer temperature; the seller answers; both inboxes are told, nobody else sees it", async () => {
    const world = await tradeWorld(db());
    const asked = await contactSeller(at(world.buyer.ctx, "2026-12-07T08:00:00Z"), { listingId: world.listingId, body: "Can you ship at 13 °C in 40' reefers?" });
    expect(asked).toMatchObject({ listingTitle: expect.stringContaining("coconut"), counterpartName: "Kelapa Nusantara Sdn. Bhd." });
    // A second message from the same buyer about the same listing joins the conversation.
    const again = await contactSeller(at(world.buyer.ctx, "2026-12-07T08:05:00Z"), { listingId: world.listingId, body: "And the phytosanitary certificate?" });
    expect(again.id).toBe(asked.id);

    const sellerNews = (await inbox(world.seller.ctx, { first: 10 })).edges.map((e) => e.node);
    expect(sellerNews.filter((n) => n.kind === "MESSAGE_RECEIVED")).toHaveLength(2);
    expect(sellerNews[0]!.payload).toMatchObject({ conversationId: asked.id, from: "Baltic Fresh Sp. z o.o." });

    const answered = await replyToConversation(at(world.seller.ctx, "2026-12-07T09:30:00Z"), { conversationId: asked.id, body: "Yes: 13 °C, certificate from DOA Malaysia with every container." });
    expect(answered.counterpartName).toBe("Baltic Fresh Sp. z o.o.");
    expect((await conversationMessages(world.buyer.ctx, asked.id)).map((m) => m.body)).toEqual([
      "Can you ship at 13 °C in 40' reefers?",
      "And the phytosanitary certificate?",
      "Yes: 13 °C, certificate from DOA Malaysia with every container.",
    ]);
    expect((await inbox(world.buyer.ctx, { first: 10 })).edges.map((e) => e.node.kind)).toContain("MESSAGE_RECEIVED");
    expect((await myConversations(world.seller.ctx, { first: 10 })).edges.map((e) => e.node.id)).toEqual([asked.id]);

    // A third company gets nothing, and cannot write into it.
    expect(await getConversation(world.stranger.ctx, asked.id)).toBeNull();
    expect(await errorOf(conversationMessages(world.stranger.ctx, asked.id))).toBe("NOT_FOUND");
    const before = await count(db, "conversation_messages");
    expect(await errorOf(replyToConversation(world.stranger.ctx, { conversationId: asked.id, body: "Hello" }))).toBe("NOT_FOUND");
    expect(await count(db, "conversation_messages")).toBe(before);
  });

  it("refuses an empty or overlong message, a listing that does not exist and a seller writing to itself, writing nothing", async () => {
    const world = await tradeWorld(db());
    const refusals = await Promise.all([
      errorOf(contactSeller(world.buyer.ctx, { listingId: world.listingId, body: "   " })),
      errorOf(contactSeller(world.buyer.ctx, { listingId: world.listingId, body: "x".repeat(4001) })),
      errorOf(contactSeller(world.buyer.ctx, { listingId: "lst_nope", body: "Hello" })),
      errorOf(contactSeller(world.seller.ctx, { listingId: world.listingId, body: "Hello me" })),
    ]);
    expect(refusals).toEqual(["body:REQUIRED", "body:TOO_LONG", "listingId:LISTING_NOT_FOUND", "listingId:CONTACT_OWN_LISTING"]);
    expect(await count(db, "conversations")).toBe(0);
    expect(await count(db, "conversation_messages")).toBe(0);
  });

  it("a buyer saves a listing to its company's shortlist once, sees it there, and takes it off", async () => {
    const world = await tradeWorld(db());
    await saveListing(world.buyer.ctx, world.listingId);
    await saveListing(world.buyer.ctx, world.listingId);
    expect(await isListingSaved(world.buyer.ctx, world.listingId)).toBe(true);
    expect(await isListingSaved(world.stranger.ctx, world.listingId)).toBe(false);
    expect((await savedListings(world.buyer.ctx, { first: 10 })).edges.map((e) => e.node.id)).toEqual([world.listingId]);
    expect(await errorOf(saveListing(world.seller.ctx, world.listingId))).toBe("listingId:SAVE_OWN_LISTING");
    expect(await errorOf(saveListing(world.buyer.ctx, "lst_nope"))).toBe("listingId:LISTING_NOT_FOUND");
    await unsaveListing(world.buyer.ctx, world.listingId);
    await unsaveListing(world.buyer.ctx, world.listingId);
    expect((await savedListings(world.buyer.ctx, { first: 10 })).totalCount).toBe(0);
    expect(await count(db, "saved_listings")).toBe(0);
  });
});
