import type { OrganisationsTable, UsersTable } from "../../db/types.js";
import type { MembershipRole, Viewer } from "../context.js";
import { actsFor, isPlatformAdmin } from "./guards.js";
import type { VerificationStatus } from "./verification.js";

/** What the identity module hands out: users, companies, memberships, sessions and tokens. */

export type OrganisationKind = "exporter" | "buyer" | "both" | "customs_authority" | "platform";
export const SELF_SERVICE_KINDS = ["exporter", "buyer", "both"] as const;

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
  /** A verified company of the same country whose legal name looks the same (for the admin's review only). */
  resemblesOrganisationId: string | null;
}

export interface User {
  id: string;
  email: string;
  displayName: string;
  locale: string;
  /** False until the user opens the link mailed to the address: until then they may look, not trade. */
  emailConfirmed: boolean;
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

export function toUser(row: UsersTable): User {
  return { id: row.id, email: row.email, displayName: row.display_name, locale: row.locale, emailConfirmed: row.email_confirmed_at !== null };
}

export function toOrganisation(row: OrganisationsTable): Organisation {
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
    resemblesOrganisationId: row.resembles_organisation_id,
  };
}

/** Registration and tax identifiers and the street address are for the company itself and the platform. */
export function canSeePrivateDetails(viewer: Viewer, organisationId: string): boolean {
  return actsFor(viewer, organisationId) || isPlatformAdmin(viewer);
}

export function redactFor(viewer: Viewer, org: Organisation): Organisation {
  // Only the admin who reviews it learns that a company's name looks like another's.
  const reviewed = isPlatformAdmin(viewer) ? org : { ...org, resemblesOrganisationId: null };
  if (canSeePrivateDetails(viewer, org.id)) return reviewed;
  return {
    ...reviewed,
    addressLine1: null,
    addressLine2: null,
    postalCode: null,
    registrationNumber: null,
    taxId: null,
    eori: null,
    exportLicence: null,
  };
}
