import type { UserError } from "../utils/forms";

/** Operations on graph/identity/schema.graphql, with the shapes they answer. */

export type OrganisationKind = "EXPORTER" | "BUYER" | "BOTH" | "CUSTOMS_AUTHORITY" | "PLATFORM";
export type VerificationStatus = "UNVERIFIED" | "PENDING" | "VERIFIED" | "REJECTED";
export type MembershipRole = "OWNER" | "MEMBER" | "ADMIN" | "OFFICER";

export interface HeaderViewer {
  user: { displayName: string } | null;
  organisation: { legalName: string; kind: OrganisationKind; verified: boolean; verificationStatus: VerificationStatus } | null;
  role: MembershipRole | null;
  isPlatformAdmin: boolean;
  customsJurisdiction: string | null;
}

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

export interface AuthPayload {
  user: { id: string } | null;
  userErrors: UserError[];
}

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

export interface VerificationEvent {
  id: string;
  fromStatus: VerificationStatus;
  toStatus: VerificationStatus;
  reason: string | null;
  actor: string | null;
  createdAt: string;
}

export interface CompanyProfile {
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
  verified: boolean;
  verifiedAt: string | null;
  createdAt: string;
}

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

export interface OrganisationPayload {
  organisation: { id: string; legalName: string } | null;
  userErrors: UserError[];
}

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

export interface QueueEntry extends CompanyProfile {
  verificationHistory: VerificationEvent[];
  /** A verified company of the same country whose legal name looks the same. */
  resemblesVerified: { id: string; legalName: string } | null;
}

export interface VerificationQueue {
  edges: { cursor: string; node: QueueEntry }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

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

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const TOKEN_FIELDS = "id name prefix createdAt lastUsedAt revokedAt";

export const API_TOKENS = /* GraphQL */ `
  query ApiTokens {
    viewer { role organisation { legalName timeZone } }
    apiTokens { ${TOKEN_FIELDS} }
  }
`;

export interface CreateApiTokenPayload {
  apiToken: ApiToken | null;
  token: string | null;
  userErrors: UserError[];
}

export const CREATE_API_TOKEN = /* GraphQL */ `
  mutation CreateApiToken($name: String!) {
    createApiToken(name: $name) {
      apiToken { ${TOKEN_FIELDS} }
      token
      userErrors { field code message }
    }
  }
`;

export const REVOKE_API_TOKEN = /* GraphQL */ `
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      apiToken { id name }
      userErrors { field code message }
    }
  }
`;
