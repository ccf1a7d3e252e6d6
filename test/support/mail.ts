import type { Database } from "../../db/database.js";
import { confirmEmail } from "../../graph/identity/service.js";
import { serviceContext } from "../../graph/runtime.js";

export interface QueuedMail {
  id: string;
  template: string;
  to: string;
  locale: string;
  data: Record<string, any>;
  sentAt: string | null;
}

/** What the outbox holds for one address, oldest first: the mail as the mailer will send it. */
export async function mailsTo(database: Database, to: string): Promise<QueuedMail[]> {
  const rows = await database.db.selectFrom("outbox").selectAll().where("recipient", "=", to).orderBy("created_at").orderBy("id").execute();
  return rows.map((r) => ({ id: r.id, template: r.kind, to: r.recipient, locale: r.locale, data: JSON.parse(r.payload) as Record<string, any>, sentAt: r.sent_at }));
}

/** The secret of the newest link of a kind mailed to an address (before the mailer sends and scrubs it). */
export async function mailedToken(database: Database, to: string, template: "confirm-email" | "reset-password"): Promise<string> {
  const mail = (await mailsTo(database, to)).filter((m) => m.template === template).at(-1);
  if (!mail || typeof mail.data.token !== "string") throw new Error(`no ${template} mail for ${to} in the outbox`);
  return mail.data.token;
}

/** Opens the confirmation link mailed to a new account, as its owner would. */
export async function confirmEmailOf(database: Database, email: string): Promise<void> {
  await confirmEmail(serviceContext(database), await mailedToken(database, email, "confirm-email"));
}
