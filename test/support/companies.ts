import type { Database } from "../../db/database.js";
import type { ServiceContext } from "../../graph/context.js";
import { systemContext } from "../../graph/runtime.js";
import {
  approveVerification,
  authenticate,
  createCustomsAuthority,
  createPlatformAdmin,
  requestVerification,
  signIn,
  updateOrganisation,
  type SignUpInput,
  type UpdateOrganisationInput,
} from "../../graph/identity/service.js";
import { ctxAs, GOOD_PASSWORD, ownerOf, signUpInput } from "./identity.js";

/*
 * The companies and people the tests' stories are told with, one factory each: the platform admin,
 * exporters and buyers (verified or not) and customs officers, each as a context acting for them.
 */

/** The same context on another clock: every `now()` it reads is this instant. */
export const at = (ctx: ServiceContext, when: string | number | Date): ServiceContext => ({ ...ctx, now: () => new Date(when) });

export interface Company {
  ctx: ServiceContext;
  organisationId: string;
  userId: string;
  /** The owner's session, for a browser-like client: `caravan_session=<token>`. */
  token: string;
}

export interface CompanySpec {
  email: string;
  legalName: string;
  country: string;
  kind: "exporter" | "buyer" | "both";
  locale?: "en" | "ar";
}

/** Kelapa's identifiers, everything verification asks for. */
export const COMPLETE_PROFILE = {
  addressLine1: "Lot 12, Jalan Kelapa Emas",
  city: "Port Klang",
  registrationNumber: "201901012345",
  taxId: "C2581234509",
};

export const ADMIN_EMAIL = "admin@caravan.example";

/** Someone who already has an account, signed in as a browser would be (from `ip`, 203.0.113.7 unless said). */
export async function signedIn(database: Database, email: string, options: { password?: string; ip?: string } = {}): Promise<ServiceContext> {
  const { password = GOOD_PASSWORD, ip = "203.0.113.7" } = options;
  const session = await signIn(ctxAs(database), { email, password });
  const viewer = await authenticate(ctxAs(database), { sessionToken: session.session.token });
  if ("error" in viewer) throw new Error(`${email} must authenticate`);
  return { ...ctxAs(database, viewer), request: { ip, userAgent: "vitest" } };
}

/** The platform admin, signed in; on the story's clock when `now` is given. */
export async function adminOf(database: Database, now?: string): Promise<ServiceContext> {
  await createPlatformAdmin(systemContext(database), { email: ADMIN_EMAIL, displayName: "Admin", password: GOOD_PASSWORD });
  const admin = await signedIn(database, ADMIN_EMAIL);
  return now ? at(admin, now) : admin;
}

/** Completes the profile and asks for verification, which `approver` grants. */
async function verify(created: Company, approver: ServiceContext, profile: UpdateOrganisationInput): Promise<void> {
  await updateOrganisation(created.ctx, profile);
  await requestVerification(created.ctx);
  await approveVerification(approver, created.organisationId);
}

/** A company signed up by its owner (named after the first word of the legal name); on the story's clock when `now` is given. */
export async function company(database: Database, spec: CompanySpec, now?: string): Promise<Company> {
  const owner = await ownerOf(database, {
    email: spec.email,
    password: GOOD_PASSWORD,
    displayName: spec.legalName.split(" ")[0]!,
    locale: spec.locale ?? "en",
    organisation: { kind: spec.kind, legalName: spec.legalName, country: spec.country },
  });
  return now ? { ...owner, ctx: at(owner.ctx, now) } : owner;
}

/** Signs a company up, completes its profile and has the platform admin verify it. */
export async function verifiedCompany(database: Database, admin: ServiceContext, spec: CompanySpec, now?: string): Promise<Company> {
  const created = await company(database, spec, now);
  await verify(created, admin, {
    addressLine1: "1 Harbour Road",
    city: "Port City",
    registrationNumber: `REG-${spec.email.length}-${spec.country}`,
    taxId: `TAX-${spec.country}-${spec.legalName.length}`,
  });
  return created;
}

export interface ExporterOptions {
  verified: boolean;
  /** aminah@kelapa.example unless said. */
  email?: string;
  /** MY unless said. */
  country?: string;
  kind?: "exporter" | "buyer" | "both";
  /** Kelapa Sdn. Bhd. unless said. */
  legalName?: string;
  timeZone?: string;
  /** Who grants the verification: the system unless said. */
  approvedBy?: ServiceContext;
}

/** Aminah's company (signUpInput's), with Kelapa's identifiers when verified. */
export async function exporter(database: Database, options: ExporterOptions): Promise<Company> {
  const input: SignUpInput = signUpInput({ email: options.email ?? "aminah@kelapa.example", country: options.country ?? "MY", kind: options.kind ?? "exporter" });
  if (options.legalName) input.organisation.legalName = options.legalName;
  if (options.timeZone) input.organisation.timeZone = options.timeZone;
  const created = await ownerOf(database, input);
  if (options.verified) await verify(created, options.approvedBy ?? systemContext(database), COMPLETE_PROFILE);
  return created;
}

const AUTHORITIES: Record<string, { legalName: string; email: string; name: string; ip: string }> = {
  PL: { legalName: "Krajowa Administracja Skarbowa", email: "jan.kowalski@customs.pl.example", name: "Jan Kowalski", ip: "198.51.100.20" },
  DE: { legalName: "Generalzolldirektion", email: "anna.schmidt@zoll.de.example", name: "Anna Schmidt", ip: "198.51.100.49" },
  MY: { legalName: "Jabatan Kastam Diraja Malaysia", email: "siti@customs.gov.my.example", name: "Siti Rahman", ip: "198.51.100.60" },
};

/** An officer of the customs authority of this country, signed in from the authority's network. */
export async function officerOf(database: Database, admin: ServiceContext, country: "PL" | "DE" | "MY"): Promise<ServiceContext> {
  const authority = AUTHORITIES[country]!;
  await createCustomsAuthority(admin, {
    legalName: authority.legalName,
    country,
    officerEmail: authority.email,
    officerDisplayName: authority.name,
    officerPassword: GOOD_PASSWORD,
  });
  return signedIn(database, authority.email, { ip: authority.ip });
}
