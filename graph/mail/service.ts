import { newId, nowIso } from "../../db/ids.js";
import type { ServiceContext } from "../context.js";
import { claimOutbox, dueOutbox, insertOutbox, markAttemptFailed, markSent } from "./repository.js";
import { renderMail } from "./templates.js";
import { logTransport, smtpTransport, unconfiguredTransport, type MailTransport } from "./transport.js";

export { MAIL_TEMPLATES, RESET_LINK_MINUTES, type MailTemplate } from "./templates.js";

export interface MailRequest {
  to: string;
  /** A template of graph/mail/templates.ts, or an inbox notification kind (whose data holds a translated `subject`). */
  template: string;
  /** The recipient's language: the mail is rendered in it when it is sent. */
  locale: string;
  /** Plain JSON that the template reads (an inbox notification's whole OutboxEmail). */
  data: object;
}

/**
 * Queues one e-mail in the outbox, inside the caller's transaction when there is one: the mail
 * exists exactly when the change that asked for it does, and the worker sends it after commit.
 * No viewer check: callers have decided whom to tell.
 */
export async function enqueueMail(ctx: ServiceContext, mail: MailRequest): Promise<string> {
  const id = newId("obx");
  await insertOutbox(ctx.db, {
    id,
    kind: mail.template,
    recipient: mail.to,
    locale: mail.locale,
    payload: JSON.stringify(mail.data),
    created_at: nowIso(ctx.now()),
  });
  return id;
}

export interface Mailer {
  transport: MailTransport;
  /** Where links in mail point: PUBLIC_URL. */
  publicUrl: string;
}

export const MAIL_MAX_ATTEMPTS = 8;
/** Longer than any SMTP exchange: a worker that dies mid-send frees the message after this. */
export const MAIL_LEASE_MS = 2 * 60_000;

/** 1 min, 2, 4 … up to 2 h between attempts: a receiving server that is down for an afternoon still gets the mail. */
export function mailRetryDelayMs(attempts: number): number {
  return Math.min(2 * 3600_000, 60_000 * 2 ** Math.max(0, attempts - 1));
}

// Secrets leave the outbox once delivered: the row stays as a record of what was sent, not a key.
const SECRET_FIELDS = new Set(["token"]);

function scrubbed(payload: string): string {
  const data = JSON.parse(payload) as Record<string, unknown>;
  return JSON.stringify(Object.fromEntries(Object.entries(data).map(([k, v]) => [k, SECRET_FIELDS.has(k) ? "[sent]" : v])));
}

/**
 * Sends the outbox's due mail, one message at a time, and returns how many it tried. Each message is
 * claimed by compare-and-set, so several workers share an outbox; a failure is retried with back-off
 * until MAIL_MAX_ATTEMPTS, then kept with its last error. Idempotent: a sent message is never taken
 * again, and one whose sending was cut short keeps its Message-ID when it is sent once more.
 */
export async function deliverDueMail(ctx: ServiceContext, mailer: Mailer, limit = 20): Promise<number> {
  const now = ctx.now();
  const ids = await dueOutbox(ctx.db, nowIso(now), limit);
  let tried = 0;
  for (const id of ids) {
    const at = ctx.now();
    const row = await claimOutbox(ctx.db, id, nowIso(at), nowIso(new Date(at.getTime() + MAIL_LEASE_MS)));
    if (!row) continue;
    tried++;
    try {
      const rendered = renderMail(row.kind, row.locale, JSON.parse(row.payload) as Record<string, unknown>, mailer.publicUrl);
      await mailer.transport.send({ id: row.id, to: row.recipient, ...rendered });
      await markSent(ctx.db, row.id, nowIso(ctx.now()), scrubbed(row.payload));
    } catch (error) {
      const failedAt = ctx.now();
      const retryAt = row.attempts >= MAIL_MAX_ATTEMPTS ? null : nowIso(new Date(failedAt.getTime() + mailRetryDelayMs(row.attempts)));
      const text = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 2000);
      await markAttemptFailed(ctx.db, row.id, text, retryAt, nowIso(failedAt));
    }
  }
  return tried;
}

export interface MailEnvironment {
  SMTP_URL?: string;
  MAIL_FROM?: string;
  PUBLIC_URL?: string;
  NODE_ENV?: string;
}

/** The mailer of a running server or worker: SMTP when SMTP_URL is set, else the log in development. */
export function mailerFromEnvironment(env: MailEnvironment, log: (line: Record<string, unknown>, message: string) => void): Mailer {
  const publicUrl = env.PUBLIC_URL ?? "http://localhost:3000";
  const from = env.MAIL_FROM ?? `Caravan <no-reply@${new URL(publicUrl).hostname}>`;
  const transport = env.SMTP_URL ? smtpTransport(env.SMTP_URL, from) : env.NODE_ENV === "production" ? unconfiguredTransport : logTransport(log);
  return { transport, publicUrl };
}
