

export interface OrganisationsTable {
  id: string;
  kind: string;
  legal_name: string;
  country: string;
  address_line1: string | null;
  address_line2: string | null;
  city: string | null;
  postal_code: string | null;
  registration_number: string | null;
  tax_id: string | null;
  eori: string | null;
  export_licence: string | null;
  preferred_locale: string;
  preferred_currency: string;
  time_zone: string;
  verification_status: string;
  verified_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: string;
  email: string;
  email_normalized: string;
  password_hash: string;
  display_name: string;
  locale: string;
  created_at: string;
  updated_at: string;
}

export interface MembershipsTable {
  id: string;
  user_id: string;
  organisation_id: string;
  role: string;
  jurisdiction_country: string | null;
  created_at: string;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  organisation_id: string | null;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokensTable {
  id: string;
  organisation_id: string;
  created_by_user_id: string;
  name: string;
  token_hash: string;
  token_prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface VerificationEventsTable {
  id: string;
  organisation_id: string;
  from_status: string;
  to_status: string;
  actor_user_id: string | null;
  reason: string | null;
  identifiers: string | null;
  created_at: string;
}

export interface RateLimitBucketsTable {
  key: string;
  window_start: string;
  hits: number;
}

export interface HsCodesTable {
  code: string;
  level: number;
  parent_code: string | null;
  section: string;
  description: string;
  edition: string;
  updated_at: string;
}

export interface PortsTable {
  locode: string;
  country: string;
  name: string;
  name_ascii: string;
  subdivision: string | null;
  functions: string;
  is_seaport: number;
  is_airport: number;
  iata: string | null;
  latitude: number | null;
  longitude: number | null;
  source: string;
  updated_at: string;
}

export interface FxRatesTable {
  id: string;
  base_currency: string;
  quote_currency: string;
  rate: string;
  as_of: string;
  source: string;
  created_by_user_id: string | null;
  created_at: string;
}

export interface DB {
  organisations: OrganisationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  verification_events: VerificationEventsTable;
  rate_limit_buckets: RateLimitBucketsTable;
  hs_codes: HsCodesTable;
  ports: PortsTable;
  fx_rates: FxRatesTable;
}

