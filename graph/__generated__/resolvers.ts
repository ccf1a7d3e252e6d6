import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { Organisation as OrganisationModel, User as UserModel, Membership as MembershipModel, ApiToken as ApiTokenModel, VerificationEvent as VerificationEventModel } from '../identity/service.js';
import { Viewer as ViewerModel, GraphContext } from '../context.js';
import { Incoterm as IncotermModel, UnitOfMeasure as UnitOfMeasureModel } from '../../db/reference/index.js';
import { HsCode as HsCodeModel, Port as PortModel } from '../catalog/service.js';
import { FxRate as FxRateModel, Conversion as ConversionModel, FxImportResult as FxImportResultModel } from '../fx/service.js';
import { SaleEvent as SaleEventModel, EventPrice as EventPriceModel } from '../events/service.js';
import { SourcingRequest as SourcingRequestModel, RequestEvent as RequestEventModel, Quote as QuoteModel, QuoteEvent as QuoteEventModel, ComparedQuote as ComparedQuoteModel, QuoteComparison as QuoteComparisonModel } from '../sourcing/service.js';
import { Notification as NotificationModel } from '../inbox/service.js';
import { Conversation as ConversationModel, ConversationMessage as ConversationMessageModel } from '../messages/service.js';
import { Listing as ListingModel, ListingPhoto as ListingPhotoModel, ListingStatusChange as ListingStatusChangeModel, ListingImportResult as ListingImportResultModel, OfferedIncoterm as OfferedIncotermModel, Certification as CertificationModel } from '../listings/service.js';
import { Match as MatchModel, SignalResult as SignalResultModel, MatchReason as MatchReasonModel, DeliveryWindow as DeliveryWindowModel } from '../matching/service.js';
import { PricedLane as PricedLaneModel, Warehouse as WarehouseModel, ShippingOption as ShippingOptionModel, ShipmentRecord as ShipmentRecordModel, TrackingEvent as TrackingEventModel, PublicTrackingEvent as PublicTrackingEventModel, PublicTracking as PublicTrackingModel, PublicTrace as PublicTraceModel, Batch as BatchModel } from '../logistics/service.js';
import { DocumentHead as DocumentHeadModel, RequiredDocumentState as RequiredDocumentStateModel } from '../documents/service.js';
import { EmbargoRecord as EmbargoRecordModel, LandedCost as LandedCostModel, LandedCostItem as LandedCostItemModel, QuoteLandedCost as QuoteLandedCostModel, TariffRate as TariffRateModel, DeniedPartyList as DeniedPartyListModel, ScreeningReview as ScreeningReviewModel, ScreeningReviewEvent as ScreeningReviewEventModel } from '../compliance/service.js';
import { DemandGroup as DemandGroupModel, HeadingDemand as HeadingDemandModel, QuantityTotal as QuantityTotalModel, FeedItem as FeedItemModel } from '../insights/service.js';
import { Order as OrderModel, OrderLine as OrderLineModel, OrderEvent as OrderEventModel, OrderPreview as OrderPreviewModel } from '../trade/service.js';
import { Payment as PaymentModel, LedgerEntry as LedgerEntryModel, OrderLedger as OrderLedgerModel } from '../trade/payments.js';
import { Job as JobModel } from '../jobs/service.js';
import { AccessLogEntry as AccessLogEntryModel } from '../customs/access-log.js';
import { Clearance as ClearanceModel, DeskShipment as DeskShipmentModel } from '../customs/search.js';
import { ClearanceRecord as ClearanceRecordModel, DeskShipmentDetail as DeskShipmentDetailModel } from '../customs/desk.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An ISO 8601 instant in UTC, e.g. 2026-11-27T09:30:00.000Z. */
  DateTime: { input: string; output: string; }
};

export type AcceptQuotePayload = {
  __typename?: 'AcceptQuotePayload';
  quote?: Maybe<Quote>;
  sourcingRequest?: Maybe<SourcingRequest>;
  userErrors: Array<UserError>;
};

export type AddBatchInspectionInput = {
  batchId: Scalars['ID']['input'];
  certificateRef?: InputMaybe<Scalars['String']['input']>;
  inspectedOn: Scalars['Date']['input'];
  inspector: Scalars['String']['input'];
  kind: Scalars['String']['input'];
  place?: InputMaybe<Scalars['String']['input']>;
  /** passed, failed or conditional. */
  result: Scalars['String']['input'];
};

