import { z } from "zod";
import { type Executor } from "../../db/database.js";
import { newId, nowIso } from "../../db/ids.js";
import type { OrganisationsTable, UsersTable } from "../../db/types.js";
import { findCountry } from "../../db/reference/index.js";
import { withTransaction, type MembershipRole, type ServiceContext } from "../context.js";
import { problem, UserInputProblems } from "../errors.js";
import { byId, defineLoader } from "../loaders.js";
import { normalizeEmail, skeleton } from "../shared/text.js";
import { countryCode, currencyCode, emailAddress, localeCode, nameText, timeZone, validate } from "../shared/validation.js";
import { sendEmailConfirmation } from "./email-ownership.js";
import { requirePlatformAdmin } from "./guards.js";
import { SELF_SERVICE_KINDS, toOrganisation, toUser, type AuthResult, type Membership, type Organisation, type OrganisationKind, type User } from "./model.js";
import { verifiedLookAlike } from "./organisations.js";
import { hashPassword, MIN_PASSWORD_LENGTH, passwordWeakness } from "./passwords.js";
import { hitRateLimit, SIGN_UP_LIMIT } from "./rate-limit.js";
import { issueSession } from "./sessions.js";
import type { VerificationStatus } from "./verification.js";

/** Accounts: sign-up, the platform's own accounts (customs officers, admins), and reading users. */

const signUpSchema = z.object({
  email: emailAddress,
  password: z.string({ required_error: "REQUIRED" }),
  displayName: nameText(120),
  locale: localeCode.nullish(),
  organisation: z.object({
    kind: z.enum(SELF_SERVICE_KINDS, { message: "ORGANISATION_KIND_NOT_ALLOWED" }),
    legalName: nameText(200),
    country: countryCode,
    preferredCurrency: currencyCode.nullish(),
    timeZone: timeZone.nullish(),
  }),
});

export type SignUpInput = z.input<typeof signUpSchema>;

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

/**
 * Creates a user, an organisation and the membership that binds them; refuses weak passwords and
 * taken emails (NFKC and case folded: ａdmin@ is admin@). `emailConfirmed` is for accounts an operator
 * vouches for (the seed, the platform admin); everyone else confirms by the link mailed to them.
 */
async function insertUserWithOrganisation(
  trx: Executor,
  ctx: ServiceContext,
  user: NewUser,
  org: NewOrganisation,
  role: MembershipRole,
  options: { jurisdictionCountry?: string | null; emailConfirmed: boolean },
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
    email: user.email.normalize("NFKC").trim(),
    email_normalized: emailNormalized,
    password_hash: await hashPassword(user.password),
    display_name: user.displayName,
    locale,
    created_at: now,
    updated_at: now,
    email_confirmed_at: options.emailConfirmed ? now : null,
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
    legal_name_skeleton: skeleton(org.legalName),
    // A look-alike of a verified company is still created (it may be a real namesake) but flagged for the admin.
    resembles_organisation_id: await verifiedLookAlike(trx, org.country, org.legalName, null),
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
      jurisdiction_country: options.jurisdictionCountry ?? null,
      created_at: now,
    })
    .execute();
  return { user: userRow, organisation: orgRow };
}

function checkSignUp(input: SignUpInput) {
  const weakness = typeof input.password === "string" ? passwordWeakness(input.password, String(input.email ?? "")) : null;
  return validate(signUpSchema, input, weakness ? [{ field: "password", code: weakness, params: { min: MIN_PASSWORD_LENGTH } }] : []);
}

/**
 * A new company and its first owner, without signing anyone in: the seed and operators use this,
 * and they vouch for the address, so it counts as confirmed.
 */
export async function registerOrganisation(ctx: ServiceContext, input: SignUpInput): Promise<{ user: User; organisation: Organisation }> {
  const data = checkSignUp(input);
  return withTransaction(ctx, async (tx) => {
    const created = await insertUserWithOrganisation(tx.db, ctx, data, data.organisation, "owner", { emailConfirmed: true });
    return { user: toUser(created.user), organisation: toOrganisation(created.organisation) };
  });
}

/** Anyone signing up: signed in at once, able to look around, and mailed a link that confirms the address. */
export async function signUp(ctx: ServiceContext, input: SignUpInput): Promise<AuthResult> {
  // Counted before anything is checked and outside the transaction, so refused attempts count too.
  if (ctx.request.ip) await hitRateLimit(ctx.db, `sign-up:ip:${ctx.request.ip}`, SIGN_UP_LIMIT, ctx.now());
  const data = checkSignUp(input);
  return withTransaction(ctx, async (tx) => {
    const created = await insertUserWithOrganisation(tx.db, ctx, data, data.organisation, "owner", { emailConfirmed: false });
    await sendEmailConfirmation(tx, created.user);
    const session = await issueSession(tx.db, ctx, created.user.id, created.organisation.id);
    return { user: toUser(created.user), organisation: toOrganisation(created.organisation), session };
  });
}

// A page of listings or quotes asks for each one's people in the same tick: one statement for all.
const usersById = defineLoader(
  byId(async (ctx, ids) => (await ctx.db.selectFrom("users").selectAll().where("id", "in", ids).execute()).map(toUser), (u) => u.id),
);

export function getUser(ctx: ServiceContext, id: string): Promise<User | null> {
  return usersById(ctx, id);
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

const customsAuthoritySchema = z.object({
  legalName: nameText(200),
  country: countryCode,
  officerEmail: emailAddress,
  officerDisplayName: nameText(120),
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
      // The platform admin who creates an authority vouches for its officer's address.
      { jurisdictionCountry: data.country, emailConfirmed: true },
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

/** Every customs authority with the number of its officers, by country then name: the admin's list. */
export async function customsAuthorities(ctx: ServiceContext): Promise<(Organisation & { officerCount: number })[]> {
  requirePlatformAdmin(ctx.viewer);
  const rows = await ctx.db
    .selectFrom("organisations as o")
    .leftJoin("memberships as m", (join) => join.onRef("m.organisation_id", "=", "o.id").on("m.role", "=", "officer"))
    .selectAll("o")
    .select((eb) => eb.fn.count<number>("m.id").as("officer_count"))
    .where("o.kind", "=", "customs_authority")
    .groupBy("o.id")
    .orderBy("o.country")
    .orderBy("o.legal_name")
    .execute();
  return rows.map(({ officer_count, ...row }) => ({ ...toOrganisation(row), officerCount: Number(officer_count) }));
}

/** The platform's own organisation and its first admin; only the seed and the operator's CLI call this. */
export async function createPlatformAdmin(ctx: ServiceContext, user: NewUser, legalName = "Caravan Platform"): Promise<User> {
  requirePlatformAdmin(ctx.viewer);
  const data = validate(z.object({ email: emailAddress, displayName: nameText(120) }), user);
  return withTransaction(ctx, async (tx) => {
    const created = await insertUserWithOrganisation(
      tx.db,
      ctx,
      { ...user, ...data },
      { kind: "platform", legalName, country: "CH", verificationStatus: "verified" },
      "admin",
      { emailConfirmed: true },
    );
    return toUser(created.user);
  });
}
