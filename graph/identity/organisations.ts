import { z } from "zod";
import { type Executor } from "../../db/database.js";
import { newId, nowIso } from "../../db/ids.js";
import type { OrganisationsTable } from "../../db/types.js";
import { findCountry } from "../../db/reference/index.js";
import { publish, withTransaction, type ServiceContext } from "../context.js";
import { conflict, notFound, UserInputProblems, type FieldProblem } from "../errors.js";
import { byId, defineLoader } from "../loaders.js";
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from "../shared/pagination.js";
import { skeleton } from "../shared/text.js";
import { countryCode, currencyCode, localeCode, nameText, optionalText, requiredText, timeZone, validate } from "../shared/validation.js";
import { actorUserId, requireOwner, requirePlatformAdmin } from "./guards.js";
import { canSeePrivateDetails, redactFor, toOrganisation, type Organisation, type VerificationEvent } from "./model.js";
import { canMoveVerification, REQUIRED_FOR_VERIFICATION, VERIFIED_IDENTIFIERS, type VerificationStatus } from "./verification.js";

/** A company's profile, its verification by a platform admin, and names that imitate a verified company. */

/**
 * The verified company of the same country whose legal name has the same confusables skeleton, if
 * any: "Kelapa Sdn. Bhd." written again, or with a Cyrillic е, by someone who is not Kelapa. Rows
 * written before skeletons were stored have none yet and are compared here.
 */
export async function verifiedLookAlike(db: Executor, country: string, legalName: string, exceptId: string | null): Promise<string | null> {
  const wanted = skeleton(legalName);
  let query = db
    .selectFrom("organisations")
    .select(["id", "legal_name", "legal_name_skeleton"])
    .where("country", "=", country)
    .where("verification_status", "=", "verified")
    .where((eb) => eb.or([eb("legal_name_skeleton", "=", wanted), eb("legal_name_skeleton", "is", null)]));
  if (exceptId) query = query.where("id", "!=", exceptId);
  const rows = await query.orderBy("verified_at").orderBy("id").execute();
  return rows.find((r) => (r.legal_name_skeleton ?? skeleton(r.legal_name)) === wanted)?.id ?? null;
}

// A page of listings or quotes asks for each one's company in the same tick: one statement for all.
const organisationsById = defineLoader(
  byId(async (ctx, ids) => (await ctx.db.selectFrom("organisations").selectAll().where("id", "in", ids).execute()).map(toOrganisation), (o) => o.id),
);

/** Any signed-in party may see a company's public face (name, country, verified badge); details are redacted. */
export async function getOrganisation(ctx: ServiceContext, id: string): Promise<Organisation | null> {
  const organisation = await organisationsById(ctx, id);
  return organisation ? redactFor(ctx.viewer, organisation) : null;
}

const identifier = (max: number) =>
  optionalText(max).refine((v) => v === null || /^[\p{L}\p{N}][\p{L}\p{N} .\-/]*$/u.test(v), "IDENTIFIER_INVALID");

/** A field that may be left out of an update but not emptied. */
const kept = <T extends z.ZodTypeAny>(schema: T) => schema.nullish().refine((v) => v !== null, "REQUIRED");

const updateOrganisationSchema = z.object({
  legalName: kept(nameText(200)),
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
    if (("legal_name" in changes && changes.legal_name !== before.legal_name) || ("country" in changes && changes.country !== before.country)) {
      const legalName = changes.legal_name ?? before.legal_name;
      const country = changes.country ?? before.country;
      changes.legal_name_skeleton = skeleton(legalName);
      changes.resembles_organisation_id = await verifiedLookAlike(tx.db, country, legalName, before.id);
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