export type AddEmbargoInput = {
  /** A country code, or EU for every member state. */
  destination: Scalars['String']['input'];
  hsPrefix?: InputMaybe<Scalars['String']['input']>;
  legalBasis: Scalars['String']['input'];
  origin: Scalars['String']['input'];
  validFrom: Scalars['Date']['input'];
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

export type ApiToken = {
  __typename?: 'ApiToken';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The first characters of the token, to recognise it; the whole token is shown once, at creation. */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type ApiTokenPayload = {
  __typename?: 'ApiTokenPayload';
  apiToken?: Maybe<ApiToken>;
  userErrors: Array<UserError>;
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  organisation?: Maybe<Organisation>;
  /** When the new session ends; the session itself travels in an HttpOnly cookie. */
  sessionExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  user?: Maybe<User>;
  userErrors: Array<UserError>;
};

/** What the buyer transfers to, when paying by bank transfer. */
export type BankAccount = {
  __typename?: 'BankAccount';
  beneficiary: Scalars['String']['output'];
  bic?: Maybe<Scalars['String']['output']>;
  iban?: Maybe<Scalars['String']['output']>;
};

/** A lot from one producer and one harvest or production run. */
export type Batch = {
  __typename?: 'Batch';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  inspections: Array<BatchInspection>;
  listingId: Scalars['ID']['output'];
  /** harvest or production. */
  producedKind: Scalars['String']['output'];
  producedOn: Scalars['Date']['output'];
  producerCountry: Scalars['String']['output'];
  producerName: Scalars['String']['output'];
  producerPlace?: Maybe<Scalars['String']['output']>;
};

export type BatchInspection = {
  __typename?: 'BatchInspection';
  certificateRef?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  inspectedOn: Scalars['Date']['output'];
  inspector: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  place?: Maybe<Scalars['String']['output']>;
  /** passed, failed or conditional. */
  result: Scalars['String']['output'];
};

export type BatchPayload = {
  __typename?: 'BatchPayload';
  batch?: Maybe<Batch>;
  userErrors: Array<UserError>;
};

export type BillOfLadingType =
  | 'STRAIGHT'
  | 'TO_ORDER';

/** A carrier's webhook call: the event, by tracking number. */
export type CarrierEventInput = {
  code: TrackingCode;
  locode?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** ISO 8601 with its offset, e.g. 2026-12-03T06:30:00+08:00. */
  occurredAt: Scalars['String']['input'];
  place: Scalars['String']['input'];
  timeZone: Scalars['String']['input'];
  trackingNumber: Scalars['String']['input'];
};

export type Certification = {
  __typename?: 'Certification';
  kind: CertificationKind;
  /** The certificate's number or document reference, when the seller gave one. */
  reference?: Maybe<Scalars['String']['output']>;
};

export type CertificationInput = {
  kind: CertificationKind;
  reference?: InputMaybe<Scalars['String']['input']>;
};

export type CertificationKind =
  | 'CE'
  | 'FAIRTRADE'
  | 'FDA'
  | 'GLOBALGAP'
  | 'HALAL'
  | 'ISO22000'
  | 'KOSHER'
  | 'ORGANIC'
  | 'OTHER';

export type ChosenShipping = {
  __typename?: 'ChosenShipping';
  carrierLabel?: Maybe<Scalars['String']['output']>;
  estimatedDelivery?: Maybe<Scalars['Date']['output']>;
  mode?: Maybe<Scalars['String']['output']>;
  optionId: Scalars['ID']['output'];
  transitDaysMax?: Maybe<Scalars['Int']['output']>;
  transitDaysMin?: Maybe<Scalars['Int']['output']>;
};

export type Clearance = {
  __typename?: 'Clearance';
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the goods are held, or the officer's note. */
  reason?: Maybe<Scalars['String']['output']>;
  status: ClearanceStatus;
};

export type ClearanceDecision =
  | 'CLEARED'
  /** Needs a reason; both companies are told it. */
  | 'HELD'
  | 'RELEASED';

export type ClearanceRecord = {
  __typename?: 'ClearanceRecord';
  decidedAt: Scalars['DateTime']['output'];
  fromStatus: ClearanceStatus;
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  toStatus: ClearanceStatus;
};

/** Clearance at one border: PENDING until the officer of that border decides. */
export type ClearanceStatus =
  | 'CLEARED'
  | 'HELD'
  | 'PENDING'
  | 'RELEASED';

export type ComparedQuote = {
  __typename?: 'ComparedQuote';
  criteria: QuoteCriteriaScores;
  /** What one unit of the quote's currency is worth in the buyer's currency. */
  fxRate?: Maybe<Scalars['String']['output']>;
  /** The date of that rate. */
  fxRateDate?: Maybe<Scalars['Date']['output']>;
  /** The unit price as offered. */
  price: Money;
  /** The unit price in the buyer's preferred currency; null when no exchange rate is known. */
  priceInBuyerCurrency?: Maybe<Money>;
  quote: Quote;
  /** 1 for the best under the weights used. */
  rank: Scalars['Int']['output'];
  /** Weighted average of the criteria scores, 0 to 1. */
  score: Scalars['Float']['output'];
  /** Unit price × quantity, as offered. */
  total: Money;
  totalInBuyerCurrency?: Maybe<Money>;
};

export type ConfirmEmailPayload = {
  __typename?: 'ConfirmEmailPayload';
  user?: Maybe<User>;
  userErrors: Array<UserError>;
};

export type ContactSellerInput = {
  /** Up to 4,000 characters. */
  body: Scalars['String']['input'];
  listingId: Scalars['ID']['input'];
};

/** A buyer and a seller talking over one listing, shared by each company's members. */
export type Conversation = {
  __typename?: 'Conversation';
  /** The other company's legal name. */
  counterpartName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastMessageAt: Scalars['DateTime']['output'];
  listingId: Scalars['ID']['output'];
  listingTitle: Scalars['String']['output'];
  messages: Array<ConversationMessage>;
  /** True when the viewer's company is the buyer. */
  viewerIsBuyer: Scalars['Boolean']['output'];
};

export type ConversationConnection = {
  __typename?: 'ConversationConnection';
  edges: Array<ConversationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ConversationEdge = {
  __typename?: 'ConversationEdge';
  cursor: Scalars['String']['output'];
  node: Conversation;
};

/** A message in a conversation between a buyer and a seller. */
export type ConversationMessage = {
  __typename?: 'ConversationMessage';
  /** The member who wrote it, or the company's name when its API token did. */
  authorName: Scalars['String']['output'];
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** True when the viewer's company wrote it. */
  fromViewer: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
};

export type ConversationPayload = {
  __typename?: 'ConversationPayload';
  conversation?: Maybe<Conversation>;
  userErrors: Array<UserError>;
};

/** Money converted at a stated rate, with where that rate came from. */
export type Conversion = {
  __typename?: 'Conversion';
  /** DIRECT, INVERSE (a stored rate the other way round), CROSS_VIA_USD, or SAME_CURRENCY. */
  derivation: Scalars['String']['output'];
  from: Money;
  /** One unit of `from` in `to`: exact when stored, ten significant digits when derived. */
  rate: Scalars['String']['output'];
  /** The rate's date; for a cross rate the older of its two legs. */
  rateDate: Scalars['Date']['output'];
  /** The stored rates the conversion used. */
  rates: Array<FxRate>;
  source: Scalars['String']['output'];
  /** Rounded half away from zero to the target currency's minor unit. */
  to: Money;
};

export type CostPayer =
  | 'BUYER'
  | 'SELLER';

/** An ISO 3166-1 country. */
export type Country = {
  __typename?: 'Country';
  alpha3: Scalars['String']['output'];
  /** Alpha-2 code, e.g. MY. */
  code: Scalars['String']['output'];
  /** ISO 4217 code of the currency in everyday use, when there is one. */
  currency?: Maybe<Scalars['String']['output']>;
  /** The country's name in the viewer's language. */
  name: Scalars['String']['output'];
  /** UN M49 region (Africa, Americas, Asia, Europe, Oceania). */
  region?: Maybe<Scalars['String']['output']>;
};

export type CreateApiTokenPayload = {
  __typename?: 'CreateApiTokenPayload';
  apiToken?: Maybe<ApiToken>;
  /** The secret, shown this once. Send it as `Authorization: Bearer <token>`. */
  token?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type CreateBatchInput = {
  code: Scalars['String']['input'];
  listingId: Scalars['ID']['input'];
  /** harvest or production. */
  producedKind: Scalars['String']['input'];
  producedOn: Scalars['Date']['input'];
  producerCountry: Scalars['String']['input'];
  producerName: Scalars['String']['input'];
  producerPlace?: InputMaybe<Scalars['String']['input']>;
};

export type CreateCustomsAuthorityInput = {
  /** The country whose border the authority's officers watch. */
  country: Scalars['String']['input'];
  legalName: Scalars['String']['input'];
  officerDisplayName: Scalars['String']['input'];
  officerEmail: Scalars['String']['input'];
  officerPassword: Scalars['String']['input'];
};

export type CreateListingInput = {
  availableQuantity: Scalars['Float']['input'];
  certifications?: InputMaybe<Array<CertificationInput>>;
  currency: Scalars['String']['input'];
  description: Scalars['String']['input'];
  externalRef?: InputMaybe<Scalars['String']['input']>;
  grossWeightKg?: InputMaybe<Scalars['Float']['input']>;
  /** 2 to 6 HS digits plus up to 4 national ones, e.g. 0801.19. */
  hsCode: Scalars['String']['input'];
  incoterms: Array<OfferedIncotermInput>;
  /** 1 to 365. */
  leadTimeDays: Scalars['Int']['input'];
  /** The language of title and description; defaults to the organisation's preferred language. */
  locale?: InputMaybe<Scalars['String']['input']>;
  moq: Scalars['Float']['input'];
  netWeightKg?: InputMaybe<Scalars['Float']['input']>;
  originCountry: Scalars['String']['input'];
  packaging?: InputMaybe<Scalars['String']['input']>;
  priceTiers: Array<PriceTierInput>;
  /** UN/LOCODE, e.g. MYPKG. */
  shipFromPort?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  translations?: InputMaybe<Array<ListingTranslationInput>>;
  /** UN/ECE Rec 20 code, e.g. TNE, KGM, LTR, H87. */
  unit: Scalars['String']['input'];
  volumeM3?: InputMaybe<Scalars['Float']['input']>;
};

/** Exactly one of utcWindow or localDay, matching kind. */
export type CreateSaleEventInput = {
  kind: SaleEventKind;
  localDay?: InputMaybe<LocalDayInput>;
  name: Scalars['String']['input'];
  utcWindow?: InputMaybe<UtcWindowInput>;
};

export type CreateShipmentInput = {
  /** ISO 8601 with its offset; now when left out. */
  bookedAt?: InputMaybe<Scalars['String']['input']>;
  bookingNumber?: InputMaybe<Scalars['String']['input']>;
  carrierName: Scalars['String']['input'];
  /** The carrier's company on Caravan: its API token may then post events. */
  carrierOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  flightNumber?: InputMaybe<Scalars['String']['input']>;
  lines: Array<ShipmentLineInput>;
  mode: ShippingMode;
  orderId: Scalars['ID']['input'];
  packages: Array<ShipmentPackageInput>;
  portOfDischarge?: InputMaybe<Scalars['String']['input']>;
  /** UN/LOCODE, e.g. MYPKG. */
  portOfLoading?: InputMaybe<Scalars['String']['input']>;
  /** IANA zone of the booking; UTC when left out. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  /** The carrier's number; a Caravan number (CRV…) when left out. */
  trackingNumber?: InputMaybe<Scalars['String']['input']>;
  vesselName?: InputMaybe<Scalars['String']['input']>;
  voyageNumber?: InputMaybe<Scalars['String']['input']>;
};

export type CreateSourcingRequestInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  destinationCountry: Scalars['String']['input'];
  /** UN/LOCODE in the destination country, e.g. PLGDN; needed for CFR and CIF. */
  destinationPort?: InputMaybe<Scalars['String']['input']>;
  /** HS chapter, heading or subheading (2, 4 or 6 digits), national digits allowed after six. */
  hsCode?: InputMaybe<Scalars['String']['input']>;
  incoterm: Scalars['String']['input'];
  keywords?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A day after today. */
  neededBy: Scalars['Date']['input'];
  quantity: Scalars['Float']['input'];
  quoteCap?: InputMaybe<Scalars['Int']['input']>;
  /** Before the needed-by date. */
  quoteDeadline?: InputMaybe<Scalars['DateTime']['input']>;
  targetUnitPrice?: InputMaybe<MoneyInput>;
  title: Scalars['String']['input'];
  /** UN/ECE Rec 20 code, e.g. TNE. */
  unit: Scalars['String']['input'];
  visibility?: InputMaybe<RequestVisibility>;
};

/** An ISO 4217 currency. */
export type Currency = {
  __typename?: 'Currency';
  code: Scalars['String']['output'];
  /** Digits after the decimal point: 2 for EUR, 0 for JPY, 3 for KWD. */
  minorUnit: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

/** What an officer did at the customs desk. */
export type CustomsAccessAction =
  | 'DECIDE'
  | 'DOWNLOAD_DOCUMENT'
  | 'DOWNLOAD_ZIP'
  | 'SEARCH'
  | 'VERIFY_DOCUMENT'
  | 'VERIFY_UPLOAD'
  | 'VIEW_SHIPMENT';

/**
 * One row of the customs access log: append-only, each row carrying the SHA-256 hash of the row
 * before it, so `npm run audit:verify` detects a row edited or deleted.
 */
export type CustomsAccessEntry = {
  __typename?: 'CustomsAccessEntry';
  action: CustomsAccessAction;
  at: Scalars['DateTime']['output'];
  authorityName?: Maybe<Scalars['String']['output']>;
  /** Flat JSON of what else the row says (format, filters, verdict, decision). */
  detail: Scalars['String']['output'];
  documentId?: Maybe<Scalars['ID']['output']>;
  /** Hex SHA-256 of this row's canonical serialisation, which includes the previous row's hash. */
  hash: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Where the request came from. */
  ipAddress?: Maybe<Scalars['String']['output']>;
  /** The country whose border the officer watches. */
  jurisdiction?: Maybe<Scalars['String']['output']>;
  /** The officer's name as it was when they acted. */
  officerName: Scalars['String']['output'];
  outcome: CustomsAccessOutcome;
  /** Position in the hash chain. */
  sequence: Scalars['Int']['output'];
  shipmentId?: Maybe<Scalars['ID']['output']>;
};

export type CustomsAccessEntryConnection = {
  __typename?: 'CustomsAccessEntryConnection';
  edges: Array<CustomsAccessEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CustomsAccessEntryEdge = {
  __typename?: 'CustomsAccessEntryEdge';
  cursor: Scalars['String']['output'];
  node: CustomsAccessEntry;
};

export type CustomsAccessOutcome =
  | 'GRANTED'
  /** The shipment or document asked for is outside the officer's jurisdiction (or does not exist). */
  | 'REFUSED';

export type CustomsAuthority = {
  __typename?: 'CustomsAuthority';
  /** Officers who may sign in for this authority. */
  officerCount: Scalars['Int']['output'];
  organisation: Organisation;
};

/** Which side of the shipment the officer's country is. */
export type CustomsBorder =
  | 'EXPORT'
  | 'IMPORT';

export type CustomsDirection =
  | 'EITHER'
  | 'EXPORT'
  | 'IMPORT';

export type CustomsPackage = {
  __typename?: 'CustomsPackage';
  count: Scalars['Int']['output'];
  grossWeightKg: Scalars['Float']['output'];
  heightCm: Scalars['Float']['output'];
  lengthCm: Scalars['Float']['output'];
  marks?: Maybe<Scalars['String']['output']>;
  netWeightKg: Scalars['Float']['output'];
  /** UN/ECE Recommendation 21 code. */
  packageType: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  widthCm: Scalars['Float']['output'];
};

export type CustomsParty = {
  __typename?: 'CustomsParty';
  addressLine1?: Maybe<Scalars['String']['output']>;
  addressLine2?: Maybe<Scalars['String']['output']>;
  city?: Maybe<Scalars['String']['output']>;
  country: Scalars['String']['output'];
  name: Scalars['String']['output'];
  organisationId?: Maybe<Scalars['ID']['output']>;
  postalCode?: Maybe<Scalars['String']['output']>;
  /** seller, buyer, consignee or notify. */
  role: Scalars['String']['output'];
};

/** Everything an officer of the shipment's export or import country may see of it. */
export type CustomsShipment = {
  __typename?: 'CustomsShipment';
  bookingNumber?: Maybe<Scalars['String']['output']>;
  border: CustomsBorder;
  carrierName: Scalars['String']['output'];
  clearance: Clearance;
  /** This border's decisions, oldest first. */
  decisions: Array<ClearanceRecord>;
  exportCountry: Scalars['String']['output'];
  exporterName: Scalars['String']['output'];
  flightNumber?: Maybe<Scalars['String']['output']>;
  grossWeightKg: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  importCountry: Scalars['String']['output'];
  importerName: Scalars['String']['output'];
  incoterm: Scalars['String']['output'];
  lines: Array<CustomsShipmentLine>;
  mode: Scalars['String']['output'];
  namedPlace: Scalars['String']['output'];
  netWeightKg: Scalars['Float']['output'];
  /** What the officer may decide next. */
  nextDecisions: Array<ClearanceDecision>;
  packages: Array<CustomsPackage>;
  parties: Array<CustomsParty>;
  portOfDischarge?: Maybe<Scalars['String']['output']>;
  portOfLoading?: Maybe<Scalars['String']['output']>;
  shippedOn: Scalars['Date']['output'];
  status: Scalars['String']['output'];
  /** Oldest first. */
  tracking: Array<CustomsTrackingEvent>;
  trackingNumber: Scalars['String']['output'];
  vesselName?: Maybe<Scalars['String']['output']>;
  volumeM3: Scalars['Float']['output'];
  voyageNumber?: Maybe<Scalars['String']['output']>;
};

export type CustomsShipmentConnection = {
  __typename?: 'CustomsShipmentConnection';
  edges: Array<CustomsShipmentSummaryEdge>;
  pageInfo: PageInfo;
  /** Null when a clearance-status filter is combined with others (counting would scan everything). */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type CustomsShipmentFilter = {
  clearanceStatus?: InputMaybe<ClearanceStatus>;
  direction?: InputMaybe<CustomsDirection>;
  exporterOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Two digits, e.g. 08. */
  hsChapter?: InputMaybe<Scalars['String']['input']>;
  importerOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** sea, air, road, rail, postal or express. */
  mode?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, inclusive. */
  shippedFrom?: InputMaybe<Scalars['String']['input']>;
  shippedTo?: InputMaybe<Scalars['String']['input']>;
};

export type CustomsShipmentLine = {
  __typename?: 'CustomsShipmentLine';
  /** The origin batch (harvest or production lot), when the exporter named one. */
  batchCode?: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  grossWeightKg?: Maybe<Scalars['Float']['output']>;
  hsCode: Scalars['String']['output'];
  netWeightKg?: Maybe<Scalars['Float']['output']>;
  originCountry: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  quantity: Scalars['Float']['output'];
  unit: Scalars['String']['output'];
};

/** A shipment in the desk's results. */
export type CustomsShipmentSummary = {
  __typename?: 'CustomsShipmentSummary';
  border: CustomsBorder;
  carrierName: Scalars['String']['output'];
  clearance: Clearance;
  exportCountry: Scalars['String']['output'];
  exporterName: Scalars['String']['output'];
  exporterOrganisationId: Scalars['ID']['output'];
  /** Two-digit HS chapters of its goods. */
  hsChapters: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  importCountry: Scalars['String']['output'];
  importerName: Scalars['String']['output'];
  importerOrganisationId: Scalars['ID']['output'];
  mode: Scalars['String']['output'];
  shippedOn: Scalars['Date']['output'];
  /** The shipment's own status (booked, in transit, delivered…). */
  status: Scalars['String']['output'];
  trackingNumber: Scalars['String']['output'];
};

export type CustomsShipmentSummaryEdge = {
  __typename?: 'CustomsShipmentSummaryEdge';
  cursor: Scalars['String']['output'];
  node: CustomsShipmentSummary;
};

export type CustomsTrackingEvent = {
  __typename?: 'CustomsTrackingEvent';
  code: Scalars['String']['output'];
  locode?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  place: Scalars['String']['output'];
  /** seller, carrier, platform or customs. */
  source: Scalars['String']['output'];
  /** IANA zone of the place. */
  timeZone: Scalars['String']['output'];
};

export type DeMinimisThreshold = {
  __typename?: 'DeMinimisThreshold';
  /** VALUE (the consignment's value) or TAX_AMOUNT (the charge itself, as in China). */
  appliesTo: Scalars['String']['output'];
  basis: Scalars['String']['output'];
  /** Goods worth no more than this pay no duty; null when there is no such relief. */
  dutyUpTo?: Maybe<Money>;
  taxUpTo?: Maybe<Money>;
};

export type DecideClearanceInput = {
  decision: ClearanceDecision;
  /** Required to hold. */
  reason?: InputMaybe<Scalars['String']['input']>;
  shipmentId: Scalars['ID']['input'];
};

export type DecideClearancePayload = {
  __typename?: 'DecideClearancePayload';
  clearance?: Maybe<Clearance>;
  userErrors: Array<UserError>;
};

export type DecideScreeningInput = {
  decision: ScreeningDecision;
  /** Why: the evidence that the party is, or is not, the listed one. */
  note: Scalars['String']['input'];
  reviewId: Scalars['ID']['input'];
};

/** When the goods could arrive, from today: the seller's lead time plus the transit time of the lane used. */
export type DeliveryEstimate = {
  __typename?: 'DeliveryEstimate';
  earliest: Scalars['Date']['output'];
  /** True when no lane is tabled for the pair and the transit time comes from the regions. */
  estimated: Scalars['Boolean']['output'];
  latest: Scalars['Date']['output'];
  leadTimeDays: Scalars['Int']['output'];
  /** The cheapest mode that fits both Incoterms and arrives in time; else the fastest. */
  mode: TransportMode;
  /** Before the needed-by date: YES (the whole window), MAYBE (part of it) or NO. */
  onTime: Scalars['String']['output'];
  /** Where the transit time comes from. */
  source: Scalars['String']['output'];
  transitDaysMax: Scalars['Int']['output'];
  transitDaysMin: Scalars['Int']['output'];
};

/** Open sourcing requests into one country under one HS chapter. */
export type DemandGroup = {
  __typename?: 'DemandGroup';
  destinationCountry: Country;
  /** Null for requests that name no HS code. */
  hsChapter?: Maybe<HsCode>;
  /** Open requests still before their needed-by day. */
  openCount: Scalars['Int']['output'];
  quantities: Array<QuantityTotal>;
  /** Requests created per ISO week over the last 12 weeks (whatever became of them), oldest first. */
  trend: Array<WeekCount>;
};

export type DeniedPartyImportResult = {
  __typename?: 'DeniedPartyImportResult';
  names: Scalars['Int']['output'];
  read: Scalars['Int']['output'];
  source: Scalars['String']['output'];
};

export type DeniedPartyList = {
  __typename?: 'DeniedPartyList';
  /** The built-in demo list (invented names): it applies only while no list has been imported. */
  demo: Scalars['Boolean']['output'];
  entries: Scalars['Int']['output'];
  importedAt?: Maybe<Scalars['DateTime']['output']>;
  source: Scalars['String']['output'];
};

/** A file to save: what /documents/<id>.pdf and the officer's ZIP answer with. */
export type DocumentFile = {
  __typename?: 'DocumentFile';
  base64: Scalars['String']['output'];
  contentType: Scalars['String']['output'];
  filename: Scalars['String']['output'];
};

export type DocumentFormat =
  | 'PDF'
  /** The UBL 2.1 XML. */
  | 'XML';

export type DocumentKind =
  | 'AIR_WAYBILL'
  | 'BILL_OF_LADING'
  | 'CERTIFICATE_OF_ORIGIN'
  | 'COMMERCIAL_INVOICE'
  | 'PACKING_LIST'
  | 'POSTAL_DECLARATION';

export type DocumentPreviewPayload = {
  __typename?: 'DocumentPreviewPayload';
  file?: Maybe<DocumentFile>;
  userErrors: Array<UserError>;
};

export type DocumentReference = {
  __typename?: 'DocumentReference';
  id: Scalars['ID']['output'];
  number: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type DocumentRevocation = {
  __typename?: 'DocumentRevocation';
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

export type DocumentStatus =
  | 'ISSUED'
  | 'REVOKED'
  | 'SUPERSEDED';

export type DocumentVerdict =
  | 'ALTERED'
  | 'GENUINE'
  | 'REVOKED'
  | 'SUPERSEDED'
  | 'UNKNOWN';

export type DocumentVerification = {
  __typename?: 'DocumentVerification';
  checks: DocumentVerificationChecks;
  /** Null unless the integrity check passed: an altered file shows nothing. */
  document?: Maybe<VerifiedDocument>;
  verdict: DocumentVerdict;
};

export type DocumentVerificationChecks = {
  __typename?: 'DocumentVerificationChecks';
  /** The bytes and data are what was issued: SHA-256, Ed25519 signature, embedded UBL. */
  integrity: VerificationCheck;
  /** Signed by a Caravan key that is not revoked, for a verified company. */
  issuer: VerificationCheck;
  /** Issued and in force, not revoked or superseded. */
  status: VerificationCheck;
};

/** A ban on trade along a lane: goods from `origin` into `destination` (a country, or a group such as EU), optionally only under an HS prefix. */
export type Embargo = {
  __typename?: 'Embargo';
  createdAt: Scalars['DateTime']['output'];
  destination: Scalars['String']['output'];
  /** HS digits the ban covers; null for every good. */
  hsPrefix?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  legalBasis: Scalars['String']['output'];
  origin: Scalars['String']['output'];
  validFrom: Scalars['Date']['output'];
  /** The last day in force; null while it lasts. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

export type EmbargoPayload = {
  __typename?: 'EmbargoPayload';
  embargo?: Maybe<Embargo>;
  userErrors: Array<UserError>;
};

/** A listing's price during a sale event. */
export type EventPrice = {
  __typename?: 'EventPrice';
  endsAt: Scalars['DateTime']['output'];
  event: SaleEvent;
  listingId: Scalars['ID']['output'];
  startsAt: Scalars['DateTime']['output'];
  /** Per unit of the listing, in the listing's currency. */
  unitPrice: Money;
};

export type EventPricePayload = {
  __typename?: 'EventPricePayload';
  eventPrice?: Maybe<EventPrice>;
  userErrors: Array<UserError>;
};

/** A listing on the buyer's home feed, with the past request it was found for. */
export type FeedItem = {
  __typename?: 'FeedItem';
  basedOn: SourcingRequest;
  match: Match;
};

export type FreightPayable =
  | 'COLLECT'
  | 'PREPAID';

export type FxImportResult = {
  __typename?: 'FxImportResult';
  created: Scalars['Int']['output'];
  /** Data rows in the file. */
  read: Scalars['Int']['output'];
  /** Rows already stored with the same rate and source, left alone. */
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

/** A stored exchange rate: one unit of `base` is worth `rate` units of `quote` on `asOf`. */
export type FxRate = {
  __typename?: 'FxRate';
  asOf: Scalars['Date']['output'];
  base: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  quote: Scalars['String']['output'];
  /** Exact decimal, e.g. "4.0625". */
  rate: Scalars['String']['output'];
  /** Where the rate came from: manual, import, demo, or a feed's name. */
  source: Scalars['String']['output'];
};

export type FxRateConnection = {
  __typename?: 'FxRateConnection';
  edges: Array<FxRateEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FxRateEdge = {
  __typename?: 'FxRateEdge';
  cursor: Scalars['String']['output'];
  node: FxRate;
};

export type FxRatePayload = {
  __typename?: 'FxRatePayload';
  fxRate?: Maybe<FxRate>;
  userErrors: Array<UserError>;
};

/** Open requests into one country for one of the viewer's HS headings. */
export type HeadingDemand = {
  __typename?: 'HeadingDemand';
  destinationCountry: Country;
  hsHeading: HsCode;
  openCount: Scalars['Int']['output'];
  quantities: Array<QuantityTotal>;
};

/** A chapter (2 digits), heading (4) or subheading (6) of the HS 2022 nomenclature. */
export type HsCode = {
  __typename?: 'HsCode';
  /** The headings of a chapter or the subheadings of a heading, in code order. */
  children: Array<HsCode>;
  code: Scalars['String']['output'];
  description: Scalars['String']['output'];
  /** HS edition the description comes from, e.g. HS2022. */
  edition: Scalars['String']['output'];
  /** 2, 4 or 6. */
  level: Scalars['Int']['output'];
  /** The heading of a subheading, the chapter of a heading; null for a chapter. */
  parent?: Maybe<HsCode>;
  section: HsSection;
};

export type HsCodeConnection = {
  __typename?: 'HsCodeConnection';
  edges: Array<HsCodeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type HsCodeEdge = {
  __typename?: 'HsCodeEdge';
  cursor: Scalars['String']['output'];
  node: HsCode;
};

/** One of the 21 sections of the Harmonized System. */
export type HsSection = {
  __typename?: 'HsSection';
  name: Scalars['String']['output'];
  /** Roman numeral, I to XXI. */
  section: Scalars['String']['output'];
};

export type ImportDeniedPartiesPayload = {
  __typename?: 'ImportDeniedPartiesPayload';
  result?: Maybe<DeniedPartyImportResult>;
  userErrors: Array<UserError>;
};

export type ImportFxRatesPayload = {
  __typename?: 'ImportFxRatesPayload';
  /** Null when the file was refused. */
  result?: Maybe<FxImportResult>;
  /** When any row is wrong: a summary, then each problem with its line number; nothing is saved. */
  userErrors: Array<UserError>;
};

export type ImportListingsPayload = {
  __typename?: 'ImportListingsPayload';
  /** Null when the whole file was refused (wrong columns, not text, not CSV); see userErrors. */
  result?: Maybe<ListingImportResult>;
  userErrors: Array<UserError>;
};

export type ImportTariffsPayload = {
  __typename?: 'ImportTariffsPayload';
  result?: Maybe<TariffImportResult>;
  userErrors: Array<UserError>;
};

/** One of the eleven Incoterms® 2020 rules. */
export type Incoterm = {
  __typename?: 'Incoterm';
  code: Scalars['String']['output'];
  costTransfer: Scalars['String']['output'];
  group: IncotermGroup;
  name: Scalars['String']['output'];
  namedPlace: IncotermNamedPlace;
  riskTransfer: Scalars['String']['output'];
  /** FAS, FOB, CFR and CIF need a vessel: they do not fit air, road, rail or containers handed over inland. */
  seaAndInlandWaterwayOnly: Scalars['Boolean']['output'];
  sellerClearsExport: Scalars['Boolean']['output'];
  sellerClearsImport: Scalars['Boolean']['output'];
  sellerInsures: Scalars['Boolean']['output'];
  /** The transport modes the rule fits. */
  transportModes: Array<TransportMode>;
};

export type IncotermGroup =
  | 'C'
  | 'D'
  | 'E'
  | 'F';

export type IncotermNamedPlace =
  /** The named place is where the seller delivers and risk passes (EXW, FCA, FAS, FOB). */
  | 'DELIVERY'
  /** The named place is where carriage is paid to (the C and D rules). */
  | 'DESTINATION';

export type IssueDocumentInput = {
  /** IATA three-digit airline prefix. */
  airlinePrefix?: InputMaybe<Scalars['String']['input']>;
  /** Seven-digit serial; the check digit is added. */
  awbSerial?: InputMaybe<Scalars['String']['input']>;
  billOfLadingType?: InputMaybe<BillOfLadingType>;
  /** Required when a document of the kind is in force: the new version supersedes it. */
  correctionReason?: InputMaybe<Scalars['String']['input']>;
  freightPayable?: InputMaybe<FreightPayable>;
  kind: DocumentKind;
  /** Per line, for a preferential certificate of origin (Form E, EUR.1). */
  origin?: InputMaybe<Array<LineOriginInput>>;
  originals?: InputMaybe<Scalars['Int']['input']>;
  /** Place of signature; the seller's city when left out. */
  place?: InputMaybe<Scalars['String']['input']>;
  postalCategory?: InputMaybe<PostalCategory>;
  /** Locale of the labels' second language, usually the destination's. */
  secondLanguage?: InputMaybe<Scalars['String']['input']>;
  shipmentId: Scalars['ID']['input'];
  /** The signatory's title (the signatory is the viewer). */
  signatoryTitle: Scalars['String']['input'];
  toOrderOf?: InputMaybe<Scalars['String']['input']>;
  /** Declared value in SDR hundredths, for CN22/CN23. */
  valueSdrMinor?: InputMaybe<Scalars['Int']['input']>;
};

export type IssueDocumentPayload = {
  __typename?: 'IssueDocumentPayload';
  document?: Maybe<TradeDocument>;
  userErrors: Array<UserError>;
};

/** Work the platform does in the background: escrow release timers, FX re-pricing, mail. */
export type Job = {
  __typename?: 'Job';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  lastError?: Maybe<Scalars['String']['output']>;
  /** The worker holding it while it runs. */
  lockedBy?: Maybe<Scalars['String']['output']>;
  maxAttempts: Scalars['Int']['output'];
  progressDone: Scalars['Int']['output'];
  progressTotal?: Maybe<Scalars['Int']['output']>;
  /** Not before this instant. */
  runAt: Scalars['DateTime']['output'];
  status: JobStatus;
  updatedAt: Scalars['DateTime']['output'];
};

export type JobConnection = {
  __typename?: 'JobConnection';
  edges: Array<JobEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type JobCounts = {
  __typename?: 'JobCounts';
  failed: Scalars['Int']['output'];
  queued: Scalars['Int']['output'];
  running: Scalars['Int']['output'];
  succeeded: Scalars['Int']['output'];
};

export type JobEdge = {
  __typename?: 'JobEdge';
  cursor: Scalars['String']['output'];
  node: Job;
};

export type JobPayload = {
  __typename?: 'JobPayload';
  job?: Maybe<Job>;
  userErrors: Array<UserError>;
};

export type JobStatus =
  /** Every attempt failed; an admin may retry it. */
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** What goods cost at the buyer's door, in the buyer's currency. Indicative: an estimate, not a customs declaration. */
export type LandedCost = {
  __typename?: 'LandedCost';
  /** False when a cost the buyer pays is not known (freight under FOB with no quote): the total is then a floor. */
  complete: Scalars['Boolean']['output'];
  currency: Scalars['String']['output'];
  customsValue: Money;
  deMinimis?: Maybe<DeMinimisThreshold>;
  destinationCountry: Scalars['String']['output'];
  incoterm: Scalars['String']['output'];
  items: Array<LandedCostItem>;
  notes: Array<LandedCostNote>;
  /** The day the rates apply to. */
  on: Scalars['Date']['output'];
  /** What the buyer pays: the price, the costs its Incoterm leaves it, duty and taxes. */
  total: Money;
  valuation: ValuationBasis;
  valuationBasis: Scalars['String']['output'];
};

/** One cost of landing goods: the goods, freight, insurance, duty or an import tax, in the buyer's currency, with where the figure comes from. */
export type LandedCostItem = {
  __typename?: 'LandedCostItem';
  /** The trade agreement whose preferential rate applies (ACFTA, EU-JP, ...). */
  agreement?: Maybe<Scalars['String']['output']>;
  amount: Money;
  asOf: Scalars['Date']['output'];
  /** What the rate is applied to. */
  base?: Maybe<Money>;
  /** The amount as entered and the exchange rate that converted it, when it was in another currency. */
  converted?: Maybe<Conversion>;
  hsCode?: Maybe<Scalars['String']['output']>;
  /** The seller pays it inside the price (freight under CIF, duty and VAT under DDP): not added to the total. */
  includedInPrice: Scalars['Boolean']['output'];
  /** An approximation by HS chapter from the built-in data, not a rate from an imported schedule. */
  indicative: Scalars['Boolean']['output'];
  /** goods, freight, insurance, duty, or the tax: vat, salesTax, consumptionTax, iva, pisCofins, icms. */
  key: Scalars['String']['output'];
  kind: LandedCostKind;
  /** In the viewer's language, e.g. "Import duty 0 % on 0801.19". */
  label: Scalars['String']['output'];
  paidBy: CostPayer;
  /** The rate in the viewer's notation, e.g. "12.8 %"; null for goods, freight and insurance. */
  rate?: Maybe<Scalars['String']['output']>;
  /** The rate in basis points (1 % = 100). */
  rateBasisPoints?: Maybe<Scalars['Int']['output']>;
  /** Waived under the destination's de minimis threshold. */
  relieved: Scalars['Boolean']['output'];
  /** The schedule, law or agreement the figure comes from. */
  source: Scalars['String']['output'];
};

export type LandedCostKind =
  | 'DUTY'
  | 'FREIGHT'
  | 'GOODS'
  | 'INSURANCE'
  | 'TAX';

export type LandedCostLineInput = {
  hsCode: Scalars['String']['input'];
  originCountry: Scalars['String']['input'];
  /** The price of the line at the Incoterm's point: unit price × quantity. */
  value: MoneyInput;
};

export type LandedCostNote = {
  __typename?: 'LandedCostNote';
  /** FREIGHT_UNKNOWN, FREIGHT_IN_PRICE_UNKNOWN, INSURANCE_NOT_INCLUDED, SAME_CUSTOMS_TERRITORY, PREFERENCE_AVAILABLE, DE_MINIMIS_APPLIED, DDP_SELLER_PAYS, NO_IMPORT_VAT, PREFERENCE_NOT_FOR_CHAPTER. */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type LandedCostOptions = {
  /** The buyer's currency; by default the goods' currency. */
  currency?: InputMaybe<Scalars['String']['input']>;
  destinationCountry: Scalars['String']['input'];
  /** Main carriage the buyer pays on top of the price (EXW, FCA, FAS, FOB), e.g. the chosen shipping option's cost. */
  freight?: InputMaybe<MoneyInput>;
  /** Freight and insurance inside a C or D price, which FOB countries (the US) take out of the customs value. */
  freightInPrice?: InputMaybe<MoneyInput>;
  insurance?: InputMaybe<MoneyInput>;
  on?: InputMaybe<Scalars['Date']['input']>;
  /** A certificate of origin (or statement on origin) will be presented: preferential rates apply. */
  proofOfOrigin?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A transit time between two countries by one mode, with its tariff. */
export type Lane = {
  __typename?: 'Lane';
  carrierLabel: Scalars['String']['output'];
  /** ISO weekday (1 Monday … 7 Sunday) of the weekly cutoff; null when it leaves every working day. */
  cutoffWeekday?: Maybe<Scalars['Int']['output']>;
  destination: Scalars['String']['output'];
  estimated: Scalars['Boolean']['output'];
  minimumCharge: Money;
  mode: ShippingMode;
  origin: Scalars['String']['output'];
  rateCurrency: Scalars['String']['output'];
  /** Exact decimal per chargeable kilogram in rateCurrency, e.g. "0.115". */
  ratePerChargeableKg: Scalars['String']['output'];
  source: Scalars['String']['output'];
  transitDaysMax: Scalars['Int']['output'];
  transitDaysMin: Scalars['Int']['output'];
};

export type LanePayload = {
  __typename?: 'LanePayload';
  lane?: Maybe<Lane>;
  userErrors: Array<UserError>;
};

export type LedgerBalance = {
  __typename?: 'LedgerBalance';
  account: Scalars['String']['output'];
  /** Debits minus credits: money this account holds for the order. */
  balance: Money;
};

export type LedgerEntry = {
  __typename?: 'LedgerEntry';
  /** BUYER, ESCROW or SELLER. */
  account: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  credit: Money;
  debit: Money;
  id: Scalars['ID']['output'];
  /** ESCROW_FUNDED, ESCROW_RELEASED, ESCROW_REFUNDED, TRANSFER_RECEIVED or TRANSFER_REFUNDED. */
  movement: Scalars['String']['output'];
};

export type LetterOfCreditInput = {
  issuingBank: Scalars['String']['input'];
  orderId: Scalars['ID']['input'];
  reference: Scalars['String']['input'];
};

export type LineOriginInput = {
  criterion: OriginCriterion;
  /** FOB value in minor units of the invoice currency, with RVC. */
  fobValueMinor?: InputMaybe<Scalars['Int']['input']>;
  /** The shipment line's position. */
  lineNo: Scalars['Int']['input'];
  rvcPercent?: InputMaybe<Scalars['Float']['input']>;
};

/** An exporter's goods for bulk, cross-border sale. */
export type Listing = {
  __typename?: 'Listing';
  availableQuantity: Scalars['Float']['output'];
  certifications: Array<Certification>;
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  description: Scalars['String']['output'];
  /** The event price in force now, if the listing is in a sale event that is on; null otherwise. */
  eventPrice?: Maybe<EventPrice>;
  /** The seller's own reference (SKU, ERP id); a CSV re-import updates the listing with the same one. Own organisation only. */
  externalRef?: Maybe<Scalars['String']['output']>;
  grossWeightKg?: Maybe<Scalars['Float']['output']>;
  /** Digits only; national digits after the sixth when the seller gave them. */
  hsCode: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  incoterms: Array<OfferedIncoterm>;
  leadTimeDays: Scalars['Int']['output'];
  locale: Scalars['String']['output'];
  /** Title and description in the viewer's language when the seller gave that translation, else the original. */
  localized: ListingTranslation;
  /** Minimum order quantity, in `unit`. */
  moq: Scalars['Float']['output'];
  /** Per unit. */
  netWeightKg?: Maybe<Scalars['Float']['output']>;
  originCountry: Country;
  packaging?: Maybe<Scalars['String']['output']>;
  photos: Array<ListingPhoto>;
  /** The lowest tier price. */
  priceFrom: Money;
  /** priceFrom in USD at the latest rate when the listing was last saved; null on a draft saved before any rate existed. */
  priceFromUsd?: Maybe<Money>;
  /** By increasing quantity; the first break is the MOQ and prices never rise with quantity. */
  priceTiers: Array<PriceTier>;
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  seller: Organisation;
  /** Whether the seller was verified when the listing was last saved or its verification last changed. */
  sellerVerified: Scalars['Boolean']['output'];
  shipFromPort?: Maybe<Port>;
  status: ListingStatus;
  /** Status changes, newest first. Own organisation only; empty for others. */
  statusHistory: Array<ListingStatusChange>;
  /** In the seller's language (`locale`). */
  title: Scalars['String']['output'];
  /** The seller's translations, by locale. */
  translations: Array<ListingTranslation>;
  unit: UnitOfMeasure;
  updatedAt: Scalars['DateTime']['output'];
  /** Whether the viewer's organisation owns this listing and may change it. */
  viewerCanEdit: Scalars['Boolean']['output'];
  volumeM3?: Maybe<Scalars['Float']['output']>;
};

export type ListingConnection = {
  __typename?: 'ListingConnection';
  edges: Array<ListingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ListingEdge = {
  __typename?: 'ListingEdge';
  cursor: Scalars['String']['output'];
  node: Listing;
};

export type ListingImportError = {
  __typename?: 'ListingImportError';
  code: Scalars['String']['output'];
  /** The CSV column, e.g. price_tiers. */
  column?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** As a spreadsheet numbers it: the header is row 1, the first data row is row 2. */
  row: Scalars['Int']['output'];
};

export type ListingImportResult = {
  __typename?: 'ListingImportResult';
  created: Scalars['Int']['output'];
  /** Row by row, in file order; the first 1,000. */
  errors: Array<ListingImportError>;
  /** Problems beyond the first 1,000, counted but not listed. */
  errorsOmitted: Scalars['Int']['output'];
  /** Rows not saved; each has at least one entry in `errors`. */
  failed: Scalars['Int']['output'];
  rowsRead: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

export type ListingPayload = {
  __typename?: 'ListingPayload';
  listing?: Maybe<Listing>;
  /** `field` is the input path, e.g. priceTiers.1.minQuantity or incoterms.0.code. */
  userErrors: Array<UserError>;
};

export type ListingPhoto = {
  __typename?: 'ListingPhoto';
  byteSize: Scalars['Int']['output'];
  /** image/jpeg, image/png or image/webp, from the file's own bytes. */
  contentType: Scalars['String']['output'];
  height?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** WebP variants by width for <img srcset>, e.g. "/media/photos/pho_1?w=320 320w, /media/photos/pho_1?w=640 640w"; null like width. */
  srcset?: Maybe<Scalars['String']['output']>;
  /** GET it for the image; upload with PUT or POST /media/listings/{listingId}/photos and the raw bytes as the body. */
  url: Scalars['String']['output'];
  /** The photo upright, in pixels; null for photos stored before sizes were kept. */
  width?: Maybe<Scalars['Int']['output']>;
};

export type ListingSearchConnection = {
  __typename?: 'ListingSearchConnection';
  edges: Array<ListingSearchEdge>;
  pageInfo: PageInfo;
  /**
   * False when the query's words are so common that RELEVANCE ranks within recency windows instead of over
   * every match at once (every match is still returned exactly once across the pages). Always true for the
   * other sorts.
   */
  relevanceIsExact: Scalars['Boolean']['output'];
  /** How many listings match: exact up to 1,000; beyond that 1000 with `totalCountIsExact` false (shown as "1000+"). */
  totalCount: Scalars['Int']['output'];
  totalCountIsExact: Scalars['Boolean']['output'];
};

export type ListingSearchEdge = {
  __typename?: 'ListingSearchEdge';
  cursor: Scalars['String']['output'];
  node: Listing;
};

/** Filters for `searchListings`; all of them must hold. Only active listings are ever found. */
export type ListingSearchFilters = {
  /** An HS code prefix: 2 digits (chapter), 4 (heading), 6 (subheading) or more (national extensions). Dots and spaces are ignored. */
  hsCode?: InputMaybe<Scalars['String']['input']>;
  /** An Incoterms 2020 code the seller offers, e.g. FOB. */
  incoterm?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2 country the goods originate from. */
  originCountry?: InputMaybe<Scalars['String']['input']>;
  priceMax?: InputMaybe<MoneyInput>;
  /**
   * Lowest and highest unit price, in any currency (usually the viewer's). Each listing's lowest tier price is
   * compared in US dollars: the bounds are converted at the latest FX rate on or before today, and listing
   * prices are kept in US dollars at the rate of their last update, so a listing near a bound may fall either
   * side of it after the rates move.
   */
  priceMin?: InputMaybe<MoneyInput>;
  /** The quantity the buyer wants, in `unit`: listings whose minimum order is at most this and whose available quantity at least this. */
  quantity?: InputMaybe<Scalars['Float']['input']>;
  /** UN/ECE Rec 20 unit of `quantity` (e.g. TNE); listings in a unit of the same kind (mass, volume, count…) are compared after conversion. */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** Only listings of sellers whose company is verified. */
  verifiedSellersOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** How `searchListings` orders its results. */
export type ListingSort =
  /** Shortest lead time first. */
  | 'LEAD_TIME'
  /** Most recently published first. */
  | 'NEWEST'
  /** Lowest price first: each listing's lowest tier price in US dollars at the latest FX rate. */
  | 'PRICE_ASC'
  /** Highest price first. */
  | 'PRICE_DESC'
  /**
   * Best text match first (title words weigh more than description and translations). For a query whose
   * words match more than a few thousand listings, relevance is ranked within recency windows (the newest
   * matches first, best match first within each window); see `ListingSearchConnection.relevanceIsExact`.
   * Without a query: newest first.
   */
  | 'RELEVANCE';

/** draft → active ⇄ paused → archived; a draft or a live listing may also be archived directly. Archived is final. */
export type ListingStatus =
  | 'ACTIVE'
  | 'ARCHIVED'
  | 'DRAFT'
  | 'PAUSED';

export type ListingStatusChange = {
  __typename?: 'ListingStatusChange';
  at: Scalars['DateTime']['output'];
  /** Null for the row that records the listing's creation. */
  fromStatus?: Maybe<ListingStatus>;
  toStatus: ListingStatus;
};

export type ListingTranslation = {
  __typename?: 'ListingTranslation';
  description: Scalars['String']['output'];
  locale: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type ListingTranslationInput = {
  description: Scalars['String']['input'];
  locale: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type LocalDayInput = {
  /** ISO alpha-2 countries served; every country when omitted or empty. */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The first local calendar day, e.g. 2026-11-11. */
  date: Scalars['Date']['input'];
  /** 1 to 3 local calendar days. Default 1. */
  days?: InputMaybe<Scalars['Int']['input']>;
};

/** The exchange rate locked when the order was placed. */
export type LockedRate = {
  __typename?: 'LockedRate';
  /** One unit of the order's currency in the buyer's currency. */
  rate: Scalars['String']['output'];
  rateDate: Scalars['Date']['output'];
  source: Scalars['String']['output'];
  totalInBuyerCurrency: Money;
};

export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  /** The notifications named that belong to the viewer's company, now read. */
  notifications?: Maybe<Array<Notification>>;
  /** What is still unread afterwards. */
  unreadCount?: Maybe<Scalars['Int']['output']>;
  userErrors: Array<UserError>;
};

/** A listing ranked for a request (or a request ranked for a listing: a lead). */
export type Match = {
  __typename?: 'Match';
  /** unitPrice in the currency of the buyer's target price (for the buyer without one, its company's currency), with the rate and its date; null when there is nothing to convert to or no rate. */
  convertedUnitPrice?: Maybe<Conversion>;
  delivery?: Maybe<DeliveryEstimate>;
  /** An embargo forbids this trade: such pairs are never ranked, only explained. */
  excluded: Scalars['Boolean']['output'];
  listing: Listing;
  /** Good news first. */
  reasons: Array<MatchReason>;
  request: SourcingRequest;
  /** 0 to 1: the weighted mean of the applicable signals. */
  score: Scalars['Float']['output'];
  signals: Array<MatchSignal>;
  unit: UnitOfMeasure;
  /** The listing's tier price for the requested quantity, per listing unit. */
  unitPrice: Money;
};

/** Why a listing and a request fit, or do not, in plain words. */
export type MatchReason = {
  __typename?: 'MatchReason';
  /** Stable key, e.g. hsHeading, quantityFits, priceUnder, laneEmbargoed. */
  code: Scalars['String']['output'];
  /** True for what fits, false for what does not. */
  positive: Scalars['Boolean']['output'];
  signal: MatchSignalName;
  /** In the viewer's language, e.g. "same HS heading 0801", "MOQ 5 t ≤ your 40 t", "price 12 % under target". */
  text: Scalars['String']['output'];
};

/** One named signal of a match score and how it was weighed (see docs/matching.md). */
export type MatchSignal = {
  __typename?: 'MatchSignal';
  /** False when the request gives nothing to compare (no HS code, no target price): it is then left out of the score. */
  applicable: Scalars['Boolean']['output'];
  name: MatchSignalName;
  /** 0 to 1. */
  value: Scalars['Float']['output'];
  /** The signal's share of the score when it applies. */
  weight: Scalars['Float']['output'];
};

export type MatchSignalName =
  | 'HS_CODE'
  | 'INCOTERM'
  | 'LANE'
  /** Weighs 0 until Caravan has orders. */
  | 'ORDERS_COMPLETED'
  | 'PRICE'
  | 'QUANTITY'
  | 'QUOTES_ANSWERED'
  | 'TEXT'
  | 'VERIFIED_SELLER';

export type Membership = {
  __typename?: 'Membership';
  id: Scalars['ID']['output'];
  /** For customs officers: the country whose border they watch. */
  jurisdictionCountry?: Maybe<Scalars['String']['output']>;
  organisation: Organisation;
  role: MembershipRole;
};

export type MembershipRole =
  | 'ADMIN'
  | 'MEMBER'
  | 'OFFICER'
  | 'OWNER';

/** Money as an exact decimal string in an ISO 4217 currency; never a float. */
export type Money = {
  __typename?: 'Money';
  /** Decimal string with the currency's minor-unit digits, e.g. "1234.50" for EUR, "1500" for JPY. */
  amount: Scalars['String']['output'];
  currency: Scalars['String']['output'];
  /**
   * This amount in `currency` at the rate `convertMoney` would use on `on` (today by default), with the
   * rate and its date; null when no rate is known. However many amounts a response converts, it reads
   * the rates once: ask for each price in the viewer's currency instead of calling `convertMoney` per price.
   */
  inCurrency?: Maybe<Conversion>;
};


/** Money as an exact decimal string in an ISO 4217 currency; never a float. */
export type MoneyInCurrencyArgs = {
  currency: Scalars['String']['input'];
  on?: InputMaybe<Scalars['Date']['input']>;
};

export type MoneyInput = {
  amount: Scalars['String']['input'];
  currency: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  _noop?: Maybe<Scalars['Boolean']['output']>;
  /** The buyer accepts one quote: the request is awarded and every other seller is told. */
  acceptQuote: AcceptQuotePayload;
  /** The batch's seller adds an inspection. */
  addBatchInspection: BatchPayload;
  /** Platform admins only. Records an embargo; matching leaves banned pairs out and orders on the lane are refused from its first day. */
  addEmbargo: EmbargoPayload;
  /** The seller, the shipment's carrier or an admin adds a tracking event. */
  addTrackingEvent: TrackingEventPayload;
  approveVerification: OrganisationPayload;
  /** Final: an archived listing is kept for the record and never comes back. */
  archiveListing: ListingPayload;
  /** The buyer stops the request without choosing; sellers still waiting are told. */
  closeSourcingRequest: SourcingRequestPayload;
  /** Opens the link mailed at sign-up (the token is the last part of /confirm-email/<token>). */
  confirmEmail: ConfirmEmailPayload;
  /** A buyer writes to the seller of a live listing; the first message opens the conversation, the seller is told in its inbox. */
  contactSeller: ConversationPayload;
  createApiToken: CreateApiTokenPayload;
  /** The listing's seller records a batch. */
  createBatch: BatchPayload;
  /** Platform admin only: a customs authority for one country, with its first officer. */
  createCustomsAuthority: OrganisationPayload;
  /** Saves a draft. Exporters only. */
  createListing: ListingPayload;
  /** Platform admins only. */
  createSaleEvent: SaleEventPayload;
  /** The seller ships a confirmed order, or part of it. */
  createShipment: ShipmentPayload;
  /** Buyers only (kind BUYER or BOTH). */
  createSourcingRequest: SourcingRequestPayload;
  /** Officers only: clear, hold (with a reason) or release a shipment at the officer's border. It appears in the shipment's tracking and both companies are told. */
  decideClearance: DecideClearancePayload;
  /** Platform admins only. Approves (the order goes on) or rejects (it is stopped) a held order, with a note; logged. */
  decideScreening: ScreeningReviewPayload;
  deleteListingPhoto: ListingPayload;
  /** Platform admins only. Ends an embargo: `lastDay` (today by default) is its last day in force. */
  endEmbargo: EmbargoPayload;
  /** Platform admins only. Replaces one denied-party list from a CSV with the header name,country,programme,listed_on,aliases. */
  importDeniedParties: ImportDeniedPartiesPayload;
  /** Platform admins only. CSV with the header base,quote,rate,as_of; all rows are saved or none. */
  importFxRates: ImportFxRatesPayload;
  /**
   * Creates and updates listings from CSV text with a header row. Required columns: external_ref,
   * title, description, hs_code, origin_country, unit, currency, price_tiers ("5:1250.00|20:1180.00"),
   * moq, available_quantity, lead_time_days, incoterms ("FOB:MYPKG|CIF:PLGDN"); optional: locale,
   * ship_from_port, net_weight_kg, gross_weight_kg, volume_m3, packaging, certifications
   * ("organic:CERT-123|halal"), status (draft or active). Rows are matched by external_ref, so a
   * re-run updates instead of duplicating. /graphql takes bodies up to 100 kB (a few hundred rows);
   * larger files go through the CLI (npm run import:listings) or the upload page.
   */
  importListingsCsv: ImportListingsPayload;
  /** Platform admins only. CSV with the header territory,hs_code,rate_percent,source,as_of; all rows are saved or none. */
  importTariffs: ImportTariffsPayload;
  /** The seller's members issue a document from the shipment as it is now; it is numbered, signed and never changes. */
  issueDocument: IssueDocumentPayload;
  /** Marks notifications read for the whole company. Ids that are not the company's are ignored. */
  markNotificationsRead: MarkNotificationsReadPayload;
  /** A move of the order's state machine, if the viewer's role may make it now. */
  moveOrder: OrderPayload;
  pauseListing: ListingPayload;
  /** The buyer pays a confirmed order (escrow, advance transfer, or open account after delivery). */
  payOrder: PaymentPayload;
  /** The buyer places an order; stock is reserved at once. */
  placeOrder: OrderPayload;
  /** A carrier's webhook, with an API token of the shipment's carrier or seller. */
  postCarrierEvent: TrackingEventPayload;
  /** Puts a draft or paused listing on the market. Verified exporters only; needs a USD rate for the listing's currency. */
  publishListing: ListingPayload;
  /** Platform admins only: a bank statement line matched to its transfer. */
  reconcilePayment: PaymentPayload;
  recordLetterOfCredit: PaymentPayload;
  rejectVerification: OrganisationPayload;
  /** Platform admins only: clears a denied-party hold after review. */
  releaseOrderHold: OrderPayload;
  /** The listing's own organisation, before the event ends. */
  removeEventPrice: RemoveEventPricePayload;
  /** Either side answers; the other is told in its inbox. */
  replyToConversation: ConversationPayload;
  /** Mails a password reset link, good for 30 minutes, when the address has an account. */
  requestPasswordReset: RequestPasswordResetPayload;
  /** Owner only: asks a platform admin to verify the company's identifiers. */
  requestVerification: OrganisationPayload;
  /** Mails a new confirmation link to the signed-in user; older links stop working. */
  resendEmailConfirmation: ResendEmailConfirmationPayload;
  /** Sets a new password from the mailed link (the token of /reset-password/<token>); single use. */
  resetPassword: ResetPasswordPayload;
  /** Platform admins only: a failed job gets a fresh set of attempts. */
  retryJob: JobPayload;
  revokeApiToken: ApiTokenPayload;
  /** The issuer's members withdraw a document in force, with a reason that /verify shows. */
  revokeDocument: RevokeDocumentPayload;
  saveListing: SavedListingPayload;
  /** The listing's own organisation, before the event ends. Replaces any price it already set for that event. */
  setEventPrice: EventPricePayload;
  /** Platform admins only. Sets the rate of a pair on a day, replacing any rate already there. */
  setFxRate: FxRatePayload;
  /** Platform admins only. Sets the transit days of a lane, replacing what was there. */
  setLane: LanePayload;
  signIn: AuthPayload;
  signOut: SignOutPayload;
  signUp: AuthPayload;
  /** A new quote, or a revision of the viewer's company's quote on the request while it is open. */
  submitQuote: QuotePayload;
  unsaveListing: SavedListingPayload;
  updateListing: ListingPayload;
  /** Owner only. Changing a verified company's legal identifiers sends it back to UNVERIFIED. */
  updateOrganisation: OrganisationPayload;
  withdrawQuote: QuotePayload;
};


export type MutationAcceptQuoteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddBatchInspectionArgs = {
  input: AddBatchInspectionInput;
};


export type MutationAddEmbargoArgs = {
  input: AddEmbargoInput;
};


export type MutationAddTrackingEventArgs = {
  input: TrackingEventInput;
  shipmentId: Scalars['ID']['input'];
};


export type MutationApproveVerificationArgs = {
  organisationId: Scalars['ID']['input'];
};


export type MutationArchiveListingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCloseSourcingRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConfirmEmailArgs = {
  token: Scalars['String']['input'];
};


export type MutationContactSellerArgs = {
  input: ContactSellerInput;
};


export type MutationCreateApiTokenArgs = {
  name: Scalars['String']['input'];
};


export type MutationCreateBatchArgs = {
  input: CreateBatchInput;
};


export type MutationCreateCustomsAuthorityArgs = {
  input: CreateCustomsAuthorityInput;
};


export type MutationCreateListingArgs = {
  input: CreateListingInput;
};


export type MutationCreateSaleEventArgs = {
  input: CreateSaleEventInput;
};


export type MutationCreateShipmentArgs = {
  input: CreateShipmentInput;
};


export type MutationCreateSourcingRequestArgs = {
  input: CreateSourcingRequestInput;
};


export type MutationDecideClearanceArgs = {
  input: DecideClearanceInput;
};


export type MutationDecideScreeningArgs = {
  input: DecideScreeningInput;
};


export type MutationDeleteListingPhotoArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEndEmbargoArgs = {
  id: Scalars['ID']['input'];
  lastDay?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationImportDeniedPartiesArgs = {
  csv: Scalars['String']['input'];
  source: Scalars['String']['input'];
};


export type MutationImportFxRatesArgs = {
  csv: Scalars['String']['input'];
};


export type MutationImportListingsCsvArgs = {
  csv: Scalars['String']['input'];
};


export type MutationImportTariffsArgs = {
  csv: Scalars['String']['input'];
};


export type MutationIssueDocumentArgs = {
  input: IssueDocumentInput;
};


export type MutationMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationMoveOrderArgs = {
  action: OrderAction;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPauseListingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPayOrderArgs = {
  input: PayOrderInput;
};


export type MutationPlaceOrderArgs = {
  input: PlaceOrderInput;
};


export type MutationPostCarrierEventArgs = {
  input: CarrierEventInput;
};


export type MutationPublishListingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReconcilePaymentArgs = {
  input: ReconcilePaymentInput;
};


export type MutationRecordLetterOfCreditArgs = {
  input: LetterOfCreditInput;
};


export type MutationRejectVerificationArgs = {
  organisationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationReleaseOrderHoldArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationRemoveEventPriceArgs = {
  eventId: Scalars['ID']['input'];
  listingId: Scalars['ID']['input'];
};


export type MutationReplyToConversationArgs = {
  input: ReplyToConversationInput;
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationResetPasswordArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationRetryJobArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeDocumentArgs = {
  input: RevokeDocumentInput;
};


export type MutationSaveListingArgs = {
  listingId: Scalars['ID']['input'];
};


export type MutationSetEventPriceArgs = {
  input: SetEventPriceInput;
};


export type MutationSetFxRateArgs = {
  input: SetFxRateInput;
};


export type MutationSetLaneArgs = {
  input: SetLaneInput;
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationSubmitQuoteArgs = {
  input: SubmitQuoteInput;
};


export type MutationUnsaveListingArgs = {
  listingId: Scalars['ID']['input'];
};


export type MutationUpdateListingArgs = {
  id: Scalars['ID']['input'];
  input: UpdateListingInput;
};


export type MutationUpdateOrganisationArgs = {
  input: UpdateOrganisationInput;
};


export type MutationWithdrawQuoteArgs = {
  id: Scalars['ID']['input'];
};

export type NewOrganisationInput = {
  country: Scalars['String']['input'];
  kind: OrganisationKind;
  legalName: Scalars['String']['input'];
  preferredCurrency?: InputMaybe<Scalars['String']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** News for a company, shared by its members: the same news also goes to each member by e-mail. */
export type Notification = {
  __typename?: 'Notification';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  /** One line in the viewer's language. */
  message: Scalars['String']['output'];
  /** The facts attached by the sender, as a JSON object of flat values (titles, amounts, ids). */
  payload: Scalars['String']['output'];
  read: Scalars['Boolean']['output'];
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** The sourcing request or quote it is about (see the kind). */
  subjectId: Scalars['ID']['output'];
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

export type NotificationKind =
  /** A customs officer cleared, held or released one of your shipments; the subject is the decision, the payload names the shipment. */
  | 'CUSTOMS_DECIDED'
  /** The other company wrote in a conversation about a listing; the subject is the message, the payload names the conversation. */
  | 'MESSAGE_RECEIVED'
  /** The buyer accepted your quote; the subject is the quote. */
  | 'QUOTE_ACCEPTED'
  /** The buyer chose another quote or closed the request; the subject is your quote. */
  | 'QUOTE_NOT_CHOSEN'
  /** An exporter answered your sourcing request; the subject is the quote. */
  | 'QUOTE_RECEIVED'
  /** A new sourcing request matches one of your listings; the subject is the request. */
  | 'REQUEST_MATCHED';

/** An Incoterms 2020 rule the seller offers, with its named place (e.g. FOB Port Klang). */
export type OfferedIncoterm = {
  __typename?: 'OfferedIncoterm';
  code: Scalars['String']['output'];
  incoterm: Incoterm;
  namedPlace: Scalars['String']['output'];
};

export type OfferedIncotermInput = {
  /** Incoterms 2020 code, e.g. FOB. FAS, FOB, CFR and CIF need a ship-from port that is a sea port. */
  code: Scalars['String']['input'];
  namedPlace: Scalars['String']['input'];
};

export type Order = {
  __typename?: 'Order';
  /** The moves the viewer may make now. */
  actions: Array<OrderAction>;
  buyer: Organisation;
  buyerReference?: Maybe<Scalars['String']['output']>;
  /** Why the order waits for an admin's review (possible denied-party match), or null. */
  complianceHold?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  creditDays?: Maybe<Scalars['Int']['output']>;
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  destinationCountry: Scalars['String']['output'];
  destinationPort?: Maybe<Port>;
  dispatchedAt?: Maybe<Scalars['DateTime']['output']>;
  freight: Money;
  fx: LockedRate;
  goodsTotal: Money;
  grossWeightKg?: Maybe<Scalars['Float']['output']>;
  history: Array<OrderEvent>;
  id: Scalars['ID']['output'];
  incoterm: Incoterm;
  insurance: Money;
  /** What the goods cost at the buyer's door, in its currency, as shown when it ordered (sources and as-of dates kept); null when the destination has no tax data. */
  landedCost?: Maybe<LandedCost>;
  ledger: OrderLedger;
  lines: Array<OrderLine>;
  listing?: Maybe<Listing>;
  namedPlace: Scalars['String']['output'];
  netWeightKg?: Maybe<Scalars['Float']['output']>;
  parties: Array<OrderParty>;
  paymentMethod?: Maybe<Scalars['String']['output']>;
  paymentTerms: OrderPaymentTerms;
  payments: Array<Payment>;
  quote?: Maybe<Quote>;
  saleEventId?: Maybe<Scalars['ID']['output']>;
  seller: Organisation;
  shipFromCountry: Scalars['String']['output'];
  shipFromPort?: Maybe<Port>;
  shipping?: Maybe<ChosenShipping>;
  status: OrderStatus;
  total: Money;
  updatedAt: Scalars['DateTime']['output'];
  /** The viewer's part: BUYER, SELLER, ADMIN. */
  viewerRole?: Maybe<Scalars['String']['output']>;
  volumeM3?: Maybe<Scalars['Float']['output']>;
};

export type OrderAction =
  | 'CANCEL'
  | 'COMPLETE'
  | 'CONFIRM'
  | 'DELIVER'
  | 'DISPUTE'
  | 'PAY'
  | 'RESOLVE_REFUND'
  | 'RESOLVE_RELEASE'
  | 'SECURE'
  | 'SHIP';

export type OrderConnection = {
  __typename?: 'OrderConnection';
  edges: Array<OrderEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrderCounts = {
  __typename?: 'OrderCounts';
  buying: Scalars['Int']['output'];
  selling: Scalars['Int']['output'];
};

export type OrderEdge = {
  __typename?: 'OrderEdge';
  cursor: Scalars['String']['output'];
  node: Order;
};

export type OrderEvent = {
  __typename?: 'OrderEvent';
  /** PLACE, RELEASE_HOLD, or one of OrderAction. */
  action: Scalars['String']['output'];
  /** BUYER, SELLER, ADMIN or SYSTEM (payments, shipments, timers). */
  actorRole: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  fromStatus?: Maybe<OrderStatus>;
  note?: Maybe<Scalars['String']['output']>;
  toStatus: OrderStatus;
};

export type OrderLedger = {
  __typename?: 'OrderLedger';
  /** Debits equal credits. */
  balanced: Scalars['Boolean']['output'];
  balances: Array<LedgerBalance>;
  credits: Money;
  debits: Money;
  entries: Array<LedgerEntry>;
};

export type OrderLine = {
  __typename?: 'OrderLine';
  description: Scalars['String']['output'];
  grossWeightKg?: Maybe<Scalars['Float']['output']>;
  /** Digits only, as the listing or quote gave it. */
  hsCode: Scalars['String']['output'];
  /** The export or import licence its HS chapter required, as entered at checkout. */
  licenceNumber?: Maybe<Scalars['String']['output']>;
  lineTotal: Money;
  listingId?: Maybe<Scalars['ID']['output']>;
  netWeightKg?: Maybe<Scalars['Float']['output']>;
  originCountry: Scalars['String']['output'];
  packaging?: Maybe<Scalars['String']['output']>;
  position: Scalars['Int']['output'];
  quantity: Scalars['Float']['output'];
  unit: UnitOfMeasure;
  unitPrice: Money;
  volumeM3?: Maybe<Scalars['Float']['output']>;
};

/** A company or person named on the order and its documents, as it was when the order was placed. */
export type OrderParty = {
  __typename?: 'OrderParty';
  addressLine1?: Maybe<Scalars['String']['output']>;
  addressLine2?: Maybe<Scalars['String']['output']>;
  city?: Maybe<Scalars['String']['output']>;
  contact?: Maybe<Scalars['String']['output']>;
  country: Scalars['String']['output'];
  eori?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  organisationId?: Maybe<Scalars['ID']['output']>;
  postalCode?: Maybe<Scalars['String']['output']>;
  registrationNumber?: Maybe<Scalars['String']['output']>;
  role: PartyRole;
  taxId?: Maybe<Scalars['String']['output']>;
};

export type OrderPayload = {
  __typename?: 'OrderPayload';
  order?: Maybe<Order>;
  /** True when the idempotency key was seen before and this is the first order, unchanged. */
  replayed?: Maybe<Scalars['Boolean']['output']>;
  userErrors: Array<UserError>;
};

export type OrderPaymentTerms =
  /** The buyer pays before shipment, straight to the seller. */
  | 'ADVANCE_TRANSFER'
  /** The platform holds the buyer's money until delivery is confirmed. */
  | 'ESCROW'
  /** Documentary letter of credit, with its reference and issuing bank. */
  | 'LETTER_OF_CREDIT'
  /** The seller ships on credit (30, 60 or 90 days). */
  | 'OPEN_ACCOUNT';

/** An order as it would be placed now: prices, freight, the rate and the landed cost, without reserving anything. */
export type OrderPreview = {
  __typename?: 'OrderPreview';
  /** The Incoterm leaves the main carriage to the buyer: the chosen option's cost is added to the order. */
  buyerPaysFreight: Scalars['Boolean']['output'];
  currency: Scalars['String']['output'];
  destinationCountry: Scalars['String']['output'];
  freight: Money;
  fx: LockedRate;
  goodsTotal: Money;
  incoterm: Incoterm;
  insurance: Money;
  landedCost?: Maybe<LandedCost>;
  namedPlace: Scalars['String']['output'];
  paymentMethods: Array<PaymentMethod>;
  quantity: Scalars['Float']['output'];
  shipFromCountry: Scalars['String']['output'];
  shipping?: Maybe<ChosenShipping>;
  /** Every way to ship these goods on this lane, soonest first; empty when their weight is unknown. */
  shippingOptions: Array<ShippingOption>;
  total: Money;
  unit: UnitOfMeasure;
  unitPrice: Money;
  /** A party resembles a denied party: the order would be held for an admin's review. */
  wouldBeHeld: Scalars['Boolean']['output'];
};

export type OrderPreviewPayload = {
  __typename?: 'OrderPreviewPayload';
  preview?: Maybe<OrderPreview>;
  userErrors: Array<UserError>;
};

export type OrderSide =
  /** Orders the viewer's company placed. */
  | 'BUYER'
  /** Orders the viewer's company received. */
  | 'SELLER';

export type OrderStatus =
  | 'CANCELLED'
  /** Done: escrow, if any, released to the seller. */
  | 'COMPLETED'
  /** The seller accepted it. */
  | 'CONFIRMED'
  | 'DELIVERED'
  /** One side disputes it; an admin decides. */
  | 'DISPUTED'
  /** Placed by the buyer, stock reserved; waits for the seller. */
  | 'DRAFT'
  /** Paid in advance: the money reached the seller. */
  | 'PAID'
  /** Escrow funded, or a letter of credit opened and advised. */
  | 'PAYMENT_SECURED'
  | 'SHIPPED';

export type Organisation = {
  __typename?: 'Organisation';
  addressLine1?: Maybe<Scalars['String']['output']>;
  addressLine2?: Maybe<Scalars['String']['output']>;
  city?: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2. */
  country: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  eori?: Maybe<Scalars['String']['output']>;
  exportLicence?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: OrganisationKind;
  legalName: Scalars['String']['output'];
  postalCode?: Maybe<Scalars['String']['output']>;
  preferredCurrency: Scalars['String']['output'];
  preferredLocale: Scalars['String']['output'];
  /** Identifiers are shown to the organisation's own members and to platform admins only. */
  registrationNumber?: Maybe<Scalars['String']['output']>;
  /** Platform admins only: a verified company of the same country whose legal name looks the same (Unicode confusables skeleton). Set when the name is written; for the admin's review. */
  resemblesVerified?: Maybe<Organisation>;
  taxId?: Maybe<Scalars['String']['output']>;
  timeZone: Scalars['String']['output'];
  /** Every step of verification, newest first; members and platform admins only. */
  verificationHistory: Array<VerificationEvent>;
  verificationStatus: VerificationStatus;
  /** Shown wherever the company appears. */
  verified: Scalars['Boolean']['output'];
  verifiedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  edges: Array<OrganisationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganisationEdge = {
  __typename?: 'OrganisationEdge';
  cursor: Scalars['String']['output'];
  node: Organisation;
};

export type OrganisationKind =
  | 'BOTH'
  | 'BUYER'
  | 'CUSTOMS_AUTHORITY'
  | 'EXPORTER'
  | 'PLATFORM';

export type OrganisationPayload = {
  __typename?: 'OrganisationPayload';
  organisation?: Maybe<Organisation>;
  userErrors: Array<UserError>;
};

export type OriginCriterion =
  /** Change of tariff heading. */
  | 'CTH'
  /** Change of tariff subheading. */
  | 'CTSH'
  /** Regional value content (at least 40 %, with the FOB value). */
  | 'RVC'
  /** Wholly obtained. */
  | 'WO';

/** UN/ECE Recommendation 21 package type. */
export type PackageType = {
  __typename?: 'PackageType';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PartyInput = {
  addressLine1?: InputMaybe<Scalars['String']['input']>;
  addressLine2?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  contact?: InputMaybe<Scalars['String']['input']>;
  country: Scalars['String']['input'];
  eori?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  postalCode?: InputMaybe<Scalars['String']['input']>;
  taxId?: InputMaybe<Scalars['String']['input']>;
};

export type PartyRole =
  | 'BUYER'
  | 'CONSIGNEE'
  | 'NOTIFY'
  | 'SELLER';

export type PayOrderInput = {
  method?: InputMaybe<Scalars['String']['input']>;
  orderId: Scalars['ID']['input'];
  /** SANDBOX (demo: no real money moves) or BANK_TRANSFER. */
  provider: Scalars['String']['input'];
};

export type Payment = {
  __typename?: 'Payment';
  amount: Money;
  createdAt: Scalars['DateTime']['output'];
  escrowReleaseDays?: Maybe<Scalars['Int']['output']>;
  fundedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  lcIssuingBank?: Maybe<Scalars['String']['output']>;
  lcReference?: Maybe<Scalars['String']['output']>;
  method?: Maybe<Scalars['String']['output']>;
  order?: Maybe<Order>;
  /** SANDBOX (no real money moves), BANK_TRANSFER or LETTER_OF_CREDIT. */
  provider: Scalars['String']['output'];
  /** Quote it on the bank transfer. */
  reference: Scalars['String']['output'];
  settledAt?: Maybe<Scalars['DateTime']['output']>;
  /** PENDING, HELD (escrow), SETTLED, SECURED, RELEASED, REFUNDED or CANCELLED. */
  status: Scalars['String']['output'];
};

export type PaymentMethod = {
  __typename?: 'PaymentMethod';
  code: Scalars['String']['output'];
  /** CARD, BANK_TRANSFER, INSTANT_TRANSFER, WALLET or CASH_VOUCHER. */
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type PaymentPayload = {
  __typename?: 'PaymentPayload';
  /** Where to send a bank transfer; null for the sandbox. */
  bankAccount?: Maybe<BankAccount>;
  order?: Maybe<Order>;
  payment?: Maybe<Payment>;
  userErrors: Array<UserError>;
};

/** From the worst to the best for the buyer, as the quote ranking reads them. */
export type PaymentTerms =
  /** Documentary collection: the buyer pays when the shipping documents are presented. */
  | 'CASH_AGAINST_DOCUMENTS'
  /** Documentary letter of credit. */
  | 'LETTER_OF_CREDIT'
  /** Open account, 30 days. */
  | 'NET_30'
  | 'NET_60'
  | 'NET_90'
  /** The full price before shipment. */
  | 'PREPAID';

export type PlaceOrderInput = {
  buyerReference?: InputMaybe<Scalars['String']['input']>;
  /** Who receives the goods, if not the buyer. */
  consignee?: InputMaybe<PartyInput>;
  /** Open account only: 30, 60 or 90. */
  creditDays?: InputMaybe<Scalars['Int']['input']>;
  /** ISO 3166-1 alpha-2; the buyer's country, or the request's destination, by default. */
  destinationCountry?: InputMaybe<Scalars['String']['input']>;
  destinationPort?: InputMaybe<Scalars['String']['input']>;
  /** Needed when a quote names no listing and its request no six-digit HS code. */
  hsCode?: InputMaybe<Scalars['String']['input']>;
  /** The client's own key for this order (8–100 letters, digits, . _ : -): sending it again returns the same order. */
  idempotencyKey: Scalars['String']['input'];
  /** One the listing offers (its first by default); a quote's own. */
  incoterm?: InputMaybe<Scalars['String']['input']>;
  /** The licence number, when the goods' HS chapter is controlled (arms, dual-use goods). */
  licenceNumber?: InputMaybe<Scalars['String']['input']>;
  /** Order straight from a listing (with quantity) ... */
  listingId?: InputMaybe<Scalars['ID']['input']>;
  /** Whom the carrier tells on arrival, if not the consignee. */
  notifyParty?: InputMaybe<PartyInput>;
  /** A payment method code from paymentMethods(country). */
  paymentMethod?: InputMaybe<Scalars['String']['input']>;
  paymentTerms: OrderPaymentTerms;
  /** In the listing's unit; at least its MOQ. */
  quantity?: InputMaybe<Scalars['Float']['input']>;
  /** ... or from an accepted quote. */
  quoteId?: InputMaybe<Scalars['ID']['input']>;
  /** An id from shippingOptions for these goods and this lane: its cost becomes the order's freight when the Incoterm leaves the main carriage to the buyer. */
  shippingOptionId?: InputMaybe<Scalars['ID']['input']>;
};

/** A UN/LOCODE location: seaport, airport, rail or road terminal, or inland place. */
export type Port = {
  __typename?: 'Port';
  /** ISO 3166-1 alpha-2. */
  country: Scalars['String']['output'];
  /** The UN/LOCODE function classifier, eight positions, e.g. 1-345---. */
  functions: Scalars['String']['output'];
  iata?: Maybe<Scalars['String']['output']>;
  isAirport: Scalars['Boolean']['output'];
  isSeaport: Scalars['Boolean']['output'];
  latitude?: Maybe<Scalars['Float']['output']>;
  /** Five characters: country and location, e.g. PLGDN. */
  locode: Scalars['String']['output'];
  longitude?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  /** The name without diacritics. */
  nameAscii: Scalars['String']['output'];
  /** ISO 3166-2 subdivision code, without the country. */
  subdivision?: Maybe<Scalars['String']['output']>;
  transportModes: Array<TransportMode>;
};

export type PortConnection = {
  __typename?: 'PortConnection';
  edges: Array<PortEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PortEdge = {
  __typename?: 'PortEdge';
  cursor: Scalars['String']['output'];
  node: Port;
};

export type PortKind =
  | 'AIRPORT'
  | 'ANY'
  | 'SEAPORT';

export type PostalCategory =
  | 'COMMERCIAL_SAMPLE'
  | 'DOCUMENTS'
  | 'GIFT'
  | 'OTHER'
  | 'RETURNED_GOODS'
  | 'SALE_OF_GOODS';

/** A quantity break: from `minQuantity` units up, each unit costs `unitPrice`. */
export type PriceTier = {
  __typename?: 'PriceTier';
  /** In the listing's unit. */
  minQuantity: Scalars['Float']['output'];
  /** Per one unit, in the listing's currency. */
  unitPrice: Money;
};

export type PriceTierInput = {
  /** In the listing's unit; the first tier's must equal the MOQ. */
  minQuantity: Scalars['Float']['input'];
  /** Decimal in the listing's currency, e.g. "1250.00". */
  unitPrice: Scalars['String']['input'];
};

/** What a tracking number tells anyone: the journey, never parties, prices or contents. */
export type PublicTracking = {
  __typename?: 'PublicTracking';
  carrierName: Scalars['String']['output'];
  events: Array<PublicTrackingEvent>;
  exportCountry: Scalars['String']['output'];
  importCountry: Scalars['String']['output'];
  mode: ShippingMode;
  packageCount: Scalars['Int']['output'];
  portOfDischarge?: Maybe<Scalars['String']['output']>;
  portOfLoading?: Maybe<Scalars['String']['output']>;
  status: ShipmentStatus;
  trackingNumber: Scalars['String']['output'];
};

/** A timeline entry as anyone may see it: no notes. */
export type PublicTrackingEvent = {
  __typename?: 'PublicTrackingEvent';
  code: TrackingCode;
  locode?: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  place: Scalars['String']['output'];
  timeZone: Scalars['String']['output'];
};

/** A total of requested quantities of one kind, in that kind's base unit (KGM, MTQ, H87, MTR, MTK). */
export type QuantityTotal = {
  __typename?: 'QuantityTotal';
  kind: UnitQuantity;
  total: Scalars['Float']['output'];
  unit: UnitOfMeasure;
};

export type Query = {
  __typename?: 'Query';
  /** Platform admins only. */
  allOrders: OrderConnection;
  /** The viewer organisation's API tokens (owners and members). */
  apiTokens: Array<ApiToken>;
  /** The buyer's home feed: active listings ranked for its country and what it asked for before. */
  buyerFeed: Array<FeedItem>;
  /** A conversation of the viewer's company; null for any other. */
  conversation?: Maybe<Conversation>;
  /** The viewer's company's conversations, as buyer or seller, the latest message first. */
  conversations: ConversationConnection;
  /**
   * Converts money at the newest rate dated on or before `on` (today by default): the pair's own rate
   * either way round, else a cross rate through USD.
   */
  convertMoney: Conversion;
  /** Every ISO 3166-1 country, named and sorted in the viewer's language. */
  countries: Array<Country>;
  country?: Maybe<Country>;
  currencies: Array<Currency>;
  /** Platform admins only: the whole access log, or one shipment's, newest first. */
  customsAccessLog: CustomsAccessEntryConnection;
  /** Platform admin only: every customs authority, by country. */
  customsAuthorities: Array<CustomsAuthority>;
  /** Officers: every document in force of a shipment at their border, PDF and UBL, as one ZIP (logged). */
  customsDocumentsZip: DocumentFile;
  /** Officers only: one shipment at the officer's border; NOT_FOUND (and a refused row in the log) for any other. Logged. */
  customsShipment: CustomsShipment;
  /** Officers only: shipments leaving or entering the officer's country, newest departure first. Logged. */
  customsShipments: CustomsShipmentConnection;
  /** Platform admins only. The denied-party lists loaded. */
  deniedPartyLists: Array<DeniedPartyList>;
  /** Who at customs viewed the viewer's company's shipments and read its documents, newest first. */
  documentAccessLog: CustomsAccessEntryConnection;
  /** One document's PDF or UBL, for its two companies and the officers of its borders (each officer download is in the access log). */
  documentFile: DocumentFile;
  /** Every platform signing key, newest first. */
  documentSigningKeys: Array<SigningKey>;
  /** Embargoes in force on a day (today by default), or every one ever recorded with all: true. */
  embargoes: Array<Embargo>;
  /** How one listing scores for one request, embargoed or not: for the buyer, or the seller when the request is open to it. */
  explainMatch: Match;
  /** Stored rates, newest day first. */
  fxRates: FxRateConnection;
  /** A chapter, heading or subheading. A code with national digits (0801.19.0010) gives its subheading. */
  hsCode?: Maybe<HsCode>;
  /**
   * Without arguments, the 96 chapters. With `parent`, that code's children; with `query`, the codes
   * whose description has every word (or whose code starts with the digits given), under `parent` if
   * it is set. Always in code order.
   */
  hsCodes: HsCodeConnection;
  hsSections: Array<HsSection>;
  /** The viewer's company's notifications, newest first. */
  inbox: NotificationConnection;
  /** All Incoterms 2020 rules, or only those that fit a transport mode. */
  incoterms: Array<Incoterm>;
  /** Platform admins only. */
  jobCounts: JobCounts;
  /** Platform admins only, newest first. */
  jobs: JobConnection;
  /** Landed cost of goods described line by line (trade's orders use the same function). */
  landedCost: LandedCost;
  /** Transit times and tariffs; with both countries given, estimates from the regions fill the modes nobody tabled. */
  lanes: Array<Lane>;
  /** Open requests the viewer's listing could answer, best first. The listing's company only. */
  leadsForListing: Array<Match>;
  /** A live listing, or any listing of the viewer's own organisation; null otherwise. */
  listing?: Maybe<Listing>;
  /** A listing's batches, newest first (public, like the listing's origin). */
  listingBatches: Array<Batch>;
  /** Landed cost of a listing at its tier price for a quantity (the MOQ by default), on an Incoterm it offers (its first by default). */
  listingLandedCost: LandedCost;
  /** Whether the viewer's company saved this listing; false for visitors. */
  listingSaved: Scalars['Boolean']['output'];
  /** The buyer's request and the active listings that fit it best, with their reasons. The buyer's company only. */
  matchesForRequest: Array<Match>;
  /** Open requests that match any of the viewer's active listings, each with the listing that fits it best. */
  myLeads: Array<Match>;
  /** The viewer's organisation's listings, most recently changed first. */
  myListings: ListingConnection;
  myOpenOrderCounts: OrderCounts;
  myOrders: OrderConnection;
  /** The viewer's company's quotes, most recently changed first. */
  myQuotes: QuoteConnection;
  /** The viewer's company's requests, newest first. */
  mySourcingRequests: SourcingRequestConnection;
  /** Open demand by destination country and HS chapter, largest first, with a 12-week trend. Any signed-in company. */
  openDemand: Array<DemandGroup>;
  /** Open requests an exporter may quote on, newest first. `hsPrefix` also finds requests for a broader code that contains it. */
  openSourcingRequests: SourcingRequestConnection;
  /** An order, for its two companies and platform admins. */
  order?: Maybe<Order>;
  /** What placing this order would cost now (checkout's summary): nothing is reserved or written. */
  orderPreview: OrderPreviewPayload;
  organisation?: Maybe<Organisation>;
  /** UN/ECE Recommendation 21 package types. */
  packageTypes: Array<PackageType>;
  /** How buyers in a country usually pay: local methods first, then international ones. */
  paymentMethods: Array<PaymentMethod>;
  /** Platform admins only: bank transfers waiting to be matched, oldest first. */
  pendingBankTransfers: Array<Payment>;
  /** Always true: lets a client check it can reach the API. */
  ping: Scalars['Boolean']['output'];
  port?: Maybe<Port>;
  /** UN/LOCODE locations by country and name; `query` matches a name, a LOCODE or an IATA code. */
  ports: PortConnection;
  /** The seller's members: the PDF that issueDocument would make now, marked as a preview on every page; nothing is numbered, signed or stored. */
  previewDocument: DocumentPreviewPayload;
  /** A quote, for the buyer and the seller only; null for anyone else. */
  quote?: Maybe<Quote>;
  /** The buyer's quotes for its request with their landed cost to the request's destination, cheapest landed first. */
  quoteLandedCosts: Array<QuoteLandedCost>;
  /** The buyer's comparison of the quotes on its request, ranked by its weights. */
  quotesForRequest: QuoteComparison;
  saleEvent?: Maybe<SaleEvent>;
  /** Sale events, soonest first for UPCOMING and CURRENT, latest first for PAST; all of them, oldest first, without `timing`. */
  saleEvents: SaleEventConnection;
  /** The listings the viewer's company saved, newest first. */
  savedListings: ListingConnection;
  /** Platform admins only. Screening reviews, oldest first; pending by default. */
  screeningReviews: Array<ScreeningReview>;
  /**
   * Full-text search over active listings (title, description and every translation; case and accents
   * ignored, so "gdansk" finds "Gdańsk"), with filters, sorting and cursor pagination. Every word must match;
   * the last word, while it is not yet a whole word of any listing and no space follows it, matches the words
   * it starts ("coff" finds coffee). Anyone may search.
   */
  searchListings: ListingSearchConnection;
  /** A shipment for its seller, buyer, carrier and admins; null for anyone else. */
  shipment?: Maybe<Shipment>;
  /** A shipment's documents, every version: for its seller, its buyer and the officers of its two borders. */
  shipmentDocuments: Array<TradeDocument>;
  /** What a shipment's lane and mode need, and which of those are issued. */
  shipmentRequiredDocuments: Array<RequiredDocument>;
  /** The shipments of an order, oldest first, for its two companies and admins. */
  shipmentsOfOrder: Array<Shipment>;
  /** What is left to ship of a confirmed order, for its seller; null for anyone else. */
  shippableLines?: Maybe<Array<ShippableLine>>;
  /** Every way to ship a consignment, soonest first, with cost and calendar-aware delivery dates. */
  shippingOptions: Array<ShippingOption>;
  /** A request the viewer may see; null otherwise. */
  sourcingRequest?: Maybe<SourcingRequest>;
  /** The import duty rate for an HS code in a country: the most specific row of its tariff. */
  tariffRate?: Maybe<TariffRate>;
  /** Public: producer to door, for the trace code on the packing list's QR code. */
  trace?: Maybe<Trace>;
  /** Public: the timeline of a tracking number, nothing private. */
  trackShipment?: Maybe<PublicTracking>;
  unitsOfMeasure: Array<UnitOfMeasure>;
  /** How many of the viewer's company's notifications nobody has read yet. */
  unreadCount: Scalars['Int']['output'];
  /** Companies waiting for a platform admin's decision, oldest request first. */
  verificationQueue: OrganisationConnection;
  /** Verifies the stored document (the QR code's target). Anyone may ask. */
  verifyDocument: DocumentVerification;
  /** Verifies a PDF file, base64-encoded: which document it claims to be, then whether it is exactly that document. */
  verifyDocumentUpload: DocumentVerification;
  viewer: Viewer;
  /** The overseas warehouses. */
  warehouses: Array<Warehouse>;
  /** The countries whose open requests name the HS headings the viewer's company lists, most requests first. */
  whatSellsWhere: Array<HeadingDemand>;
};


export type QueryAllOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<OrderStatus>;
};


export type QueryBuyerFeedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryConversationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConversationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryConvertMoneyArgs = {
  amount: MoneyInput;
  on?: InputMaybe<Scalars['Date']['input']>;
  to: Scalars['String']['input'];
};


export type QueryCountryArgs = {
  code: Scalars['String']['input'];
};


export type QueryCustomsAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  shipmentId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCustomsDocumentsZipArgs = {
  shipmentId: Scalars['ID']['input'];
};


export type QueryCustomsShipmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomsShipmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomsShipmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDocumentAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDocumentFileArgs = {
  format: DocumentFormat;
  id: Scalars['ID']['input'];
};


export type QueryEmbargoesArgs = {
  all?: InputMaybe<Scalars['Boolean']['input']>;
  on?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryExplainMatchArgs = {
  listingId: Scalars['ID']['input'];
  requestId: Scalars['ID']['input'];
};


export type QueryFxRatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  base?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  quote?: InputMaybe<Scalars['String']['input']>;
};


export type QueryHsCodeArgs = {
  code: Scalars['String']['input'];
};


export type QueryHsCodesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  parent?: InputMaybe<Scalars['String']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
};


export type QueryInboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryIncotermsArgs = {
  mode?: InputMaybe<TransportMode>;
};


export type QueryJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<JobStatus>;
};


export type QueryLandedCostArgs = {
  incoterm: Scalars['String']['input'];
  lines: Array<LandedCostLineInput>;
  options: LandedCostOptions;
};


export type QueryLanesArgs = {
  destination?: InputMaybe<Scalars['String']['input']>;
  origin?: InputMaybe<Scalars['String']['input']>;
};


export type QueryLeadsForListingArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  listingId: Scalars['ID']['input'];
};


export type QueryListingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryListingBatchesArgs = {
  listingId: Scalars['ID']['input'];
};


export type QueryListingLandedCostArgs = {
  incoterm?: InputMaybe<Scalars['String']['input']>;
  listingId: Scalars['ID']['input'];
  options: LandedCostOptions;
  quantity?: InputMaybe<Scalars['Float']['input']>;
};


export type QueryListingSavedArgs = {
  listingId: Scalars['ID']['input'];
};


export type QueryMatchesForRequestArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  requestId: Scalars['ID']['input'];
};


export type QueryMyLeadsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyListingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ListingStatus>;
};


export type QueryMyOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  side: OrderSide;
  status?: InputMaybe<OrderStatus>;
};


export type QueryMyQuotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<QuoteStatus>;
};


export type QueryMySourcingRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<SourcingRequestStatus>;
};


export type QueryOpenDemandArgs = {
  destinationCountry?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  hsChapter?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOpenSourcingRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  destinationCountry?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  hsPrefix?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrderPreviewArgs = {
  input: PlaceOrderInput;
};


export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPaymentMethodsArgs = {
  country: Scalars['String']['input'];
};


export type QueryPortArgs = {
  locode: Scalars['String']['input'];
};


export type QueryPortsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<PortKind>;
  query?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPreviewDocumentArgs = {
  input: IssueDocumentInput;
};


export type QueryQuoteArgs = {
  id: Scalars['ID']['input'];
};


export type QueryQuoteLandedCostsArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
  freight?: InputMaybe<MoneyInput>;
  proofOfOrigin?: InputMaybe<Scalars['Boolean']['input']>;
  requestId: Scalars['ID']['input'];
};


export type QueryQuotesForRequestArgs = {
  requestId: Scalars['ID']['input'];
  weights?: InputMaybe<QuoteWeightsInput>;
};


export type QuerySaleEventArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySaleEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  timing?: InputMaybe<SaleEventTiming>;
};


export type QuerySavedListingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryScreeningReviewsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ScreeningStatus>;
};


export type QuerySearchListingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<ListingSearchFilters>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<ListingSort>;
};


export type QueryShipmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryShipmentDocumentsArgs = {
  shipmentId: Scalars['ID']['input'];
};


export type QueryShipmentRequiredDocumentsArgs = {
  shipmentId: Scalars['ID']['input'];
};


export type QueryShipmentsOfOrderArgs = {
  orderId: Scalars['ID']['input'];
};


export type QueryShippableLinesArgs = {
  orderId: Scalars['ID']['input'];
};


export type QueryShippingOptionsArgs = {
  input: ShippingOptionsInput;
};


export type QuerySourcingRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTariffRateArgs = {
  country: Scalars['String']['input'];
  hsCode: Scalars['String']['input'];
};


export type QueryTraceArgs = {
  code: Scalars['String']['input'];
};


export type QueryTrackShipmentArgs = {
  trackingNumber: Scalars['String']['input'];
};


export type QueryVerificationQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVerifyDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVerifyDocumentUploadArgs = {
  base64: Scalars['String']['input'];
};


export type QueryWhatSellsWhereArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An exporter's offer on a sourcing request, private to the buyer and the exporter. */
export type Quote = {
  __typename?: 'Quote';
  createdAt: Scalars['DateTime']['output'];
  /** Every status change (revisions included), oldest first. */
  history: Array<QuoteEvent>;
  id: Scalars['ID']['output'];
  incoterm: Incoterm;
  leadTimeDays: Scalars['Int']['output'];
  /** That listing, when the viewer may see it (active, or the seller's own). */
  listing?: Maybe<Listing>;
  /** The seller's own listing the quote is for, when it named one. */
  listingId?: Maybe<Scalars['ID']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  /** The least the seller will ship, in the request's unit. */
  moq?: Maybe<Scalars['Float']['output']>;
  /** The place the Incoterms rule names, e.g. Gdańsk for CIF Gdańsk. */
  namedPlace: Scalars['String']['output'];
  paymentTerms: PaymentTerms;
  /** In the request's unit. */
  quantity: Scalars['Float']['output'];
  request: SourcingRequest;
  seller: Organisation;
  status: QuoteStatus;
  /** Unit price × quantity. */
  total: Money;
  unit: UnitOfMeasure;
  /** The price per unit, as offered. */
  unitPrice: Money;
  updatedAt: Scalars['DateTime']['output'];
  /** The last day the offer stands. */
  validUntil: Scalars['Date']['output'];
};

/** The buyer's side-by-side view of the quotes on one request, best first. */
export type QuoteComparison = {
  __typename?: 'QuoteComparison';
  /** The buyer's preferred currency, every price is also shown in. */
  buyerCurrency: Scalars['String']['output'];
  quotes: Array<ComparedQuote>;
  request: SourcingRequest;
  weights: QuoteWeights;
};

export type QuoteConnection = {
  __typename?: 'QuoteConnection';
  edges: Array<QuoteEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** How a quote scores on each criterion among the quotes compared: 1 for the best value, 0 for the worst. */
export type QuoteCriteriaScores = {
  __typename?: 'QuoteCriteriaScores';
  leadTime: Scalars['Float']['output'];
  moq: Scalars['Float']['output'];
  paymentTerms: Scalars['Float']['output'];
  price: Scalars['Float']['output'];
};

export type QuoteEdge = {
  __typename?: 'QuoteEdge';
  cursor: Scalars['String']['output'];
  node: Quote;
};

export type QuoteEvent = {
  __typename?: 'QuoteEvent';
  createdAt: Scalars['DateTime']['output'];
  fromStatus?: Maybe<QuoteStatus>;
  id: Scalars['ID']['output'];
  toStatus: QuoteStatus;
};

/** A quote of a request and its landed cost, cheapest landed first. */
export type QuoteLandedCost = {
  __typename?: 'QuoteLandedCost';
  landedCost: LandedCost;
  quote: Quote;
  /** 1 for the cheapest at the buyer's door. */
  rank: Scalars['Int']['output'];
};

export type QuotePayload = {
  __typename?: 'QuotePayload';
  quote?: Maybe<Quote>;
  userErrors: Array<UserError>;
};

export type QuoteStatus =
  | 'ACCEPTED'
  /** Its valid-until date passed before the buyer decided. */
  | 'EXPIRED'
  /** The buyer chose another quote or closed the request. */
  | 'NOT_CHOSEN'
  /** Live: the buyer may accept it until its valid-until date. */
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type QuoteWeights = {
  __typename?: 'QuoteWeights';
  leadTime: Scalars['Int']['output'];
  moq: Scalars['Int']['output'];
  paymentTerms: Scalars['Int']['output'];
  price: Scalars['Int']['output'];
};

/** Whole numbers from 0 to 100; a missing one keeps its default (all four equal). */
export type QuoteWeightsInput = {
  leadTime?: InputMaybe<Scalars['Int']['input']>;
  moq?: InputMaybe<Scalars['Int']['input']>;
  paymentTerms?: InputMaybe<Scalars['Int']['input']>;
  price?: InputMaybe<Scalars['Int']['input']>;
};

export type ReconcilePaymentInput = {
  /** As on the bank statement, in the payment's currency. */
  amount: Scalars['String']['input'];
  reference: Scalars['String']['input'];
};

export type RemoveEventPricePayload = {
  __typename?: 'RemoveEventPricePayload';
  /** True when a price was removed, false when there was none; null when refused. */
  removed?: Maybe<Scalars['Boolean']['output']>;
  userErrors: Array<UserError>;
};

export type ReplyToConversationInput = {
  body: Scalars['String']['input'];
  conversationId: Scalars['ID']['input'];
};

export type RequestPasswordResetPayload = {
  __typename?: 'RequestPasswordResetPayload';
  /** True whether or not the address has an account: the answer tells nobody which addresses are customers. */
  accepted: Scalars['Boolean']['output'];
  userErrors: Array<UserError>;
};

export type RequestVisibility =
  /** Every exporter may see and quote. */
  | 'ALL'
  /** Only verified exporters see it; for the others it does not exist. */
  | 'VERIFIED';

export type RequiredDocument = {
  __typename?: 'RequiredDocument';
  /** The version in force, or null while it is still to issue. */
  inForce?: Maybe<TradeDocument>;
  kind: DocumentKind;
  reason: RequiredDocumentReason;
};

/** Why the lane and mode need a document. */
export type RequiredDocumentReason =
  | 'AIR_TRANSPORT'
  | 'ALWAYS'
  | 'ORIGIN_PROOF'
  | 'POSTAL_CUSTOMS'
  | 'PREFERENTIAL_ORIGIN'
  | 'SEA_TRANSPORT';

export type ResendEmailConfirmationPayload = {
  __typename?: 'ResendEmailConfirmationPayload';
  sent: Scalars['Boolean']['output'];
  userErrors: Array<UserError>;
};

export type ResetPasswordPayload = {
  __typename?: 'ResetPasswordPayload';
  /** True once the new password is set; every other session of the account has ended. Sign in with it. */
  reset: Scalars['Boolean']['output'];
  userErrors: Array<UserError>;
};

export type RevokeDocumentInput = {
  documentId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type RevokeDocumentPayload = {
  __typename?: 'RevokeDocumentPayload';
  document?: Maybe<TradeDocument>;
  userErrors: Array<UserError>;
};

/** A platform-wide, time-boxed sale in which listings carry event prices. */
export type SaleEvent = {
  __typename?: 'SaleEvent';
  /** For LOCAL_DAY: the zones whose end of day closes it, e.g. Pacific/Honolulu. */
  closesIn: Array<Scalars['String']['output']>;
  /** For LOCAL_DAY: the ISO alpha-2 countries served. */
  countries?: Maybe<Array<Scalars['String']['output']>>;
  createdAt: Scalars['DateTime']['output'];
  /** For LOCAL_DAY: how many local calendar days. */
  days?: Maybe<Scalars['Int']['output']>;
  /** Exclusive: at this instant event prices no longer apply. */
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Whether the event is on right now. */
  isLive: Scalars['Boolean']['output'];
  kind: SaleEventKind;
  /** For LOCAL_DAY: the first local calendar day. */
  localDate?: Maybe<Scalars['Date']['output']>;
  name: Scalars['String']['output'];
  /** For LOCAL_DAY: the zones whose midnight opens the event, e.g. Australia/Sydney. */
  opensIn: Array<Scalars['String']['output']>;
  /** Inclusive. */
  startsAt: Scalars['DateTime']['output'];
  timing: SaleEventTiming;
  /**
   * The window in `timeZone` (an IANA zone); by default the viewer organisation's zone, or UTC for
   * anonymous viewers. Formatted in the viewer's locale.
   */
  window: SaleEventWindow;
};


/** A platform-wide, time-boxed sale in which listings carry event prices. */
export type SaleEventWindowArgs = {
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type SaleEventConnection = {
  __typename?: 'SaleEventConnection';
  edges: Array<SaleEventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SaleEventEdge = {
  __typename?: 'SaleEventEdge';
  cursor: Scalars['String']['output'];
  node: SaleEvent;
};

export type SaleEventKind =
  /** One to three local calendar days that every served country gets in full. */
  | 'LOCAL_DAY'
  /** A plain window between two UTC instants. */
  | 'UTC_WINDOW';

export type SaleEventPayload = {
  __typename?: 'SaleEventPayload';
  saleEvent?: Maybe<SaleEvent>;
  userErrors: Array<UserError>;
};

export type SaleEventTiming =
  | 'CURRENT'
  | 'PAST'
  | 'UPCOMING';

/** The event window as the viewer's clock shows it. */
export type SaleEventWindow = {
  __typename?: 'SaleEventWindow';
  /** The last minute of the event (the stored end is exclusive, so an end at midnight shows as 23:59). */
  closes: Scalars['String']['output'];
  /** The first minute of the event. */
  opens: Scalars['String']['output'];
  /** Both, as one line: "Nov 10, 2026, 21:00 GMT+8 – Nov 12, 2026, 17:59 GMT+8". */
  text: Scalars['String']['output'];
  /** The IANA zone the times are shown in. */
  timeZone: Scalars['String']['output'];
};

export type SavedListingPayload = {
  __typename?: 'SavedListingPayload';
  /** Whether the listing is on the company's shortlist now. */
  saved?: Maybe<Scalars['Boolean']['output']>;
  userErrors: Array<UserError>;
};

export type ScreeningDecision =
  | 'APPROVED'
  | 'REJECTED';

/** A party of an order whose name resembles a listed one. */
export type ScreeningHit = {
  __typename?: 'ScreeningHit';
  listSource: Scalars['String']['output'];
  listedCountry?: Maybe<Scalars['String']['output']>;
  listedName: Scalars['String']['output'];
  partyCountry?: Maybe<Scalars['String']['output']>;
  partyName: Scalars['String']['output'];
  partyRole: Scalars['String']['output'];
  /** 0 to 1: how alike the names are after transliteration, folding and sorting their words. */
  score: Scalars['Float']['output'];
};

/** An order held because a party resembles a denied party, until an admin decides. */
export type ScreeningReview = {
  __typename?: 'ScreeningReview';
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  history: Array<ScreeningReviewEvent>;
  hits: Array<ScreeningHit>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  status: ScreeningStatus;
  subjectId: Scalars['ID']['output'];
  subjectKind: Scalars['String']['output'];
};

export type ScreeningReviewEvent = {
  __typename?: 'ScreeningReviewEvent';
  at: Scalars['DateTime']['output'];
  byUserId?: Maybe<Scalars['ID']['output']>;
  fromStatus?: Maybe<ScreeningStatus>;
  note?: Maybe<Scalars['String']['output']>;
  toStatus: ScreeningStatus;
};

export type ScreeningReviewPayload = {
  __typename?: 'ScreeningReviewPayload';
  review?: Maybe<ScreeningReview>;
  userErrors: Array<UserError>;
};

export type ScreeningStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type SetEventPriceInput = {
  eventId: Scalars['ID']['input'];
  listingId: Scalars['ID']['input'];
  /** Below the listing's lowest regular tier price, in the listing's currency. */
  unitPrice: MoneyInput;
};

export type SetFxRateInput = {
  asOf: Scalars['Date']['input'];
  base: Scalars['String']['input'];
  quote: Scalars['String']['input'];
  /** A positive decimal with at most 12 decimal places. */
  rate: Scalars['String']['input'];
};

export type SetLaneInput = {
  destination: Scalars['String']['input'];
  mode: ShippingMode;
  origin: Scalars['String']['input'];
  source: Scalars['String']['input'];
  transitDaysMax: Scalars['Int']['input'];
  transitDaysMin: Scalars['Int']['input'];
};

/** A shipment of an order, or of part of one: for its seller, buyer, carrier and platform admins. */
export type Shipment = {
  __typename?: 'Shipment';
  bookingNumber?: Maybe<Scalars['String']['output']>;
  carrierName: Scalars['String']['output'];
  carrierOrganisationId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  departedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Every version of its documents; for its two companies and the officers of its borders. */
  documents: Array<TradeDocument>;
  /** Oldest first. */
  events: Array<TrackingEvent>;
  exportCountry: Scalars['String']['output'];
  flightNumber?: Maybe<Scalars['String']['output']>;
  /** All packages together. */
  grossWeightKg: Scalars['Float']['output'];
  history: Array<ShipmentStatusChange>;
  id: Scalars['ID']['output'];
  importCountry: Scalars['String']['output'];
  incoterm: Scalars['String']['output'];
  lines: Array<ShipmentLine>;
  mode: ShippingMode;
  namedPlace: Scalars['String']['output'];
  netWeightKg: Scalars['Float']['output'];
  /** The codes that may come next, for the add-event form. */
  nextCodes: Array<TrackingCode>;
  orderId: Scalars['ID']['output'];
  packages: Array<ShipmentPackage>;
  parties: Array<ShipmentParty>;
  portOfDischarge?: Maybe<Scalars['String']['output']>;
  portOfLoading?: Maybe<Scalars['String']['output']>;
  /** What the lane and mode need, and which of those are issued. */
  requiredDocuments: Array<RequiredDocument>;
  /** The departure day once it has left, the booking day before. */
  shippedOn: Scalars['Date']['output'];
  status: ShipmentStatus;
  /** Opens /trace/<traceCode>: the QR code on the packing list. */
  traceCode: Scalars['String']['output'];
  trackingNumber: Scalars['String']['output'];
  vesselName?: Maybe<Scalars['String']['output']>;
  volumeM3: Scalars['Float']['output'];
  voyageNumber?: Maybe<Scalars['String']['output']>;
};

export type ShipmentLine = {
  __typename?: 'ShipmentLine';
  batch?: Maybe<Batch>;
  description: Scalars['String']['output'];
  grossWeightKg?: Maybe<Scalars['Float']['output']>;
  hsCode: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** This shipment's share of the order line; null where the order did not say. */
  netWeightKg?: Maybe<Scalars['Float']['output']>;
  /** `<orderId>#<position>`. */
  orderLineId: Scalars['ID']['output'];
  originCountry: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  quantity: Scalars['Float']['output'];
  /** UN/ECE Rec 20 code, e.g. TNE. */
  unit: Scalars['String']['output'];
  /** The unit with its name and symbol in the viewer's language. */
  unitOfMeasure: UnitOfMeasure;
  volumeM3?: Maybe<Scalars['Float']['output']>;
};

export type ShipmentLineInput = {
  batchId?: InputMaybe<Scalars['ID']['input']>;
  orderLineId: Scalars['ID']['input'];
  quantity: Scalars['Float']['input'];
};

export type ShipmentPackage = {
  __typename?: 'ShipmentPackage';
  count: Scalars['Int']['output'];
  /** Per package. */
  grossWeightKg: Scalars['Float']['output'];
  heightCm: Scalars['Float']['output'];
  lengthCm: Scalars['Float']['output'];
  marks?: Maybe<Scalars['String']['output']>;
  netWeightKg: Scalars['Float']['output'];
  /** UN/ECE Recommendation 21 code, e.g. PX (pallet), BG (bag). */
  packageType: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  widthCm: Scalars['Float']['output'];
};

export type ShipmentPackageInput = {
  count: Scalars['Int']['input'];
  /** Per package, kg. */
  grossWeightKg: Scalars['Float']['input'];
  heightCm: Scalars['Float']['input'];
  lengthCm: Scalars['Float']['input'];
  marks?: InputMaybe<Scalars['String']['input']>;
  netWeightKg: Scalars['Float']['input'];
  packageType: Scalars['String']['input'];
  widthCm: Scalars['Float']['input'];
};

/** A party as the order named it: printed on documents, never shown on public pages. */
export type ShipmentParty = {
  __typename?: 'ShipmentParty';
  addressLine1?: Maybe<Scalars['String']['output']>;
  addressLine2?: Maybe<Scalars['String']['output']>;
  city?: Maybe<Scalars['String']['output']>;
  country: Scalars['String']['output'];
  name: Scalars['String']['output'];
  organisationId?: Maybe<Scalars['ID']['output']>;
  postalCode?: Maybe<Scalars['String']['output']>;
  role: Scalars['String']['output'];
};

export type ShipmentPayload = {
  __typename?: 'ShipmentPayload';
  shipment?: Maybe<Shipment>;
  userErrors: Array<UserError>;
};

/** Where a shipment stands, moved by its tracking events. */
export type ShipmentStatus =
  | 'ARRIVED'
  | 'BOOKED'
  | 'DELIVERED'
  | 'EXPORT_CLEARED'
  | 'HELD_BY_CUSTOMS'
  | 'IMPORT_CLEARED'
  | 'IN_TRANSIT'
  | 'OUT_FOR_DELIVERY'
  | 'PICKED_UP';

export type ShipmentStatusChange = {
  __typename?: 'ShipmentStatusChange';
  at: Scalars['DateTime']['output'];
  fromStatus?: Maybe<ShipmentStatus>;
  toStatus: ShipmentStatus;
};

/** What is left to ship of one order line. */
export type ShippableLine = {
  __typename?: 'ShippableLine';
  description: Scalars['String']['output'];
  hsCode: Scalars['String']['output'];
  left: Scalars['Float']['output'];
  orderLineId: Scalars['ID']['output'];
  ordered: Scalars['Float']['output'];
  position: Scalars['Int']['output'];
  shipped: Scalars['Float']['output'];
  unit: Scalars['String']['output'];
};

/** How goods travel on a lane or shipping option: the four freight modes and the two parcel services. */
export type ShippingMode =
  | 'AIR'
  /** Express couriers, door to door. */
  | 'EXPRESS'
  /** Posts and dedicated e-commerce lines. */
  | 'POSTAL'
  | 'RAIL'
  | 'ROAD'
  | 'SEA';

/** One way to ship a consignment, priced and dated. */
export type ShippingOption = {
  __typename?: 'ShippingOption';
  carrierLabel: Scalars['String']['output'];
  /** The greater of actual and volumetric weight (air 6,000 cm³/kg, express and postal 5,000, road 3,000, rail 2,000, sea 1,000). */
  chargeableWeightKg: Scalars['Float']['output'];
  cost: Money;
  /** The first departure: the weekly cutoff, or the next working day. */
  departsOn: Scalars['Date']['output'];
  earliestDelivery: Scalars['Date']['output'];
  /** True when the transit comes from the regions, not a table. */
  estimated: Scalars['Boolean']['output'];
  /** The latest day of the window: the date to promise. */
  estimatedDelivery: Scalars['Date']['output'];
  fromWarehouse?: Maybe<Warehouse>;
  /** Stable, e.g. lane:MY-PL:sea or whs:ES-MAD:regional. */
  id: Scalars['ID']['output'];
  mode: ShippingMode;
  source: Scalars['String']['output'];
  transitDaysMax: Scalars['Int']['output'];
  transitDaysMin: Scalars['Int']['output'];
};

export type ShippingOptionsInput = {
  destination: Scalars['String']['input'];
  /** With a listing, its stock in overseas warehouses ships from there too. */
  listingId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO country the goods leave from. */
  origin: Scalars['String']['input'];
  /** The day the goods are ready; today by default. */
  readyOn?: InputMaybe<Scalars['Date']['input']>;
  volumeM3: Scalars['Float']['input'];
  weightKg: Scalars['Float']['input'];
};

export type SignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type SignOutPayload = {
  __typename?: 'SignOutPayload';
  signedOut: Scalars['Boolean']['output'];
};

export type SignUpInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  locale?: InputMaybe<Scalars['String']['input']>;
  organisation: NewOrganisationInput;
  password: Scalars['String']['input'];
};

/** A platform Ed25519 public key; the same list is served at /.well-known/caravan-keys.json. */
export type SigningKey = {
  __typename?: 'SigningKey';
  algorithm: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Raw public key, base64url (the x of an OKP JWK). */
  publicKey: Scalars['String']['output'];
  retiredAt?: Maybe<Scalars['DateTime']['output']>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  status: SigningKeyStatus;
};

export type SigningKeyStatus =
  /** Signs new documents. */
  | 'ACTIVE'
  /** Replaced by a newer key; still verifies what it signed. */
  | 'RETIRED'
  /** Vouches for nothing: documents it signed fail the issuer check. */
  | 'REVOKED';

/** A buyer's request for goods in bulk, for exporters to quote on. */
export type SourcingRequest = {
  __typename?: 'SourcingRequest';
  /** Open, before its deadline and needed-by date, and under its cap. */
  acceptingQuotes: Scalars['Boolean']['output'];
  /** The company that posted it (public details only, to exporters). */
  buyer: Organisation;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2. */
  destinationCountry: Scalars['String']['output'];
  destinationPort?: Maybe<Port>;
  /** Every status change, oldest first; the buyer only. */
  history: Array<SourcingRequestEvent>;
  /** The chapter, heading or subheading of the nomenclature the HS code falls under. */
  hs?: Maybe<HsCode>;
  /** Digits only: an HS chapter, heading or subheading, national digits allowed after six. */
  hsCode?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The Incoterms rule the buyer wants. */
  incoterm: Incoterm;
  keywords: Array<Scalars['String']['output']>;
  /** The viewer's company's own quote on this request. */
  myQuote?: Maybe<Quote>;
  neededBy: Scalars['Date']['output'];
  quantity: Scalars['Float']['output'];
  /** Quotes the request takes at most (1 to 50). */
  quoteCap: Scalars['Int']['output'];
  /** Quotes the request holds, withdrawn ones aside. */
  quoteCount: Scalars['Int']['output'];
  /** No quotes after this instant. */
  quoteDeadline?: Maybe<Scalars['DateTime']['output']>;
  quotesLeft: Scalars['Int']['output'];
  status: SourcingRequestStatus;
  /** The buyer's target price per unit, in the currency it chose. */
  targetUnitPrice?: Maybe<Money>;
  title: Scalars['String']['output'];
  unit: UnitOfMeasure;
  updatedAt: Scalars['DateTime']['output'];
  visibility: RequestVisibility;
};

export type SourcingRequestConnection = {
  __typename?: 'SourcingRequestConnection';
  edges: Array<SourcingRequestEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SourcingRequestEdge = {
  __typename?: 'SourcingRequestEdge';
  cursor: Scalars['String']['output'];
  node: SourcingRequest;
};

export type SourcingRequestEvent = {
  __typename?: 'SourcingRequestEvent';
  createdAt: Scalars['DateTime']['output'];
  fromStatus?: Maybe<SourcingRequestStatus>;
  id: Scalars['ID']['output'];
  toStatus: SourcingRequestStatus;
};

export type SourcingRequestPayload = {
  __typename?: 'SourcingRequestPayload';
  sourcingRequest?: Maybe<SourcingRequest>;
  userErrors: Array<UserError>;
};

export type SourcingRequestStatus =
  /** The buyer accepted one quote. */
  | 'AWARDED'
  /** The buyer stopped it without choosing a quote. */
  | 'CLOSED'
  | 'OPEN';

export type SubmitQuoteInput = {
  incoterm: Scalars['String']['input'];
  leadTimeDays: Scalars['Int']['input'];
  listingId?: InputMaybe<Scalars['ID']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  moq?: InputMaybe<Scalars['Float']['input']>;
  namedPlace: Scalars['String']['input'];
  paymentTerms: PaymentTerms;
  /** In the request's unit. */
  quantity: Scalars['Float']['input'];
  requestId: Scalars['ID']['input'];
  unitPrice: MoneyInput;
  validUntil: Scalars['Date']['input'];
};

export type TariffImportResult = {
  __typename?: 'TariffImportResult';
  created: Scalars['Int']['output'];
  read: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

/** An import duty rate: the most specific row of the destination's tariff for an HS code. */
export type TariffRate = {
  __typename?: 'TariffRate';
  asOf: Scalars['Date']['output'];
  hsPrefix: Scalars['String']['output'];
  indicative: Scalars['Boolean']['output'];
  rate: Scalars['String']['output'];
  rateBasisPoints: Scalars['Int']['output'];
  source: Scalars['String']['output'];
  territory: Scalars['String']['output'];
};

/** From producer to door, for whoever holds the packing list's QR code. */
export type Trace = {
  __typename?: 'Trace';
  goods: Array<TracedGoods>;
  tracking: PublicTracking;
};

export type TracedBatch = {
  __typename?: 'TracedBatch';
  code: Scalars['String']['output'];
  inspections: Array<BatchInspection>;
  producedKind: Scalars['String']['output'];
  producedOn: Scalars['Date']['output'];
  producerCountry: Scalars['String']['output'];
  producerName: Scalars['String']['output'];
  producerPlace?: Maybe<Scalars['String']['output']>;
};

export type TracedGoods = {
  __typename?: 'TracedGoods';
  batch?: Maybe<TracedBatch>;
  description: Scalars['String']['output'];
  hsCode: Scalars['String']['output'];
  originCountry: Scalars['String']['output'];
};

/** Standard tracking event codes. EXCEPTION (a delay, damage) is news and leaves the status as it is. */
export type TrackingCode =
  | 'ARRIVED'
  | 'BOOKED'
  | 'DELIVERED'
  | 'DEPARTED'
  | 'EXCEPTION'
  | 'EXPORT_CLEARED'
  | 'HELD_BY_CUSTOMS'
  | 'IMPORT_CLEARED'
  | 'OUT_FOR_DELIVERY'
  | 'PICKED_UP'
  | 'RELEASED';

export type TrackingEvent = {
  __typename?: 'TrackingEvent';
  code: TrackingCode;
  id: Scalars['ID']['output'];
  /** UN/LOCODE. */
  locode?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  place: Scalars['String']['output'];
  source: TrackingSource;
  /** IANA zone of the place: show the local time there. */
  timeZone: Scalars['String']['output'];
};

export type TrackingEventInput = {
  code: TrackingCode;
  locode?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** ISO 8601 with its offset as the carrier reports it, e.g. 2026-12-03T06:30:00+08:00. */
  occurredAt: Scalars['String']['input'];
  place: Scalars['String']['input'];
  timeZone: Scalars['String']['input'];
};

export type TrackingEventPayload = {
  __typename?: 'TrackingEventPayload';
  event?: Maybe<TrackingEvent>;
  /** True when the same event had been posted before (a retry): nothing was written. */
  replayed?: Maybe<Scalars['Boolean']['output']>;
  shipment?: Maybe<Shipment>;
  userErrors: Array<UserError>;
};

/** Who posted a tracking event. */
export type TrackingSource =
  | 'CARRIER'
  | 'CUSTOMS'
  | 'PLATFORM'
  | 'SELLER';

/** One version of a trade document of a shipment, without its bytes (download them from /documents/<id>.pdf or .xml). */
export type TradeDocument = {
  __typename?: 'TradeDocument';
  correctionReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  kind: DocumentKind;
  number: Scalars['String']['output'];
  /** Hex SHA-256 of the PDF as issued. */
  pdfSha256: Scalars['String']['output'];
  /** Relative download addresses. */
  pdfUrl: Scalars['String']['output'];
  revoked?: Maybe<DocumentRevocation>;
  status: DocumentStatus;
  /** The version this one corrects. */
  supersedesId?: Maybe<Scalars['ID']['output']>;
  /** Hex SHA-256 of the UBL XML as issued. */
  ublSha256: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  xmlUrl: Scalars['String']['output'];
};

export type TransportMode =
  | 'AIR'
  | 'INLAND_WATERWAY'
  | 'MULTIMODAL'
  | 'RAIL'
  | 'ROAD'
  | 'SEA';

/** A UN/ECE Recommendation 20 unit of measure. */
export type UnitOfMeasure = {
  __typename?: 'UnitOfMeasure';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
  quantity: UnitQuantity;
  symbol: Scalars['String']['output'];
  /** How many of the base unit (kg, m³, piece, m, m²) one of this unit is. */
  toBase: Scalars['Float']['output'];
};

export type UnitQuantity =
  | 'AREA'
  | 'COUNT'
  | 'LENGTH'
  | 'MASS'
  | 'VOLUME';

/** A field left out keeps its value; null clears an optional field or list. A list given replaces the whole list. */
export type UpdateListingInput = {
  availableQuantity?: InputMaybe<Scalars['Float']['input']>;
  certifications?: InputMaybe<Array<CertificationInput>>;
  currency?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  externalRef?: InputMaybe<Scalars['String']['input']>;
  grossWeightKg?: InputMaybe<Scalars['Float']['input']>;
  hsCode?: InputMaybe<Scalars['String']['input']>;
  incoterms?: InputMaybe<Array<OfferedIncotermInput>>;
  leadTimeDays?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
  moq?: InputMaybe<Scalars['Float']['input']>;
  netWeightKg?: InputMaybe<Scalars['Float']['input']>;
  originCountry?: InputMaybe<Scalars['String']['input']>;
  packaging?: InputMaybe<Scalars['String']['input']>;
  priceTiers?: InputMaybe<Array<PriceTierInput>>;
  shipFromPort?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  translations?: InputMaybe<Array<ListingTranslationInput>>;
  unit?: InputMaybe<Scalars['String']['input']>;
  volumeM3?: InputMaybe<Scalars['Float']['input']>;
};

export type UpdateOrganisationInput = {
  addressLine1?: InputMaybe<Scalars['String']['input']>;
  addressLine2?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  eori?: InputMaybe<Scalars['String']['input']>;
  exportLicence?: InputMaybe<Scalars['String']['input']>;
  legalName?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  preferredCurrency?: InputMaybe<Scalars['String']['input']>;
  preferredLocale?: InputMaybe<Scalars['String']['input']>;
  registrationNumber?: InputMaybe<Scalars['String']['input']>;
  taxId?: InputMaybe<Scalars['String']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type User = {
  __typename?: 'User';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  /** False until the link mailed to the address is opened: an unconfirmed account may look but not publish, quote, order or issue documents. */
  emailConfirmed: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  locale: Scalars['String']['output'];
};

/** Something the user can fix. `field` is the input path, `code` a stable key, `message` in the viewer's language. */
export type UserError = {
  __typename?: 'UserError';
  code: Scalars['String']['output'];
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type UtcWindowInput = {
  /** Exclusive; at most 31 days after startsAt. */
  endsAt: Scalars['DateTime']['input'];
  startsAt: Scalars['DateTime']['input'];
};

/** How a destination builds the customs value: CIF (goods, freight and insurance to the border) or FOB (goods at the port of export, as in the US). */
export type ValuationBasis =
  | 'CIF'
  | 'FOB';

export type VerificationCheck = {
  __typename?: 'VerificationCheck';
  /** Stable code (INTACT, BYTES_CHANGED, REVOKED, KEY_REVOKED, …). */
  code: Scalars['String']['output'];
  /** What the check found, in the viewer's language. */
  detail: Scalars['String']['output'];
  passed: Scalars['Boolean']['output'];
};

export type VerificationEvent = {
  __typename?: 'VerificationEvent';
  actor?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  fromStatus: VerificationStatus;
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  toStatus: VerificationStatus;
};

export type VerificationStatus =
  | 'PENDING'
  | 'REJECTED'
  | 'UNVERIFIED'
  | 'VERIFIED';

/** What a verified document says, from the data stored when it was issued (never from the uploaded file). */
export type VerifiedDocument = {
  __typename?: 'VerifiedDocument';
  buyer: Scalars['String']['output'];
  destinationCountry: Scalars['String']['output'];
  hsCodes: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  issuer: VerifiedDocumentIssuer;
  keyId: Scalars['String']['output'];
  kind: DocumentKind;
  lineCount: Scalars['Int']['output'];
  mode: Scalars['String']['output'];
  number: Scalars['String']['output'];
  orderReference: Scalars['String']['output'];
  originCountry: Scalars['String']['output'];
  revoked?: Maybe<DocumentRevocation>;
  seller: Scalars['String']['output'];
  sha256: Scalars['String']['output'];
  status: DocumentStatus;
  supersededBy?: Maybe<DocumentReference>;
  total: Money;
  version: Scalars['Int']['output'];
};

export type VerifiedDocumentIssuer = {
  __typename?: 'VerifiedDocumentIssuer';
  country: Scalars['String']['output'];
  name: Scalars['String']['output'];
  organisationId: Scalars['ID']['output'];
  verified: Scalars['Boolean']['output'];
};

/** Who is calling: a signed-in user, an integration's API token, or nobody. */
export type Viewer = {
  __typename?: 'Viewer';
  /** SESSION, API_TOKEN or ANONYMOUS. */
  authenticatedBy: Scalars['String']['output'];
  customsJurisdiction?: Maybe<Scalars['String']['output']>;
  isPlatformAdmin: Scalars['Boolean']['output'];
  memberships: Array<Membership>;
  organisation?: Maybe<Organisation>;
  role?: Maybe<MembershipRole>;
  user?: Maybe<User>;
};

/** An overseas warehouse: stock held there ships to its region in 72 hours. */
export type Warehouse = {
  __typename?: 'Warehouse';
  city: Scalars['String']['output'];
  code: Scalars['String']['output'];
  country: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** UN/LOCODE. */
  locode?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** The countries its 72-hour delivery reaches. */
  regionCountries: Array<Scalars['String']['output']>;
  timeZone: Scalars['String']['output'];
};

export type WeekCount = {
  __typename?: 'WeekCount';
  count: Scalars['Int']['output'];
  /** ISO 8601 week, e.g. 2026-W48. */
  week: Scalars['String']['output'];
  /** The week's Monday. */
  weekStart: Scalars['Date']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = {}, TContext = {}, TArgs = {}> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = {}, TContext = {}, TArgs = {}> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = {}, TContext = {}> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = {}, TContext = {}> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = {}, TParent = {}, TContext = {}, TArgs = {}> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AcceptQuotePayload: ResolverTypeWrapper<Omit<AcceptQuotePayload, 'quote' | 'sourcingRequest'> & { quote?: Maybe<ResolversTypes['Quote']>, sourcingRequest?: Maybe<ResolversTypes['SourcingRequest']> }>;
  AddBatchInspectionInput: AddBatchInspectionInput;
  AddEmbargoInput: AddEmbargoInput;
  ApiToken: ResolverTypeWrapper<ApiTokenModel>;
  ApiTokenPayload: ResolverTypeWrapper<Omit<ApiTokenPayload, 'apiToken'> & { apiToken?: Maybe<ResolversTypes['ApiToken']> }>;
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'organisation' | 'user'> & { organisation?: Maybe<ResolversTypes['Organisation']>, user?: Maybe<ResolversTypes['User']> }>;
  BankAccount: ResolverTypeWrapper<BankAccount>;
  Batch: ResolverTypeWrapper<BatchModel>;
  BatchInspection: ResolverTypeWrapper<BatchInspection>;
  BatchPayload: ResolverTypeWrapper<Omit<BatchPayload, 'batch'> & { batch?: Maybe<ResolversTypes['Batch']> }>;
  BillOfLadingType: BillOfLadingType;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CarrierEventInput: CarrierEventInput;
  Certification: ResolverTypeWrapper<CertificationModel>;
  CertificationInput: CertificationInput;
  CertificationKind: CertificationKind;
  ChosenShipping: ResolverTypeWrapper<ChosenShipping>;
  Clearance: ResolverTypeWrapper<ClearanceModel>;
  ClearanceDecision: ClearanceDecision;
  ClearanceRecord: ResolverTypeWrapper<ClearanceRecordModel>;
  ClearanceStatus: ClearanceStatus;
  ComparedQuote: ResolverTypeWrapper<ComparedQuoteModel>;
  ConfirmEmailPayload: ResolverTypeWrapper<Omit<ConfirmEmailPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  ContactSellerInput: ContactSellerInput;
  Conversation: ResolverTypeWrapper<ConversationModel>;
  ConversationConnection: ResolverTypeWrapper<Omit<ConversationConnection, 'edges'> & { edges: Array<ResolversTypes['ConversationEdge']> }>;
  ConversationEdge: ResolverTypeWrapper<Omit<ConversationEdge, 'node'> & { node: ResolversTypes['Conversation'] }>;
  ConversationMessage: ResolverTypeWrapper<ConversationMessageModel>;
  ConversationPayload: ResolverTypeWrapper<Omit<ConversationPayload, 'conversation'> & { conversation?: Maybe<ResolversTypes['Conversation']> }>;
  Conversion: ResolverTypeWrapper<ConversionModel>;
  CostPayer: CostPayer;
  Country: ResolverTypeWrapper<Country>;
  CreateApiTokenPayload: ResolverTypeWrapper<Omit<CreateApiTokenPayload, 'apiToken'> & { apiToken?: Maybe<ResolversTypes['ApiToken']> }>;
  CreateBatchInput: CreateBatchInput;
  CreateCustomsAuthorityInput: CreateCustomsAuthorityInput;
  CreateListingInput: CreateListingInput;
  CreateSaleEventInput: CreateSaleEventInput;
  CreateShipmentInput: CreateShipmentInput;
  CreateSourcingRequestInput: CreateSourcingRequestInput;
  Currency: ResolverTypeWrapper<Currency>;
  CustomsAccessAction: CustomsAccessAction;
  CustomsAccessEntry: ResolverTypeWrapper<AccessLogEntryModel>;
  CustomsAccessEntryConnection: ResolverTypeWrapper<Omit<CustomsAccessEntryConnection, 'edges'> & { edges: Array<ResolversTypes['CustomsAccessEntryEdge']> }>;
  CustomsAccessEntryEdge: ResolverTypeWrapper<Omit<CustomsAccessEntryEdge, 'node'> & { node: ResolversTypes['CustomsAccessEntry'] }>;
  CustomsAccessOutcome: CustomsAccessOutcome;
  CustomsAuthority: ResolverTypeWrapper<Omit<CustomsAuthority, 'organisation'> & { organisation: ResolversTypes['Organisation'] }>;
  CustomsBorder: CustomsBorder;
  CustomsDirection: CustomsDirection;
  CustomsPackage: ResolverTypeWrapper<CustomsPackage>;
  CustomsParty: ResolverTypeWrapper<CustomsParty>;
  CustomsShipment: ResolverTypeWrapper<DeskShipmentDetailModel>;
  CustomsShipmentConnection: ResolverTypeWrapper<Omit<CustomsShipmentConnection, 'edges'> & { edges: Array<ResolversTypes['CustomsShipmentSummaryEdge']> }>;
  CustomsShipmentFilter: CustomsShipmentFilter;
  CustomsShipmentLine: ResolverTypeWrapper<CustomsShipmentLine>;
  CustomsShipmentSummary: ResolverTypeWrapper<DeskShipmentModel>;
  CustomsShipmentSummaryEdge: ResolverTypeWrapper<Omit<CustomsShipmentSummaryEdge, 'node'> & { node: ResolversTypes['CustomsShipmentSummary'] }>;
  CustomsTrackingEvent: ResolverTypeWrapper<CustomsTrackingEvent>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeMinimisThreshold: ResolverTypeWrapper<Omit<DeMinimisThreshold, 'dutyUpTo' | 'taxUpTo'> & { dutyUpTo?: Maybe<ResolversTypes['Money']>, taxUpTo?: Maybe<ResolversTypes['Money']> }>;
  DecideClearanceInput: DecideClearanceInput;
  DecideClearancePayload: ResolverTypeWrapper<Omit<DecideClearancePayload, 'clearance'> & { clearance?: Maybe<ResolversTypes['Clearance']> }>;
  DecideScreeningInput: DecideScreeningInput;
  DeliveryEstimate: ResolverTypeWrapper<DeliveryWindowModel>;
  DemandGroup: ResolverTypeWrapper<DemandGroupModel>;
  DeniedPartyImportResult: ResolverTypeWrapper<DeniedPartyImportResult>;
  DeniedPartyList: ResolverTypeWrapper<DeniedPartyListModel>;
  DocumentFile: ResolverTypeWrapper<DocumentFile>;
  DocumentFormat: DocumentFormat;
  DocumentKind: DocumentKind;
  DocumentPreviewPayload: ResolverTypeWrapper<DocumentPreviewPayload>;
  DocumentReference: ResolverTypeWrapper<DocumentReference>;
  DocumentRevocation: ResolverTypeWrapper<DocumentRevocation>;
  DocumentStatus: DocumentStatus;
  DocumentVerdict: DocumentVerdict;
  DocumentVerification: ResolverTypeWrapper<Omit<DocumentVerification, 'document'> & { document?: Maybe<ResolversTypes['VerifiedDocument']> }>;
  DocumentVerificationChecks: ResolverTypeWrapper<DocumentVerificationChecks>;
  Embargo: ResolverTypeWrapper<EmbargoRecordModel>;
  EmbargoPayload: ResolverTypeWrapper<Omit<EmbargoPayload, 'embargo'> & { embargo?: Maybe<ResolversTypes['Embargo']> }>;
  EventPrice: ResolverTypeWrapper<EventPriceModel>;
  EventPricePayload: ResolverTypeWrapper<Omit<EventPricePayload, 'eventPrice'> & { eventPrice?: Maybe<ResolversTypes['EventPrice']> }>;
  FeedItem: ResolverTypeWrapper<FeedItemModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FreightPayable: FreightPayable;
  FxImportResult: ResolverTypeWrapper<FxImportResultModel>;
  FxRate: ResolverTypeWrapper<FxRateModel>;
  FxRateConnection: ResolverTypeWrapper<Omit<FxRateConnection, 'edges'> & { edges: Array<ResolversTypes['FxRateEdge']> }>;
  FxRateEdge: ResolverTypeWrapper<Omit<FxRateEdge, 'node'> & { node: ResolversTypes['FxRate'] }>;
  FxRatePayload: ResolverTypeWrapper<Omit<FxRatePayload, 'fxRate'> & { fxRate?: Maybe<ResolversTypes['FxRate']> }>;
  HeadingDemand: ResolverTypeWrapper<HeadingDemandModel>;
  HsCode: ResolverTypeWrapper<HsCodeModel>;
  HsCodeConnection: ResolverTypeWrapper<Omit<HsCodeConnection, 'edges'> & { edges: Array<ResolversTypes['HsCodeEdge']> }>;
  HsCodeEdge: ResolverTypeWrapper<Omit<HsCodeEdge, 'node'> & { node: ResolversTypes['HsCode'] }>;
  HsSection: ResolverTypeWrapper<HsSection>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportDeniedPartiesPayload: ResolverTypeWrapper<ImportDeniedPartiesPayload>;
  ImportFxRatesPayload: ResolverTypeWrapper<Omit<ImportFxRatesPayload, 'result'> & { result?: Maybe<ResolversTypes['FxImportResult']> }>;
  ImportListingsPayload: ResolverTypeWrapper<Omit<ImportListingsPayload, 'result'> & { result?: Maybe<ResolversTypes['ListingImportResult']> }>;
  ImportTariffsPayload: ResolverTypeWrapper<ImportTariffsPayload>;
  Incoterm: ResolverTypeWrapper<IncotermModel>;
  IncotermGroup: IncotermGroup;
  IncotermNamedPlace: IncotermNamedPlace;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IssueDocumentInput: IssueDocumentInput;
  IssueDocumentPayload: ResolverTypeWrapper<Omit<IssueDocumentPayload, 'document'> & { document?: Maybe<ResolversTypes['TradeDocument']> }>;
  Job: ResolverTypeWrapper<JobModel>;
  JobConnection: ResolverTypeWrapper<Omit<JobConnection, 'edges'> & { edges: Array<ResolversTypes['JobEdge']> }>;
  JobCounts: ResolverTypeWrapper<JobCounts>;
  JobEdge: ResolverTypeWrapper<Omit<JobEdge, 'node'> & { node: ResolversTypes['Job'] }>;
  JobPayload: ResolverTypeWrapper<Omit<JobPayload, 'job'> & { job?: Maybe<ResolversTypes['Job']> }>;
  JobStatus: JobStatus;
  LandedCost: ResolverTypeWrapper<LandedCostModel>;
  LandedCostItem: ResolverTypeWrapper<LandedCostItemModel>;
  LandedCostKind: LandedCostKind;
  LandedCostLineInput: LandedCostLineInput;
  LandedCostNote: ResolverTypeWrapper<LandedCostNote>;
  LandedCostOptions: LandedCostOptions;
  Lane: ResolverTypeWrapper<PricedLaneModel>;
  LanePayload: ResolverTypeWrapper<Omit<LanePayload, 'lane'> & { lane?: Maybe<ResolversTypes['Lane']> }>;
  LedgerBalance: ResolverTypeWrapper<Omit<LedgerBalance, 'balance'> & { balance: ResolversTypes['Money'] }>;
  LedgerEntry: ResolverTypeWrapper<LedgerEntryModel>;
  LetterOfCreditInput: LetterOfCreditInput;
  LineOriginInput: LineOriginInput;
  Listing: ResolverTypeWrapper<ListingModel>;
  ListingConnection: ResolverTypeWrapper<Omit<ListingConnection, 'edges'> & { edges: Array<ResolversTypes['ListingEdge']> }>;
  ListingEdge: ResolverTypeWrapper<Omit<ListingEdge, 'node'> & { node: ResolversTypes['Listing'] }>;
  ListingImportError: ResolverTypeWrapper<ListingImportError>;
  ListingImportResult: ResolverTypeWrapper<ListingImportResultModel>;
  ListingPayload: ResolverTypeWrapper<Omit<ListingPayload, 'listing'> & { listing?: Maybe<ResolversTypes['Listing']> }>;
  ListingPhoto: ResolverTypeWrapper<ListingPhotoModel>;
  ListingSearchConnection: ResolverTypeWrapper<Omit<ListingSearchConnection, 'edges'> & { edges: Array<ResolversTypes['ListingSearchEdge']> }>;
  ListingSearchEdge: ResolverTypeWrapper<Omit<ListingSearchEdge, 'node'> & { node: ResolversTypes['Listing'] }>;
  ListingSearchFilters: ListingSearchFilters;
  ListingSort: ListingSort;
  ListingStatus: ListingStatus;
  ListingStatusChange: ResolverTypeWrapper<ListingStatusChangeModel>;
  ListingTranslation: ResolverTypeWrapper<ListingTranslation>;
  ListingTranslationInput: ListingTranslationInput;
  LocalDayInput: LocalDayInput;
  LockedRate: ResolverTypeWrapper<Omit<LockedRate, 'totalInBuyerCurrency'> & { totalInBuyerCurrency: ResolversTypes['Money'] }>;
  MarkNotificationsReadPayload: ResolverTypeWrapper<Omit<MarkNotificationsReadPayload, 'notifications'> & { notifications?: Maybe<Array<ResolversTypes['Notification']>> }>;
  Match: ResolverTypeWrapper<MatchModel>;
  MatchReason: ResolverTypeWrapper<MatchReasonModel>;
  MatchSignal: ResolverTypeWrapper<SignalResultModel>;
  MatchSignalName: MatchSignalName;
  Membership: ResolverTypeWrapper<MembershipModel>;
  MembershipRole: MembershipRole;
  Money: ResolverTypeWrapper<Omit<Money, 'inCurrency'> & { inCurrency?: Maybe<ResolversTypes['Conversion']> }>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<{}>;
  NewOrganisationInput: NewOrganisationInput;
  Notification: ResolverTypeWrapper<NotificationModel>;
  NotificationConnection: ResolverTypeWrapper<Omit<NotificationConnection, 'edges'> & { edges: Array<ResolversTypes['NotificationEdge']> }>;
  NotificationEdge: ResolverTypeWrapper<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>;
  NotificationKind: NotificationKind;
  OfferedIncoterm: ResolverTypeWrapper<OfferedIncotermModel>;
  OfferedIncotermInput: OfferedIncotermInput;
  Order: ResolverTypeWrapper<OrderModel>;
  OrderAction: OrderAction;
  OrderConnection: ResolverTypeWrapper<Omit<OrderConnection, 'edges'> & { edges: Array<ResolversTypes['OrderEdge']> }>;
  OrderCounts: ResolverTypeWrapper<OrderCounts>;
  OrderEdge: ResolverTypeWrapper<Omit<OrderEdge, 'node'> & { node: ResolversTypes['Order'] }>;
  OrderEvent: ResolverTypeWrapper<OrderEventModel>;
  OrderLedger: ResolverTypeWrapper<OrderLedgerModel>;
  OrderLine: ResolverTypeWrapper<OrderLineModel>;
  OrderParty: ResolverTypeWrapper<OrderParty>;
  OrderPayload: ResolverTypeWrapper<Omit<OrderPayload, 'order'> & { order?: Maybe<ResolversTypes['Order']> }>;
  OrderPaymentTerms: OrderPaymentTerms;
  OrderPreview: ResolverTypeWrapper<OrderPreviewModel>;
  OrderPreviewPayload: ResolverTypeWrapper<Omit<OrderPreviewPayload, 'preview'> & { preview?: Maybe<ResolversTypes['OrderPreview']> }>;
  OrderSide: OrderSide;
  OrderStatus: OrderStatus;
  Organisation: ResolverTypeWrapper<OrganisationModel>;
  OrganisationConnection: ResolverTypeWrapper<Omit<OrganisationConnection, 'edges'> & { edges: Array<ResolversTypes['OrganisationEdge']> }>;
  OrganisationEdge: ResolverTypeWrapper<Omit<OrganisationEdge, 'node'> & { node: ResolversTypes['Organisation'] }>;
  OrganisationKind: OrganisationKind;
  OrganisationPayload: ResolverTypeWrapper<Omit<OrganisationPayload, 'organisation'> & { organisation?: Maybe<ResolversTypes['Organisation']> }>;
  OriginCriterion: OriginCriterion;
  PackageType: ResolverTypeWrapper<PackageType>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartyInput: PartyInput;
  PartyRole: PartyRole;
  PayOrderInput: PayOrderInput;
  Payment: ResolverTypeWrapper<PaymentModel>;
  PaymentMethod: ResolverTypeWrapper<PaymentMethod>;
  PaymentPayload: ResolverTypeWrapper<Omit<PaymentPayload, 'order' | 'payment'> & { order?: Maybe<ResolversTypes['Order']>, payment?: Maybe<ResolversTypes['Payment']> }>;
  PaymentTerms: PaymentTerms;
  PlaceOrderInput: PlaceOrderInput;
  Port: ResolverTypeWrapper<PortModel>;
  PortConnection: ResolverTypeWrapper<Omit<PortConnection, 'edges'> & { edges: Array<ResolversTypes['PortEdge']> }>;
  PortEdge: ResolverTypeWrapper<Omit<PortEdge, 'node'> & { node: ResolversTypes['Port'] }>;
  PortKind: PortKind;
  PostalCategory: PostalCategory;
  PriceTier: ResolverTypeWrapper<Omit<PriceTier, 'unitPrice'> & { unitPrice: ResolversTypes['Money'] }>;
  PriceTierInput: PriceTierInput;
  PublicTracking: ResolverTypeWrapper<PublicTrackingModel>;
  PublicTrackingEvent: ResolverTypeWrapper<PublicTrackingEventModel>;
  QuantityTotal: ResolverTypeWrapper<QuantityTotalModel>;
  Query: ResolverTypeWrapper<{}>;
  Quote: ResolverTypeWrapper<QuoteModel>;
  QuoteComparison: ResolverTypeWrapper<QuoteComparisonModel>;
  QuoteConnection: ResolverTypeWrapper<Omit<QuoteConnection, 'edges'> & { edges: Array<ResolversTypes['QuoteEdge']> }>;
  QuoteCriteriaScores: ResolverTypeWrapper<QuoteCriteriaScores>;
  QuoteEdge: ResolverTypeWrapper<Omit<QuoteEdge, 'node'> & { node: ResolversTypes['Quote'] }>;
  QuoteEvent: ResolverTypeWrapper<QuoteEventModel>;
  QuoteLandedCost: ResolverTypeWrapper<QuoteLandedCostModel>;
  QuotePayload: ResolverTypeWrapper<Omit<QuotePayload, 'quote'> & { quote?: Maybe<ResolversTypes['Quote']> }>;
  QuoteStatus: QuoteStatus;
  QuoteWeights: ResolverTypeWrapper<QuoteWeights>;
  QuoteWeightsInput: QuoteWeightsInput;
  ReconcilePaymentInput: ReconcilePaymentInput;
  RemoveEventPricePayload: ResolverTypeWrapper<RemoveEventPricePayload>;
  ReplyToConversationInput: ReplyToConversationInput;
  RequestPasswordResetPayload: ResolverTypeWrapper<RequestPasswordResetPayload>;
  RequestVisibility: RequestVisibility;
  RequiredDocument: ResolverTypeWrapper<RequiredDocumentStateModel>;
  RequiredDocumentReason: RequiredDocumentReason;
  ResendEmailConfirmationPayload: ResolverTypeWrapper<ResendEmailConfirmationPayload>;
  ResetPasswordPayload: ResolverTypeWrapper<ResetPasswordPayload>;
  RevokeDocumentInput: RevokeDocumentInput;
  RevokeDocumentPayload: ResolverTypeWrapper<Omit<RevokeDocumentPayload, 'document'> & { document?: Maybe<ResolversTypes['TradeDocument']> }>;
  SaleEvent: ResolverTypeWrapper<SaleEventModel>;
  SaleEventConnection: ResolverTypeWrapper<Omit<SaleEventConnection, 'edges'> & { edges: Array<ResolversTypes['SaleEventEdge']> }>;
  SaleEventEdge: ResolverTypeWrapper<Omit<SaleEventEdge, 'node'> & { node: ResolversTypes['SaleEvent'] }>;
  SaleEventKind: SaleEventKind;
  SaleEventPayload: ResolverTypeWrapper<Omit<SaleEventPayload, 'saleEvent'> & { saleEvent?: Maybe<ResolversTypes['SaleEvent']> }>;
  SaleEventTiming: SaleEventTiming;
  SaleEventWindow: ResolverTypeWrapper<SaleEventWindow>;
  SavedListingPayload: ResolverTypeWrapper<SavedListingPayload>;
  ScreeningDecision: ScreeningDecision;
  ScreeningHit: ResolverTypeWrapper<ScreeningHit>;
  ScreeningReview: ResolverTypeWrapper<ScreeningReviewModel>;
  ScreeningReviewEvent: ResolverTypeWrapper<ScreeningReviewEventModel>;
  ScreeningReviewPayload: ResolverTypeWrapper<Omit<ScreeningReviewPayload, 'review'> & { review?: Maybe<ResolversTypes['ScreeningReview']> }>;
  ScreeningStatus: ScreeningStatus;
  SetEventPriceInput: SetEventPriceInput;
  SetFxRateInput: SetFxRateInput;
  SetLaneInput: SetLaneInput;
  Shipment: ResolverTypeWrapper<ShipmentRecordModel>;
  ShipmentLine: ResolverTypeWrapper<Omit<ShipmentLine, 'batch' | 'unitOfMeasure'> & { batch?: Maybe<ResolversTypes['Batch']>, unitOfMeasure: ResolversTypes['UnitOfMeasure'] }>;
  ShipmentLineInput: ShipmentLineInput;
  ShipmentPackage: ResolverTypeWrapper<ShipmentPackage>;
  ShipmentPackageInput: ShipmentPackageInput;
  ShipmentParty: ResolverTypeWrapper<ShipmentParty>;
  ShipmentPayload: ResolverTypeWrapper<Omit<ShipmentPayload, 'shipment'> & { shipment?: Maybe<ResolversTypes['Shipment']> }>;
  ShipmentStatus: ShipmentStatus;
  ShipmentStatusChange: ResolverTypeWrapper<ShipmentStatusChange>;
  ShippableLine: ResolverTypeWrapper<ShippableLine>;
  ShippingMode: ShippingMode;
  ShippingOption: ResolverTypeWrapper<ShippingOptionModel>;
  ShippingOptionsInput: ShippingOptionsInput;
  SignInInput: SignInInput;
  SignOutPayload: ResolverTypeWrapper<SignOutPayload>;
  SignUpInput: SignUpInput;
  SigningKey: ResolverTypeWrapper<SigningKey>;
  SigningKeyStatus: SigningKeyStatus;
  SourcingRequest: ResolverTypeWrapper<SourcingRequestModel>;
  SourcingRequestConnection: ResolverTypeWrapper<Omit<SourcingRequestConnection, 'edges'> & { edges: Array<ResolversTypes['SourcingRequestEdge']> }>;
  SourcingRequestEdge: ResolverTypeWrapper<Omit<SourcingRequestEdge, 'node'> & { node: ResolversTypes['SourcingRequest'] }>;
  SourcingRequestEvent: ResolverTypeWrapper<RequestEventModel>;
  SourcingRequestPayload: ResolverTypeWrapper<Omit<SourcingRequestPayload, 'sourcingRequest'> & { sourcingRequest?: Maybe<ResolversTypes['SourcingRequest']> }>;
  SourcingRequestStatus: SourcingRequestStatus;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubmitQuoteInput: SubmitQuoteInput;
  TariffImportResult: ResolverTypeWrapper<TariffImportResult>;
  TariffRate: ResolverTypeWrapper<TariffRateModel>;
  Trace: ResolverTypeWrapper<PublicTraceModel>;
  TracedBatch: ResolverTypeWrapper<TracedBatch>;
  TracedGoods: ResolverTypeWrapper<TracedGoods>;
  TrackingCode: TrackingCode;
  TrackingEvent: ResolverTypeWrapper<TrackingEventModel>;
  TrackingEventInput: TrackingEventInput;
  TrackingEventPayload: ResolverTypeWrapper<Omit<TrackingEventPayload, 'event' | 'shipment'> & { event?: Maybe<ResolversTypes['TrackingEvent']>, shipment?: Maybe<ResolversTypes['Shipment']> }>;
  TrackingSource: TrackingSource;
  TradeDocument: ResolverTypeWrapper<DocumentHeadModel>;
  TransportMode: TransportMode;
  UnitOfMeasure: ResolverTypeWrapper<UnitOfMeasureModel>;
  UnitQuantity: UnitQuantity;
  UpdateListingInput: UpdateListingInput;
  UpdateOrganisationInput: UpdateOrganisationInput;
  User: ResolverTypeWrapper<UserModel>;
  UserError: ResolverTypeWrapper<UserError>;
  UtcWindowInput: UtcWindowInput;
  ValuationBasis: ValuationBasis;
  VerificationCheck: ResolverTypeWrapper<VerificationCheck>;
  VerificationEvent: ResolverTypeWrapper<VerificationEventModel>;
  VerificationStatus: VerificationStatus;
  VerifiedDocument: ResolverTypeWrapper<Omit<VerifiedDocument, 'total'> & { total: ResolversTypes['Money'] }>;
  VerifiedDocumentIssuer: ResolverTypeWrapper<VerifiedDocumentIssuer>;
  Viewer: ResolverTypeWrapper<ViewerModel>;
  Warehouse: ResolverTypeWrapper<WarehouseModel>;
  WeekCount: ResolverTypeWrapper<WeekCount>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcceptQuotePayload: Omit<AcceptQuotePayload, 'quote' | 'sourcingRequest'> & { quote?: Maybe<ResolversParentTypes['Quote']>, sourcingRequest?: Maybe<ResolversParentTypes['SourcingRequest']> };
  AddBatchInspectionInput: AddBatchInspectionInput;
  AddEmbargoInput: AddEmbargoInput;
  ApiToken: ApiTokenModel;
  ApiTokenPayload: Omit<ApiTokenPayload, 'apiToken'> & { apiToken?: Maybe<ResolversParentTypes['ApiToken']> };
  AuthPayload: Omit<AuthPayload, 'organisation' | 'user'> & { organisation?: Maybe<ResolversParentTypes['Organisation']>, user?: Maybe<ResolversParentTypes['User']> };
  BankAccount: BankAccount;
  Batch: BatchModel;
  BatchInspection: BatchInspection;
  BatchPayload: Omit<BatchPayload, 'batch'> & { batch?: Maybe<ResolversParentTypes['Batch']> };
  Boolean: Scalars['Boolean']['output'];
  CarrierEventInput: CarrierEventInput;
  Certification: CertificationModel;
  CertificationInput: CertificationInput;
  ChosenShipping: ChosenShipping;
  Clearance: ClearanceModel;
  ClearanceRecord: ClearanceRecordModel;
  ComparedQuote: ComparedQuoteModel;
  ConfirmEmailPayload: Omit<ConfirmEmailPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  ContactSellerInput: ContactSellerInput;
  Conversation: ConversationModel;
  ConversationConnection: Omit<ConversationConnection, 'edges'> & { edges: Array<ResolversParentTypes['ConversationEdge']> };
  ConversationEdge: Omit<ConversationEdge, 'node'> & { node: ResolversParentTypes['Conversation'] };
  ConversationMessage: ConversationMessageModel;
  ConversationPayload: Omit<ConversationPayload, 'conversation'> & { conversation?: Maybe<ResolversParentTypes['Conversation']> };
  Conversion: ConversionModel;
  Country: Country;
  CreateApiTokenPayload: Omit<CreateApiTokenPayload, 'apiToken'> & { apiToken?: Maybe<ResolversParentTypes['ApiToken']> };
  CreateBatchInput: CreateBatchInput;
  CreateCustomsAuthorityInput: CreateCustomsAuthorityInput;
  CreateListingInput: CreateListingInput;
  CreateSaleEventInput: CreateSaleEventInput;
  CreateShipmentInput: CreateShipmentInput;
  CreateSourcingRequestInput: CreateSourcingRequestInput;
  Currency: Currency;
  CustomsAccessEntry: AccessLogEntryModel;
  CustomsAccessEntryConnection: Omit<CustomsAccessEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['CustomsAccessEntryEdge']> };
  CustomsAccessEntryEdge: Omit<CustomsAccessEntryEdge, 'node'> & { node: ResolversParentTypes['CustomsAccessEntry'] };
  CustomsAuthority: Omit<CustomsAuthority, 'organisation'> & { organisation: ResolversParentTypes['Organisation'] };
  CustomsPackage: CustomsPackage;
  CustomsParty: CustomsParty;
  CustomsShipment: DeskShipmentDetailModel;
  CustomsShipmentConnection: Omit<CustomsShipmentConnection, 'edges'> & { edges: Array<ResolversParentTypes['CustomsShipmentSummaryEdge']> };
  CustomsShipmentFilter: CustomsShipmentFilter;
  CustomsShipmentLine: CustomsShipmentLine;
  CustomsShipmentSummary: DeskShipmentModel;
  CustomsShipmentSummaryEdge: Omit<CustomsShipmentSummaryEdge, 'node'> & { node: ResolversParentTypes['CustomsShipmentSummary'] };
  CustomsTrackingEvent: CustomsTrackingEvent;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeMinimisThreshold: Omit<DeMinimisThreshold, 'dutyUpTo' | 'taxUpTo'> & { dutyUpTo?: Maybe<ResolversParentTypes['Money']>, taxUpTo?: Maybe<ResolversParentTypes['Money']> };
  DecideClearanceInput: DecideClearanceInput;
  DecideClearancePayload: Omit<DecideClearancePayload, 'clearance'> & { clearance?: Maybe<ResolversParentTypes['Clearance']> };
  DecideScreeningInput: DecideScreeningInput;
  DeliveryEstimate: DeliveryWindowModel;
  DemandGroup: DemandGroupModel;
  DeniedPartyImportResult: DeniedPartyImportResult;
  DeniedPartyList: DeniedPartyListModel;
  DocumentFile: DocumentFile;
  DocumentPreviewPayload: DocumentPreviewPayload;
  DocumentReference: DocumentReference;
  DocumentRevocation: DocumentRevocation;
  DocumentVerification: Omit<DocumentVerification, 'document'> & { document?: Maybe<ResolversParentTypes['VerifiedDocument']> };
  DocumentVerificationChecks: DocumentVerificationChecks;
  Embargo: EmbargoRecordModel;
  EmbargoPayload: Omit<EmbargoPayload, 'embargo'> & { embargo?: Maybe<ResolversParentTypes['Embargo']> };
  EventPrice: EventPriceModel;
  EventPricePayload: Omit<EventPricePayload, 'eventPrice'> & { eventPrice?: Maybe<ResolversParentTypes['EventPrice']> };
  FeedItem: FeedItemModel;
  Float: Scalars['Float']['output'];
  FxImportResult: FxImportResultModel;
  FxRate: FxRateModel;
  FxRateConnection: Omit<FxRateConnection, 'edges'> & { edges: Array<ResolversParentTypes['FxRateEdge']> };
  FxRateEdge: Omit<FxRateEdge, 'node'> & { node: ResolversParentTypes['FxRate'] };
  FxRatePayload: Omit<FxRatePayload, 'fxRate'> & { fxRate?: Maybe<ResolversParentTypes['FxRate']> };
  HeadingDemand: HeadingDemandModel;
  HsCode: HsCodeModel;
  HsCodeConnection: Omit<HsCodeConnection, 'edges'> & { edges: Array<ResolversParentTypes['HsCodeEdge']> };
  HsCodeEdge: Omit<HsCodeEdge, 'node'> & { node: ResolversParentTypes['HsCode'] };
  HsSection: HsSection;
  ID: Scalars['ID']['output'];
  ImportDeniedPartiesPayload: ImportDeniedPartiesPayload;
  ImportFxRatesPayload: Omit<ImportFxRatesPayload, 'result'> & { result?: Maybe<ResolversParentTypes['FxImportResult']> };
  ImportListingsPayload: Omit<ImportListingsPayload, 'result'> & { result?: Maybe<ResolversParentTypes['ListingImportResult']> };
  ImportTariffsPayload: ImportTariffsPayload;
  Incoterm: IncotermModel;
  Int: Scalars['Int']['output'];
  IssueDocumentInput: IssueDocumentInput;
  IssueDocumentPayload: Omit<IssueDocumentPayload, 'document'> & { document?: Maybe<ResolversParentTypes['TradeDocument']> };
  Job: JobModel;
  JobConnection: Omit<JobConnection, 'edges'> & { edges: Array<ResolversParentTypes['JobEdge']> };
  JobCounts: JobCounts;
  JobEdge: Omit<JobEdge, 'node'> & { node: ResolversParentTypes['Job'] };
  JobPayload: Omit<JobPayload, 'job'> & { job?: Maybe<ResolversParentTypes['Job']> };
  LandedCost: LandedCostModel;
  LandedCostItem: LandedCostItemModel;
  LandedCostLineInput: LandedCostLineInput;
  LandedCostNote: LandedCostNote;
  LandedCostOptions: LandedCostOptions;
  Lane: PricedLaneModel;
  LanePayload: Omit<LanePayload, 'lane'> & { lane?: Maybe<ResolversParentTypes['Lane']> };
  LedgerBalance: Omit<LedgerBalance, 'balance'> & { balance: ResolversParentTypes['Money'] };
  LedgerEntry: LedgerEntryModel;
  LetterOfCreditInput: LetterOfCreditInput;
  LineOriginInput: LineOriginInput;
  Listing: ListingModel;
  ListingConnection: Omit<ListingConnection, 'edges'> & { edges: Array<ResolversParentTypes['ListingEdge']> };
  ListingEdge: Omit<ListingEdge, 'node'> & { node: ResolversParentTypes['Listing'] };
  ListingImportError: ListingImportError;
  ListingImportResult: ListingImportResultModel;
  ListingPayload: Omit<ListingPayload, 'listing'> & { listing?: Maybe<ResolversParentTypes['Listing']> };
  ListingPhoto: ListingPhotoModel;
  ListingSearchConnection: Omit<ListingSearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['ListingSearchEdge']> };
  ListingSearchEdge: Omit<ListingSearchEdge, 'node'> & { node: ResolversParentTypes['Listing'] };
  ListingSearchFilters: ListingSearchFilters;
  ListingStatusChange: ListingStatusChangeModel;
  ListingTranslation: ListingTranslation;
  ListingTranslationInput: ListingTranslationInput;
  LocalDayInput: LocalDayInput;
  LockedRate: Omit<LockedRate, 'totalInBuyerCurrency'> & { totalInBuyerCurrency: ResolversParentTypes['Money'] };
  MarkNotificationsReadPayload: Omit<MarkNotificationsReadPayload, 'notifications'> & { notifications?: Maybe<Array<ResolversParentTypes['Notification']>> };
  Match: MatchModel;
  MatchReason: MatchReasonModel;
  MatchSignal: SignalResultModel;
  Membership: MembershipModel;
  Money: Omit<Money, 'inCurrency'> & { inCurrency?: Maybe<ResolversParentTypes['Conversion']> };
  MoneyInput: MoneyInput;
  Mutation: {};
  NewOrganisationInput: NewOrganisationInput;
  Notification: NotificationModel;
  NotificationConnection: Omit<NotificationConnection, 'edges'> & { edges: Array<ResolversParentTypes['NotificationEdge']> };
  NotificationEdge: Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] };
  OfferedIncoterm: OfferedIncotermModel;
  OfferedIncotermInput: OfferedIncotermInput;
  Order: OrderModel;
  OrderConnection: Omit<OrderConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrderEdge']> };
  OrderCounts: OrderCounts;
  OrderEdge: Omit<OrderEdge, 'node'> & { node: ResolversParentTypes['Order'] };
  OrderEvent: OrderEventModel;
  OrderLedger: OrderLedgerModel;
  OrderLine: OrderLineModel;
  OrderParty: OrderParty;
  OrderPayload: Omit<OrderPayload, 'order'> & { order?: Maybe<ResolversParentTypes['Order']> };
  OrderPreview: OrderPreviewModel;
  OrderPreviewPayload: Omit<OrderPreviewPayload, 'preview'> & { preview?: Maybe<ResolversParentTypes['OrderPreview']> };
  Organisation: OrganisationModel;
  OrganisationConnection: Omit<OrganisationConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganisationEdge']> };
  OrganisationEdge: Omit<OrganisationEdge, 'node'> & { node: ResolversParentTypes['Organisation'] };
  OrganisationPayload: Omit<OrganisationPayload, 'organisation'> & { organisation?: Maybe<ResolversParentTypes['Organisation']> };
  PackageType: PackageType;
  PageInfo: PageInfo;
  PartyInput: PartyInput;
  PayOrderInput: PayOrderInput;
  Payment: PaymentModel;
  PaymentMethod: PaymentMethod;
  PaymentPayload: Omit<PaymentPayload, 'order' | 'payment'> & { order?: Maybe<ResolversParentTypes['Order']>, payment?: Maybe<ResolversParentTypes['Payment']> };
  PlaceOrderInput: PlaceOrderInput;
  Port: PortModel;
  PortConnection: Omit<PortConnection, 'edges'> & { edges: Array<ResolversParentTypes['PortEdge']> };
  PortEdge: Omit<PortEdge, 'node'> & { node: ResolversParentTypes['Port'] };
  PriceTier: Omit<PriceTier, 'unitPrice'> & { unitPrice: ResolversParentTypes['Money'] };
  PriceTierInput: PriceTierInput;
  PublicTracking: PublicTrackingModel;
  PublicTrackingEvent: PublicTrackingEventModel;
  QuantityTotal: QuantityTotalModel;
  Query: {};
  Quote: QuoteModel;
  QuoteComparison: QuoteComparisonModel;
  QuoteConnection: Omit<QuoteConnection, 'edges'> & { edges: Array<ResolversParentTypes['QuoteEdge']> };
  QuoteCriteriaScores: QuoteCriteriaScores;
  QuoteEdge: Omit<QuoteEdge, 'node'> & { node: ResolversParentTypes['Quote'] };
  QuoteEvent: QuoteEventModel;
  QuoteLandedCost: QuoteLandedCostModel;
  QuotePayload: Omit<QuotePayload, 'quote'> & { quote?: Maybe<ResolversParentTypes['Quote']> };
  QuoteWeights: QuoteWeights;
  QuoteWeightsInput: QuoteWeightsInput;
  ReconcilePaymentInput: ReconcilePaymentInput;
  RemoveEventPricePayload: RemoveEventPricePayload;
  ReplyToConversationInput: ReplyToConversationInput;
  RequestPasswordResetPayload: RequestPasswordResetPayload;
  RequiredDocument: RequiredDocumentStateModel;
  ResendEmailConfirmationPayload: ResendEmailConfirmationPayload;
  ResetPasswordPayload: ResetPasswordPayload;
  RevokeDocumentInput: RevokeDocumentInput;
  RevokeDocumentPayload: Omit<RevokeDocumentPayload, 'document'> & { document?: Maybe<ResolversParentTypes['TradeDocument']> };
  SaleEvent: SaleEventModel;
  SaleEventConnection: Omit<SaleEventConnection, 'edges'> & { edges: Array<ResolversParentTypes['SaleEventEdge']> };
  SaleEventEdge: Omit<SaleEventEdge, 'node'> & { node: ResolversParentTypes['SaleEvent'] };
  SaleEventPayload: Omit<SaleEventPayload, 'saleEvent'> & { saleEvent?: Maybe<ResolversParentTypes['SaleEvent']> };
  SaleEventWindow: SaleEventWindow;
  SavedListingPayload: SavedListingPayload;
  ScreeningHit: ScreeningHit;
  ScreeningReview: ScreeningReviewModel;
  ScreeningReviewEvent: ScreeningReviewEventModel;
  ScreeningReviewPayload: Omit<ScreeningReviewPayload, 'review'> & { review?: Maybe<ResolversParentTypes['ScreeningReview']> };
  SetEventPriceInput: SetEventPriceInput;
  SetFxRateInput: SetFxRateInput;
  SetLaneInput: SetLaneInput;
  Shipment: ShipmentRecordModel;
  ShipmentLine: Omit<ShipmentLine, 'batch' | 'unitOfMeasure'> & { batch?: Maybe<ResolversParentTypes['Batch']>, unitOfMeasure: ResolversParentTypes['UnitOfMeasure'] };
  ShipmentLineInput: ShipmentLineInput;
  ShipmentPackage: ShipmentPackage;
  ShipmentPackageInput: ShipmentPackageInput;
  ShipmentParty: ShipmentParty;
  ShipmentPayload: Omit<ShipmentPayload, 'shipment'> & { shipment?: Maybe<ResolversParentTypes['Shipment']> };
  ShipmentStatusChange: ShipmentStatusChange;
  ShippableLine: ShippableLine;
  ShippingOption: ShippingOptionModel;
  ShippingOptionsInput: ShippingOptionsInput;
  SignInInput: SignInInput;
  SignOutPayload: SignOutPayload;
  SignUpInput: SignUpInput;
  SigningKey: SigningKey;
  SourcingRequest: SourcingRequestModel;
  SourcingRequestConnection: Omit<SourcingRequestConnection, 'edges'> & { edges: Array<ResolversParentTypes['SourcingRequestEdge']> };
  SourcingRequestEdge: Omit<SourcingRequestEdge, 'node'> & { node: ResolversParentTypes['SourcingRequest'] };
  SourcingRequestEvent: RequestEventModel;
  SourcingRequestPayload: Omit<SourcingRequestPayload, 'sourcingRequest'> & { sourcingRequest?: Maybe<ResolversParentTypes['SourcingRequest']> };
  String: Scalars['String']['output'];
  SubmitQuoteInput: SubmitQuoteInput;
  TariffImportResult: TariffImportResult;
  TariffRate: TariffRateModel;
  Trace: PublicTraceModel;
  TracedBatch: TracedBatch;
  TracedGoods: TracedGoods;
  TrackingEvent: TrackingEventModel;
  TrackingEventInput: TrackingEventInput;
  TrackingEventPayload: Omit<TrackingEventPayload, 'event' | 'shipment'> & { event?: Maybe<ResolversParentTypes['TrackingEvent']>, shipment?: Maybe<ResolversParentTypes['Shipment']> };
  TradeDocument: DocumentHeadModel;
  UnitOfMeasure: UnitOfMeasureModel;
  UpdateListingInput: UpdateListingInput;
  UpdateOrganisationInput: UpdateOrganisationInput;
  User: UserModel;
  UserError: UserError;
  UtcWindowInput: UtcWindowInput;
  VerificationCheck: VerificationCheck;
  VerificationEvent: VerificationEventModel;
  VerifiedDocument: Omit<VerifiedDocument, 'total'> & { total: ResolversParentTypes['Money'] };
  VerifiedDocumentIssuer: VerifiedDocumentIssuer;
  Viewer: ViewerModel;
  Warehouse: WarehouseModel;
  WeekCount: WeekCount;
}>;

export type AcceptQuotePayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AcceptQuotePayload'] = ResolversParentTypes['AcceptQuotePayload']> = ResolversObject<{
  quote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType>;
  sourcingRequest?: Resolver<Maybe<ResolversTypes['SourcingRequest']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ApiTokenResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ApiTokenPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ApiTokenPayload'] = ResolversParentTypes['ApiTokenPayload']> = ResolversObject<{
  apiToken?: Resolver<Maybe<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AuthPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = ResolversObject<{
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  sessionExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type BankAccountResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['BankAccount'] = ResolversParentTypes['BankAccount']> = ResolversObject<{
  beneficiary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  iban?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type BatchResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Batch'] = ResolversParentTypes['Batch']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inspections?: Resolver<Array<ResolversTypes['BatchInspection']>, ParentType, ContextType>;
  listingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  producedKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  producedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  producerCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  producerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  producerPlace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type BatchInspectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['BatchInspection'] = ResolversParentTypes['BatchInspection']> = ResolversObject<{
  certificateRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inspectedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  inspector?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  result?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type BatchPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['BatchPayload'] = ResolversParentTypes['BatchPayload']> = ResolversObject<{
  batch?: Resolver<Maybe<ResolversTypes['Batch']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CertificationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Certification'] = ResolversParentTypes['Certification']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['CertificationKind'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ChosenShippingResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChosenShipping'] = ResolversParentTypes['ChosenShipping']> = ResolversObject<{
  carrierLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  estimatedDelivery?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  mode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  optionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  transitDaysMax?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  transitDaysMin?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ClearanceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Clearance'] = ResolversParentTypes['Clearance']> = ResolversObject<{
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClearanceStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ClearanceRecordResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ClearanceRecord'] = ResolversParentTypes['ClearanceRecord']> = ResolversObject<{
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromStatus?: Resolver<ResolversTypes['ClearanceStatus'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['ClearanceStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ComparedQuoteResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ComparedQuote'] = ResolversParentTypes['ComparedQuote']> = ResolversObject<{
  criteria?: Resolver<ResolversTypes['QuoteCriteriaScores'], ParentType, ContextType>;
  fxRate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fxRateDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  priceInBuyerCurrency?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['Quote'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  totalInBuyerCurrency?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ConfirmEmailPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ConfirmEmailPayload'] = ResolversParentTypes['ConfirmEmailPayload']> = ResolversObject<{
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ConversationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Conversation'] = ResolversParentTypes['Conversation']> = ResolversObject<{
  counterpartName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastMessageAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  listingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  listingTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messages?: Resolver<Array<ResolversTypes['ConversationMessage']>, ParentType, ContextType>;
  viewerIsBuyer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ConversationConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ConversationConnection'] = ResolversParentTypes['ConversationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ConversationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ConversationEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ConversationEdge'] = ResolversParentTypes['ConversationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ConversationMessageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ConversationMessage'] = ResolversParentTypes['ConversationMessage']> = ResolversObject<{
  authorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromViewer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ConversationPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ConversationPayload'] = ResolversParentTypes['ConversationPayload']> = ResolversObject<{
  conversation?: Resolver<Maybe<ResolversTypes['Conversation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ConversionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Conversion'] = ResolversParentTypes['Conversion']> = ResolversObject<{
  derivation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rateDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  rates?: Resolver<Array<ResolversTypes['FxRate']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CountryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country']> = ResolversObject<{
  alpha3?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CreateApiTokenPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CreateApiTokenPayload'] = ResolversParentTypes['CreateApiTokenPayload']> = ResolversObject<{
  apiToken?: Resolver<Maybe<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  token?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CurrencyResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Currency'] = ResolversParentTypes['Currency']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minorUnit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CustomsAccessEntryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CustomsAccessEntry'] = ResolversParentTypes['CustomsAccessEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['CustomsAccessAction'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  authorityName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ipAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  officerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['CustomsAccessOutcome'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shipmentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CustomsAccessEntryConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CustomsAccessEntryConnection'] = ResolversParentTypes['CustomsAccessEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CustomsAccessEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CustomsAccessEntryEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CustomsAccessEntryEdge'] = ResolversParentTypes['CustomsAccessEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CustomsAccessEntry'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CustomsAuthorityResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CustomsAuthority'] = ResolversParentTypes['CustomsAuthority']> = ResolversObject<{
  officerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CustomsPackageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CustomsPackage'] = ResolversParentTypes['CustomsPackage']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grossWeightKg?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  heightCm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lengthCm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  marks?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  netWeightKg?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  packageType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  widthCm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CustomsPartyResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CustomsParty'] = ResolversParentTypes['CustomsParty']> = ResolversObject<{
  addressLine1?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  addressLine2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CustomsShipmentResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CustomsShipment'] = ResolversParentTypes['CustomsShipment']> = ResolversObject<{
  bookingNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  border?: Resolver<ResolversTypes['CustomsBorder'], ParentType, ContextType>;
  carrierName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  clearance?: Resolver<ResolversTypes['Clearance'], ParentType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['ClearanceRecord']>, ParentType, ContextType>;
  exportCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exporterName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  flightNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  grossWeightKg?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  importerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  incoterm?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['CustomsShipmentLine']>, ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namedPlace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  netWeightKg?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  nextDecisions?: Resolver<Array<ResolversTypes['ClearanceDecision']>, ParentType, ContextType>;
  packages?: Resolver<Array<ResolversTypes['CustomsPackage']>, ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['CustomsParty']>, ParentType, ContextType>;
  portOfDischarge?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  portOfLoading?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shippedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tracking?: Resolver<Array<ResolversTypes['CustomsTrackingEvent']>, ParentType, ContextType>;
  trackingNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vesselName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  volumeM3?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  voyageNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CustomsShipmentConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CustomsShipmentConnection'] = ResolversParentTypes['CustomsShipmentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CustomsShipmentSummaryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CustomsShipmentLineResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CustomsShipmentLine'] = ResolversParentTypes['CustomsShipmentLine']> = ResolversObject<{
  batchCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grossWeightKg?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  hsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  netWeightKg?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  originCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CustomsShipmentSummaryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CustomsShipmentSummary'] = ResolversParentTypes['CustomsShipmentSummary']> = ResolversObject<{
  border?: Resolver<ResolversTypes['CustomsBorder'], ParentType, ContextType>;
  carrierName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  clearance?: Resolver<ResolversTypes['Clearance'], ParentType, ContextType>;
  exportCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exporterName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exporterOrganisationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  hsChapters?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  importerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  importerOrganisationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shippedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trackingNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CustomsShipmentSummaryEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CustomsShipmentSummaryEdge'] = ResolversParentTypes['CustomsShipmentSummaryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CustomsShipmentSummary'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CustomsTrackingEventResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CustomsTrackingEvent'] = ResolversParentTypes['CustomsTrackingEvent']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  place?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeMinimisThresholdResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DeMinimisThreshold'] = ResolversParentTypes['DeMinimisThreshold']> = ResolversObject<{
  appliesTo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dutyUpTo?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  taxUpTo?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DecideClearancePayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DecideClearancePayload'] = ResolversParentTypes['DecideClearancePayload']> = ResolversObject<{
  clearance?: Resolver<Maybe<ResolversTypes['Clearance']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DeliveryEstimateResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DeliveryEstimate'] = ResolversParentTypes['DeliveryEstimate']> = ResolversObject<{
  earliest?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  estimated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  latest?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  leadTimeDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['TransportMode'], ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transitDaysMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  transitDaysMin?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DemandGroupResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DemandGroup'] = ResolversParentTypes['DemandGroup']> = ResolversObject<{
  destinationCountry?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  hsChapter?: Resolver<Maybe<ResolversTypes['HsCode']>, ParentType, ContextType>;
  openCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantities?: Resolver<Array<ResolversTypes['QuantityTotal']>, ParentType, ContextType>;
  trend?: Resolver<Array<ResolversTypes['WeekCount']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DeniedPartyImportResultResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DeniedPartyImportResult'] = ResolversParentTypes['DeniedPartyImportResult']> = ResolversObject<{
  names?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DeniedPartyListResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DeniedPartyList'] = ResolversParentTypes['DeniedPartyList']> = ResolversObject<{
  demo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  importedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DocumentFileResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DocumentFile'] = ResolversParentTypes['DocumentFile']> = ResolversObject<{
  base64?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DocumentPreviewPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DocumentPreviewPayload'] = ResolversParentTypes['DocumentPreviewPayload']> = ResolversObject<{
  file?: Resolver<Maybe<ResolversTypes['DocumentFile']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DocumentReferenceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DocumentReference'] = ResolversParentTypes['DocumentReference']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DocumentRevocationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DocumentRevocation'] = ResolversParentTypes['DocumentRevocation']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DocumentVerificationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DocumentVerification'] = ResolversParentTypes['DocumentVerification']> = ResolversObject<{
  checks?: Resolver<ResolversTypes['DocumentVerificationChecks'], ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['VerifiedDocument']>, ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['DocumentVerdict'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DocumentVerificationChecksResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DocumentVerificationChecks'] = ResolversParentTypes['DocumentVerificationChecks']> = ResolversObject<{
  integrity?: Resolver<ResolversTypes['VerificationCheck'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['VerificationCheck'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VerificationCheck'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EmbargoResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Embargo'] = ResolversParentTypes['Embargo']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  destination?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hsPrefix?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EmbargoPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['EmbargoPayload'] = ResolversParentTypes['EmbargoPayload']> = ResolversObject<{
  embargo?: Resolver<Maybe<ResolversTypes['Embargo']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EventPriceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['EventPrice'] = ResolversParentTypes['EventPrice']> = ResolversObject<{
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['SaleEvent'], ParentType, ContextType>;
  listingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EventPricePayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['EventPricePayload'] = ResolversParentTypes['EventPricePayload']> = ResolversObject<{
  eventPrice?: Resolver<Maybe<ResolversTypes['EventPrice']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FeedItemResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['FeedItem'] = ResolversParentTypes['FeedItem']> = ResolversObject<{
  basedOn?: Resolver<ResolversTypes['SourcingRequest'], ParentType, ContextType>;
  match?: Resolver<ResolversTypes['Match'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FxImportResultResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['FxImportResult'] = ResolversParentTypes['FxImportResult']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FxRateResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['FxRate'] = ResolversParentTypes['FxRate']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  base?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FxRateConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['FxRateConnection'] = ResolversParentTypes['FxRateConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FxRateEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FxRateEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['FxRateEdge'] = ResolversParentTypes['FxRateEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FxRate'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FxRatePayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['FxRatePayload'] = ResolversParentTypes['FxRatePayload']> = ResolversObject<{
  fxRate?: Resolver<Maybe<ResolversTypes['FxRate']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HeadingDemandResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['HeadingDemand'] = ResolversParentTypes['HeadingDemand']> = ResolversObject<{
  destinationCountry?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  hsHeading?: Resolver<ResolversTypes['HsCode'], ParentType, ContextType>;
  openCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantities?: Resolver<Array<ResolversTypes['QuantityTotal']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HsCodeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['HsCode'] = ResolversParentTypes['HsCode']> = ResolversObject<{
  children?: Resolver<Array<ResolversTypes['HsCode']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  edition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['HsCode']>, ParentType, ContextType>;
  section?: Resolver<ResolversTypes['HsSection'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HsCodeConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['HsCodeConnection'] = ResolversParentTypes['HsCodeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['HsCodeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HsCodeEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['HsCodeEdge'] = ResolversParentTypes['HsCodeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HsCode'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HsSectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['HsSection'] = ResolversParentTypes['HsSection']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ImportDeniedPartiesPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ImportDeniedPartiesPayload'] = ResolversParentTypes['ImportDeniedPartiesPayload']> = ResolversObject<{
  result?: Resolver<Maybe<ResolversTypes['DeniedPartyImportResult']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ImportFxRatesPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ImportFxRatesPayload'] = ResolversParentTypes['ImportFxRatesPayload']> = ResolversObject<{
  result?: Resolver<Maybe<ResolversTypes['FxImportResult']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ImportListingsPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ImportListingsPayload'] = ResolversParentTypes['ImportListingsPayload']> = ResolversObject<{
  result?: Resolver<Maybe<ResolversTypes['ListingImportResult']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ImportTariffsPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ImportTariffsPayload'] = ResolversParentTypes['ImportTariffsPayload']> = ResolversObject<{
  result?: Resolver<Maybe<ResolversTypes['TariffImportResult']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IncotermResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Incoterm'] = ResolversParentTypes['Incoterm']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  costTransfer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['IncotermGroup'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namedPlace?: Resolver<ResolversTypes['IncotermNamedPlace'], ParentType, ContextType>;
  riskTransfer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seaAndInlandWaterwayOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sellerClearsExport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sellerClearsImport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sellerInsures?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  transportModes?: Resolver<Array<ResolversTypes['TransportMode']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IssueDocumentPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['IssueDocumentPayload'] = ResolversParentTypes['IssueDocumentPayload']> = ResolversObject<{
  document?: Resolver<Maybe<ResolversTypes['TradeDocument']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type JobResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Job'] = ResolversParentTypes['Job']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lockedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  maxAttempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  progressDone?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  progressTotal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  runAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['JobStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type JobConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['JobConnection'] = ResolversParentTypes['JobConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['JobEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type JobCountsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['JobCounts'] = ResolversParentTypes['JobCounts']> = ResolversObject<{
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  queued?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  running?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  succeeded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type JobEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['JobEdge'] = ResolversParentTypes['JobEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Job'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type JobPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['JobPayload'] = ResolversParentTypes['JobPayload']> = ResolversObject<{
  job?: Resolver<Maybe<ResolversTypes['Job']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LandedCostResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['LandedCost'] = ResolversParentTypes['LandedCost']> = ResolversObject<{
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customsValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  deMinimis?: Resolver<Maybe<ResolversTypes['DeMinimisThreshold']>, ParentType, ContextType>;
  destinationCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  incoterm?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['LandedCostItem']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['LandedCostNote']>, ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  valuation?: Resolver<ResolversTypes['ValuationBasis'], ParentType, ContextType>;
  valuationBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LandedCostItemResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['LandedCostItem'] = ResolversParentTypes['LandedCostItem']> = ResolversObject<{
  agreement?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  base?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  converted?: Resolver<Maybe<ResolversTypes['Conversion']>, ParentType, ContextType>;
  hsCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  includedInPrice?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  indicative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LandedCostKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paidBy?: Resolver<ResolversTypes['CostPayer'], ParentType, ContextType>;
  rate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rateBasisPoints?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  relieved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LandedCostNoteResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['LandedCostNote'] = ResolversParentTypes['LandedCostNote']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LaneResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Lane'] = ResolversParentTypes['Lane']> = ResolversObject<{
  carrierLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cutoffWeekday?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  destination?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  estimated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  minimumCharge?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['ShippingMode'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rateCurrency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ratePerChargeableKg?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transitDaysMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  transitDaysMin?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LanePayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['LanePayload'] = ResolversParentTypes['LanePayload']> = ResolversObject<{
  lane?: Resolver<Maybe<ResolversTypes['Lane']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LedgerBalanceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['LedgerBalance'] = ResolversParentTypes['LedgerBalance']> = ResolversObject<{
  account?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  balance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LedgerEntryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['LedgerEntry'] = ResolversParentTypes['LedgerEntry']> = ResolversObject<{
  account?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  credit?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  debit?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  movement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ListingResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Listing'] = ResolversParentTypes['Listing']> = ResolversObject<{
  availableQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  certifications?: Resolver<Array<ResolversTypes['Certification']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventPrice?: Resolver<Maybe<ResolversTypes['EventPrice']>, ParentType, ContextType>;
  externalRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  grossWeightKg?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  hsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incoterms?: Resolver<Array<ResolversTypes['OfferedIncoterm']>, ParentType, ContextType>;
  leadTimeDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  localized?: Resolver<ResolversTypes['ListingTranslation'], ParentType, ContextType>;
  moq?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  netWeightKg?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  originCountry?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  packaging?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  photos?: Resolver<Array<ResolversTypes['ListingPhoto']>, ParentType, ContextType>;
  priceFrom?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  priceFromUsd?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  priceTiers?: Resolver<Array<ResolversTypes['PriceTier']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  seller?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  sellerVerified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  shipFromPort?: Resolver<Maybe<ResolversTypes['Port']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ListingStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['ListingStatusChange']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  translations?: Resolver<Array<ResolversTypes['ListingTranslation']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['UnitOfMeasure'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  volumeM3?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ListingConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ListingConnection'] = ResolversParentTypes['ListingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ListingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ListingEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ListingEdge'] = ResolversParentTypes['ListingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Listing'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ListingImportErrorResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ListingImportError'] = ResolversParentTypes['ListingImportError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ListingImportResultResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ListingImportResult'] = ResolversParentTypes['ListingImportResult']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['ListingImportError']>, ParentType, ContextType>;
  errorsOmitted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rowsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ListingPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ListingPayload'] = ResolversParentTypes['ListingPayload']> = ResolversObject<{
  listing?: Resolver<Maybe<ResolversTypes['Listing']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ListingPhotoResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ListingPhoto'] = ResolversParentTypes['ListingPhoto']> = ResolversObject<{
  byteSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  height?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  srcset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  width?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ListingSearchConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ListingSearchConnection'] = ResolversParentTypes['ListingSearchConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ListingSearchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  relevanceIsExact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountIsExact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ListingSearchEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ListingSearchEdge'] = ResolversParentTypes['ListingSearchEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Listing'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ListingStatusChangeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ListingStatusChange'] = ResolversParentTypes['ListingStatusChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['ListingStatus']>, ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['ListingStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ListingTranslationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ListingTranslation'] = ResolversParentTypes['ListingTranslation']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LockedRateResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['LockedRate'] = ResolversParentTypes['LockedRate']> = ResolversObject<{
  rate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rateDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalInBuyerCurrency?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MarkNotificationsReadPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['MarkNotificationsReadPayload'] = ResolversParentTypes['MarkNotificationsReadPayload']> = ResolversObject<{
  notifications?: Resolver<Maybe<Array<ResolversTypes['Notification']>>, ParentType, ContextType>;
  unreadCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MatchResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Match'] = ResolversParentTypes['Match']> = ResolversObject<{
  convertedUnitPrice?: Resolver<Maybe<ResolversTypes['Conversion']>, ParentType, ContextType>;
  delivery?: Resolver<Maybe<ResolversTypes['DeliveryEstimate']>, ParentType, ContextType>;
  excluded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  listing?: Resolver<ResolversTypes['Listing'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['MatchReason']>, ParentType, ContextType>;
  request?: Resolver<ResolversTypes['SourcingRequest'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  signals?: Resolver<Array<ResolversTypes['MatchSignal']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['UnitOfMeasure'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MatchReasonResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['MatchReason'] = ResolversParentTypes['MatchReason']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  positive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  signal?: Resolver<ResolversTypes['MatchSignalName'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MatchSignalResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['MatchSignal'] = ResolversParentTypes['MatchSignal']> = ResolversObject<{
  applicable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['MatchSignalName'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MembershipResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdictionCountry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MembershipRole'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inCurrency?: Resolver<Maybe<ResolversTypes['Conversion']>, ParentType, ContextType, RequireFields<MoneyInCurrencyArgs, 'currency'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  _noop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  acceptQuote?: Resolver<ResolversTypes['AcceptQuotePayload'], ParentType, ContextType, RequireFields<MutationAcceptQuoteArgs, 'id'>>;
  addBatchInspection?: Resolver<ResolversTypes['BatchPayload'], ParentType, ContextType, RequireFields<MutationAddBatchInspectionArgs, 'input'>>;
  addEmbargo?: Resolver<ResolversTypes['EmbargoPayload'], ParentType, ContextType, RequireFields<MutationAddEmbargoArgs, 'input'>>;
  addTrackingEvent?: Resolver<ResolversTypes['TrackingEventPayload'], ParentType, ContextType, RequireFields<MutationAddTrackingEventArgs, 'input' | 'shipmentId'>>;
  approveVerification?: Resolver<ResolversTypes['OrganisationPayload'], ParentType, ContextType, RequireFields<MutationApproveVerificationArgs, 'organisationId'>>;
  archiveListing?: Resolver<ResolversTypes['ListingPayload'], ParentType, ContextType, RequireFields<MutationArchiveListingArgs, 'id'>>;
  closeSourcingRequest?: Resolver<ResolversTypes['SourcingRequestPayload'], ParentType, ContextType, RequireFields<MutationCloseSourcingRequestArgs, 'id'>>;
  confirmEmail?: Resolver<ResolversTypes['ConfirmEmailPayload'], ParentType, ContextType, RequireFields<MutationConfirmEmailArgs, 'token'>>;
  contactSeller?: Resolver<ResolversTypes['ConversationPayload'], ParentType, ContextType, RequireFields<MutationContactSellerArgs, 'input'>>;
  createApiToken?: Resolver<ResolversTypes['CreateApiTokenPayload'], ParentType, ContextType, RequireFields<MutationCreateApiTokenArgs, 'name'>>;
  createBatch?: Resolver<ResolversTypes['BatchPayload'], ParentType, ContextType, RequireFields<MutationCreateBatchArgs, 'input'>>;
  createCustomsAuthority?: Resolver<ResolversTypes['OrganisationPayload'], ParentType, ContextType, RequireFields<MutationCreateCustomsAuthorityArgs, 'input'>>;
  createListing?: Resolver<ResolversTypes['ListingPayload'], ParentType, ContextType, RequireFields<MutationCreateListingArgs, 'input'>>;
  createSaleEvent?: Resolver<ResolversTypes['SaleEventPayload'], ParentType, ContextType, RequireFields<MutationCreateSaleEventArgs, 'input'>>;
  createShipment?: Resolver<ResolversTypes['ShipmentPayload'], ParentType, ContextType, RequireFields<MutationCreateShipmentArgs, 'input'>>;
  createSourcingRequest?: Resolver<ResolversTypes['SourcingRequestPayload'], ParentType, ContextType, RequireFields<MutationCreateSourcingRequestArgs, 'input'>>;
  decideClearance?: Resolver<ResolversTypes['DecideClearancePayload'], ParentType, ContextType, RequireFields<MutationDecideClearanceArgs, 'input'>>;
  decideScreening?: Resolver<ResolversTypes['ScreeningReviewPayload'], ParentType, ContextType, RequireFields<MutationDecideScreeningArgs, 'input'>>;
  deleteListingPhoto?: Resolver<ResolversTypes['ListingPayload'], ParentType, ContextType, RequireFields<MutationDeleteListingPhotoArgs, 'id'>>;
  endEmbargo?: Resolver<ResolversTypes['EmbargoPayload'], ParentType, ContextType, RequireFields<MutationEndEmbargoArgs, 'id'>>;
  importDeniedParties?: Resolver<ResolversTypes['ImportDeniedPartiesPayload'], ParentType, ContextType, RequireFields<MutationImportDeniedPartiesArgs, 'csv' | 'source'>>;
  importFxRates?: Resolver<ResolversTypes['ImportFxRatesPayload'], ParentType, ContextType, RequireFields<MutationImportFxRatesArgs, 'csv'>>;
  importListingsCsv?: Resolver<ResolversTypes['ImportListingsPayload'], ParentType, ContextType, RequireFields<MutationImportListingsCsvArgs, 'csv'>>;
  importTariffs?: Resolver<ResolversTypes['ImportTariffsPayload'], ParentType, ContextType, RequireFields<MutationImportTariffsArgs, 'csv'>>;
  issueDocument?: Resolver<ResolversTypes['IssueDocumentPayload'], ParentType, ContextType, RequireFields<MutationIssueDocumentArgs, 'input'>>;
  markNotificationsRead?: Resolver<ResolversTypes['MarkNotificationsReadPayload'], ParentType, ContextType, RequireFields<MutationMarkNotificationsReadArgs, 'ids'>>;
  moveOrder?: Resolver<ResolversTypes['OrderPayload'], ParentType, ContextType, RequireFields<MutationMoveOrderArgs, 'action' | 'id'>>;
  pauseListing?: Resolver<ResolversTypes['ListingPayload'], ParentType, ContextType, RequireFields<MutationPauseListingArgs, 'id'>>;
  payOrder?: Resolver<ResolversTypes['PaymentPayload'], ParentType, ContextType, RequireFields<MutationPayOrderArgs, 'input'>>;
  placeOrder?: Resolver<ResolversTypes['OrderPayload'], ParentType, ContextType, RequireFields<MutationPlaceOrderArgs, 'input'>>;
  postCarrierEvent?: Resolver<ResolversTypes['TrackingEventPayload'], ParentType, ContextType, RequireFields<MutationPostCarrierEventArgs, 'input'>>;
  publishListing?: Resolver<ResolversTypes['ListingPayload'], ParentType, ContextType, RequireFields<MutationPublishListingArgs, 'id'>>;
  reconcilePayment?: Resolver<ResolversTypes['PaymentPayload'], ParentType, ContextType, RequireFields<MutationReconcilePaymentArgs, 'input'>>;
  recordLetterOfCredit?: Resolver<ResolversTypes['PaymentPayload'], ParentType, ContextType, RequireFields<MutationRecordLetterOfCreditArgs, 'input'>>;
  rejectVerification?: Resolver<ResolversTypes['OrganisationPayload'], ParentType, ContextType, RequireFields<MutationRejectVerificationArgs, 'organisationId' | 'reason'>>;
  releaseOrderHold?: Resolver<ResolversTypes['OrderPayload'], ParentType, ContextType, RequireFields<MutationReleaseOrderHoldArgs, 'id' | 'note'>>;
  removeEventPrice?: Resolver<ResolversTypes['RemoveEventPricePayload'], ParentType, ContextType, RequireFields<MutationRemoveEventPriceArgs, 'eventId' | 'listingId'>>;
  replyToConversation?: Resolver<ResolversTypes['ConversationPayload'], ParentType, ContextType, RequireFields<MutationReplyToConversationArgs, 'input'>>;
  requestPasswordReset?: Resolver<ResolversTypes['RequestPasswordResetPayload'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'email'>>;
  requestVerification?: Resolver<ResolversTypes['OrganisationPayload'], ParentType, ContextType>;
  resendEmailConfirmation?: Resolver<ResolversTypes['ResendEmailConfirmationPayload'], ParentType, ContextType>;
  resetPassword?: Resolver<ResolversTypes['ResetPasswordPayload'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'password' | 'token'>>;
  retryJob?: Resolver<ResolversTypes['JobPayload'], ParentType, ContextType, RequireFields<MutationRetryJobArgs, 'id'>>;
  revokeApiToken?: Resolver<ResolversTypes['ApiTokenPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'id'>>;
  revokeDocument?: Resolver<ResolversTypes['RevokeDocumentPayload'], ParentType, ContextType, RequireFields<MutationRevokeDocumentArgs, 'input'>>;
  saveListing?: Resolver<ResolversTypes['SavedListingPayload'], ParentType, ContextType, RequireFields<MutationSaveListingArgs, 'listingId'>>;
  setEventPrice?: Resolver<ResolversTypes['EventPricePayload'], ParentType, ContextType, RequireFields<MutationSetEventPriceArgs, 'input'>>;
  setFxRate?: Resolver<ResolversTypes['FxRatePayload'], ParentType, ContextType, RequireFields<MutationSetFxRateArgs, 'input'>>;
  setLane?: Resolver<ResolversTypes['LanePayload'], ParentType, ContextType, RequireFields<MutationSetLaneArgs, 'input'>>;
  signIn?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'input'>>;
  signOut?: Resolver<ResolversTypes['SignOutPayload'], ParentType, ContextType>;
  signUp?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
  submitQuote?: Resolver<ResolversTypes['QuotePayload'], ParentType, ContextType, RequireFields<MutationSubmitQuoteArgs, 'input'>>;
  unsaveListing?: Resolver<ResolversTypes['SavedListingPayload'], ParentType, ContextType, RequireFields<MutationUnsaveListingArgs, 'listingId'>>;
  updateListing?: Resolver<ResolversTypes['ListingPayload'], ParentType, ContextType, RequireFields<MutationUpdateListingArgs, 'id' | 'input'>>;
  updateOrganisation?: Resolver<ResolversTypes['OrganisationPayload'], ParentType, ContextType, RequireFields<MutationUpdateOrganisationArgs, 'input'>>;
  withdrawQuote?: Resolver<ResolversTypes['QuotePayload'], ParentType, ContextType, RequireFields<MutationWithdrawQuoteArgs, 'id'>>;
}>;

export type NotificationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type NotificationConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type NotificationEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OfferedIncotermResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['OfferedIncoterm'] = ResolversParentTypes['OfferedIncoterm']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  incoterm?: Resolver<ResolversTypes['Incoterm'], ParentType, ContextType>;
  namedPlace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrderResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order']> = ResolversObject<{
  actions?: Resolver<Array<ResolversTypes['OrderAction']>, ParentType, ContextType>;
  buyer?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  buyerReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  complianceHold?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  creditDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  destinationCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  destinationPort?: Resolver<Maybe<ResolversTypes['Port']>, ParentType, ContextType>;
  dispatchedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  freight?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  fx?: Resolver<ResolversTypes['LockedRate'], ParentType, ContextType>;
  goodsTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  grossWeightKg?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['OrderEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incoterm?: Resolver<ResolversTypes['Incoterm'], ParentType, ContextType>;
  insurance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  landedCost?: Resolver<Maybe<ResolversTypes['LandedCost']>, ParentType, ContextType>;
  ledger?: Resolver<ResolversTypes['OrderLedger'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  listing?: Resolver<Maybe<ResolversTypes['Listing']>, ParentType, ContextType>;
  namedPlace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  netWeightKg?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['OrderParty']>, ParentType, ContextType>;
  paymentMethod?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paymentTerms?: Resolver<ResolversTypes['OrderPaymentTerms'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType>;
  saleEventId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  seller?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  shipFromCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shipFromPort?: Resolver<Maybe<ResolversTypes['Port']>, ParentType, ContextType>;
  shipping?: Resolver<Maybe<ResolversTypes['ChosenShipping']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  viewerRole?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  volumeM3?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrderConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrderCountsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['OrderCounts'] = ResolversParentTypes['OrderCounts']> = ResolversObject<{
  buying?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  selling?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrderEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrderEventResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['OrderEvent'] = ResolversParentTypes['OrderEvent']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['OrderStatus']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrderLedgerResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['OrderLedger'] = ResolversParentTypes['OrderLedger']> = ResolversObject<{
  balanced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  balances?: Resolver<Array<ResolversTypes['LedgerBalance']>, ParentType, ContextType>;
  credits?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  debits?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['LedgerEntry']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrderLineResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['OrderLine'] = ResolversParentTypes['OrderLine']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grossWeightKg?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  hsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  licenceNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lineTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  listingId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  netWeightKg?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  originCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  packaging?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['UnitOfMeasure'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  volumeM3?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrderPartyResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['OrderParty'] = ResolversParentTypes['OrderParty']> = ResolversObject<{
  addressLine1?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  addressLine2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eori?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registrationNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['PartyRole'], ParentType, ContextType>;
  taxId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrderPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['OrderPayload'] = ResolversParentTypes['OrderPayload']> = ResolversObject<{
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  replayed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrderPreviewResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['OrderPreview'] = ResolversParentTypes['OrderPreview']> = ResolversObject<{
  buyerPaysFreight?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  destinationCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  freight?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  fx?: Resolver<ResolversTypes['LockedRate'], ParentType, ContextType>;
  goodsTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  incoterm?: Resolver<ResolversTypes['Incoterm'], ParentType, ContextType>;
  insurance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  landedCost?: Resolver<Maybe<ResolversTypes['LandedCost']>, ParentType, ContextType>;
  namedPlace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paymentMethods?: Resolver<Array<ResolversTypes['PaymentMethod']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shipFromCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shipping?: Resolver<Maybe<ResolversTypes['ChosenShipping']>, ParentType, ContextType>;
  shippingOptions?: Resolver<Array<ResolversTypes['ShippingOption']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['UnitOfMeasure'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  wouldBeHeld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrderPreviewPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['OrderPreviewPayload'] = ResolversParentTypes['OrderPreviewPayload']> = ResolversObject<{
  preview?: Resolver<Maybe<ResolversTypes['OrderPreview']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganisationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = ResolversObject<{
  addressLine1?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  addressLine2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  eori?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  exportLicence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganisationKind'], ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preferredCurrency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  preferredLocale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registrationNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resemblesVerified?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  taxId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verificationHistory?: Resolver<Array<ResolversTypes['VerificationEvent']>, ParentType, ContextType>;
  verificationStatus?: Resolver<ResolversTypes['VerificationStatus'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganisationConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['OrganisationConnection'] = ResolversParentTypes['OrganisationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrganisationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganisationEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['OrganisationEdge'] = ResolversParentTypes['OrganisationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganisationPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['OrganisationPayload'] = ResolversParentTypes['OrganisationPayload']> = ResolversObject<{
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PackageTypeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PackageType'] = ResolversParentTypes['PackageType']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PaymentResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  escrowReleaseDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  fundedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lcIssuingBank?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lcReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  settledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PaymentMethodResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PaymentMethod'] = ResolversParentTypes['PaymentMethod']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PaymentPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PaymentPayload'] = ResolversParentTypes['PaymentPayload']> = ResolversObject<{
  bankAccount?: Resolver<Maybe<ResolversTypes['BankAccount']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  payment?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PortResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Port'] = ResolversParentTypes['Port']> = ResolversObject<{
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  functions?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  iata?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isAirport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isSeaport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  latitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  locode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  longitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameAscii?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subdivision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  transportModes?: Resolver<Array<ResolversTypes['TransportMode']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PortConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PortConnection'] = ResolversParentTypes['PortConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PortEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PortEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PortEdge'] = ResolversParentTypes['PortEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Port'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PriceTierResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PriceTier'] = ResolversParentTypes['PriceTier']> = ResolversObject<{
  minQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PublicTrackingResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PublicTracking'] = ResolversParentTypes['PublicTracking']> = ResolversObject<{
  carrierName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['PublicTrackingEvent']>, ParentType, ContextType>;
  exportCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  importCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['ShippingMode'], ParentType, ContextType>;
  packageCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  portOfDischarge?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  portOfLoading?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ShipmentStatus'], ParentType, ContextType>;
  trackingNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PublicTrackingEventResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PublicTrackingEvent'] = ResolversParentTypes['PublicTrackingEvent']> = ResolversObject<{
  code?: Resolver<ResolversTypes['TrackingCode'], ParentType, ContextType>;
  locode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  place?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QuantityTotalResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['QuantityTotal'] = ResolversParentTypes['QuantityTotal']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['UnitQuantity'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['UnitOfMeasure'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  allOrders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, RequireFields<QueryAllOrdersArgs, 'first'>>;
  apiTokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  buyerFeed?: Resolver<Array<ResolversTypes['FeedItem']>, ParentType, ContextType, RequireFields<QueryBuyerFeedArgs, 'first'>>;
  conversation?: Resolver<Maybe<ResolversTypes['Conversation']>, ParentType, ContextType, RequireFields<QueryConversationArgs, 'id'>>;
  conversations?: Resolver<ResolversTypes['ConversationConnection'], ParentType, ContextType, RequireFields<QueryConversationsArgs, 'first'>>;
  convertMoney?: Resolver<ResolversTypes['Conversion'], ParentType, ContextType, RequireFields<QueryConvertMoneyArgs, 'amount' | 'to'>>;
  countries?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType, RequireFields<QueryCountryArgs, 'code'>>;
  currencies?: Resolver<Array<ResolversTypes['Currency']>, ParentType, ContextType>;
  customsAccessLog?: Resolver<ResolversTypes['CustomsAccessEntryConnection'], ParentType, ContextType, RequireFields<QueryCustomsAccessLogArgs, 'first'>>;
  customsAuthorities?: Resolver<Array<ResolversTypes['CustomsAuthority']>, ParentType, ContextType>;
  customsDocumentsZip?: Resolver<ResolversTypes['DocumentFile'], ParentType, ContextType, RequireFields<QueryCustomsDocumentsZipArgs, 'shipmentId'>>;
  customsShipment?: Resolver<ResolversTypes['CustomsShipment'], ParentType, ContextType, RequireFields<QueryCustomsShipmentArgs, 'id'>>;
  customsShipments?: Resolver<ResolversTypes['CustomsShipmentConnection'], ParentType, ContextType, RequireFields<QueryCustomsShipmentsArgs, 'first'>>;
  deniedPartyLists?: Resolver<Array<ResolversTypes['DeniedPartyList']>, ParentType, ContextType>;
  documentAccessLog?: Resolver<ResolversTypes['CustomsAccessEntryConnection'], ParentType, ContextType, RequireFields<QueryDocumentAccessLogArgs, 'first'>>;
  documentFile?: Resolver<ResolversTypes['DocumentFile'], ParentType, ContextType, RequireFields<QueryDocumentFileArgs, 'format' | 'id'>>;
  documentSigningKeys?: Resolver<Array<ResolversTypes['SigningKey']>, ParentType, ContextType>;
  embargoes?: Resolver<Array<ResolversTypes['Embargo']>, ParentType, ContextType, RequireFields<QueryEmbargoesArgs, 'all'>>;
  explainMatch?: Resolver<ResolversTypes['Match'], ParentType, ContextType, RequireFields<QueryExplainMatchArgs, 'listingId' | 'requestId'>>;
  fxRates?: Resolver<ResolversTypes['FxRateConnection'], ParentType, ContextType, RequireFields<QueryFxRatesArgs, 'first'>>;
  hsCode?: Resolver<Maybe<ResolversTypes['HsCode']>, ParentType, ContextType, RequireFields<QueryHsCodeArgs, 'code'>>;
  hsCodes?: Resolver<ResolversTypes['HsCodeConnection'], ParentType, ContextType, RequireFields<QueryHsCodesArgs, 'first'>>;
  hsSections?: Resolver<Array<ResolversTypes['HsSection']>, ParentType, ContextType>;
  inbox?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, RequireFields<QueryInboxArgs, 'first' | 'unreadOnly'>>;
  incoterms?: Resolver<Array<ResolversTypes['Incoterm']>, ParentType, ContextType, Partial<QueryIncotermsArgs>>;
  jobCounts?: Resolver<ResolversTypes['JobCounts'], ParentType, ContextType>;
  jobs?: Resolver<ResolversTypes['JobConnection'], ParentType, ContextType, RequireFields<QueryJobsArgs, 'first'>>;
  landedCost?: Resolver<ResolversTypes['LandedCost'], ParentType, ContextType, RequireFields<QueryLandedCostArgs, 'incoterm' | 'lines' | 'options'>>;
  lanes?: Resolver<Array<ResolversTypes['Lane']>, ParentType, ContextType, Partial<QueryLanesArgs>>;
  leadsForListing?: Resolver<Array<ResolversTypes['Match']>, ParentType, ContextType, RequireFields<QueryLeadsForListingArgs, 'first' | 'listingId'>>;
  listing?: Resolver<Maybe<ResolversTypes['Listing']>, ParentType, ContextType, RequireFields<QueryListingArgs, 'id'>>;
  listingBatches?: Resolver<Array<ResolversTypes['Batch']>, ParentType, ContextType, RequireFields<QueryListingBatchesArgs, 'listingId'>>;
  listingLandedCost?: Resolver<ResolversTypes['LandedCost'], ParentType, ContextType, RequireFields<QueryListingLandedCostArgs, 'listingId' | 'options'>>;
  listingSaved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<QueryListingSavedArgs, 'listingId'>>;
  matchesForRequest?: Resolver<Array<ResolversTypes['Match']>, ParentType, ContextType, RequireFields<QueryMatchesForRequestArgs, 'first' | 'requestId'>>;
  myLeads?: Resolver<Array<ResolversTypes['Match']>, ParentType, ContextType, RequireFields<QueryMyLeadsArgs, 'first'>>;
  myListings?: Resolver<ResolversTypes['ListingConnection'], ParentType, ContextType, RequireFields<QueryMyListingsArgs, 'first'>>;
  myOpenOrderCounts?: Resolver<ResolversTypes['OrderCounts'], ParentType, ContextType>;
  myOrders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, RequireFields<QueryMyOrdersArgs, 'first' | 'side'>>;
  myQuotes?: Resolver<ResolversTypes['QuoteConnection'], ParentType, ContextType, RequireFields<QueryMyQuotesArgs, 'first'>>;
  mySourcingRequests?: Resolver<ResolversTypes['SourcingRequestConnection'], ParentType, ContextType, RequireFields<QueryMySourcingRequestsArgs, 'first'>>;
  openDemand?: Resolver<Array<ResolversTypes['DemandGroup']>, ParentType, ContextType, RequireFields<QueryOpenDemandArgs, 'first'>>;
  openSourcingRequests?: Resolver<ResolversTypes['SourcingRequestConnection'], ParentType, ContextType, RequireFields<QueryOpenSourcingRequestsArgs, 'first'>>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  orderPreview?: Resolver<ResolversTypes['OrderPreviewPayload'], ParentType, ContextType, RequireFields<QueryOrderPreviewArgs, 'input'>>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType, RequireFields<QueryOrganisationArgs, 'id'>>;
  packageTypes?: Resolver<Array<ResolversTypes['PackageType']>, ParentType, ContextType>;
  paymentMethods?: Resolver<Array<ResolversTypes['PaymentMethod']>, ParentType, ContextType, RequireFields<QueryPaymentMethodsArgs, 'country'>>;
  pendingBankTransfers?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType>;
  ping?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  port?: Resolver<Maybe<ResolversTypes['Port']>, ParentType, ContextType, RequireFields<QueryPortArgs, 'locode'>>;
  ports?: Resolver<ResolversTypes['PortConnection'], ParentType, ContextType, RequireFields<QueryPortsArgs, 'first' | 'kind'>>;
  previewDocument?: Resolver<ResolversTypes['DocumentPreviewPayload'], ParentType, ContextType, RequireFields<QueryPreviewDocumentArgs, 'input'>>;
  quote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType, RequireFields<QueryQuoteArgs, 'id'>>;
  quoteLandedCosts?: Resolver<Array<ResolversTypes['QuoteLandedCost']>, ParentType, ContextType, RequireFields<QueryQuoteLandedCostsArgs, 'proofOfOrigin' | 'requestId'>>;
  quotesForRequest?: Resolver<ResolversTypes['QuoteComparison'], ParentType, ContextType, RequireFields<QueryQuotesForRequestArgs, 'requestId'>>;
  saleEvent?: Resolver<Maybe<ResolversTypes['SaleEvent']>, ParentType, ContextType, RequireFields<QuerySaleEventArgs, 'id'>>;
  saleEvents?: Resolver<ResolversTypes['SaleEventConnection'], ParentType, ContextType, RequireFields<QuerySaleEventsArgs, 'first'>>;
  savedListings?: Resolver<ResolversTypes['ListingConnection'], ParentType, ContextType, RequireFields<QuerySavedListingsArgs, 'first'>>;
  screeningReviews?: Resolver<Array<ResolversTypes['ScreeningReview']>, ParentType, ContextType, RequireFields<QueryScreeningReviewsArgs, 'first' | 'status'>>;
  searchListings?: Resolver<ResolversTypes['ListingSearchConnection'], ParentType, ContextType, RequireFields<QuerySearchListingsArgs, 'first' | 'sort'>>;
  shipment?: Resolver<Maybe<ResolversTypes['Shipment']>, ParentType, ContextType, RequireFields<QueryShipmentArgs, 'id'>>;
  shipmentDocuments?: Resolver<Array<ResolversTypes['TradeDocument']>, ParentType, ContextType, RequireFields<QueryShipmentDocumentsArgs, 'shipmentId'>>;
  shipmentRequiredDocuments?: Resolver<Array<ResolversTypes['RequiredDocument']>, ParentType, ContextType, RequireFields<QueryShipmentRequiredDocumentsArgs, 'shipmentId'>>;
  shipmentsOfOrder?: Resolver<Array<ResolversTypes['Shipment']>, ParentType, ContextType, RequireFields<QueryShipmentsOfOrderArgs, 'orderId'>>;
  shippableLines?: Resolver<Maybe<Array<ResolversTypes['ShippableLine']>>, ParentType, ContextType, RequireFields<QueryShippableLinesArgs, 'orderId'>>;
  shippingOptions?: Resolver<Array<ResolversTypes['ShippingOption']>, ParentType, ContextType, RequireFields<QueryShippingOptionsArgs, 'input'>>;
  sourcingRequest?: Resolver<Maybe<ResolversTypes['SourcingRequest']>, ParentType, ContextType, RequireFields<QuerySourcingRequestArgs, 'id'>>;
  tariffRate?: Resolver<Maybe<ResolversTypes['TariffRate']>, ParentType, ContextType, RequireFields<QueryTariffRateArgs, 'country' | 'hsCode'>>;
  trace?: Resolver<Maybe<ResolversTypes['Trace']>, ParentType, ContextType, RequireFields<QueryTraceArgs, 'code'>>;
  trackShipment?: Resolver<Maybe<ResolversTypes['PublicTracking']>, ParentType, ContextType, RequireFields<QueryTrackShipmentArgs, 'trackingNumber'>>;
  unitsOfMeasure?: Resolver<Array<ResolversTypes['UnitOfMeasure']>, ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  verificationQueue?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, RequireFields<QueryVerificationQueueArgs, 'first'>>;
  verifyDocument?: Resolver<ResolversTypes['DocumentVerification'], ParentType, ContextType, RequireFields<QueryVerifyDocumentArgs, 'id'>>;
  verifyDocumentUpload?: Resolver<ResolversTypes['DocumentVerification'], ParentType, ContextType, RequireFields<QueryVerifyDocumentUploadArgs, 'base64'>>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
  warehouses?: Resolver<Array<ResolversTypes['Warehouse']>, ParentType, ContextType>;
  whatSellsWhere?: Resolver<Array<ResolversTypes['HeadingDemand']>, ParentType, ContextType, RequireFields<QueryWhatSellsWhereArgs, 'first'>>;
}>;

export type QuoteResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Quote'] = ResolversParentTypes['Quote']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['QuoteEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incoterm?: Resolver<ResolversTypes['Incoterm'], ParentType, ContextType>;
  leadTimeDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  listing?: Resolver<Maybe<ResolversTypes['Listing']>, ParentType, ContextType>;
  listingId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  moq?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  namedPlace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paymentTerms?: Resolver<ResolversTypes['PaymentTerms'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  request?: Resolver<ResolversTypes['SourcingRequest'], ParentType, ContextType>;
  seller?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['QuoteStatus'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['UnitOfMeasure'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QuoteComparisonResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['QuoteComparison'] = ResolversParentTypes['QuoteComparison']> = ResolversObject<{
  buyerCurrency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quotes?: Resolver<Array<ResolversTypes['ComparedQuote']>, ParentType, ContextType>;
  request?: Resolver<ResolversTypes['SourcingRequest'], ParentType, ContextType>;
  weights?: Resolver<ResolversTypes['QuoteWeights'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QuoteConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['QuoteConnection'] = ResolversParentTypes['QuoteConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['QuoteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QuoteCriteriaScoresResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['QuoteCriteriaScores'] = ResolversParentTypes['QuoteCriteriaScores']> = ResolversObject<{
  leadTime?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  moq?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  paymentTerms?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QuoteEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['QuoteEdge'] = ResolversParentTypes['QuoteEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Quote'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QuoteEventResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['QuoteEvent'] = ResolversParentTypes['QuoteEvent']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['QuoteStatus']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['QuoteStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QuoteLandedCostResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['QuoteLandedCost'] = ResolversParentTypes['QuoteLandedCost']> = ResolversObject<{
  landedCost?: Resolver<ResolversTypes['LandedCost'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['Quote'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QuotePayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['QuotePayload'] = ResolversParentTypes['QuotePayload']> = ResolversObject<{
  quote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QuoteWeightsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['QuoteWeights'] = ResolversParentTypes['QuoteWeights']> = ResolversObject<{
  leadTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  moq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paymentTerms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RemoveEventPricePayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['RemoveEventPricePayload'] = ResolversParentTypes['RemoveEventPricePayload']> = ResolversObject<{
  removed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RequestPasswordResetPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['RequestPasswordResetPayload'] = ResolversParentTypes['RequestPasswordResetPayload']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RequiredDocumentResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['RequiredDocument'] = ResolversParentTypes['RequiredDocument']> = ResolversObject<{
  inForce?: Resolver<Maybe<ResolversTypes['TradeDocument']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['RequiredDocumentReason'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ResendEmailConfirmationPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ResendEmailConfirmationPayload'] = ResolversParentTypes['ResendEmailConfirmationPayload']> = ResolversObject<{
  sent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ResetPasswordPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ResetPasswordPayload'] = ResolversParentTypes['ResetPasswordPayload']> = ResolversObject<{
  reset?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RevokeDocumentPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['RevokeDocumentPayload'] = ResolversParentTypes['RevokeDocumentPayload']> = ResolversObject<{
  document?: Resolver<Maybe<ResolversTypes['TradeDocument']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SaleEventResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SaleEvent'] = ResolversParentTypes['SaleEvent']> = ResolversObject<{
  closesIn?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  countries?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  days?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isLive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SaleEventKind'], ParentType, ContextType>;
  localDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opensIn?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  timing?: Resolver<ResolversTypes['SaleEventTiming'], ParentType, ContextType>;
  window?: Resolver<ResolversTypes['SaleEventWindow'], ParentType, ContextType, Partial<SaleEventWindowArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SaleEventConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SaleEventConnection'] = ResolversParentTypes['SaleEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SaleEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SaleEventEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SaleEventEdge'] = ResolversParentTypes['SaleEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SaleEvent'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SaleEventPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SaleEventPayload'] = ResolversParentTypes['SaleEventPayload']> = ResolversObject<{
  saleEvent?: Resolver<Maybe<ResolversTypes['SaleEvent']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SaleEventWindowResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SaleEventWindow'] = ResolversParentTypes['SaleEventWindow']> = ResolversObject<{
  closes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opens?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SavedListingPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SavedListingPayload'] = ResolversParentTypes['SavedListingPayload']> = ResolversObject<{
  saved?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ScreeningHitResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ScreeningHit'] = ResolversParentTypes['ScreeningHit']> = ResolversObject<{
  listSource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  listedCountry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  listedName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partyCountry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partyRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ScreeningReviewResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ScreeningReview'] = ResolversParentTypes['ScreeningReview']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ScreeningReviewEvent']>, ParentType, ContextType>;
  hits?: Resolver<Array<ResolversTypes['ScreeningHit']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ScreeningStatus'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ScreeningReviewEventResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ScreeningReviewEvent'] = ResolversParentTypes['ScreeningReviewEvent']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  byUserId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['ScreeningStatus']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['ScreeningStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ScreeningReviewPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ScreeningReviewPayload'] = ResolversParentTypes['ScreeningReviewPayload']> = ResolversObject<{
  review?: Resolver<Maybe<ResolversTypes['ScreeningReview']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ShipmentResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Shipment'] = ResolversParentTypes['Shipment']> = ResolversObject<{
  bookingNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  carrierName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  carrierOrganisationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  departedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['TradeDocument']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['TrackingEvent']>, ParentType, ContextType>;
  exportCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  flightNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  grossWeightKg?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ShipmentStatusChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  incoterm?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ShipmentLine']>, ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['ShippingMode'], ParentType, ContextType>;
  namedPlace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  netWeightKg?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  nextCodes?: Resolver<Array<ResolversTypes['TrackingCode']>, ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  packages?: Resolver<Array<ResolversTypes['ShipmentPackage']>, ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['ShipmentParty']>, ParentType, ContextType>;
  portOfDischarge?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  portOfLoading?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requiredDocuments?: Resolver<Array<ResolversTypes['RequiredDocument']>, ParentType, ContextType>;
  shippedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ShipmentStatus'], ParentType, ContextType>;
  traceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trackingNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vesselName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  volumeM3?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  voyageNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ShipmentLineResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ShipmentLine'] = ResolversParentTypes['ShipmentLine']> = ResolversObject<{
  batch?: Resolver<Maybe<ResolversTypes['Batch']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grossWeightKg?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  hsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  netWeightKg?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  orderLineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  originCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitOfMeasure?: Resolver<ResolversTypes['UnitOfMeasure'], ParentType, ContextType>;
  volumeM3?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ShipmentPackageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ShipmentPackage'] = ResolversParentTypes['ShipmentPackage']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grossWeightKg?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  heightCm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lengthCm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  marks?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  netWeightKg?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  packageType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  widthCm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ShipmentPartyResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ShipmentParty'] = ResolversParentTypes['ShipmentParty']> = ResolversObject<{
  addressLine1?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  addressLine2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ShipmentPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ShipmentPayload'] = ResolversParentTypes['ShipmentPayload']> = ResolversObject<{
  shipment?: Resolver<Maybe<ResolversTypes['Shipment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ShipmentStatusChangeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ShipmentStatusChange'] = ResolversParentTypes['ShipmentStatusChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['ShipmentStatus']>, ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['ShipmentStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ShippableLineResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ShippableLine'] = ResolversParentTypes['ShippableLine']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  left?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  orderLineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ordered?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shipped?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ShippingOptionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ShippingOption'] = ResolversParentTypes['ShippingOption']> = ResolversObject<{
  carrierLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  chargeableWeightKg?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  departsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  earliestDelivery?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  estimated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  estimatedDelivery?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fromWarehouse?: Resolver<Maybe<ResolversTypes['Warehouse']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['ShippingMode'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transitDaysMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  transitDaysMin?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SignOutPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SignOutPayload'] = ResolversParentTypes['SignOutPayload']> = ResolversObject<{
  signedOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SigningKeyResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SigningKey'] = ResolversParentTypes['SigningKey']> = ResolversObject<{
  algorithm?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publicKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retiredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SigningKeyStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SourcingRequestResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SourcingRequest'] = ResolversParentTypes['SourcingRequest']> = ResolversObject<{
  acceptingQuotes?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  buyer?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  destinationCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  destinationPort?: Resolver<Maybe<ResolversTypes['Port']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['SourcingRequestEvent']>, ParentType, ContextType>;
  hs?: Resolver<Maybe<ResolversTypes['HsCode']>, ParentType, ContextType>;
  hsCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incoterm?: Resolver<ResolversTypes['Incoterm'], ParentType, ContextType>;
  keywords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  myQuote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType>;
  neededBy?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  quoteCap?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quoteCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quoteDeadline?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  quotesLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SourcingRequestStatus'], ParentType, ContextType>;
  targetUnitPrice?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['UnitOfMeasure'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['RequestVisibility'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SourcingRequestConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SourcingRequestConnection'] = ResolversParentTypes['SourcingRequestConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SourcingRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SourcingRequestEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SourcingRequestEdge'] = ResolversParentTypes['SourcingRequestEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SourcingRequest'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SourcingRequestEventResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SourcingRequestEvent'] = ResolversParentTypes['SourcingRequestEvent']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['SourcingRequestStatus']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['SourcingRequestStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SourcingRequestPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SourcingRequestPayload'] = ResolversParentTypes['SourcingRequestPayload']> = ResolversObject<{
  sourcingRequest?: Resolver<Maybe<ResolversTypes['SourcingRequest']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TariffImportResultResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TariffImportResult'] = ResolversParentTypes['TariffImportResult']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TariffRateResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TariffRate'] = ResolversParentTypes['TariffRate']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hsPrefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  indicative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rateBasisPoints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  territory?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TraceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Trace'] = ResolversParentTypes['Trace']> = ResolversObject<{
  goods?: Resolver<Array<ResolversTypes['TracedGoods']>, ParentType, ContextType>;
  tracking?: Resolver<ResolversTypes['PublicTracking'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TracedBatchResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TracedBatch'] = ResolversParentTypes['TracedBatch']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inspections?: Resolver<Array<ResolversTypes['BatchInspection']>, ParentType, ContextType>;
  producedKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  producedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  producerCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  producerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  producerPlace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TracedGoodsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TracedGoods'] = ResolversParentTypes['TracedGoods']> = ResolversObject<{
  batch?: Resolver<Maybe<ResolversTypes['TracedBatch']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  originCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TrackingEventResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TrackingEvent'] = ResolversParentTypes['TrackingEvent']> = ResolversObject<{
  code?: Resolver<ResolversTypes['TrackingCode'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  place?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['TrackingSource'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TrackingEventPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TrackingEventPayload'] = ResolversParentTypes['TrackingEventPayload']> = ResolversObject<{
  event?: Resolver<Maybe<ResolversTypes['TrackingEvent']>, ParentType, ContextType>;
  replayed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  shipment?: Resolver<Maybe<ResolversTypes['Shipment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TradeDocumentResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TradeDocument'] = ResolversParentTypes['TradeDocument']> = ResolversObject<{
  correctionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pdfSha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pdfUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revoked?: Resolver<Maybe<ResolversTypes['DocumentRevocation']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DocumentStatus'], ParentType, ContextType>;
  supersedesId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  ublSha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  xmlUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UnitOfMeasureResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['UnitOfMeasure'] = ResolversParentTypes['UnitOfMeasure']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['UnitQuantity'], ParentType, ContextType>;
  symbol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toBase?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  emailConfirmed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VerificationCheckResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['VerificationCheck'] = ResolversParentTypes['VerificationCheck']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VerificationEventResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['VerificationEvent'] = ResolversParentTypes['VerificationEvent']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromStatus?: Resolver<ResolversTypes['VerificationStatus'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['VerificationStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VerifiedDocumentResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['VerifiedDocument'] = ResolversParentTypes['VerifiedDocument']> = ResolversObject<{
  buyer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  destinationCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hsCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['VerifiedDocumentIssuer'], ParentType, ContextType>;
  keyId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  lineCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  originCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revoked?: Resolver<Maybe<ResolversTypes['DocumentRevocation']>, ParentType, ContextType>;
  seller?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DocumentStatus'], ParentType, ContextType>;
  supersededBy?: Resolver<Maybe<ResolversTypes['DocumentReference']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VerifiedDocumentIssuerResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['VerifiedDocumentIssuer'] = ResolversParentTypes['VerifiedDocumentIssuer']> = ResolversObject<{
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ViewerResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = ResolversObject<{
  authenticatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customsJurisdiction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isPlatformAdmin?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['MembershipRole']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type WarehouseResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Warehouse'] = ResolversParentTypes['Warehouse']> = ResolversObject<{
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionCountries?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type WeekCountResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['WeekCount'] = ResolversParentTypes['WeekCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  week?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weekStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphContext> = ResolversObject<{
  AcceptQuotePayload?: AcceptQuotePayloadResolvers<ContextType>;
  ApiToken?: ApiTokenResolvers<ContextType>;
  ApiTokenPayload?: ApiTokenPayloadResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  BankAccount?: BankAccountResolvers<ContextType>;
  Batch?: BatchResolvers<ContextType>;
  BatchInspection?: BatchInspectionResolvers<ContextType>;
  BatchPayload?: BatchPayloadResolvers<ContextType>;
  Certification?: CertificationResolvers<ContextType>;
  ChosenShipping?: ChosenShippingResolvers<ContextType>;
  Clearance?: ClearanceResolvers<ContextType>;
  ClearanceRecord?: ClearanceRecordResolvers<ContextType>;
  ComparedQuote?: ComparedQuoteResolvers<ContextType>;
  ConfirmEmailPayload?: ConfirmEmailPayloadResolvers<ContextType>;
  Conversation?: ConversationResolvers<ContextType>;
  ConversationConnection?: ConversationConnectionResolvers<ContextType>;
  ConversationEdge?: ConversationEdgeResolvers<ContextType>;
  ConversationMessage?: ConversationMessageResolvers<ContextType>;
  ConversationPayload?: ConversationPayloadResolvers<ContextType>;
  Conversion?: ConversionResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  CreateApiTokenPayload?: CreateApiTokenPayloadResolvers<ContextType>;
  Currency?: CurrencyResolvers<ContextType>;
  CustomsAccessEntry?: CustomsAccessEntryResolvers<ContextType>;
  CustomsAccessEntryConnection?: CustomsAccessEntryConnectionResolvers<ContextType>;
  CustomsAccessEntryEdge?: CustomsAccessEntryEdgeResolvers<ContextType>;
  CustomsAuthority?: CustomsAuthorityResolvers<ContextType>;
  CustomsPackage?: CustomsPackageResolvers<ContextType>;
  CustomsParty?: CustomsPartyResolvers<ContextType>;
  CustomsShipment?: CustomsShipmentResolvers<ContextType>;
  CustomsShipmentConnection?: CustomsShipmentConnectionResolvers<ContextType>;
  CustomsShipmentLine?: CustomsShipmentLineResolvers<ContextType>;
  CustomsShipmentSummary?: CustomsShipmentSummaryResolvers<ContextType>;
  CustomsShipmentSummaryEdge?: CustomsShipmentSummaryEdgeResolvers<ContextType>;
  CustomsTrackingEvent?: CustomsTrackingEventResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeMinimisThreshold?: DeMinimisThresholdResolvers<ContextType>;
  DecideClearancePayload?: DecideClearancePayloadResolvers<ContextType>;
  DeliveryEstimate?: DeliveryEstimateResolvers<ContextType>;
  DemandGroup?: DemandGroupResolvers<ContextType>;
  DeniedPartyImportResult?: DeniedPartyImportResultResolvers<ContextType>;
  DeniedPartyList?: DeniedPartyListResolvers<ContextType>;
  DocumentFile?: DocumentFileResolvers<ContextType>;
  DocumentPreviewPayload?: DocumentPreviewPayloadResolvers<ContextType>;
  DocumentReference?: DocumentReferenceResolvers<ContextType>;
  DocumentRevocation?: DocumentRevocationResolvers<ContextType>;
  DocumentVerification?: DocumentVerificationResolvers<ContextType>;
  DocumentVerificationChecks?: DocumentVerificationChecksResolvers<ContextType>;
  Embargo?: EmbargoResolvers<ContextType>;
  EmbargoPayload?: EmbargoPayloadResolvers<ContextType>;
  EventPrice?: EventPriceResolvers<ContextType>;
  EventPricePayload?: EventPricePayloadResolvers<ContextType>;
  FeedItem?: FeedItemResolvers<ContextType>;
  FxImportResult?: FxImportResultResolvers<ContextType>;
  FxRate?: FxRateResolvers<ContextType>;
  FxRateConnection?: FxRateConnectionResolvers<ContextType>;
  FxRateEdge?: FxRateEdgeResolvers<ContextType>;
  FxRatePayload?: FxRatePayloadResolvers<ContextType>;
  HeadingDemand?: HeadingDemandResolvers<ContextType>;
  HsCode?: HsCodeResolvers<ContextType>;
  HsCodeConnection?: HsCodeConnectionResolvers<ContextType>;
  HsCodeEdge?: HsCodeEdgeResolvers<ContextType>;
  HsSection?: HsSectionResolvers<ContextType>;
  ImportDeniedPartiesPayload?: ImportDeniedPartiesPayloadResolvers<ContextType>;
  ImportFxRatesPayload?: ImportFxRatesPayloadResolvers<ContextType>;
  ImportListingsPayload?: ImportListingsPayloadResolvers<ContextType>;
  ImportTariffsPayload?: ImportTariffsPayloadResolvers<ContextType>;
  Incoterm?: IncotermResolvers<ContextType>;
  IssueDocumentPayload?: IssueDocumentPayloadResolvers<ContextType>;
  Job?: JobResolvers<ContextType>;
  JobConnection?: JobConnectionResolvers<ContextType>;
  JobCounts?: JobCountsResolvers<ContextType>;
  JobEdge?: JobEdgeResolvers<ContextType>;
  JobPayload?: JobPayloadResolvers<ContextType>;
  LandedCost?: LandedCostResolvers<ContextType>;
  LandedCostItem?: LandedCostItemResolvers<ContextType>;
  LandedCostNote?: LandedCostNoteResolvers<ContextType>;
  Lane?: LaneResolvers<ContextType>;
  LanePayload?: LanePayloadResolvers<ContextType>;
  LedgerBalance?: LedgerBalanceResolvers<ContextType>;
  LedgerEntry?: LedgerEntryResolvers<ContextType>;
  Listing?: ListingResolvers<ContextType>;
  ListingConnection?: ListingConnectionResolvers<ContextType>;
  ListingEdge?: ListingEdgeResolvers<ContextType>;
  ListingImportError?: ListingImportErrorResolvers<ContextType>;
  ListingImportResult?: ListingImportResultResolvers<ContextType>;
  ListingPayload?: ListingPayloadResolvers<ContextType>;
  ListingPhoto?: ListingPhotoResolvers<ContextType>;
  ListingSearchConnection?: ListingSearchConnectionResolvers<ContextType>;
  ListingSearchEdge?: ListingSearchEdgeResolvers<ContextType>;
  ListingStatusChange?: ListingStatusChangeResolvers<ContextType>;
  ListingTranslation?: ListingTranslationResolvers<ContextType>;
  LockedRate?: LockedRateResolvers<ContextType>;
  MarkNotificationsReadPayload?: MarkNotificationsReadPayloadResolvers<ContextType>;
  Match?: MatchResolvers<ContextType>;
  MatchReason?: MatchReasonResolvers<ContextType>;
  MatchSignal?: MatchSignalResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  OfferedIncoterm?: OfferedIncotermResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderCounts?: OrderCountsResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderEvent?: OrderEventResolvers<ContextType>;
  OrderLedger?: OrderLedgerResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  OrderParty?: OrderPartyResolvers<ContextType>;
  OrderPayload?: OrderPayloadResolvers<ContextType>;
  OrderPreview?: OrderPreviewResolvers<ContextType>;
  OrderPreviewPayload?: OrderPreviewPayloadResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationConnection?: OrganisationConnectionResolvers<ContextType>;
  OrganisationEdge?: OrganisationEdgeResolvers<ContextType>;
  OrganisationPayload?: OrganisationPayloadResolvers<ContextType>;
  PackageType?: PackageTypeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PaymentMethod?: PaymentMethodResolvers<ContextType>;
  PaymentPayload?: PaymentPayloadResolvers<ContextType>;
  Port?: PortResolvers<ContextType>;
  PortConnection?: PortConnectionResolvers<ContextType>;
  PortEdge?: PortEdgeResolvers<ContextType>;
  PriceTier?: PriceTierResolvers<ContextType>;
  PublicTracking?: PublicTrackingResolvers<ContextType>;
  PublicTrackingEvent?: PublicTrackingEventResolvers<ContextType>;
  QuantityTotal?: QuantityTotalResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Quote?: QuoteResolvers<ContextType>;
  QuoteComparison?: QuoteComparisonResolvers<ContextType>;
  QuoteConnection?: QuoteConnectionResolvers<ContextType>;
  QuoteCriteriaScores?: QuoteCriteriaScoresResolvers<ContextType>;
  QuoteEdge?: QuoteEdgeResolvers<ContextType>;
  QuoteEvent?: QuoteEventResolvers<ContextType>;
  QuoteLandedCost?: QuoteLandedCostResolvers<ContextType>;
  QuotePayload?: QuotePayloadResolvers<ContextType>;
  QuoteWeights?: QuoteWeightsResolvers<ContextType>;
  RemoveEventPricePayload?: RemoveEventPricePayloadResolvers<ContextType>;
  RequestPasswordResetPayload?: RequestPasswordResetPayloadResolvers<ContextType>;
  RequiredDocument?: RequiredDocumentResolvers<ContextType>;
  ResendEmailConfirmationPayload?: ResendEmailConfirmationPayloadResolvers<ContextType>;
  ResetPasswordPayload?: ResetPasswordPayloadResolvers<ContextType>;
  RevokeDocumentPayload?: RevokeDocumentPayloadResolvers<ContextType>;
  SaleEvent?: SaleEventResolvers<ContextType>;
  SaleEventConnection?: SaleEventConnectionResolvers<ContextType>;
  SaleEventEdge?: SaleEventEdgeResolvers<ContextType>;
  SaleEventPayload?: SaleEventPayloadResolvers<ContextType>;
  SaleEventWindow?: SaleEventWindowResolvers<ContextType>;
  SavedListingPayload?: SavedListingPayloadResolvers<ContextType>;
  ScreeningHit?: ScreeningHitResolvers<ContextType>;
  ScreeningReview?: ScreeningReviewResolvers<ContextType>;
  ScreeningReviewEvent?: ScreeningReviewEventResolvers<ContextType>;
  ScreeningReviewPayload?: ScreeningReviewPayloadResolvers<ContextType>;
  Shipment?: ShipmentResolvers<ContextType>;
  ShipmentLine?: ShipmentLineResolvers<ContextType>;
  ShipmentPackage?: ShipmentPackageResolvers<ContextType>;
  ShipmentParty?: ShipmentPartyResolvers<ContextType>;
  ShipmentPayload?: ShipmentPayloadResolvers<ContextType>;
  ShipmentStatusChange?: ShipmentStatusChangeResolvers<ContextType>;
  ShippableLine?: ShippableLineResolvers<ContextType>;
  ShippingOption?: ShippingOptionResolvers<ContextType>;
  SignOutPayload?: SignOutPayloadResolvers<ContextType>;
  SigningKey?: SigningKeyResolvers<ContextType>;
  SourcingRequest?: SourcingRequestResolvers<ContextType>;
  SourcingRequestConnection?: SourcingRequestConnectionResolvers<ContextType>;
  SourcingRequestEdge?: SourcingRequestEdgeResolvers<ContextType>;
  SourcingRequestEvent?: SourcingRequestEventResolvers<ContextType>;
  SourcingRequestPayload?: SourcingRequestPayloadResolvers<ContextType>;
  TariffImportResult?: TariffImportResultResolvers<ContextType>;
  TariffRate?: TariffRateResolvers<ContextType>;
  Trace?: TraceResolvers<ContextType>;
  TracedBatch?: TracedBatchResolvers<ContextType>;
  TracedGoods?: TracedGoodsResolvers<ContextType>;
  TrackingEvent?: TrackingEventResolvers<ContextType>;
  TrackingEventPayload?: TrackingEventPayloadResolvers<ContextType>;
  TradeDocument?: TradeDocumentResolvers<ContextType>;
  UnitOfMeasure?: UnitOfMeasureResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  VerificationCheck?: VerificationCheckResolvers<ContextType>;
  VerificationEvent?: VerificationEventResolvers<ContextType>;
  VerifiedDocument?: VerifiedDocumentResolvers<ContextType>;
  VerifiedDocumentIssuer?: VerifiedDocumentIssuerResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  Warehouse?: WarehouseResolvers<ContextType>;
  WeekCount?: WeekCountResolvers<ContextType>;
}>;

