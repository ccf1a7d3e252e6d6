import { z } from "zod";
import type { Executor } from "../../db/database.js";
import { nowIso, randomToken } from "../../db/ids.js";
import type { EmailTokensTable, UsersTable } from "../../db/types.js";
import { withTransaction, type ServiceContext } from "../context.js";
import { conflict, notFound, problem } from "../errors.js";
import { enqueueMail, RESET_LINK_MINUTES } from "../mail/service.js";
import { normalizeEmail } from "../shared/text.js";
import { emailAddress, validate } from "../shared/validation.js";
import { requireUser } from "./guards.js";
import { toUser, type User } from "./model.js";
import { hashPassword, MIN_PASSWORD_LENGTH, passwordWeakness } from "./passwords.js";
import { clearRateLimit, countHit, hitRateLimit, type Limit } from "./rate-limit.js";
import { sha256Hex } from "./secrets.js";
import { endSessionsOf, signInAccountKey } from "./sessions.js";

/**
 * Proof that a person reads the mailbox they signed up with, and the password reset that rests on
 * the same proof. Both send a single-use link whose secret is stored only as SHA-256; a new link of
 * a kind voids the older ones, so only the latest mail works.
 */

export type EmailTokenPurpose = "confirm_email" | "reset_password";

export const CONFIRM_LINK_HOURS = 48;

export const EMAIL_LINK_LIMITS = {
  /** Reset requests from one address: enough for an office, too few to mail-bomb a list of strangers. */
  resetPerIp: { max: 20, windowSeconds: 3600 },
  /** Reset mails to one account: more are silently not sent, so the answer says nothing about the account. */
  resetPerAccount: { max: 3, windowSeconds: 3600 },
  confirmationResends: { max: 5, windowSeconds: 3600 },
} as const satisfies Record<string, Limit>;

const TOKEN_SHAPE = z.string({ required_error: "REQUIRED" }).trim().min(1, "REQUIRED").max(200, "LINK_INVALID");

async function issueEmailToken(db: Executor, ctx: ServiceContext, user: Pick<UsersTable, "id" | "email">, purpose: EmailTokenPurpose, lifetimeMs: number): Promise<string> {
  const now = ctx.now();
  await db.updateTable("email_tokens").set({ used_at: nowIso(now) }).where("user_id", "=", user.id).where("purpose", "=", purpose).where("used_at", "is", null).execute();
  const token = randomToken(32);
  await db
    .insertInto("email_tokens")
    .values({
      token_hash: sha256Hex(token),
      user_id: user.id,
      purpose,
      email: user.email,
      created_at: nowIso(now),
      expires_at: nowIso(new Date(now.getTime() + lifetimeMs)),
      used_at: null,
    })
    .execute();
  return token;
}

async function tokenRow(db: Executor, token: string, purpose: EmailTokenPurpose): Promise<EmailTokensTable | undefined> {
  return db.selectFrom("email_tokens").selectAll().where("token_hash", "=", sha256Hex(token)).where("purpose", "=", purpose).executeTakeFirst();
}

