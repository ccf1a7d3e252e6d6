import type { RootViewerQuery } from "../__generated__/operations";

/** Operations on graph/identity/schema.graphql; the types of their answers are generated into app/__generated__/operations.ts. */

/** Who the header shows: the signed-in user, their company and role. */
export type HeaderViewer = RootViewerQuery["viewer"];

export const VIEWER_QUERY = /* GraphQL */ `
  query RootViewer {
    viewer {
      user { displayName }
      organisation { legalName kind verified verificationStatus }
      role
      isPlatformAdmin
      customsJurisdiction
    }
  }
`;

export const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      user { id }
      userErrors { field code message }
    }
  }
`;

export const SIGN_IN = /* GraphQL */ `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      user { id }
      userErrors { field code message }
    }
  }
`;

export const SIGN_OUT = /* GraphQL */ `
  mutation SignOut {
    signOut { signedOut }
  }
`;

const PROFILE_FIELDS = /* GraphQL */ `
  fragment CompanyProfile on Organisation {
    id kind legalName country addressLine1 addressLine2 city postalCode
    registrationNumber taxId eori exportLicence preferredLocale preferredCurrency timeZone
    verificationStatus verified verifiedAt createdAt
  }
`;

export const COMPANY_QUERY = /* GraphQL */ `
  query Company {
    viewer {
      role
      organisation {
        ...CompanyProfile
        verificationHistory { id fromStatus toStatus reason actor createdAt }
      }
    }
  }
  ${PROFILE_FIELDS}
`;

export const UPDATE_ORGANISATION = /* GraphQL */ `
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      organisation { id legalName }
      userErrors { field code message }
    }
  }
`;

export const REQUEST_VERIFICATION = /* GraphQL */ `
  mutation RequestVerification {
    requestVerification {
      organisation { id legalName }
      userErrors { field code message }
    }
  }
`;

export const VERIFICATION_QUEUE = /* GraphQL */ `
  query VerificationQueue($first: Int!, $after: String) {
    verificationQueue(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...CompanyProfile
          verificationHistory { id fromStatus toStatus reason actor createdAt }
          resemblesVerified { id legalName }
        }
      }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
  ${PROFILE_FIELDS}
`;

export const APPROVE_VERIFICATION = /* GraphQL */ `
  mutation ApproveVerification($organisationId: ID!) {
    approveVerification(organisationId: $organisationId) {
      organisation { id legalName }
      userErrors { field code message }
    }
  }
`;

export const REJECT_VERIFICATION = /* GraphQL */ `
  mutation RejectVerification($organisationId: ID!, $reason: String!) {
    rejectVerification(organisationId: $organisationId, reason: $reason) {
      organisation { id legalName }
      userErrors { field code message }
    }
  }
`;

const TOKEN_FIELDS = /* GraphQL */ `
  fragment ApiTokenRow on ApiToken { id name prefix createdAt lastUsedAt revokedAt }
`;

export const API_TOKENS = /* GraphQL */ `
  query ApiTokens {
    viewer { role organisation { legalName timeZone } }
    apiTokens { ...ApiTokenRow }
  }
  ${TOKEN_FIELDS}
`;

export const CREATE_API_TOKEN = /* GraphQL */ `
  mutation CreateApiToken($name: String!) {
    createApiToken(name: $name) {
      apiToken { ...ApiTokenRow }
      token
      userErrors { field code message }
    }
  }
  ${TOKEN_FIELDS}
`;

export const REVOKE_API_TOKEN = /* GraphQL */ `
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      apiToken { id name }
      userErrors { field code message }
    }
  }
`;

/** The home page's dashboard: who is signed in, and which role cards to show. */
export const DASHBOARD = /* GraphQL */ `
  query Dashboard {
    viewer {
      user { displayName }
      organisation { legalName kind verificationStatus }
      isPlatformAdmin
      customsJurisdiction
    }
  }
`;

export const PENDING_VERIFICATIONS = /* GraphQL */ `
  query PendingVerifications {
    verificationQueue(first: 1) { totalCount }
  }
`;

export const ADMIN_TIME_ZONE = /* GraphQL */ `
  query AdminTimeZone {
    viewer { organisation { timeZone } }
  }
`;

/** What app/viewer.server.ts reads to show numbers, money and times the viewer's way. */
export const VIEWER_PREFERENCES = /* GraphQL */ `
  query ViewerPreferences {
    viewer {
      isPlatformAdmin
      organisation { id kind legalName country timeZone preferredCurrency verified }
    }
  }
`;

export const VIEWER_EMAIL = /* GraphQL */ `
  query ViewerEmail {
    viewer { user { email emailConfirmed } }
  }
`;

export const RESEND_EMAIL_CONFIRMATION = /* GraphQL */ `
  mutation ResendEmailConfirmation {
    resendEmailConfirmation { sent userErrors { field code message } }
  }
`;

export const CONFIRM_EMAIL = /* GraphQL */ `
  mutation ConfirmEmail($token: String!) {
    confirmEmail(token: $token) { user { emailConfirmed } userErrors { field code message } }
  }
`;

export const REQUEST_PASSWORD_RESET = /* GraphQL */ `
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email) { accepted userErrors { field code message } }
  }
`;

export const RESET_PASSWORD = /* GraphQL */ `
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) { reset userErrors { field code message } }
  }
`;

export const CUSTOMS_AUTHORITIES = /* GraphQL */ `
  query CustomsAuthorities {
    customsAuthorities { organisation { id legalName country } officerCount }
  }
`;

export const CREATE_CUSTOMS_AUTHORITY = /* GraphQL */ `
  mutation CreateCustomsAuthority($input: CreateCustomsAuthorityInput!) {
    createCustomsAuthority(input: $input) { organisation { legalName country } userErrors { field code message } }
  }
`;
