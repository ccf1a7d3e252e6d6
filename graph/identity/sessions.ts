import { z } from "zod";
import { type Executor } from "../../db/database.js";
import { nowIso } from "../../db/ids.js";
import { isAvailableLocale, type AvailableLocale } from "../../locales/index.js";
import { withTransaction, type MembershipRole, type ServiceContext, type Viewer } from "../context.js";
import { problem } from "../errors.js";
import { normalizeEmail } from "../shared/text.js";
import { emailAddress, validate } from "../shared/validation.js";
import { toOrganisation, toUser, type AuthResult, type IssuedSession } from "./model.js";
import { burnPasswordCheck, verifyPassword } from "./passwords.js";
import { checkRateLimit, clearRateLimit, countHit, reserveAccountAttempt, SIGN_IN_LIMITS } from "./rate-limit.js";
import { newSessionToken, sha256Hex } from "./secrets.js";

export const SESSION_TTL_DAYS = 30;
/** last_seen_at is written at most this often, so reading a page is not a database write. */
const SESSION_TOUCH_MS = 5 * 60 * 1000;
const TOKEN_TOUCH_MS = 60 * 1000;

export async function issueSession(
  db: Executor,
  ctx: ServiceContext,
  userId: string,
  organisationId: string | null,
): Promise<IssuedSession> {
  const token = newSessionToken();
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_DAYS * 24 * 3600 * 1000);
  await db
    .insertInto("sessions")
    .values({
      id: sha256Hex(token),
      user_id: userId,
      organisation_id: organisationId,
      created_at: nowIso(now),
      expires_at: nowIso(expiresAt),
      last_seen_at: nowIso(now),
      ip: ctx.request.ip,
      user_agent: ctx.request.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, expiresAt };
}

/** Ends every session of a user but the one given (the browser that asked): after a password reset, a thief's session ends too. */
export async function endSessionsOf(db: Executor, userId: string, except: string | null = null): Promise<void> {
  let query = db.deleteFrom("sessions").where("user_id", "=", userId);
  if (except) query = query.where("id", "!=", except);
  await query.execute();
}

/** The per-account back-off bucket of an address: a reset by mail clears it, as a right password does. */
export const signInAccountKey = (email: string) => `sign-in:account:${normalizeEmail(email)}`;

const signInSchema = z.object({ email: emailAddress, password: z.string().min(1, "REQUIRED") });

/**
 * Signs in and always issues a fresh session id (and ends the one the browser had), so a session
 * fixed by an attacker before sign-in is worth nothing after it.
 */
export async function signIn(ctx: ServiceContext, input: z.input<typeof signInSchema>): Promise<AuthResult> {
  const data = validate(signInSchema, input);
  const email = normalizeEmail(data.email);
  const now = ctx.now();
  const accountKey = signInAccountKey(email);
  const ipKey = ctx.request.ip ? `sign-in:ip-failures:${ctx.request.ip}` : null;
  if (ipKey) await checkRateLimit(ctx.db, ipKey, SIGN_IN_LIMITS.perIpFailures, now);
  await reserveAccountAttempt(ctx.db, accountKey, now);

  const user = await ctx.db.selectFrom("users").selectAll().where("email_normalized", "=", email).executeTakeFirst();
  // One answer whether the email is unknown or the password wrong, after the same argon2 work:
  // sign-in does not tell anyone which addresses have accounts.
  const passwordRight = user ? await verifyPassword(user.password_hash, data.password) : (await burnPasswordCheck(data.password), false);
  if (!user || !passwordRight) {
    if (ipKey) await countHit(ctx.db, ipKey, SIGN_IN_LIMITS.perIpFailures, now);
    throw problem("password", "CREDENTIALS_WRONG");
  }

  return withTransaction(ctx, async (tx) => {
    await clearRateLimit(tx.db, accountKey);
    if (ctx.viewer.kind === "user" && ctx.viewer.sessionId) {
      await tx.db.deleteFrom("sessions").where("id", "=", ctx.viewer.sessionId).execute();
    }
    const membership = await tx.db
      .selectFrom("memberships")
      .selectAll()
      .where("user_id", "=", user.id)
      .orderBy("created_at")
      .executeTakeFirst();
    const session = await issueSession(tx.db, ctx, user.id, membership?.organisation_id ?? null);
    const org = membership
      ? await tx.db.selectFrom("organisations").selectAll().where("id", "=", membership.organisation_id).executeTakeFirst()
      : undefined;
    return { user: toUser(user), organisation: org ? toOrganisation(org) : null, session };
  });
}