/** Marks a link used; false when another request used it first (two clicks racing). */
async function useToken(db: Executor, row: EmailTokensTable, at: string): Promise<boolean> {
  const result = await db.updateTable("email_tokens").set({ used_at: at }).where("token_hash", "=", row.token_hash).where("used_at", "is", null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

async function loadUser(db: Executor, id: string): Promise<UsersTable> {
  const row = await db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw notFound("USER_NOT_FOUND");
  return row;
}

/** Mails a new confirmation link to the user's address, in their language. Runs in the caller's transaction. */
export async function sendEmailConfirmation(ctx: ServiceContext, user: Pick<UsersTable, "id" | "email" | "display_name" | "locale">): Promise<void> {
  const token = await issueEmailToken(ctx.db, ctx, user, "confirm_email", CONFIRM_LINK_HOURS * 3600_000);
  await enqueueMail(ctx, { to: user.email, template: "confirm-email", locale: user.locale, data: { token, email: user.email, displayName: user.display_name } });
}

/** "Send the link again": for a signed-in user whose address is not confirmed yet. */
export async function resendEmailConfirmation(ctx: ServiceContext): Promise<boolean> {
  const viewer = requireUser(ctx.viewer);
  const user = await loadUser(ctx.db, viewer.userId);
  if (user.email_confirmed_at) throw conflict("EMAIL_ALREADY_CONFIRMED");
  await hitRateLimit(ctx.db, `confirm-email:user:${user.id}`, EMAIL_LINK_LIMITS.confirmationResends, ctx.now());
  await withTransaction(ctx, (tx) => sendEmailConfirmation(tx, user));
  return true;
}

/**
 * Opens a confirmation link, signed in or not (it is often opened on another device). Opening it
 * again once the address is confirmed says so rather than failing; a link for an address the
 * account no longer has confirms nothing.
 */
export async function confirmEmail(ctx: ServiceContext, token: string): Promise<User> {
  const secret = validate(z.object({ token: TOKEN_SHAPE }), { token }).token;
  return withTransaction(ctx, async (tx) => {
    const row = await tokenRow(tx.db, secret, "confirm_email");
    if (!row) throw problem("token", "LINK_INVALID");
    const user = await loadUser(tx.db, row.user_id);
    const sameAddress = normalizeEmail(row.email) === user.email_normalized;
    if (row.used_at) {
      if (sameAddress && user.email_confirmed_at) return toUser(user);
      throw problem("token", "LINK_INVALID");
    }
    const now = ctx.now();
    if (Date.parse(row.expires_at) <= now.getTime()) throw problem("token", "LINK_EXPIRED");
    if (!sameAddress || !(await useToken(tx.db, row, nowIso(now)))) throw problem("token", "LINK_INVALID");
    await tx.db.updateTable("users").set({ email_confirmed_at: nowIso(now), updated_at: nowIso(now) }).where("id", "=", user.id).where("email_confirmed_at", "is", null).execute();
    return toUser(await loadUser(tx.db, user.id));
  });
}

/**
 * "Forgot password?": mails a reset link when the address has an account. The answer is the same
 * whether it has one or not, and past a few mails an hour to one account no more are sent, so
 * neither the answer nor a flood of mail tells anyone which addresses are customers.
 */
export async function requestPasswordReset(ctx: ServiceContext, email: string): Promise<void> {
  const data = validate(z.object({ email: emailAddress }), { email });
  const now = ctx.now();
  if (ctx.request.ip) await hitRateLimit(ctx.db, `password-reset:ip:${ctx.request.ip}`, EMAIL_LINK_LIMITS.resetPerIp, now);
  const normalized = normalizeEmail(data.email);
  const user = await ctx.db.selectFrom("users").selectAll().where("email_normalized", "=", normalized).executeTakeFirst();
  if (!user) return;
  if (!(await countHit(ctx.db, `password-reset:account:${normalized}`, EMAIL_LINK_LIMITS.resetPerAccount, now)).allowed) return;
  await withTransaction(ctx, async (tx) => {
    const token = await issueEmailToken(tx.db, tx, user, "reset_password", RESET_LINK_MINUTES * 60_000);
    await enqueueMail(tx, { to: user.email, template: "reset-password", locale: user.locale, data: { token, displayName: user.display_name } });
  });
}

/**
 * Sets a new password from a reset link: once, within RESET_LINK_MINUTES. Every session of the
 * account ends but the one asking (whoever knew the old password is signed out), the sign-in back-off
 * is cleared, and the address counts as confirmed, since the mail reached its owner.
 */
export async function resetPassword(ctx: ServiceContext, token: string, password: string): Promise<void> {
  const data = validate(z.object({ token: TOKEN_SHAPE, password: z.string({ required_error: "REQUIRED" }).min(1, "REQUIRED") }), { token, password });
  await withTransaction(ctx, async (tx) => {
    const row = await tokenRow(tx.db, data.token, "reset_password");
    if (!row || row.used_at) throw problem("token", "LINK_INVALID");
    const now = ctx.now();
    if (Date.parse(row.expires_at) <= now.getTime()) throw problem("token", "LINK_EXPIRED");
    const user = await loadUser(tx.db, row.user_id);
    const weakness = passwordWeakness(data.password, user.email);
    if (weakness) throw problem("password", weakness, { min: MIN_PASSWORD_LENGTH });
    if (normalizeEmail(row.email) !== user.email_normalized || !(await useToken(tx.db, row, nowIso(now)))) throw problem("token", "LINK_INVALID");
    await tx.db
      .updateTable("users")
      .set({ password_hash: await hashPassword(data.password), updated_at: nowIso(now), email_confirmed_at: user.email_confirmed_at ?? nowIso(now) })
      .where("id", "=", user.id)
      .execute();
    const current = ctx.viewer.kind === "user" && ctx.viewer.userId === user.id ? ctx.viewer.sessionId : null;
    await endSessionsOf(tx.db, user.id, current);
    await clearRateLimit(tx.db, signInAccountKey(user.email));
  });
}
