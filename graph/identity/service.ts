/**
 * The identity module's public face: every other module and the resolvers import from here. The
 * rules live in files by job: accounts (sign-up, platform accounts), sessions (sign-in, who is
 * calling), email-ownership (confirmation and password reset by mail), organisations (profile,
 * verification, look-alike names) and api-tokens.
 */
export {
  SELF_SERVICE_KINDS,
  canSeePrivateDetails,
  type ApiToken,
  type AuthResult,
  type IssuedSession,
  type Membership,
  type Organisation,
  type OrganisationKind,
  type User,
  type VerificationEvent,
} from "./model.js";
export { normalizeEmail } from "../shared/text.js";
/** For the inbox: whom to mail when a company is told something. */
export { memberContacts } from "./repository.js";
export { requireConfirmedEmail } from "./guards.js";
export {
  createCustomsAuthority,
  customsAuthorities,
  createPlatformAdmin,
  getUser,
  registerOrganisation,
  signUp,
  viewerMemberships,
  type NewOrganisation,
  type NewUser,
  type SignUpInput,
} from "./accounts.js";
export { authenticate, preferredLocaleOf, SESSION_TTL_DAYS, signIn, signOut, type Credentials } from "./sessions.js";
export { CONFIRM_LINK_HOURS, confirmEmail, requestPasswordReset, resendEmailConfirmation, resetPassword } from "./email-ownership.js";
export {
  approveVerification,
  getOrganisation,
  rejectVerification,
  requestVerification,
  updateOrganisation,
  verificationHistory,
  verificationQueue,
  type UpdateOrganisationInput,
} from "./organisations.js";
export { createApiToken, listApiTokens, revokeApiToken } from "./api-tokens.js";
