import { sql, type Kysely } from "kysely";

/**
 * Security (issue 7): proof that a user owns their email address, password reset through the same
 * mail, look-alike company names for the admin to review, and an outbox that retries.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // Accounts made before email confirmation existed keep working: their address counts as confirmed.
  await db.schema.alterTable("users").addColumn("email_confirmed_at", "text").execute();
  await db.updateTable("users").set({ email_confirmed_at: sql`created_at` }).execute();

  // Single-use links sent by mail. Only the SHA-256 of the secret is stored: a copy of the database
  // confirms no address and resets no password.
  await db.schema
    .createTable("email_tokens")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    // confirm_email or reset_password
    .addColumn("purpose", "text", (c) => c.notNull())
    // The address the link went to: confirming proves this one, not whatever the account holds later.
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .execute();
  await db.schema.createIndex("email_tokens_user_idx").on("email_tokens").columns(["user_id", "purpose"]).execute();

  // The confusables skeleton of the legal name (graph/shared/text.ts), null until the company is
  // next written; and the verified company a new one's name looks like, for the admin's review.
  await db.schema.alterTable("organisations").addColumn("legal_name_skeleton", "text").execute();
  await db.schema.alterTable("organisations").addColumn("resembles_organisation_id", "text").execute();
  await db.schema.createIndex("organisations_skeleton_idx").on("organisations").columns(["country", "legal_name_skeleton"]).execute();

  // The mailer's bookkeeping: attempts and back-off, a short lease while one worker sends, the
  // last error, and when it gave up.
  await db.schema.alterTable("outbox").addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable("outbox").addColumn("next_attempt_at", "text").execute();
  await db.schema.alterTable("outbox").addColumn("locked_until", "text").execute();
  await db.schema.alterTable("outbox").addColumn("last_error", "text").execute();
  await db.schema.alterTable("outbox").addColumn("failed_at", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ["failed_at", "last_error", "locked_until", "next_attempt_at", "attempts"]) {
    await db.schema.alterTable("outbox").dropColumn(column).execute();
  }
  await db.schema.dropIndex("organisations_skeleton_idx").execute();
  await db.schema.alterTable("organisations").dropColumn("resembles_organisation_id").execute();
  await db.schema.alterTable("organisations").dropColumn("legal_name_skeleton").execute();
  await db.schema.dropTable("email_tokens").execute();
  await db.schema.alterTable("users").dropColumn("email_confirmed_at").execute();
}
