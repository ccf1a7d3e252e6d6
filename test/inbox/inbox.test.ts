import { expect, it } from "vitest";
import type { Database } from "../../db/database.js";
import { newId } from "../../db/ids.js";
import { withTransaction, type ServiceContext } from "../../graph/context.js";
import { DomainError, UserInputProblems } from "../../graph/errors.js";
import { registerOrganisation } from "../../graph/identity/service.js";
import { inbox, markNotificationsRead, NOTIFICATION_KINDS, notificationMessage, notify, unreadCount, type NotifyInput } from "../../graph/inbox/service.js";
import { translatorFor } from "../../locales/index.js";
import { describeEachDatabase } from "../support/db.js";
import { ctxAs, ownerOf, signUpInput } from "../support/identity.js";

const at = (ctx: ServiceContext, iso: string): ServiceContext => ({ ...ctx, now: () => new Date(iso) });

function quoteAccepted(organisationId: string, quoteId = "quo_kelapa0000000000"): NotifyInput {
  return {
    organisationId,
    kind: "QUOTE_ACCEPTED",
    subjectId: quoteId,
    payload: { requestId: "req_coconuts00000000", requestTitle: "Husked coconuts, 40 t", unitPrice: "1050.00", currency: "USD" },
    emailParams: { title: "Husked coconuts, 40 t", buyer: "Baltic Fresh Sp. z o.o." },
  };
}

async function rows(database: Database) {
  const [notifications, outbox] = await Promise.all([
    database.db.selectFrom("notifications").selectAll().execute(),
    // The news only, not the confirmation link every new account is mailed.
    database.db.selectFrom("outbox").select(["id", "kind", "recipient", "locale", "payload", "sent_at"]).where("kind", "in", [...NOTIFICATION_KINDS]).orderBy("recipient").execute(),
  ]);
  return { notifications, outbox };
}

/**
 * A second member of an organisation. Identity has no invitation flow yet, so the membership row
 * is written here, for a user who signed up on their own.
 */
async function addMember(database: Database, organisationId: string, email: string, locale: "en" | "ar") {
  const joined = await registerOrganisation(ctxAs(database), signUpInput({ email, locale, kind: "buyer", country: "MY" }));
  await database.db
    .insertInto("memberships")
    .values({ id: newId("mem"), user_id: joined.user.id, organisation_id: organisationId, role: "member", jurisdiction_country: null, created_at: new Date().toISOString() })
    .execute();
}

describeEachDatabase("telling a company something happened", (db) => {
  it("writes one inbox entry for the company and an e-mail in each member's language to the outbox", async () => {
    const kelapa = await ownerOf(db(), signUpInput({ email: "aminah@kelapa.example" }));
    await addMember(db(), kelapa.organisationId, "farid@kelapa.example", "ar");

    const result = await notify(at(ctxAs(db()), "2026-12-04T08:00:00Z"), quoteAccepted(kelapa.organisationId));
    expect(result).toMatchObject({ created: true, emailsQueued: 2 });
    expect(result.notification).toMatchObject({
      organisationId: kelapa.organisationId,
      kind: "QUOTE_ACCEPTED",
      subjectId: "quo_kelapa0000000000",
      readAt: null,
      createdAt: "2026-12-04T08:00:00.000Z",
    });
    expect(result.notification.id).toMatch(/^ntf_/);

    const { outbox } = await rows(db());
    const english = "Baltic Fresh Sp. z o.o. accepted your quote for “Husked coconuts, 40 t”";
    expect(outbox.map((r) => [r.recipient, r.locale, r.kind, r.sent_at])).toEqual([
      ["aminah@kelapa.example", "en", "QUOTE_ACCEPTED", null],
      ["farid@kelapa.example", "ar", "QUOTE_ACCEPTED", null],
    ]);
    const [toAminah, toFarid] = outbox.map((r) => JSON.parse(r.payload) as Record<string, unknown>);
    expect(toAminah).toEqual({
      notificationId: result.notification.id,
      organisationId: kelapa.organisationId,
      kind: "QUOTE_ACCEPTED",
      subjectId: "quo_kelapa0000000000",
      subject: english,
      messageKey: "common:notifications.QUOTE_ACCEPTED",
      messageParams: { title: "Husked coconuts, 40 t", buyer: "Baltic Fresh Sp. z o.o." },
      payload: { requestId: "req_coconuts00000000", requestTitle: "Husked coconuts, 40 t", unitPrice: "1050.00", currency: "USD" },
    });
    expect(toFarid!.subject).toBe(translatorFor("ar")("common:notifications.QUOTE_ACCEPTED", { title: "Husked coconuts, 40 t", buyer: "Baltic Fresh Sp. z o.o." }));
    expect(outbox.every((r) => r.id.startsWith("obx_"))).toBe(true);

    const [entry] = (await inbox(kelapa.ctx, {})).edges.map((e) => e.node);
    expect(notificationMessage(kelapa.ctx, entry!)).toBe(english);
  });

  it("telling the same company the same news about the same subject again writes nothing: a retry mails nobody twice", async () => {
    const kelapa = await ownerOf(db());
    const first = await notify(ctxAs(db()), quoteAccepted(kelapa.organisationId));
    const again = await notify(ctxAs(db()), { ...quoteAccepted(kelapa.organisationId), payload: { changed: true } });
    expect(again).toEqual({ notification: first.notification, created: false, emailsQueued: 0 });
    const { notifications, outbox } = await rows(db());
    expect([notifications.length, outbox.length]).toEqual([1, 1]);
    // Other news about the same quote, or the same news about another quote, is new.
    await notify(ctxAs(db()), { ...quoteAccepted(kelapa.organisationId), kind: "QUOTE_NOT_CHOSEN" });
    await notify(ctxAs(db()), quoteAccepted(kelapa.organisationId, "quo_other00000000000"));
    expect((await rows(db())).notifications).toHaveLength(3);
  });

  it("runs inside the caller's transaction: news of a change that rolls back is never sent", async () => {
    const kelapa = await ownerOf(db());
    const failed = await withTransaction(ctxAs(db()), async (tx) => {
      await notify(tx, quoteAccepted(kelapa.organisationId));
      throw new Error("the award failed after the notification was written");
    }).catch((error: Error) => error.message);
    expect(failed).toBe("the award failed after the notification was written");
    expect(await rows(db())).toEqual({ notifications: [], outbox: [] });

    await withTransaction(ctxAs(db()), (tx) => notify(tx, quoteAccepted(kelapa.organisationId)));
    const { notifications, outbox } = await rows(db());
    expect([notifications.length, outbox.length]).toEqual([1, 1]);
  });
});

