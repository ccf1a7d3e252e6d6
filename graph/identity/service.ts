import { z } from "zod";
import { type Executor } from "../../db/database.js";
import { newId, nowIso } from "../../db/ids.js";
import type { OrganisationsTable, UsersTable } from "../../db/types.js";
import { findCountry } from "../../db/reference/index.js";
import { isAvailableLocale, type AvailableLocale } from "../../locales/index.js";
import { publish, withTransaction, type MembershipRole, type ServiceContext, type Viewer } from "../context.js";
import { conflict, forbidden, notFound, problem, UserInputProblems, type FieldProblem } from "../errors.js";
import { byId, defineLoader } from "../loaders.js";
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from "../shared/pagination.js";
import {
  countryCode,
  currencyCode,
  emailAddress,
  localeCode,
  optionalText,
  requiredText,
  timeZone,
  validate,
} from "../shared/validation.js";
/** For the inbox: whom to mail when a company is told something. */
export { memberContacts } from "./repository.js";
import { actorUserId, actsFor, isPlatformAdmin, requireOwner, requirePlatformAdmin, requireUser } from "./guards.js";
import { burnPasswordCheck, hashPassword, MIN_PASSWORD_LENGTH, passwordWeakness, verifyPassword } from "./passwords.js";
import { checkRateLimit, clearRateLimit, countHit, hitRateLimit, reserveAccountAttempt, SIGN_IN_LIMITS, SIGN_UP_LIMIT } from "./rate-limit.js";
import { newApiToken, newSessionToken, sha256Hex } from "./secrets.js";
import {
  canMoveVerification,
  REQUIRED_FOR_VERIFICATION,
  VERIFIED_IDENTIFIERS,
  type VerificationStatus,
} from "./verification.js";

export const SESSION_TTL_DAYS = 30;
/** last_seen_at is written at most this often, so reading a page is not a database write. */
const SESSION_TOUCH_MS = 5 * 60 * 1000;
const TOKEN_TOUCH_MS = 60 * 1000;

export type OrganisationKind = "exporter" | "buyer" | "both" | "customs_authority" | "platform";
const SELF_SERVICE_KINDS = ["exporter", "buyer", "both"] as const;

