export type VerificationStatus = "unverified" | "pending" | "verified" | "rejected";

/** Every move a company's verification may make, and nothing else. */
const TRANSITIONS: Record<VerificationStatus, readonly VerificationStatus[]> = {
  unverified: ["pending"],
  pending: ["verified", "rejected"],
  rejected: ["pending"],
  // A verified company whose legal identifiers change must be checked again.
  verified: ["unverified"],
};

export function canMoveVerification(from: VerificationStatus, to: VerificationStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The identifiers an admin checks; changing any of them on a verified company voids the check. */
export const VERIFIED_IDENTIFIERS = ["legal_name", "country", "registration_number", "tax_id", "eori", "export_licence"] as const;

/** What must be filled in before a company may ask to be verified. */
export const REQUIRED_FOR_VERIFICATION = {
  legal_name: "legalName",
  registration_number: "registrationNumber",
  tax_id: "taxId",
  address_line1: "addressLine1",
  city: "city",
} as const;