describeEachDatabase("the company inbox", (db) => {
  it("lists the company's news newest first, page by page, and counts what nobody has read", async () => {
    const kelapa = await ownerOf(db());
    const other = await ownerOf(db(), signUpInput({ email: "marta@balticfresh.example", country: "PL", kind: "buyer" }));
    const system = ctxAs(db());
    const sent = [];
    for (const [i, kind] of (["QUOTE_RECEIVED", "QUOTE_NOT_CHOSEN", "QUOTE_ACCEPTED"] as const).entries()) {
      sent.push((await notify(at(system, `2026-12-0${i + 1}T08:00:00Z`), { ...quoteAccepted(kelapa.organisationId, `quo_${i}`), kind })).notification.id);
    }
    const elsewhere = (await notify(system, quoteAccepted(other.organisationId))).notification.id;

    const page = await inbox(kelapa.ctx, { first: 2 });
    expect(page.totalCount).toBe(3);
    expect(page.edges.map((e) => e.node.kind)).toEqual(["QUOTE_ACCEPTED", "QUOTE_NOT_CHOSEN"]);
    const rest = await inbox(kelapa.ctx, { first: 2, after: page.pageInfo.endCursor });
    expect(rest.edges.map((e) => e.node.kind)).toEqual(["QUOTE_RECEIVED"]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect(await unreadCount(kelapa.ctx)).toBe(3);

    // Another company's id is ignored, not refused: it reveals nothing.
    const read = await markNotificationsRead(at(kelapa.ctx, "2026-12-05T10:00:00Z"), [sent[2]!, elsewhere]);
    expect(read.map((n) => [n.id, n.readAt])).toEqual([[sent[2], "2026-12-05T10:00:00.000Z"]]);
    expect(await unreadCount(kelapa.ctx)).toBe(2);
    expect(await unreadCount(other.ctx)).toBe(1);
    expect((await inbox(kelapa.ctx, { unreadOnly: true })).edges.map((e) => e.node.id)).toEqual([sent[1], sent[0]]);

    // Reading again keeps the first reading time.
    const again = await markNotificationsRead(at(kelapa.ctx, "2026-12-06T10:00:00Z"), [sent[2]!]);
    expect(again[0]!.readAt).toBe("2026-12-05T10:00:00.000Z");
  });

  it("needs a signed-in company and at least one id, at most a hundred", async () => {
    const kelapa = await ownerOf(db());
    const anonymous = await inbox(ctxAs(db()), {}).catch((e: unknown) => e);
    expect((anonymous as DomainError).code).toBe("UNAUTHENTICATED");
    const none = await markNotificationsRead(kelapa.ctx, []).catch((e: unknown) => e);
    expect((none as UserInputProblems).problems.map((p) => [p.field, p.code])).toEqual([["ids", "REQUIRED"]]);
    const many = await markNotificationsRead(kelapa.ctx, Array.from({ length: 101 }, (_, i) => `ntf_${i}`)).catch((e: unknown) => e);
    expect((many as UserInputProblems).problems.map((p) => [p.field, p.code])).toEqual([["ids", "LIST_TOO_LONG"]]);
  });
});