export interface Organisation {
  id: string;
  kind: OrganisationKind;
  legalName: string;
  country: string;
  addressLine1: string | null;
  addressLine2: string | null;
  city: string | null;
  postalCode: string | null;
  registrationNumber: string | null;
  taxId: string | null;
  eori: string | null;
  exportLicence: string | null;
  preferredLocale: string;
  preferredCurrency: string;
  timeZone: string;
  verificationStatus: VerificationStatus;
  verifiedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface User {
  id: string;
  email: string;
  displayName: string;
  locale: string;
}

export interface Membership {
  id: string;
  role: MembershipRole;
  organisationId: string;
  jurisdictionCountry: string | null;
}

export interface IssuedSession {
  token: string;
  expiresAt: Date;
}

export interface AuthResult {
  user: User;
  organisation: Organisation | null;
  session: IssuedSession;
}

export interface VerificationEvent {
  id: string;
  fromStatus: VerificationStatus;
  toStatus: VerificationStatus;
  reason: string | null;
  actor: string | null;
  createdAt: string;
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

// ---------------------------------------------------------------------------- mapping

function toUser(row: UsersTable): User {
  return { id: row.id, email: row.email, displayName: row.display_name, locale: row.locale };
}

function toOrganisation(row: OrganisationsTable): Organisation {
  return {
    id: row.id,
    kind: row.kind as OrganisationKind,
    legalName: row.legal_name,
    country: row.country,
    addressLine1: row.address_line1,
    addressLine2: row.address_line2,
    city: row.city,
    postalCode: row.postal_code,
    registrationNumber: row.registration_number,
    taxId: row.tax_id,
    eori: row.eori,
    exportLicence: row.export_licence,
    preferredLocale: row.preferred_locale,
    preferredCurrency: row.preferred_currency,
    timeZone: row.time_zone,
    verificationStatus: row.verification_status as VerificationStatus,
    verifiedAt: row.verified_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Registration and tax identifiers and the street address are for the company itself and the platform. */
export function canSeePrivateDetails(viewer: Viewer, organisationId: string): boolean {
  return actsFor(viewer, organisationId) || isPlatformAdmin(viewer);
}

function redactFor(viewer: Viewer, org: Organisation): Organisation {
  if (canSeePrivateDetails(viewer, org.id)) return org;
  return {
    ...org,
    addressLine1: null,
    addressLine2: null,
    postalCode: null,
    registrationNumber: null,
    taxId: null,
    eori: null,
    exportLicence: null,
  };
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

// ---------------------------------------------------------------------------- sign-up, sign-in, sessions

const signUpSchema = z.object({
  email: emailAddress,
  password: z.string({ required_error: "REQUIRED" }),
  displayName: requiredText(120),
  locale: localeCode.nullish(),
  organisation: z.object({
    kind: z.enum(SELF_SERVICE_KINDS, { message: "ORGANISATION_KIND_NOT_ALLOWED" }),
    legalName: requiredText(200),
    country: countryCode,
    preferredCurrency: currencyCode.nullish(),
    timeZone: timeZone.nullish(),
  }),
});

export type SignUpInput = z.input<typeof signUpSchema>;

async function issueSession(
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

/** The local currency of a country is the sensible default for its companies. */
function defaultCurrency(country: string): string {
  return findCountry(country)?.currency ?? "USD";
}

export interface NewOrganisation {
  kind: OrganisationKind;
  legalName: string;
  country: string;
  preferredCurrency?: string | null;
  preferredLocale?: string | null;
  timeZone?: string | null;
  verificationStatus?: VerificationStatus;
}

export interface NewUser {
  email: string;
  password: string;
  displayName: string;
  locale?: string | null;
}

/** Creates a user, an organisation and the membership that binds them; refuses weak passwords and taken emails. */
async function insertUserWithOrganisation(
  trx: Executor,
  ctx: ServiceContext,
  user: NewUser,
  org: NewOrganisation,
  role: MembershipRole,
  jurisdictionCountry: string | null = null,
): Promise<{ user: UsersTable; organisation: OrganisationsTable }> {
  const weakness = passwordWeakness(user.password, user.email);
  if (weakness) throw problem("password", weakness, { min: MIN_PASSWORD_LENGTH });
  const emailNormalized = normalizeEmail(user.email);
  const taken = await trx.selectFrom("users").select("id").where("email_normalized", "=", emailNormalized).executeTakeFirst();
  if (taken) throw problem("email", "EMAIL_TAKEN");
  const now = nowIso(ctx.now());
  const locale = user.locale ?? ctx.locale;
  const userRow: UsersTable = {
    id: newId("usr"),
    email: user.email.trim(),
    email_normalized: emailNormalized,
    password_hash: await hashPassword(user.password),
    display_name: user.displayName,
    locale,
    created_at: now,
    updated_at: now,
  };
  const orgRow: OrganisationsTable = {
    id: newId("org"),
    kind: org.kind,
    legal_name: org.legalName,
    country: org.country,
    address_line1: null,
    address_line2: null,
    city: null,
    postal_code: null,
    registration_number: null,
    tax_id: null,
    eori: null,
    export_licence: null,
    preferred_locale: org.preferredLocale ?? locale,
    preferred_currency: org.preferredCurrency ?? defaultCurrency(org.country),
    time_zone: org.timeZone ?? "UTC",
    verification_status: org.verificationStatus ?? "unverified",
    verified_at: org.verificationStatus === "verified" ? now : null,
    created_at: now,
    updated_at: now,
  };
  await trx.insertInto("users").values(userRow).execute();
  await trx.insertInto("organisations").values(orgRow).execute();
  await trx
    .insertInto("memberships")
    .values({
      id: newId("mem"),
      user_id: userRow.id,
      organisation_id: orgRow.id,
      role,
      jurisdiction_country: jurisdictionCountry,
      created_at: now,
    })
    .execute();
  return { user: userRow, organisation: orgRow };
}

/** A new company and its first owner, without signing anyone in (the seed and operators use this). */
export async function registerOrganisation(ctx: ServiceContext, input: SignUpInput): Promise<{ user: User; organisation: Organisation }> {
  const weakness = typeof input.password === "string" ? passwordWeakness(input.password, String(input.email ?? "")) : null;
  const data = validate(signUpSchema, input, weakness ? [{ field: "password", code: weakness, params: { min: MIN_PASSWORD_LENGTH } }] : []);
  return withTransaction(ctx, async (tx) => {
    const created = await insertUserWithOrganisation(tx.db, ctx, data, data.organisation, "owner");
    return { user: toUser(created.user), organisation: toOrganisation(created.organisation) };
  });
}

export async function signUp(ctx: ServiceContext, input: SignUpInput): Promise<AuthResult> {
  // Counted before anything is checked and outside the transaction, so refused attempts count too.
  if (ctx.request.ip) await hitRateLimit(ctx.db, `sign-up:ip:${ctx.request.ip}`, SIGN_UP_LIMIT, ctx.now());
  return withTransaction(ctx, async (tx) => {
    const created = await registerOrganisation(tx, input);
    const session = await issueSession(tx.db, ctx, created.user.id, created.organisation.id);
    return { ...created, session };
  });
}

const signInSchema = z.object({ email: emailAddress, password: z.string().min(1, "REQUIRED") });

/**
 * Signs in and always issues a fresh session id (and ends the one the browser had), so a session
 * fixed by an attacker before sign-in is worth nothing after it.
 */
export async function signIn(ctx: ServiceContext, input: z.input<typeof signInSchema>): Promise<AuthResult> {
  const data = validate(signInSchema, input);
  const email = normalizeEmail(data.email);
  const now = ctx.now();
  const accountKey = `sign-in:account:${email}`;
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

// ---------------------------------------------------------------------------- reading

// A page of listings or quotes asks for each one's company in the same tick: one statement for all.
const usersById = defineLoader(
  byId(async (ctx, ids) => (await ctx.db.selectFrom("users").selectAll().where("id", "in", ids).execute()).map(toUser), (u) => u.id),
);
const organisationsById = defineLoader(
  byId(async (ctx, ids) => (await ctx.db.selectFrom("organisations").selectAll().where("id", "in", ids).execute()).map(toOrganisation), (o) => o.id),
);

export function getUser(ctx: ServiceContext, id: string): Promise<User | null> {
  return usersById(ctx, id);
}

/** Any signed-in party may see a company's public face (name, country, verified badge); details are redacted. */
export async function getOrganisation(ctx: ServiceContext, id: string): Promise<Organisation | null> {
  const organisation = await organisationsById(ctx, id);
  return organisation ? redactFor(ctx.viewer, organisation) : null;
}

export async function viewerMemberships(ctx: ServiceContext): Promise<Membership[]> {
  if (ctx.viewer.kind !== "user") return [];
  const rows = await ctx.db.selectFrom("memberships").selectAll().where("user_id", "=", ctx.viewer.userId).orderBy("created_at").execute();
  return rows.map((m) => ({
    id: m.id,
    role: m.role as MembershipRole,
    organisationId: m.organisation_id,
    jurisdictionCountry: m.jurisdiction_country,
  }));
}

// ---------------------------------------------------------------------------- company profile and verification

const identifier = (max: number) =>
  optionalText(max).refine((v) => v === null || /^[\p{L}\p{N}][\p{L}\p{N} .\-/]*$/u.test(v), "IDENTIFIER_INVALID");

/** A field that may be left out of an update but not emptied. */
const kept = <T extends z.ZodTypeAny>(schema: T) => schema.nullish().refine((v) => v !== null, "REQUIRED");

const updateOrganisationSchema = z.object({
  legalName: kept(requiredText(200)),
  country: kept(countryCode),
  addressLine1: optionalText(200),
  addressLine2: optionalText(200),
  city: optionalText(120),
  postalCode: optionalText(20),
  registrationNumber: identifier(40),
  taxId: identifier(40),
  // EORI: the issuing country's code then up to 15 letters or digits (PL1234567890, GB123456789000).
  eori: optionalText(17)
    .transform((v) => v?.replace(/\s+/g, "").toUpperCase() ?? null)
    .refine((v) => v === null || (/^[A-Z]{2}[A-Z0-9]{1,15}$/.test(v) && (!!findCountry(v.slice(0, 2)) || v.startsWith("XI"))), "EORI_INVALID"),
  exportLicence: identifier(60),
  preferredLocale: kept(localeCode),
  preferredCurrency: kept(currencyCode),
  timeZone: kept(timeZone),
});

export type UpdateOrganisationInput = z.input<typeof updateOrganisationSchema>;

const COLUMN_OF = {
  legalName: "legal_name",
  country: "country",
  addressLine1: "address_line1",
  addressLine2: "address_line2",
  city: "city",
  postalCode: "postal_code",
  registrationNumber: "registration_number",
  taxId: "tax_id",
  eori: "eori",
  exportLicence: "export_licence",
  preferredLocale: "preferred_locale",
  preferredCurrency: "preferred_currency",
  timeZone: "time_zone",
} as const satisfies Record<keyof UpdateOrganisationInput, keyof OrganisationsTable>;

async function recordVerification(
  trx: Executor,
  ctx: ServiceContext,
  org: OrganisationsTable,
  to: VerificationStatus,
  reason: string | null,
): Promise<void> {
  const from = org.verification_status as VerificationStatus;
  if (!canMoveVerification(from, to)) throw conflict(`VERIFICATION_${from.toUpperCase()}_TO_${to.toUpperCase()}`);
  const now = nowIso(ctx.now());
  await trx
    .updateTable("organisations")
    .set({ verification_status: to, verified_at: to === "verified" ? now : null, updated_at: now })
    .where("id", "=", org.id)
    .where("verification_status", "=", from)
    .execute();
  await trx
    .insertInto("verification_events")
    .values({
      id: newId("vev"),
      organisation_id: org.id,
      from_status: from,
      to_status: to,
      actor_user_id: actorUserId(ctx.viewer),
      reason,
      identifiers: JSON.stringify(Object.fromEntries(VERIFIED_IDENTIFIERS.map((k) => [k, org[k]]))),
      created_at: now,
    })
    .execute();
  await publish(ctx, "organisation.verificationChanged", { organisationId: org.id, from, to, at: now });
}

async function loadOrganisation(db: Executor, id: string): Promise<OrganisationsTable> {
  const row = await db.selectFrom("organisations").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw notFound("ORGANISATION_NOT_FOUND");
  return row;
}

export async function updateOrganisation(ctx: ServiceContext, input: UpdateOrganisationInput): Promise<Organisation> {
  const owner = requireOwner(ctx.viewer);
  const data = validate(updateOrganisationSchema, input);
  return withTransaction(ctx, async (tx) => {
    const before = await loadOrganisation(tx.db, owner.organisationId);
    const changes: Partial<OrganisationsTable> = {};
    for (const [field, column] of Object.entries(COLUMN_OF) as [keyof UpdateOrganisationInput, keyof OrganisationsTable][]) {
      // Only fields the client sent are changed; an omitted field keeps its value.
      if (Object.hasOwn(input, field) && data[field] !== undefined) (changes as Record<string, unknown>)[column] = data[field];
    }
    const identifiersChanged = VERIFIED_IDENTIFIERS.some((k) => k in changes && changes[k] !== before[k]);
    if (identifiersChanged && before.verification_status === "pending") throw conflict("VERIFICATION_PENDING_LOCKED");
    await tx.db
      .updateTable("organisations")
      .set({ ...changes, updated_at: nowIso(ctx.now()) })
      .where("id", "=", before.id)
      .execute();
    if (identifiersChanged && before.verification_status === "verified") {
      await recordVerification(tx.db, tx, { ...before, ...changes }, "unverified", "IDENTIFIERS_CHANGED");
    }
    return toOrganisation(await loadOrganisation(tx.db, before.id));
  });
}

export async function requestVerification(ctx: ServiceContext): Promise<Organisation> {
  const owner = requireOwner(ctx.viewer);
  return withTransaction(ctx, async (tx) => {
    const org = await loadOrganisation(tx.db, owner.organisationId);
    if (org.kind === "customs_authority" || org.kind === "platform") throw conflict("VERIFICATION_NOT_APPLICABLE");
    const missing: FieldProblem[] = Object.entries(REQUIRED_FOR_VERIFICATION)
      .filter(([column]) => !org[column as keyof OrganisationsTable])
      .map(([, field]) => ({ field, code: "REQUIRED_FOR_VERIFICATION" }));
    if (missing.length) throw new UserInputProblems(missing);
    await recordVerification(tx.db, tx, org, "pending", null);
    return toOrganisation(await loadOrganisation(tx.db, org.id));
  });
}

async function decideVerification(ctx: ServiceContext, organisationId: string, to: "verified" | "rejected", reason: string | null) {
  requirePlatformAdmin(ctx.viewer);
  return withTransaction(ctx, async (tx) => {
    const org = await loadOrganisation(tx.db, organisationId);
    await recordVerification(tx.db, tx, org, to, reason);
    return toOrganisation(await loadOrganisation(tx.db, org.id));
  });
}

export async function approveVerification(ctx: ServiceContext, organisationId: string): Promise<Organisation> {
  return decideVerification(ctx, organisationId, "verified", null);
}

export async function rejectVerification(ctx: ServiceContext, organisationId: string, reason: string): Promise<Organisation> {
  const why = validate(z.object({ reason: requiredText(1000) }), { reason }).reason;
  return decideVerification(ctx, organisationId, "rejected", why);
}

export async function verificationQueue(ctx: ServiceContext, args: PageArgs): Promise<Page<Organisation>> {
  requirePlatformAdmin(ctx.viewer);
  const size = pageSize(args.first);
  let query = ctx.db.selectFrom("organisations").selectAll().where("verification_status", "=", "pending");
  const total = await ctx.db
    .selectFrom("organisations")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("verification_status", "=", "pending")
    .executeTakeFirstOrThrow();
  if (args.after) {
    const [updatedAt, id] = decodeCursor(args.after, ["string", "string"]);
    query = query.where((eb) =>
      eb.or([eb("updated_at", ">", updatedAt), eb.and([eb("updated_at", "=", updatedAt), eb("id", ">", id)])]),
    );
  }
  const rows = await query.orderBy("updated_at").orderBy("id").limit(size + 1).execute();
  return toPage(rows.map(toOrganisation), size, Number(total.n), (o) => [o.updatedAt, o.id]);
}

export async function verificationHistory(ctx: ServiceContext, organisationId: string): Promise<VerificationEvent[]> {
  if (!canSeePrivateDetails(ctx.viewer, organisationId)) return [];
  const rows = await ctx.db
    .selectFrom("verification_events")
    .leftJoin("users", "users.id", "verification_events.actor_user_id")
    .select([
      "verification_events.id",
      "verification_events.from_status",
      "verification_events.to_status",
      "verification_events.reason",
      "verification_events.created_at",
      "users.display_name",
    ])
    .where("verification_events.organisation_id", "=", organisationId)
    .orderBy("verification_events.created_at", "desc")
    .orderBy("verification_events.id", "desc")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    fromStatus: r.from_status as VerificationStatus,
    toStatus: r.to_status as VerificationStatus,
    reason: r.reason === "IDENTIFIERS_CHANGED" ? ctx.t("errors:IDENTIFIERS_CHANGED") : r.reason,
    actor: r.display_name,
    createdAt: r.created_at,
  }));
}

// ---------------------------------------------------------------------------- API tokens

function toApiToken(row: { id: string; name: string; token_prefix: string; created_at: string; last_used_at: string | null; revoked_at: string | null }): ApiToken {
  return { id: row.id, name: row.name, prefix: row.token_prefix, createdAt: row.created_at, lastUsedAt: row.last_used_at, revokedAt: row.revoked_at };
}

export async function listApiTokens(ctx: ServiceContext): Promise<ApiToken[]> {
  const user = requireUser(ctx.viewer);
  if (!user.organisationId) return [];
  const rows = await ctx.db
    .selectFrom("api_tokens")
    .selectAll()
    .where("organisation_id", "=", user.organisationId)
    .orderBy("created_at", "desc")
    .execute();
  return rows.map(toApiToken);
}

export async function createApiToken(ctx: ServiceContext, name: string): Promise<{ apiToken: ApiToken; token: string }> {
  const owner = requireOwner(ctx.viewer);
  const data = validate(z.object({ name: requiredText(80) }), { name });
  const token = newApiToken();
  const row = {
    id: newId("tok"),
    organisation_id: owner.organisationId,
    created_by_user_id: owner.userId,
    name: data.name,
    token_hash: sha256Hex(token),
    token_prefix: token.slice(0, 10),
    created_at: nowIso(ctx.now()),
    last_used_at: null,
    revoked_at: null,
  };
  await ctx.db.insertInto("api_tokens").values(row).execute();
  return { apiToken: toApiToken(row), token };
}

export async function revokeApiToken(ctx: ServiceContext, id: string): Promise<ApiToken> {
  const owner = requireOwner(ctx.viewer);
  return withTransaction(ctx, async (tx) => {
    const row = await tx.db.selectFrom("api_tokens").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) throw notFound("API_TOKEN_NOT_FOUND");
    if (row.organisation_id !== owner.organisationId) throw forbidden();
    if (row.revoked_at) throw conflict("API_TOKEN_ALREADY_REVOKED");
    const revokedAt = nowIso(ctx.now());
    await tx.db.updateTable("api_tokens").set({ revoked_at: revokedAt }).where("id", "=", id).execute();
    return toApiToken({ ...row, revoked_at: revokedAt });
  });
}

// ---------------------------------------------------------------------------- platform accounts

const customsAuthoritySchema = z.object({
  legalName: requiredText(200),
  country: countryCode,
  officerEmail: emailAddress,
  officerDisplayName: requiredText(120),
  officerPassword: z.string({ required_error: "REQUIRED" }),
});

/** A customs authority watches one country's border; its officers see shipments crossing it. */
export async function createCustomsAuthority(ctx: ServiceContext, input: z.input<typeof customsAuthoritySchema>): Promise<Organisation> {
  requirePlatformAdmin(ctx.viewer);
  const data = validate(customsAuthoritySchema, input);
  return withTransaction(ctx, async (tx) => {
    const created = await insertUserWithOrganisation(
      tx.db,
      ctx,
      { email: data.officerEmail, password: data.officerPassword, displayName: data.officerDisplayName },
      { kind: "customs_authority", legalName: data.legalName, country: data.country, verificationStatus: "verified" },
      "officer",
      data.country,
    ).catch((error: unknown) => {
      if (error instanceof UserInputProblems) {
        const renamed = { email: "officerEmail", password: "officerPassword" } as Record<string, string>;
        throw new UserInputProblems(error.problems.map((p) => ({ ...p, field: renamed[p.field ?? ""] ?? p.field })));
      }
      throw error;
    });
    return toOrganisation(created.organisation);
  });
}

/** The platform's own organisation and its first admin; only the seed and the operator's CLI call this. */
export async function createPlatformAdmin(ctx: ServiceContext, user: NewUser, legalName = "Caravan Platform"): Promise<User> {
  requirePlatformAdmin(ctx.viewer);
  const data = validate(z.object({ email: emailAddress, displayName: requiredText(120) }), user);
  return withTransaction(ctx, async (tx) => {
    const created = await insertUserWithOrganisation(
      tx.db,
      ctx,
      { ...user, ...data },
      { kind: "platform", legalName, country: "CH", verificationStatus: "verified" },
      "admin",
    );
    return toUser(created.user);
  });
}