export async function signOut(ctx: ServiceContext): Promise<boolean> {
  if (ctx.viewer.kind !== "user" || !ctx.viewer.sessionId) return false;
  await ctx.db.deleteFrom("sessions").where("id", "=", ctx.viewer.sessionId).execute();
  return true;
}

export interface Credentials {
  sessionToken?: string | null;
  bearerToken?: string | null;
}

/**
 * Who is calling. A bearer token that is unknown or revoked is an error (an integration must hear
 * that its key is wrong); a stale session cookie just means "signed out".
 */
export async function authenticate(
  ctx: Pick<ServiceContext, "db" | "now">,
  credentials: Credentials,
): Promise<Viewer | { error: "TOKEN_INVALID" }> {
  const now = ctx.now();
  if (credentials.bearerToken) {
    const token = await ctx.db
      .selectFrom("api_tokens")
      .select(["id", "organisation_id", "revoked_at", "last_used_at"])
      .where("token_hash", "=", sha256Hex(credentials.bearerToken))
      .executeTakeFirst();
    if (!token || token.revoked_at) return { error: "TOKEN_INVALID" };
    if (!token.last_used_at || now.getTime() - Date.parse(token.last_used_at) > TOKEN_TOUCH_MS) {
      await ctx.db.updateTable("api_tokens").set({ last_used_at: nowIso(now) }).where("id", "=", token.id).execute();
    }
    return { kind: "token", tokenId: token.id, organisationId: token.organisation_id };
  }
  if (!credentials.sessionToken) return { kind: "anonymous" };
  const sessionId = sha256Hex(credentials.sessionToken);
  const session = await ctx.db.selectFrom("sessions").selectAll().where("id", "=", sessionId).executeTakeFirst();
  if (!session) return { kind: "anonymous" };
  if (Date.parse(session.expires_at) <= now.getTime()) {
    await ctx.db.deleteFrom("sessions").where("id", "=", sessionId).execute();
    return { kind: "anonymous" };
  }
  if (now.getTime() - Date.parse(session.last_seen_at) > SESSION_TOUCH_MS) {
    await ctx.db.updateTable("sessions").set({ last_seen_at: nowIso(now) }).where("id", "=", sessionId).execute();
  }
  const memberships = await ctx.db
    .selectFrom("memberships")
    .innerJoin("organisations", "organisations.id", "memberships.organisation_id")
    .select(["memberships.organisation_id", "memberships.role", "memberships.jurisdiction_country", "organisations.kind"])
    .where("memberships.user_id", "=", session.user_id)
    .execute();
  const active = memberships.find((m) => m.organisation_id === session.organisation_id) ?? memberships[0];
  return {
    kind: "user",
    userId: session.user_id,
    sessionId,
    organisationId: active?.organisation_id ?? null,
    role: (active?.role as MembershipRole | undefined) ?? null,
    isPlatformAdmin: memberships.some((m) => m.kind === "platform" && m.role === "admin"),
    customsJurisdiction: memberships.find((m) => m.role === "officer")?.jurisdiction_country ?? null,
  };
}

/** The language a signed-in user chose, when the request did not ask for one. */
export async function preferredLocaleOf(ctx: Pick<ServiceContext, "db">, viewer: Viewer): Promise<AvailableLocale | null> {
  if (viewer.kind !== "user") return null;
  const row = await ctx.db.selectFrom("users").select("locale").where("id", "=", viewer.userId).executeTakeFirst();
  return row && isAvailableLocale(row.locale) ? row.locale : null;
}
