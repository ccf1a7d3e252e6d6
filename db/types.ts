import type { Generated } from "kysely";
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
  legal_name_skeleton: string | null;
  resembles_organisation_id: string | null;
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
  email_confirmed_at: string | null;
}

export interface EmailTokensTable {
  token_hash: string;
  user_id: string;
  purpose: string;
  email: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
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

export interface DB extends MarketplaceTables, TradeTables, CustomsTables, DocumentTables, ConversationTables {
  organisations: OrganisationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  verification_events: VerificationEventsTable;
  rate_limit_buckets: RateLimitBucketsTable;
  email_tokens: EmailTokensTable;
  hs_codes: HsCodesTable;
  ports: PortsTable;
  fx_rates: FxRatesTable;
}


export interface ListingsTable {
  id: string;
  search_key: Generated<number>;
  organisation_id: string;
  status: string;
  external_ref: string | null;
  title: string;
  description: string;
  locale: string;
  hs_code: string;
  origin_country: string;
  unit: string;
  currency: string;
  price_from_minor: number;
  price_from_usd_cents: number | null;
  moq: number;
  available_quantity: number;
  moq_base: number;
  available_base: number;
  lead_time_days: number;
  ship_from_port: string | null;
  net_weight_kg: number | null;
  gross_weight_kg: number | null;
  volume_m3: number | null;
  packaging: string | null;
  seller_verified: number;
  published_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ListingPriceTiersTable {
  listing_id: string;
  min_quantity: number;
  unit_price_minor: number;
}

export interface ListingIncotermsTable {
  listing_id: string;
  incoterm: string;
  named_place: string;
}

export interface ListingTranslationsTable {
  listing_id: string;
  locale: string;
  title: string;
  description: string;
}

export interface ListingCertificationsTable {
  listing_id: string;
  kind: string;
  reference: string | null;
}

export interface ListingPhotosTable {
  id: string;
  listing_id: string;
  content_type: string;
  byte_size: number;
  sha256: string;
  bytes: Uint8Array;
  position: number;
  created_at: string;
  /** Null for photos stored before variants existed. */
  width: number | null;
  height: number | null;
}

/** A photo re-encoded at one of the widths pages ask for. */
export interface ListingPhotoVariantsTable {
  photo_id: string;
  width: number;
  content_type: string;
  byte_size: number;
  bytes: Uint8Array;
}

export interface StatusEventsColumns {
  id: string;
  from_status: string | null;
  to_status: string;
  actor_user_id: string | null;
  created_at: string;
}

export interface ListingEventsTable extends StatusEventsColumns {
  listing_id: string;
}

export interface SourcingRequestsTable {
  id: string;
  organisation_id: string;
  status: string;
  title: string;
  description: string;
  hs_code: string | null;
  keywords: string;
  quantity: number;
  unit: string;
  quantity_base: number;
  target_price_minor: number | null;
  target_currency: string | null;
  destination_country: string;
  destination_port: string | null;
  incoterm: string;
  needed_by: string;
  visibility: string;
  quote_cap: number;
  quote_deadline: string | null;
  created_at: string;
  updated_at: string;
}

export interface SourcingRequestEventsTable extends StatusEventsColumns {
  request_id: string;
}

export interface QuotesTable {
  id: string;
  request_id: string;
  organisation_id: string;
  listing_id: string | null;
  status: string;
  unit_price_minor: number;
  currency: string;
  quantity: number;
  unit: string;
  moq: number | null;
  incoterm: string;
  named_place: string;
  lead_time_days: number;
  payment_terms: string;
  valid_until: string;
  message: string | null;
  created_at: string;
  updated_at: string;
}

export interface QuoteEventsTable extends StatusEventsColumns {
  quote_id: string;
}

export interface LanesTable {
  origin_country: string;
  destination_country: string;
  mode: string;
  transit_days_min: number;
  transit_days_max: number;
  source: string;
  updated_at: string;
  /** ISO weekday (1 Monday … 7 Sunday) of the weekly cutoff; null when it departs every working day. */
  cutoff_weekday: number | null;
  /** Minor units of rate_currency per chargeable tonne. */
  rate_per_tonne_minor: number | null;
  minimum_charge_minor: number | null;
  rate_currency: string | null;
  carrier_label: string | null;
}

export interface WarehousesTable {
  id: string;
  code: string;
  name: string;
  city: string;
  country: string;
  locode: string | null;
  time_zone: string;
  region_countries: string;
  regional_days_min: number;
  regional_days_max: number;
  regional_rate_per_tonne_minor: number;
  regional_minimum_charge_minor: number;
  rate_currency: string;
  updated_at: string;
}

export interface WarehouseStockTable {
  warehouse_id: string;
  listing_id: string;
  quantity: number;
  unit: string;
  updated_by_user_id: string | null;
  updated_at: string;
}

export interface ShippableOrdersTable {
  order_id: string;
  buyer_organisation_id: string;
  seller_organisation_id: string;
  incoterm: string;
  named_place: string;
  ship_from_country: string;
  ship_from_port: string | null;
  destination_country: string;
  destination_port: string | null;
  parties: string;
  confirmed_at: string;
}

export interface ShippableLinesTable {
  id: string;
  order_id: string;
  position: number;
  hs_code: string;
  description: string;
  quantity: number;
  unit: string;
  origin_country: string;
  net_weight_kg: number | null;
  gross_weight_kg: number | null;
  volume_m3: number | null;
  shipped_quantity: number;
}

export interface BatchesTable {
  id: string;
  organisation_id: string;
  listing_id: string;
  code: string;
  producer_name: string;
  producer_place: string | null;
  producer_country: string;
  produced_on: string;
  produced_kind: string;
  created_at: string;
}

export interface BatchInspectionsTable {
  id: string;
  batch_id: string;
  kind: string;
  result: string;
  inspector: string;
  place: string | null;
  inspected_on: string;
  certificate_ref: string | null;
  created_at: string;
}

export interface ShipmentsTable {
  id: string;
  order_id: string;
  seller_organisation_id: string;
  buyer_organisation_id: string;
  status: string;
  mode: string;
  carrier_name: string;
  carrier_organisation_id: string | null;
  booking_number: string | null;
  tracking_number: string;
  trace_code: string;
  vessel_name: string | null;
  voyage_number: string | null;
  flight_number: string | null;
  port_of_loading: string | null;
  port_of_discharge: string | null;
  export_country: string;
  import_country: string;
  gross_weight_kg: number;
  net_weight_kg: number;
  volume_m3: number;
  shipped_on: string;
  created_by_user_id: string | null;
  created_at: string;
  updated_at: string;
  event_count: number;
  departed_at: string | null;
}

export interface ShipmentChaptersTable {
  shipment_id: string;
  hs_chapter: string;
  import_country: string;
  export_country: string;
  shipped_on: string;
}

export interface ShipmentLinesTable {
  id: string;
  shipment_id: string;
  order_line_id: string;
  quantity: number;
  batch_id: string | null;
}

export interface ShipmentPackagesTable {
  id: string;
  shipment_id: string;
  position: number;
  count: number;
  package_type: string;
  gross_weight_kg: number;
  net_weight_kg: number;
  length_cm: number;
  width_cm: number;
  height_cm: number;
  marks: string | null;
}

export interface TrackingEventsTable {
  id: string;
  shipment_id: string;
  code: string;
  occurred_at: string;
  time_zone: string;
  place: string;
  locode: string | null;
  note: string | null;
  source: string;
  created_at: string;
}

export interface ShipmentStatusHistoryTable {
  id: string;
  shipment_id: string;
  from_status: string | null;
  to_status: string;
  tracking_event_id: string | null;
  actor_user_id: string | null;
  actor_token_id: string | null;
  at: string;
}

export interface EmbargoesTable {
  id: string;
  origin_country: string;
  destination_country: string;
  hs_prefix: string | null;
  valid_from: string;
  valid_to: string | null;
  legal_basis: string;
  created_by_user_id: string | null;
  created_at: string;
  ended_by_user_id: string | null;
}

export interface TariffRatesTable {
  territory: string;
  hs_prefix: string;
  rate_bp: number;
  source: string;
  as_of: string;
  indicative: number;
  updated_at: string;
}

export interface DeniedPartiesTable {
  id: string;
  list_source: string;
  name: string;
  name_key: string;
  country: string | null;
  programme: string | null;
  listed_on: string | null;
  imported_at: string;
}

export interface ScreeningReviewsTable {
  id: string;
  subject_kind: string;
  subject_id: string;
  status: string;
  created_at: string;
  decided_by_user_id: string | null;
  decided_at: string | null;
  note: string | null;
}

export interface ScreeningHitsTable {
  id: string;
  review_id: string;
  party_role: string;
  party_name: string;
  party_country: string | null;
  listed_name: string;
  listed_country: string | null;
  list_source: string;
  score: number;
}

export interface ScreeningReviewEventsTable {
  id: string;
  review_id: string;
  from_status: string | null;
  to_status: string;
  by_user_id: string | null;
  note: string | null;
  at: string;
}

export interface NotificationsTable {
  id: string;
  organisation_id: string;
  kind: string;
  subject_id: string;
  payload: string;
  read_at: string | null;
  created_at: string;
}

export interface OutboxTable {
  id: string;
  kind: string;
  recipient: string;
  locale: string;
  payload: string;
  created_at: string;
  sent_at: string | null;
  attempts: Generated<number>;
  next_attempt_at: string | null;
  locked_until: string | null;
  last_error: string | null;
  failed_at: string | null;
}

export interface SaleEventsTable {
  id: string;
  name: string;
  kind: string;
  local_date: string | null;
  days: number | null;
  countries: string | null;
  opens_in: string | null;
  closes_in: string | null;
  starts_at: string;
  ends_at: string;
  created_by_user_id: string | null;
  created_at: string;
}

export interface SaleEventPricesTable {
  event_id: string;
  listing_id: string;
  organisation_id: string;
  unit_price_minor: number;
  currency: string;
  set_by_user_id: string | null;
  updated_at: string;
}

export interface MarketplaceTables {
  listings: ListingsTable;
  listing_price_tiers: ListingPriceTiersTable;
  listing_incoterms: ListingIncotermsTable;
  listing_translations: ListingTranslationsTable;
  listing_certifications: ListingCertificationsTable;
  listing_photos: ListingPhotosTable;
  listing_photo_variants: ListingPhotoVariantsTable;
  listing_events: ListingEventsTable;
  sourcing_requests: SourcingRequestsTable;
  sourcing_request_events: SourcingRequestEventsTable;
  quotes: QuotesTable;
  quote_events: QuoteEventsTable;
  lanes: LanesTable;
  warehouses: WarehousesTable;
  warehouse_stock: WarehouseStockTable;
  shippable_orders: ShippableOrdersTable;
  shippable_lines: ShippableLinesTable;
  batches: BatchesTable;
  batch_inspections: BatchInspectionsTable;
  shipments: ShipmentsTable;
  shipment_chapters: ShipmentChaptersTable;
  shipment_lines: ShipmentLinesTable;
  shipment_packages: ShipmentPackagesTable;
  tracking_events: TrackingEventsTable;
  shipment_status_history: ShipmentStatusHistoryTable;
  embargoes: EmbargoesTable;
  tariff_rates: TariffRatesTable;
  denied_parties: DeniedPartiesTable;
  screening_reviews: ScreeningReviewsTable;
  screening_hits: ScreeningHitsTable;
  screening_review_events: ScreeningReviewEventsTable;
  notifications: NotificationsTable;
  outbox: OutboxTable;
  sale_events: SaleEventsTable;
  sale_event_prices: SaleEventPricesTable;
}

export interface OrdersTable {
  id: string;
  buyer_organisation_id: string;
  seller_organisation_id: string;
  status: string;
  idempotency_key: string;
  request_hash: string;
  listing_id: string | null;
  quote_id: string | null;
  sale_event_id: string | null;
  buyer_reference: string | null;
  currency: string;
  goods_total_minor: number;
  freight_minor: number;
  insurance_minor: number;
  total_minor: number;
  incoterm: string;
  named_place: string;
  payment_terms: string;
  payment_method: string | null;
  credit_days: number | null;
  buyer_currency: string;
  fx_rate: string;
  fx_rate_date: string;
  fx_source: string;
  total_buyer_minor: number;
  ship_from_country: string;
  ship_from_port: string | null;
  destination_country: string;
  destination_port: string | null;
  shipping_option_id: string | null;
  shipping_mode: string | null;
  carrier_label: string | null;
  transit_days_min: number | null;
  transit_days_max: number | null;
  estimated_delivery: string | null;
  gross_weight_kg: number | null;
  net_weight_kg: number | null;
  volume_m3: number | null;
  compliance_hold: string | null;
  /** JSON: the landed cost shown at placement (graph/trade/landed-cost.ts). */
  landed_cost: string | null;
  dispatched_at: string | null;
  delivered_at: string | null;
  created_by_user_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface OrderLinesTable {
  order_id: string;
  position: number;
  listing_id: string | null;
  hs_code: string;
  origin_country: string;
  description: string;
  quantity: number;
  unit: string;
  reserved_quantity: number | null;
  unit_price_minor: number;
  line_total_minor: number;
  net_weight_kg: number | null;
  gross_weight_kg: number | null;
  volume_m3: number | null;
  packaging: string | null;
  licence_number: string | null;
}

export interface OrderPartiesTable {
  order_id: string;
  role: string;
  organisation_id: string | null;
  name: string;
  address_line1: string | null;
  address_line2: string | null;
  city: string | null;
  postal_code: string | null;
  country: string;
  tax_id: string | null;
  eori: string | null;
  registration_number: string | null;
  contact: string | null;
}

export interface OrderEventsTable {
  id: string;
  order_id: string;
  action: string;
  from_status: string | null;
  to_status: string;
  actor_role: string;
  actor_user_id: string | null;
  note: string | null;
  created_at: string;
}

export interface PaymentsTable {
  id: string;
  order_id: string;
  provider: string;
  terms: string;
  method: string | null;
  status: string;
  amount_minor: number;
  currency: string;
  reference: string;
  provider_reference: string | null;
  lc_reference: string | null;
  lc_issuing_bank: string | null;
  escrow_release_days: number | null;
  created_at: string;
  funded_at: string | null;
  settled_at: string | null;
  reconciled_by_user_id: string | null;
}

export interface LedgerEntriesTable {
  id: string;
  order_id: string;
  payment_id: string | null;
  movement: string;
  account: string;
  debit_minor: number;
  credit_minor: number;
  currency: string;
  created_at: string;
}

export interface JobsTable {
  id: string;
  kind: string;
  payload: string;
  unique_key: string | null;
  status: string;
  run_at: string;
  attempts: number;
  max_attempts: number;
  locked_by: string | null;
  locked_until: string | null;
  last_error: string | null;
  progress_done: number;
  progress_total: number | null;
  checkpoint: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

export interface TradeTables {
  orders: OrdersTable;
  order_lines: OrderLinesTable;
  order_parties: OrderPartiesTable;
  order_events: OrderEventsTable;
  payments: PaymentsTable;
  ledger_entries: LedgerEntriesTable;
  jobs: JobsTable;
}

export interface CustomsClearancesTable {
  shipment_id: string;
  country: string;
  status: string;
  reason: string | null;
  shipped_on: string;
  authority_organisation_id: string;
  decided_by_user_id: string;
  decided_at: string;
}

export interface CustomsDecisionsTable {
  id: string;
  shipment_id: string;
  country: string;
  from_status: string;
  to_status: string;
  reason: string | null;
  authority_organisation_id: string;
  decided_by_user_id: string;
  decided_at: string;
}

export interface CustomsAccessLogTable {
  seq: number;
  id: string;
  at: string;
  action: string;
  outcome: string;
  actor_user_id: string | null;
  actor_organisation_id: string | null;
  actor_name: string;
  actor_organisation_name: string | null;
  jurisdiction: string | null;
  shipment_id: string | null;
  document_id: string | null;
  document_issuer_organisation_id: string | null;
  detail: string;
  ip: string | null;
  user_agent: string | null;
  prev_hash: string;
  hash: string;
}

export interface CustomsAccessLogHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface CustomsTables {
  customs_clearances: CustomsClearancesTable;
  customs_decisions: CustomsDecisionsTable;
  customs_access_log: CustomsAccessLogTable;
  customs_access_log_head: CustomsAccessLogHeadTable;
}

export interface DocumentSigningKeysTable {
  id: string;
  algorithm: string;
  public_key: string;
  private_key_encrypted: string;
  status: string;
  created_at: string;
  retired_at: string | null;
  revoked_at: string | null;
  revoked_reason: string | null;
}

export interface DocumentSequencesTable {
  issuer_organisation_id: string;
  prefix: string;
  year: number;
  last_value: number;
}

export interface DocumentsTable {
  id: string;
  kind: string;
  shipment_id: string;
  order_id: string;
  issuer_organisation_id: string;
  number: string;
  version: number;
  status: string;
  supersedes_id: string | null;
  superseded_by_id: string | null;
  snapshot: string;
  pdf: Uint8Array;
  ubl: string;
  pdf_sha256: string;
  ubl_sha256: string;
  signature: string;
  key_id: string;
  issued_at: string;
  issued_by_user_id: string | null;
  correction_reason: string | null;
  endorsement: string | null;
  revoked_at: string | null;
  revoked_by_user_id: string | null;
  revoked_by_name: string | null;
  revoked_reason: string | null;
}

export interface DocumentEventsTable {
  id: string;
  document_id: string;
  event: string;
  at: string;
  by_user_id: string | null;
  reason: string | null;
}

export interface DocumentTables {
  document_signing_keys: DocumentSigningKeysTable;
  document_sequences: DocumentSequencesTable;
  documents: DocumentsTable;
  document_events: DocumentEventsTable;
}

export interface ConversationsTable {
  id: string;
  listing_id: string;
  buyer_organisation_id: string;
  seller_organisation_id: string;
  created_at: string;
  last_message_at: string;
}

export interface ConversationMessagesTable {
  id: string;
  conversation_id: string;
  /** Null when an API token (an integration) wrote it. */
  author_user_id: string | null;
  author_organisation_id: string;
  body: string;
  created_at: string;
}

export interface SavedListingsTable {
  organisation_id: string;
  listing_id: string;
  saved_by_user_id: string | null;
  created_at: string;
}

export interface ConversationTables {
  conversations: ConversationsTable;
  conversation_messages: ConversationMessagesTable;
  saved_listings: SavedListingsTable;
}
