import type { VerificationStatus } from "./verification.js";

/** A company's verification moved (submitted, approved, rejected, or undone by a changed identifier). */
export interface OrganisationVerificationChanged {
  organisationId: string;
  from: VerificationStatus;
  to: VerificationStatus;
  /** ISO UTC time of the change. */
  at: string;
}

declare module "../shared/events.js" {
  interface DomainEvents {
    "organisation.verificationChanged": OrganisationVerificationChanged;
  }
}
