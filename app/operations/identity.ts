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
