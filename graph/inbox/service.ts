import { z } from "zod";
import { newId, nowIso } from "../../db/ids.js";
import type { NotificationsTable } from "../../db/types.js";
import { translatorFor } from "../../locales/index.js";
import { withTransaction, type ServiceContext } from "../context.js";
import type { MessageParams } from "../errors.js";
import { requireOrganisation } from "../identity/guards.js";
import { memberContacts } from "../identity/service.js";
import { enqueueMail } from "../mail/service.js";
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from "../shared/pagination.js";
import { validate } from "../shared/validation.js";

/**
 * What happened, from the receiving company's point of view. `subjectId` names the object it is
 * about: the sourcing request for REQUEST_MATCHED, the quote for the QUOTE_* kinds, the customs
 * decision for CUSTOMS_DECIDED (its payload names the shipment), the message for MESSAGE_RECEIVED
 * (its payload names the conversation).
 */
export const NOTIFICATION_KINDS = ["REQUEST_MATCHED", "QUOTE_RECEIVED", "QUOTE_ACCEPTED", "QUOTE_NOT_CHOSEN", "CUSTOMS_DECIDED", "MESSAGE_RECEIVED"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Flat JSON values only, so every client (UI, mailer, integration) reads it the same way. */
export type NotificationPayload = Record<string, string | number | boolean | null>;

export interface NotifyInput {
  /** The company told; every member gets the e-mail, and the company shares one inbox. */
  organisationId: string;
  kind: NotificationKind;
  subjectId: string;
  /** Facts the receiver needs to act (titles, amounts, links' ids); shown by the UI, sent to the mailer. */
  payload: NotificationPayload;
  /** i18n key of the one-line message (in-app title and e-mail subject); defaults to `common:notifications.<kind>`. */
  emailSubjectKey?: string;
  emailParams?: MessageParams;
}

export interface Notification {
  id: string;
  organisationId: string;
  kind: NotificationKind;
  subjectId: string;
  payload: NotificationPayload;
  messageKey: string;
  messageParams: MessageParams;
  readAt: string | null;
  createdAt: string;
}

export interface NotifyResult {
  notification: Notification;
  /** False when this company was already told about this subject (a retried action): nothing new was written. */
  created: boolean;
  /** E-mails queued in the outbox for the company's members. */
  emailsQueued: number;
}

/** What the outbox holds for a mailer: everything it needs to send, already in the recipient's language. */
export interface OutboxEmail {
  notificationId: string;
  organisationId: string;
  kind: NotificationKind;
  subjectId: string;
  subject: string;
  messageKey: string;
  messageParams: MessageParams;
  payload: NotificationPayload;
}

interface StoredPayload {
  data: NotificationPayload;
  messageKey: string;
  messageParams: MessageParams;
}

function toNotification(row: NotificationsTable): Notification {
  const stored = JSON.parse(row.payload) as StoredPayload;
  return {
    id: row.id,
    organisationId: row.organisation_id,
    kind: row.kind as NotificationKind,
    subjectId: row.subject_id,
    payload: stored.data,
    messageKey: stored.messageKey,
    messageParams: stored.messageParams,
    readAt: row.read_at,
    createdAt: row.created_at,
  };
}

/** The one-line message in the viewer's language. */
export function notificationMessage(ctx: Pick<ServiceContext, "t">, notification: Notification): string {
  return ctx.t(notification.messageKey, notification.messageParams);
}

/**
 * Tells a company something happened: one inbox entry for the company and one outbox e-mail per
 * member. Runs inside the caller's transaction when `ctx.db` is one, so the news lands with the
 * change it reports or not at all. Telling the same company the same kind of news about the same
 * subject twice is a no-op, so a retried action does not mail anyone twice.
 *
 * No viewer check: callers are services that have checked their own viewer and decided who to tell.
 */
export async function notify(ctx: ServiceContext, input: NotifyInput): Promise<NotifyResult> {
  const messageKey = input.emailSubjectKey ?? `common:notifications.${input.kind}`;
  const messageParams = input.emailParams ?? {};
  const now = nowIso(ctx.now());
  const stored: StoredPayload = { data: input.payload, messageKey, messageParams };
  return withTransaction(ctx, async (tx) => {
    const inserted = await tx.db
      .insertInto("notifications")
      .values({
        id: newId("ntf"),
        organisation_id: input.organisationId,
        kind: input.kind,
        subject_id: input.subjectId,
        payload: JSON.stringify(stored),
        read_at: null,
        created_at: now,
      })
      // ON CONFLICT rather than catching the violation: on PostgreSQL a failed insert would abort the caller's transaction.
      .onConflict((oc) => oc.columns(["organisation_id", "kind", "subject_id"]).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!inserted) {
      const existing = await tx.db
        .selectFrom("notifications")
        .selectAll()
        .where("organisation_id", "=", input.organisationId)
        .where("kind", "=", input.kind)
        .where("subject_id", "=", input.subjectId)
        .executeTakeFirstOrThrow();
      return { notification: toNotification(existing), created: false, emailsQueued: 0 };
    }
    const notification = toNotification(inserted);
    const members = await memberContacts(tx.db, input.organisationId);
    for (const member of members) {
      const email: OutboxEmail = {
        notificationId: notification.id,
        organisationId: notification.organisationId,
        kind: notification.kind,
        subjectId: notification.subjectId,
        subject: translatorFor(member.locale)(messageKey, messageParams),
        messageKey,
        messageParams,
        payload: notification.payload,
      };
      await enqueueMail(tx, { to: member.email, template: notification.kind, locale: member.locale, data: email });
    }
    return { notification, created: true, emailsQueued: members.length };
  });
}

// ---------------------------------------------------------------------------- the viewer's inbox

export interface InboxArgs extends PageArgs {
  unreadOnly?: boolean | null;
}

/** The viewer's company's notifications, newest first. */
export async function inbox(ctx: ServiceContext, args: InboxArgs): Promise<Page<Notification>> {
  const { organisationId } = requireOrganisation(ctx.viewer);
  const size = pageSize(args.first);
  let filtered = ctx.db.selectFrom("notifications").where("organisation_id", "=", organisationId);
  if (args.unreadOnly) filtered = filtered.where("read_at", "is", null);
  const total = await filtered.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  let select = filtered.selectAll();
  if (args.after) {
    const [createdAt, id] = decodeCursor(args.after, ["string", "string"]);
    select = select.where((eb) => eb.or([eb("created_at", "<", createdAt), eb.and([eb("created_at", "=", createdAt), eb("id", "<", id)])]));
  }
  const rows = await select.orderBy("created_at", "desc").orderBy("id", "desc").limit(size + 1).execute();
  return toPage(rows.map(toNotification), size, Number(total.n), (n) => [n.createdAt, n.id]);
}

export async function unreadCount(ctx: ServiceContext): Promise<number> {
  const { organisationId } = requireOrganisation(ctx.viewer);
  const row = await ctx.db
    .selectFrom("notifications")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("organisation_id", "=", organisationId)
    .where("read_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export const MAX_MARK_READ = 100;

const markReadSchema = z.object({
  ids: z.array(z.string().trim().min(1, "REQUIRED")).min(1, "REQUIRED").max(MAX_MARK_READ, "LIST_TOO_LONG"),
});

/**
 * Marks the company's notifications read (the inbox is shared by its members). Ids of another
 * company's notifications are ignored rather than refused, so they reveal nothing.
 */
export async function markNotificationsRead(ctx: ServiceContext, ids: string[]): Promise<Notification[]> {
  const { organisationId } = requireOrganisation(ctx.viewer);
  const data = validate(markReadSchema, { ids });
  const unique = [...new Set(data.ids)];
  return withTransaction(ctx, async (tx) => {
    await tx.db
      .updateTable("notifications")
      .set({ read_at: nowIso(ctx.now()) })
      .where("organisation_id", "=", organisationId)
      .where("id", "in", unique)
      .where("read_at", "is", null)
      .execute();
    const rows = await tx.db
      .selectFrom("notifications")
      .selectAll()
      .where("organisation_id", "=", organisationId)
      .where("id", "in", unique)
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .execute();
    return rows.map(toNotification);
  });
}
