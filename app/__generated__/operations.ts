export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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

export type ClearanceDecision =
  | 'CLEARED'
  /** Needs a reason; both companies are told it. */
  | 'HELD'
  | 'RELEASED';

/** Clearance at one border: PENDING until the officer of that border decides. */
export type ClearanceStatus =
  | 'CLEARED'
  | 'HELD'
  | 'PENDING'
  | 'RELEASED';

export type ContactSellerInput = {
  /** Up to 4,000 characters. */
  body: Scalars['String']['input'];
  listingId: Scalars['ID']['input'];
};

export type CostPayer =
  | 'BUYER'
  | 'SELLER';

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

/** What an officer did at the customs desk. */
export type CustomsAccessAction =
  | 'DECIDE'
  | 'DOWNLOAD_DOCUMENT'
  | 'DOWNLOAD_ZIP'
  | 'SEARCH'
  | 'VERIFY_DOCUMENT'
  | 'VERIFY_UPLOAD'
  | 'VIEW_SHIPMENT';

export type CustomsAccessOutcome =
  | 'GRANTED'
  /** The shipment or document asked for is outside the officer's jurisdiction (or does not exist). */
  | 'REFUSED';

/** Which side of the shipment the officer's country is. */
export type CustomsBorder =
  | 'EXPORT'
  | 'IMPORT';

export type CustomsDirection =
  | 'EITHER'
  | 'EXPORT'
  | 'IMPORT';

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

export type DecideClearanceInput = {
  decision: ClearanceDecision;
  /** Required to hold. */
  reason?: InputMaybe<Scalars['String']['input']>;
  shipmentId: Scalars['ID']['input'];
};

export type DecideScreeningInput = {
  decision: ScreeningDecision;
  /** Why: the evidence that the party is, or is not, the listed one. */
  note: Scalars['String']['input'];
  reviewId: Scalars['ID']['input'];
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

export type FreightPayable =
  | 'COLLECT'
  | 'PREPAID';

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

export type JobStatus =
  /** Every attempt failed; an admin may retry it. */
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

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

export type MembershipRole =
  | 'ADMIN'
  | 'MEMBER'
  | 'OFFICER'
  | 'OWNER';

export type MoneyInput = {
  amount: Scalars['String']['input'];
  currency: Scalars['String']['input'];
};

export type NewOrganisationInput = {
  country: Scalars['String']['input'];
  kind: OrganisationKind;
  legalName: Scalars['String']['input'];
  preferredCurrency?: InputMaybe<Scalars['String']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
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

export type OfferedIncotermInput = {
  /** Incoterms 2020 code, e.g. FOB. FAS, FOB, CFR and CIF need a ship-from port that is a sea port. */
  code: Scalars['String']['input'];
  namedPlace: Scalars['String']['input'];
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

export type OrderPaymentTerms =
  /** The buyer pays before shipment, straight to the seller. */
  | 'ADVANCE_TRANSFER'
  /** The platform holds the buyer's money until delivery is confirmed. */
  | 'ESCROW'
  /** Documentary letter of credit, with its reference and issuing bank. */
  | 'LETTER_OF_CREDIT'
  /** The seller ships on credit (30, 60 or 90 days). */
  | 'OPEN_ACCOUNT';

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

export type OrganisationKind =
  | 'BOTH'
  | 'BUYER'
  | 'CUSTOMS_AUTHORITY'
  | 'EXPORTER'
  | 'PLATFORM';

export type OriginCriterion =
  /** Change of tariff heading. */
  | 'CTH'
  /** Change of tariff subheading. */
  | 'CTSH'
  /** Regional value content (at least 40 %, with the FOB value). */
  | 'RVC'
  /** Wholly obtained. */
  | 'WO';

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

export type PriceTierInput = {
  /** In the listing's unit; the first tier's must equal the MOQ. */
  minQuantity: Scalars['Float']['input'];
  /** Decimal in the listing's currency, e.g. "1250.00". */
  unitPrice: Scalars['String']['input'];
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

export type ReplyToConversationInput = {
  body: Scalars['String']['input'];
  conversationId: Scalars['ID']['input'];
};

export type RequestVisibility =
  /** Every exporter may see and quote. */
  | 'ALL'
  /** Only verified exporters see it; for the others it does not exist. */
  | 'VERIFIED';

/** Why the lane and mode need a document. */
export type RequiredDocumentReason =
  | 'AIR_TRANSPORT'
  | 'ALWAYS'
  | 'ORIGIN_PROOF'
  | 'POSTAL_CUSTOMS'
  | 'PREFERENTIAL_ORIGIN'
  | 'SEA_TRANSPORT';

export type RevokeDocumentInput = {
  documentId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type SaleEventKind =
  /** One to three local calendar days that every served country gets in full. */
  | 'LOCAL_DAY'
  /** A plain window between two UTC instants. */
  | 'UTC_WINDOW';

export type SaleEventTiming =
  | 'CURRENT'
  | 'PAST'
  | 'UPCOMING';

export type ScreeningDecision =
  | 'APPROVED'
  | 'REJECTED';

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

export type ShipmentLineInput = {
  batchId?: InputMaybe<Scalars['ID']['input']>;
  orderLineId: Scalars['ID']['input'];
  quantity: Scalars['Float']['input'];
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

export type SignUpInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  locale?: InputMaybe<Scalars['String']['input']>;
  organisation: NewOrganisationInput;
  password: Scalars['String']['input'];
};

export type SigningKeyStatus =
  /** Signs new documents. */
  | 'ACTIVE'
  /** Replaced by a newer key; still verifies what it signed. */
  | 'RETIRED'
  /** Vouches for nothing: documents it signed fail the issuer check. */
  | 'REVOKED';

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

export type TrackingEventInput = {
  code: TrackingCode;
  locode?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** ISO 8601 with its offset as the carrier reports it, e.g. 2026-12-03T06:30:00+08:00. */
  occurredAt: Scalars['String']['input'];
  place: Scalars['String']['input'];
  timeZone: Scalars['String']['input'];
};

/** Who posted a tracking event. */
export type TrackingSource =
  | 'CARRIER'
  | 'CUSTOMS'
  | 'PLATFORM'
  | 'SELLER';

export type TransportMode =
  | 'AIR'
  | 'INLAND_WATERWAY'
  | 'MULTIMODAL'
  | 'RAIL'
  | 'ROAD'
  | 'SEA';

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

export type UtcWindowInput = {
  /** Exclusive; at most 31 days after startsAt. */
  endsAt: Scalars['DateTime']['input'];
  startsAt: Scalars['DateTime']['input'];
};

/** How a destination builds the customs value: CIF (goods, freight and insurance to the border) or FOB (goods at the port of export, as in the US). */
export type ValuationBasis =
  | 'CIF'
  | 'FOB';

export type VerificationStatus =
  | 'PENDING'
  | 'REJECTED'
  | 'UNVERIFIED'
  | 'VERIFIED';

export type CustomsDeskViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomsDeskViewerQuery = { viewer: { customsJurisdiction: string | null } };

export type CustomsShipmentsQueryVariables = Exact<{
  filter?: InputMaybe<CustomsShipmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CustomsShipmentsQuery = { customsShipments: { totalCount: number | null, edges: Array<{ cursor: string, node: { id: string, border: CustomsBorder, shippedOn: string, exportCountry: string, importCountry: string, mode: string, trackingNumber: string, status: string, hsChapters: Array<string>, exporterOrganisationId: string, exporterName: string, importerOrganisationId: string, importerName: string, clearance: { status: ClearanceStatus, reason: string | null, decidedAt: string | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CustomsShipmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomsShipmentQuery = { customsShipment: { id: string, border: CustomsBorder, shippedOn: string, exportCountry: string, importCountry: string, mode: string, carrierName: string, trackingNumber: string, bookingNumber: string | null, vesselName: string | null, voyageNumber: string | null, flightNumber: string | null, portOfLoading: string | null, portOfDischarge: string | null, status: string, incoterm: string, namedPlace: string, grossWeightKg: number, netWeightKg: number, volumeM3: number, nextDecisions: Array<ClearanceDecision>, parties: Array<{ role: string, name: string, addressLine1: string | null, addressLine2: string | null, city: string | null, postalCode: string | null, country: string }>, lines: Array<{ position: number, hsCode: string, description: string, quantity: number, unit: string, originCountry: string, netWeightKg: number | null, grossWeightKg: number | null, batchCode: string | null }>, packages: Array<{ position: number, count: number, packageType: string, grossWeightKg: number, netWeightKg: number, lengthCm: number, widthCm: number, heightCm: number, marks: string | null }>, tracking: Array<{ code: string, occurredAt: string, timeZone: string, place: string, locode: string | null, note: string | null, source: string }>, clearance: { status: ClearanceStatus, reason: string | null, decidedAt: string | null }, decisions: Array<{ id: string, fromStatus: ClearanceStatus, toStatus: ClearanceStatus, reason: string | null, decidedAt: string }> } };

export type DecideClearanceMutationVariables = Exact<{
  input: DecideClearanceInput;
}>;


export type DecideClearanceMutation = { decideClearance: { clearance: { status: ClearanceStatus, reason: string | null, decidedAt: string | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type DocumentAccessLogQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DocumentAccessLogQuery = { documentAccessLog: { totalCount: number, edges: Array<{ node: { id: string, sequence: number, at: string, action: CustomsAccessAction, outcome: CustomsAccessOutcome, officerName: string, authorityName: string | null, jurisdiction: string | null, shipmentId: string | null, documentId: string | null, detail: string, ipAddress: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DocumentSigningKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type DocumentSigningKeysQuery = { documentSigningKeys: Array<{ id: string, algorithm: string, publicKey: string, status: SigningKeyStatus, createdAt: string, retiredAt: string | null, revokedAt: string | null }> };

export type VerificationResultFragment = { verdict: DocumentVerdict, checks: { integrity: { passed: boolean, code: string, detail: string }, status: { passed: boolean, code: string, detail: string }, issuer: { passed: boolean, code: string, detail: string } }, document: { id: string, kind: DocumentKind, number: string, version: number, status: DocumentStatus, issuedAt: string, keyId: string, sha256: string, seller: string, buyer: string, originCountry: string, destinationCountry: string, mode: string, orderReference: string, lineCount: number, hsCodes: Array<string>, issuer: { organisationId: string, name: string, country: string, verified: boolean }, total: { amount: string, currency: string }, revoked: { at: string, by: string, reason: string } | null, supersededBy: { id: string, number: string, version: number } | null } | null };

export type VerifyDocumentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VerifyDocumentQuery = { verifyDocument: { verdict: DocumentVerdict, checks: { integrity: { passed: boolean, code: string, detail: string }, status: { passed: boolean, code: string, detail: string }, issuer: { passed: boolean, code: string, detail: string } }, document: { id: string, kind: DocumentKind, number: string, version: number, status: DocumentStatus, issuedAt: string, keyId: string, sha256: string, seller: string, buyer: string, originCountry: string, destinationCountry: string, mode: string, orderReference: string, lineCount: number, hsCodes: Array<string>, issuer: { organisationId: string, name: string, country: string, verified: boolean }, total: { amount: string, currency: string }, revoked: { at: string, by: string, reason: string } | null, supersededBy: { id: string, number: string, version: number } | null } | null } };

export type VerifyDocumentUploadQueryVariables = Exact<{
  base64: Scalars['String']['input'];
}>;


export type VerifyDocumentUploadQuery = { verifyDocumentUpload: { verdict: DocumentVerdict, checks: { integrity: { passed: boolean, code: string, detail: string }, status: { passed: boolean, code: string, detail: string }, issuer: { passed: boolean, code: string, detail: string } }, document: { id: string, kind: DocumentKind, number: string, version: number, status: DocumentStatus, issuedAt: string, keyId: string, sha256: string, seller: string, buyer: string, originCountry: string, destinationCountry: string, mode: string, orderReference: string, lineCount: number, hsCodes: Array<string>, issuer: { organisationId: string, name: string, country: string, verified: boolean }, total: { amount: string, currency: string }, revoked: { at: string, by: string, reason: string } | null, supersededBy: { id: string, number: string, version: number } | null } | null } };

export type TradeDocumentRowFragment = { id: string, kind: DocumentKind, number: string, version: number, status: DocumentStatus, issuedAt: string, pdfSha256: string, ublSha256: string, supersedesId: string | null, correctionReason: string | null, pdfUrl: string, xmlUrl: string, revoked: { at: string, by: string, reason: string } | null };

export type ShipmentDocumentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ShipmentDocumentsQuery = { shipment: { id: string, orderId: string, trackingNumber: string, mode: ShippingMode, exportCountry: string, importCountry: string, parties: Array<{ role: string, organisationId: string | null, name: string }>, lines: Array<{ position: number, hsCode: string, description: string }>, documents: Array<{ id: string, kind: DocumentKind, number: string, version: number, status: DocumentStatus, issuedAt: string, pdfSha256: string, ublSha256: string, supersedesId: string | null, correctionReason: string | null, pdfUrl: string, xmlUrl: string, revoked: { at: string, by: string, reason: string } | null }>, requiredDocuments: Array<{ kind: DocumentKind, reason: RequiredDocumentReason, inForce: { id: string } | null }> } | null };

export type CustomsShipmentDocumentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomsShipmentDocumentsQuery = { customsShipment: { id: string, trackingNumber: string, mode: string, exportCountry: string, importCountry: string, parties: Array<{ role: string, name: string }>, lines: Array<{ position: number, hsCode: string, description: string }> }, shipmentDocuments: Array<{ id: string, kind: DocumentKind, number: string, version: number, status: DocumentStatus, issuedAt: string, pdfSha256: string, ublSha256: string, supersedesId: string | null, correctionReason: string | null, pdfUrl: string, xmlUrl: string, revoked: { at: string, by: string, reason: string } | null }>, shipmentRequiredDocuments: Array<{ kind: DocumentKind, reason: RequiredDocumentReason, inForce: { id: string } | null }> };

export type OfficerDocumentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfficerDocumentsQuery = { shipmentDocuments: Array<{ id: string, kind: DocumentKind, number: string, version: number, status: DocumentStatus, issuedAt: string, pdfSha256: string, ublSha256: string, supersedesId: string | null, correctionReason: string | null, pdfUrl: string, xmlUrl: string, revoked: { at: string, by: string, reason: string } | null }> };

export type IssueDocumentMutationVariables = Exact<{
  input: IssueDocumentInput;
}>;


export type IssueDocumentMutation = { issueDocument: { document: { id: string, kind: DocumentKind, number: string, version: number } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type RevokeDocumentMutationVariables = Exact<{
  input: RevokeDocumentInput;
}>;


export type RevokeDocumentMutation = { revokeDocument: { document: { id: string, kind: DocumentKind, number: string, version: number } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type DocumentsOrderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DocumentsOrderQuery = { order: { id: string, viewerRole: string | null, goodsTotal: { amount: string, currency: string } } | null };

export type DocumentFileQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  format: DocumentFormat;
}>;


export type DocumentFileQuery = { documentFile: { filename: string, contentType: string, base64: string } };

export type CustomsDocumentsZipQueryVariables = Exact<{
  shipmentId: Scalars['ID']['input'];
}>;


export type CustomsDocumentsZipQuery = { customsDocumentsZip: { filename: string, contentType: string, base64: string } };

export type PreviewDocumentQueryVariables = Exact<{
  input: IssueDocumentInput;
}>;


export type PreviewDocumentQuery = { previewDocument: { file: { filename: string, contentType: string, base64: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type AdminFxRatesQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AdminFxRatesQuery = { fxRates: { totalCount: number, edges: Array<{ node: { id: string, base: string, quote: string, rate: string, asOf: string, source: string, createdAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SetFxRateMutationVariables = Exact<{
  input: SetFxRateInput;
}>;


export type SetFxRateMutation = { setFxRate: { fxRate: { base: string, quote: string, rate: string, asOf: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ImportFxRatesMutationVariables = Exact<{
  csv: Scalars['String']['input'];
}>;


export type ImportFxRatesMutation = { importFxRates: { result: { read: number, created: number, updated: number, unchanged: number } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type RootViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type RootViewerQuery = { viewer: { role: MembershipRole | null, isPlatformAdmin: boolean, customsJurisdiction: string | null, user: { displayName: string } | null, organisation: { legalName: string, kind: OrganisationKind, verified: boolean, verificationStatus: VerificationStatus } | null } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { user: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { user: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: { signedOut: boolean } };

export type CompanyProfileFragment = { id: string, kind: OrganisationKind, legalName: string, country: string, addressLine1: string | null, addressLine2: string | null, city: string | null, postalCode: string | null, registrationNumber: string | null, taxId: string | null, eori: string | null, exportLicence: string | null, preferredLocale: string, preferredCurrency: string, timeZone: string, verificationStatus: VerificationStatus, verified: boolean, verifiedAt: string | null, createdAt: string };

export type CompanyQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyQuery = { viewer: { role: MembershipRole | null, organisation: { id: string, kind: OrganisationKind, legalName: string, country: string, addressLine1: string | null, addressLine2: string | null, city: string | null, postalCode: string | null, registrationNumber: string | null, taxId: string | null, eori: string | null, exportLicence: string | null, preferredLocale: string, preferredCurrency: string, timeZone: string, verificationStatus: VerificationStatus, verified: boolean, verifiedAt: string | null, createdAt: string, verificationHistory: Array<{ id: string, fromStatus: VerificationStatus, toStatus: VerificationStatus, reason: string | null, actor: string | null, createdAt: string }> } | null } };

export type UpdateOrganisationMutationVariables = Exact<{
  input: UpdateOrganisationInput;
}>;


export type UpdateOrganisationMutation = { updateOrganisation: { organisation: { id: string, legalName: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type RequestVerificationMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestVerificationMutation = { requestVerification: { organisation: { id: string, legalName: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type VerificationQueueQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type VerificationQueueQuery = { verificationQueue: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, kind: OrganisationKind, legalName: string, country: string, addressLine1: string | null, addressLine2: string | null, city: string | null, postalCode: string | null, registrationNumber: string | null, taxId: string | null, eori: string | null, exportLicence: string | null, preferredLocale: string, preferredCurrency: string, timeZone: string, verificationStatus: VerificationStatus, verified: boolean, verifiedAt: string | null, createdAt: string, verificationHistory: Array<{ id: string, fromStatus: VerificationStatus, toStatus: VerificationStatus, reason: string | null, actor: string | null, createdAt: string }>, resemblesVerified: { id: string, legalName: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ApproveVerificationMutationVariables = Exact<{
  organisationId: Scalars['ID']['input'];
}>;


export type ApproveVerificationMutation = { approveVerification: { organisation: { id: string, legalName: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type RejectVerificationMutationVariables = Exact<{
  organisationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RejectVerificationMutation = { rejectVerification: { organisation: { id: string, legalName: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ApiTokenRowFragment = { id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { viewer: { role: MembershipRole | null, organisation: { legalName: string, timeZone: string } | null }, apiTokens: Array<{ id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type CreateApiTokenMutation = { createApiToken: { token: string | null, apiToken: { id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { apiToken: { id: string, name: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type DashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardQuery = { viewer: { isPlatformAdmin: boolean, customsJurisdiction: string | null, user: { displayName: string } | null, organisation: { legalName: string, kind: OrganisationKind, verificationStatus: VerificationStatus } | null } };

export type PendingVerificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingVerificationsQuery = { verificationQueue: { totalCount: number } };

export type AdminTimeZoneQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminTimeZoneQuery = { viewer: { organisation: { timeZone: string } | null } };

export type ViewerPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerPreferencesQuery = { viewer: { isPlatformAdmin: boolean, organisation: { id: string, kind: OrganisationKind, legalName: string, country: string, timeZone: string, preferredCurrency: string, verified: boolean } | null } };

export type ViewerEmailQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerEmailQuery = { viewer: { user: { email: string, emailConfirmed: boolean } | null } };

export type ResendEmailConfirmationMutationVariables = Exact<{ [key: string]: never; }>;


export type ResendEmailConfirmationMutation = { resendEmailConfirmation: { sent: boolean, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ConfirmEmailMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type ConfirmEmailMutation = { confirmEmail: { user: { emailConfirmed: boolean } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: { accepted: boolean, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ResetPasswordMutationVariables = Exact<{
  token: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type ResetPasswordMutation = { resetPassword: { reset: boolean, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CustomsAuthoritiesQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomsAuthoritiesQuery = { customsAuthorities: Array<{ officerCount: number, organisation: { id: string, legalName: string, country: string } }> };

export type CreateCustomsAuthorityMutationVariables = Exact<{
  input: CreateCustomsAuthorityInput;
}>;


export type CreateCustomsAuthorityMutation = { createCustomsAuthority: { organisation: { legalName: string, country: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ListingSummaryFragment = { id: string, status: ListingStatus, title: string, hsCode: string, moq: number, availableQuantity: number, leadTimeDays: number, updatedAt: string, localized: { title: string, description: string }, originCountry: { code: string, name: string }, unit: { code: string, name: string, symbol: string }, priceFrom: { amount: string, currency: string }, incoterms: Array<{ code: string, namedPlace: string }>, seller: { id: string, legalName: string, country: string, verified: boolean }, photos: Array<{ id: string, url: string, srcset: string | null, width: number | null, height: number | null }>, eventPrice: { unitPrice: { amount: string, currency: string }, event: { id: string, name: string, window: { text: string, timeZone: string } } } | null };

export type ListingDetailFragment = { externalRef: string | null, description: string, locale: string, currency: string, netWeightKg: number | null, grossWeightKg: number | null, volumeM3: number | null, packaging: string | null, sellerVerified: boolean, viewerCanEdit: boolean, publishedAt: string | null, id: string, status: ListingStatus, title: string, hsCode: string, moq: number, availableQuantity: number, leadTimeDays: number, updatedAt: string, translations: Array<{ locale: string, title: string, description: string }>, priceTiers: Array<{ minQuantity: number, unitPrice: { amount: string, currency: string } }>, incoterms: Array<{ code: string, namedPlace: string, incoterm: { name: string } }>, shipFromPort: { locode: string, name: string } | null, certifications: Array<{ kind: CertificationKind, reference: string | null }>, photos: Array<{ id: string, url: string, srcset: string | null, width: number | null, height: number | null, contentType: string, byteSize: number }>, statusHistory: Array<{ fromStatus: ListingStatus | null, toStatus: ListingStatus, at: string }>, localized: { title: string, description: string }, originCountry: { code: string, name: string }, unit: { code: string, name: string, symbol: string }, priceFrom: { amount: string, currency: string }, seller: { id: string, legalName: string, country: string, verified: boolean }, eventPrice: { unitPrice: { amount: string, currency: string }, event: { id: string, name: string, window: { text: string, timeZone: string } } } | null };

export type ListingPriceInViewerCurrencyFragment = { priceInViewerCurrency: { inCurrency?: { rate: string, rateDate: string, to: { amount: string, currency: string } } | null } };

export type ListingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  viewerCurrency: Scalars['String']['input'];
  convert: Scalars['Boolean']['input'];
}>;


export type ListingQuery = { listing: { externalRef: string | null, description: string, locale: string, currency: string, netWeightKg: number | null, grossWeightKg: number | null, volumeM3: number | null, packaging: string | null, sellerVerified: boolean, viewerCanEdit: boolean, publishedAt: string | null, id: string, status: ListingStatus, title: string, hsCode: string, moq: number, availableQuantity: number, leadTimeDays: number, updatedAt: string, translations: Array<{ locale: string, title: string, description: string }>, priceTiers: Array<{ minQuantity: number, unitPrice: { amount: string, currency: string } }>, incoterms: Array<{ code: string, namedPlace: string, incoterm: { name: string } }>, shipFromPort: { locode: string, name: string } | null, certifications: Array<{ kind: CertificationKind, reference: string | null }>, photos: Array<{ id: string, url: string, srcset: string | null, width: number | null, height: number | null, contentType: string, byteSize: number }>, statusHistory: Array<{ fromStatus: ListingStatus | null, toStatus: ListingStatus, at: string }>, priceInViewerCurrency: { inCurrency?: { rate: string, rateDate: string, to: { amount: string, currency: string } } | null }, localized: { title: string, description: string }, originCountry: { code: string, name: string }, unit: { code: string, name: string, symbol: string }, priceFrom: { amount: string, currency: string }, seller: { id: string, legalName: string, country: string, verified: boolean }, eventPrice: { unitPrice: { amount: string, currency: string }, event: { id: string, name: string, window: { text: string, timeZone: string } } } | null } | null };

export type EditableListingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EditableListingQuery = { listing: { externalRef: string | null, description: string, locale: string, currency: string, netWeightKg: number | null, grossWeightKg: number | null, volumeM3: number | null, packaging: string | null, sellerVerified: boolean, viewerCanEdit: boolean, publishedAt: string | null, id: string, status: ListingStatus, title: string, hsCode: string, moq: number, availableQuantity: number, leadTimeDays: number, updatedAt: string, translations: Array<{ locale: string, title: string, description: string }>, priceTiers: Array<{ minQuantity: number, unitPrice: { amount: string, currency: string } }>, incoterms: Array<{ code: string, namedPlace: string, incoterm: { name: string } }>, shipFromPort: { locode: string, name: string } | null, certifications: Array<{ kind: CertificationKind, reference: string | null }>, photos: Array<{ id: string, url: string, srcset: string | null, width: number | null, height: number | null, contentType: string, byteSize: number }>, statusHistory: Array<{ fromStatus: ListingStatus | null, toStatus: ListingStatus, at: string }>, localized: { title: string, description: string }, originCountry: { code: string, name: string }, unit: { code: string, name: string, symbol: string }, priceFrom: { amount: string, currency: string }, seller: { id: string, legalName: string, country: string, verified: boolean }, eventPrice: { unitPrice: { amount: string, currency: string }, event: { id: string, name: string, window: { text: string, timeZone: string } } } | null } | null };

export type ListingForRequestQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ListingForRequestQuery = { listing: { id: string, title: string, hsCode: string, moq: number, localized: { title: string }, unit: { code: string }, incoterms: Array<{ code: string, namedPlace: string }>, seller: { legalName: string } } | null };

export type MyListingsQueryVariables = Exact<{
  status?: InputMaybe<ListingStatus>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyListingsQuery = { myListings: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, status: ListingStatus, title: string, hsCode: string, moq: number, availableQuantity: number, leadTimeDays: number, updatedAt: string, localized: { title: string, description: string }, originCountry: { code: string, name: string }, unit: { code: string, name: string, symbol: string }, priceFrom: { amount: string, currency: string }, incoterms: Array<{ code: string, namedPlace: string }>, seller: { id: string, legalName: string, country: string, verified: boolean }, photos: Array<{ id: string, url: string, srcset: string | null, width: number | null, height: number | null }>, eventPrice: { unitPrice: { amount: string, currency: string }, event: { id: string, name: string, window: { text: string, timeZone: string } } } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SearchListingsQueryVariables = Exact<{
  query?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<ListingSearchFilters>;
  sort?: InputMaybe<ListingSort>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  viewerCurrency: Scalars['String']['input'];
  convert: Scalars['Boolean']['input'];
}>;


export type SearchListingsQuery = { searchListings: { totalCount: number, totalCountIsExact: boolean, edges: Array<{ cursor: string, node: { id: string, status: ListingStatus, title: string, hsCode: string, moq: number, availableQuantity: number, leadTimeDays: number, updatedAt: string, localized: { title: string, description: string }, originCountry: { code: string, name: string }, unit: { code: string, name: string, symbol: string }, priceFrom: { amount: string, currency: string }, incoterms: Array<{ code: string, namedPlace: string }>, seller: { id: string, legalName: string, country: string, verified: boolean }, photos: Array<{ id: string, url: string, srcset: string | null, width: number | null, height: number | null }>, eventPrice: { unitPrice: { amount: string, currency: string }, event: { id: string, name: string, window: { text: string, timeZone: string } } } | null, priceInViewerCurrency: { inCurrency?: { rate: string, rateDate: string, to: { amount: string, currency: string } } | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SavedListingsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  viewerCurrency: Scalars['String']['input'];
  convert: Scalars['Boolean']['input'];
}>;


export type SavedListingsQuery = { savedListings: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, status: ListingStatus, title: string, hsCode: string, moq: number, availableQuantity: number, leadTimeDays: number, updatedAt: string, localized: { title: string, description: string }, originCountry: { code: string, name: string }, unit: { code: string, name: string, symbol: string }, priceFrom: { amount: string, currency: string }, incoterms: Array<{ code: string, namedPlace: string }>, seller: { id: string, legalName: string, country: string, verified: boolean }, photos: Array<{ id: string, url: string, srcset: string | null, width: number | null, height: number | null }>, eventPrice: { unitPrice: { amount: string, currency: string }, event: { id: string, name: string, window: { text: string, timeZone: string } } } | null, priceInViewerCurrency: { inCurrency?: { rate: string, rateDate: string, to: { amount: string, currency: string } } | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ListingPayloadFieldsFragment = { listing: { id: string, title: string, status: ListingStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> };

export type CreateListingMutationVariables = Exact<{
  input: CreateListingInput;
}>;


export type CreateListingMutation = { createListing: { listing: { id: string, title: string, status: ListingStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type UpdateListingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateListingInput;
}>;


export type UpdateListingMutation = { updateListing: { listing: { id: string, title: string, status: ListingStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type PublishListingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishListingMutation = { publishListing: { listing: { id: string, title: string, status: ListingStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type PauseListingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PauseListingMutation = { pauseListing: { listing: { id: string, title: string, status: ListingStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ArchiveListingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveListingMutation = { archiveListing: { listing: { id: string, title: string, status: ListingStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type DeleteListingPhotoMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteListingPhotoMutation = { deleteListingPhoto: { listing: { id: string, title: string, status: ListingStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ImportListingsCsvMutationVariables = Exact<{
  csv: Scalars['String']['input'];
}>;


export type ImportListingsCsvMutation = { importListingsCsv: { result: { rowsRead: number, created: number, updated: number, failed: number, errorsOmitted: number, errors: Array<{ row: number, column: string | null, code: string, message: string }> } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ListingFormReferenceQueryVariables = Exact<{ [key: string]: never; }>;


export type ListingFormReferenceQuery = { countries: Array<{ code: string, name: string }>, currencies: Array<{ code: string, name: string }>, unitsOfMeasure: Array<{ code: string, name: string, symbol: string }>, incoterms: Array<{ code: string, name: string }> };

export type InsightsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type InsightsQuery = { openDemand: Array<{ openCount: number, destinationCountry: { code: string, name: string }, hsChapter: { code: string, description: string } | null, quantities: Array<{ kind: UnitQuantity, total: number, unit: { code: string, symbol: string } }>, trend: Array<{ week: string, weekStart: string, count: number }> }>, whatSellsWhere: Array<{ openCount: number, destinationCountry: { code: string, name: string }, hsHeading: { code: string, description: string }, quantities: Array<{ kind: UnitQuantity, total: number, unit: { code: string, symbol: string } }> }> };

export type BuyerFeedQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type BuyerFeedQuery = { buyerFeed: Array<{ match: { score: number, excluded: boolean, listing: { id: string, title: string, moq: number, priceFrom: { amount: string, currency: string }, localized: { title: string }, seller: { legalName: string, country: string, verified: boolean }, originCountry: { name: string }, unit: { code: string, name: string, symbol: string } }, reasons: Array<{ signal: MatchSignalName, code: string, positive: boolean, text: string }>, delivery: { mode: TransportMode, leadTimeDays: number, transitDaysMin: number, transitDaysMax: number, earliest: string, latest: string, onTime: string, estimated: boolean } | null, unitPrice: { amount: string, currency: string }, unit: { code: string, name: string, symbol: string }, convertedUnitPrice: { rate: string, rateDate: string, to: { amount: string, currency: string } } | null, request: { id: string, title: string, quantity: number, destinationCountry: string, neededBy: string, unit: { code: string, name: string, symbol: string }, buyer: { legalName: string, verified: boolean } } }, basedOn: { id: string, title: string } }> };

export type SaleEventFieldsFragment = { id: string, name: string, kind: SaleEventKind, localDate: string | null, days: number | null, countries: Array<string> | null, opensIn: Array<string>, closesIn: Array<string>, startsAt: string, endsAt: string, isLive: boolean, timing: SaleEventTiming, window: { text: string, timeZone: string }, utc: { text: string } };

export type SaleEventsQueryVariables = Exact<{
  timing?: InputMaybe<SaleEventTiming>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SaleEventsQuery = { saleEvents: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: SaleEventKind, localDate: string | null, days: number | null, countries: Array<string> | null, opensIn: Array<string>, closesIn: Array<string>, startsAt: string, endsAt: string, isLive: boolean, timing: SaleEventTiming, window: { text: string, timeZone: string }, utc: { text: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SaleEventBannerQueryVariables = Exact<{ [key: string]: never; }>;


export type SaleEventBannerQuery = { current: { edges: Array<{ node: { id: string, name: string, kind: SaleEventKind, localDate: string | null, days: number | null, countries: Array<string> | null, opensIn: Array<string>, closesIn: Array<string>, startsAt: string, endsAt: string, isLive: boolean, timing: SaleEventTiming, window: { text: string, timeZone: string }, utc: { text: string } } }> }, upcoming: { edges: Array<{ node: { id: string, name: string, kind: SaleEventKind, localDate: string | null, days: number | null, countries: Array<string> | null, opensIn: Array<string>, closesIn: Array<string>, startsAt: string, endsAt: string, isLive: boolean, timing: SaleEventTiming, window: { text: string, timeZone: string }, utc: { text: string } } }> } };

export type CreateSaleEventMutationVariables = Exact<{
  input: CreateSaleEventInput;
}>;


export type CreateSaleEventMutation = { createSaleEvent: { saleEvent: { id: string, name: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type SetEventPriceMutationVariables = Exact<{
  input: SetEventPriceInput;
}>;


export type SetEventPriceMutation = { setEventPrice: { eventPrice: { unitPrice: { amount: string, currency: string }, event: { name: string } } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type InboxQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type InboxQuery = { unreadCount: number, inbox: { totalCount: number, edges: Array<{ node: { id: string, kind: NotificationKind, subjectId: string, message: string, payload: string, read: boolean, createdAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UnreadCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadCountQuery = { unreadCount: number };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { unreadCount: number | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type PriceableSaleEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type PriceableSaleEventsQuery = { current: { edges: Array<{ node: { id: string, name: string, kind: SaleEventKind, localDate: string | null, days: number | null, countries: Array<string> | null, opensIn: Array<string>, closesIn: Array<string>, startsAt: string, endsAt: string, isLive: boolean, timing: SaleEventTiming, window: { text: string, timeZone: string }, utc: { text: string } } }> }, upcoming: { edges: Array<{ node: { id: string, name: string, kind: SaleEventKind, localDate: string | null, days: number | null, countries: Array<string> | null, opensIn: Array<string>, closesIn: Array<string>, startsAt: string, endsAt: string, isLive: boolean, timing: SaleEventTiming, window: { text: string, timeZone: string }, utc: { text: string } } }> } };

export type ConversationSummaryFragment = { id: string, listingId: string, listingTitle: string, counterpartName: string, viewerIsBuyer: boolean, lastMessageAt: string };

export type ConversationsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConversationsQuery = { conversations: { totalCount: number, edges: Array<{ node: { id: string, listingId: string, listingTitle: string, counterpartName: string, viewerIsBuyer: boolean, lastMessageAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConversationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConversationQuery = { conversation: { id: string, listingId: string, listingTitle: string, counterpartName: string, viewerIsBuyer: boolean, lastMessageAt: string, messages: Array<{ id: string, authorName: string, fromViewer: boolean, body: string, createdAt: string }> } | null };

export type ContactSellerMutationVariables = Exact<{
  input: ContactSellerInput;
}>;


export type ContactSellerMutation = { contactSeller: { conversation: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ReplyToConversationMutationVariables = Exact<{
  input: ReplyToConversationInput;
}>;


export type ReplyToConversationMutation = { replyToConversation: { conversation: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type SaveListingMutationVariables = Exact<{
  listingId: Scalars['ID']['input'];
}>;


export type SaveListingMutation = { saveListing: { saved: boolean | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type UnsaveListingMutationVariables = Exact<{
  listingId: Scalars['ID']['input'];
}>;


export type UnsaveListingMutation = { unsaveListing: { saved: boolean | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ListingSavedQueryVariables = Exact<{
  listingId: Scalars['ID']['input'];
}>;


export type ListingSavedQuery = { listingSaved: boolean };

export type LandedCostFieldsFragment = { currency: string, on: string, valuationBasis: string, complete: boolean, customsValue: { amount: string, currency: string }, items: Array<{ kind: LandedCostKind, key: string, label: string, paidBy: CostPayer, includedInPrice: boolean, rate: string | null, relieved: boolean, source: string, asOf: string, indicative: boolean, amount: { amount: string, currency: string } }>, total: { amount: string, currency: string }, deMinimis: { basis: string, dutyUpTo: { amount: string, currency: string } | null, taxUpTo: { amount: string, currency: string } | null } | null, notes: Array<{ code: string, message: string }> };

export type OrderPreviewQueryVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type OrderPreviewQuery = { orderPreview: { preview: { quantity: number, namedPlace: string, buyerPaysFreight: boolean, destinationCountry: string, shipFromCountry: string, wouldBeHeld: boolean, unitPrice: { amount: string, currency: string }, unit: { code: string, name: string, symbol: string }, goodsTotal: { amount: string, currency: string }, freight: { amount: string, currency: string }, total: { amount: string, currency: string }, incoterm: { code: string, name: string }, fx: { rate: string, rateDate: string, source: string, totalInBuyerCurrency: { amount: string, currency: string } }, shippingOptions: Array<{ id: string, mode: ShippingMode, carrierLabel: string, transitDaysMin: number, transitDaysMax: number, estimatedDelivery: string, estimated: boolean, cost: { amount: string, currency: string } }>, landedCost: { currency: string, on: string, valuationBasis: string, complete: boolean, customsValue: { amount: string, currency: string }, items: Array<{ kind: LandedCostKind, key: string, label: string, paidBy: CostPayer, includedInPrice: boolean, rate: string | null, relieved: boolean, source: string, asOf: string, indicative: boolean, amount: { amount: string, currency: string } }>, total: { amount: string, currency: string }, deMinimis: { basis: string, dutyUpTo: { amount: string, currency: string } | null, taxUpTo: { amount: string, currency: string } | null } | null, notes: Array<{ code: string, message: string }> } | null, paymentMethods: Array<{ code: string, name: string, kind: string }> } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CheckoutSourceQueryVariables = Exact<{
  listing: Scalars['ID']['input'];
  withListing: Scalars['Boolean']['input'];
  quote: Scalars['ID']['input'];
  withQuote: Scalars['Boolean']['input'];
}>;


export type CheckoutSourceQuery = { listing?: { id: string, title: string, moq: number, availableQuantity: number, hsCode: string, localized: { title: string }, unit: { code: string, name: string, symbol: string }, incoterms: Array<{ code: string, namedPlace: string }>, seller: { legalName: string, verified: boolean } } | null, quote?: { id: string, status: QuoteStatus, quantity: number, namedPlace: string, paymentTerms: PaymentTerms, unit: { code: string, name: string, symbol: string }, incoterm: { code: string }, seller: { legalName: string, verified: boolean }, request: { id: string, title: string } } | null };

export type PlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type PlaceOrderMutation = { placeOrder: { replayed: boolean | null, order: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type OrderSummaryFragment = { id: string, status: OrderStatus, complianceHold: string | null, createdAt: string, buyer: { legalName: string }, seller: { legalName: string }, total: { amount: string, currency: string }, fx: { totalInBuyerCurrency: { amount: string, currency: string } }, lines: Array<{ description: string, quantity: number, unit: { code: string, name: string, symbol: string } }> };

export type MyOrdersQueryVariables = Exact<{
  side: OrderSide;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyOrdersQuery = { myOrders: { totalCount: number, edges: Array<{ node: { id: string, status: OrderStatus, complianceHold: string | null, createdAt: string, buyer: { legalName: string }, seller: { legalName: string }, total: { amount: string, currency: string }, fx: { totalInBuyerCurrency: { amount: string, currency: string } }, lines: Array<{ description: string, quantity: number, unit: { code: string, name: string, symbol: string } }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OrderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderQuery = { order: { viewerRole: string | null, actions: Array<OrderAction>, namedPlace: string, paymentTerms: OrderPaymentTerms, paymentMethod: string | null, creditDays: number | null, shipFromCountry: string, destinationCountry: string, dispatchedAt: string | null, deliveredAt: string | null, id: string, status: OrderStatus, complianceHold: string | null, createdAt: string, goodsTotal: { amount: string, currency: string }, freight: { amount: string, currency: string }, insurance: { amount: string, currency: string }, incoterm: { code: string, name: string }, fx: { rate: string, rateDate: string, source: string, totalInBuyerCurrency: { amount: string, currency: string } }, shipping: { optionId: string, mode: string | null, carrierLabel: string | null, transitDaysMin: number | null, transitDaysMax: number | null, estimatedDelivery: string | null } | null, landedCost: { currency: string, on: string, valuationBasis: string, complete: boolean, customsValue: { amount: string, currency: string }, items: Array<{ kind: LandedCostKind, key: string, label: string, paidBy: CostPayer, includedInPrice: boolean, rate: string | null, relieved: boolean, source: string, asOf: string, indicative: boolean, amount: { amount: string, currency: string } }>, total: { amount: string, currency: string }, deMinimis: { basis: string, dutyUpTo: { amount: string, currency: string } | null, taxUpTo: { amount: string, currency: string } | null } | null, notes: Array<{ code: string, message: string }> } | null, lines: Array<{ position: number, description: string, hsCode: string, originCountry: string, quantity: number, licenceNumber: string | null, unit: { code: string, name: string, symbol: string }, unitPrice: { amount: string, currency: string }, lineTotal: { amount: string, currency: string } }>, parties: Array<{ role: PartyRole, name: string, addressLine1: string | null, city: string | null, postalCode: string | null, country: string }>, history: Array<{ action: string, fromStatus: OrderStatus | null, toStatus: OrderStatus, actorRole: string, note: string | null, createdAt: string }>, payments: Array<{ id: string, provider: string, method: string | null, status: string, reference: string, lcReference: string | null, lcIssuingBank: string | null, createdAt: string, amount: { amount: string, currency: string } }>, ledger: { balanced: boolean, entries: Array<{ id: string, movement: string, account: string, createdAt: string, debit: { amount: string, currency: string }, credit: { amount: string, currency: string } }>, balances: Array<{ account: string, balance: { amount: string, currency: string } }>, debits: { amount: string, currency: string }, credits: { amount: string, currency: string } }, buyer: { legalName: string }, seller: { legalName: string }, total: { amount: string, currency: string } } | null };

export type MoveOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  action: OrderAction;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type MoveOrderMutation = { moveOrder: { order: { id: string, status: OrderStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type PayOrderMutationVariables = Exact<{
  input: PayOrderInput;
}>;


export type PayOrderMutation = { payOrder: { payment: { id: string, reference: string, status: string } | null, bankAccount: { beneficiary: string, iban: string | null, bic: string | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type RecordLetterOfCreditMutationVariables = Exact<{
  input: LetterOfCreditInput;
}>;


export type RecordLetterOfCreditMutation = { recordLetterOfCredit: { payment: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type OrderPaymentMethodsQueryVariables = Exact<{
  country: Scalars['String']['input'];
}>;


export type OrderPaymentMethodsQuery = { paymentMethods: Array<{ code: string, name: string, kind: string }> };

export type PendingTransfersQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingTransfersQuery = { pendingBankTransfers: Array<{ id: string, reference: string, createdAt: string, amount: { amount: string, currency: string }, order: { id: string, buyer: { legalName: string }, seller: { legalName: string } } | null }> };

export type ReconcilePaymentMutationVariables = Exact<{
  input: ReconcilePaymentInput;
}>;


export type ReconcilePaymentMutation = { reconcilePayment: { payment: { id: string, status: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ScreeningReviewsQueryVariables = Exact<{
  status?: InputMaybe<ScreeningStatus>;
}>;


export type ScreeningReviewsQuery = { screeningReviews: Array<{ id: string, subjectKind: string, subjectId: string, status: ScreeningStatus, createdAt: string, decidedAt: string | null, note: string | null, hits: Array<{ partyRole: string, partyName: string, partyCountry: string | null, listedName: string, listedCountry: string | null, listSource: string, score: number }> }> };

export type DecideScreeningMutationVariables = Exact<{
  input: DecideScreeningInput;
}>;


export type DecideScreeningMutation = { decideScreening: { review: { id: string, status: ScreeningStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type JobsQueryVariables = Exact<{
  status?: InputMaybe<JobStatus>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type JobsQuery = { jobs: { edges: Array<{ node: { id: string, kind: string, status: JobStatus, runAt: string, attempts: number, maxAttempts: number, lastError: string | null, progressDone: number, progressTotal: number | null, updatedAt: string, finishedAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, jobCounts: { queued: number, running: number, succeeded: number, failed: number } };

export type RetryJobMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetryJobMutation = { retryJob: { job: { id: string, status: JobStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CountriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CountriesQuery = { countries: Array<{ code: string, name: string }> };

export type CountriesAndCurrenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type CountriesAndCurrenciesQuery = { countries: Array<{ code: string, name: string }>, currencies: Array<{ code: string, name: string }> };

export type JurisdictionQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type JurisdictionQuery = { country: { name: string } | null };

export type ShipmentSummaryFragment = { id: string, orderId: string, status: ShipmentStatus, mode: ShippingMode, carrierName: string, trackingNumber: string, portOfLoading: string | null, portOfDischarge: string | null, exportCountry: string, importCountry: string, shippedOn: string };

export type ShipmentsOfOrderQueryVariables = Exact<{
  orderId: Scalars['ID']['input'];
}>;


export type ShipmentsOfOrderQuery = { shipmentsOfOrder: Array<{ id: string, orderId: string, status: ShipmentStatus, mode: ShippingMode, carrierName: string, trackingNumber: string, portOfLoading: string | null, portOfDischarge: string | null, exportCountry: string, importCountry: string, shippedOn: string }>, shippableLines: Array<{ orderLineId: string, left: number }> | null };

export type ShipmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ShipmentQuery = { shipment: { bookingNumber: string | null, vesselName: string | null, voyageNumber: string | null, flightNumber: string | null, grossWeightKg: number, netWeightKg: number, volumeM3: number, incoterm: string, namedPlace: string, carrierOrganisationId: string | null, traceCode: string, nextCodes: Array<TrackingCode>, id: string, orderId: string, status: ShipmentStatus, mode: ShippingMode, carrierName: string, trackingNumber: string, portOfLoading: string | null, portOfDischarge: string | null, exportCountry: string, importCountry: string, shippedOn: string, parties: Array<{ role: string, organisationId: string | null, name: string, addressLine1: string | null, city: string | null, postalCode: string | null, country: string }>, lines: Array<{ id: string, position: number, hsCode: string, description: string, quantity: number, unit: string, originCountry: string, unitOfMeasure: { symbol: string }, batch: { code: string } | null }>, packages: Array<{ position: number, count: number, packageType: string, grossWeightKg: number, netWeightKg: number, lengthCm: number, widthCm: number, heightCm: number, marks: string | null }>, events: Array<{ id: string, code: TrackingCode, occurredAt: string, timeZone: string, place: string, locode: string | null, note: string | null, source: TrackingSource }>, history: Array<{ fromStatus: ShipmentStatus | null, toStatus: ShipmentStatus, at: string }> } | null };

export type ShipmentFormQueryVariables = Exact<{
  orderId: Scalars['ID']['input'];
}>;


export type ShipmentFormQuery = { shippableLines: Array<{ orderLineId: string, position: number, hsCode: string, description: string, unit: string, ordered: number, shipped: number, left: number }> | null, packageTypes: Array<{ code: string, name: string }> };

export type CreateShipmentMutationVariables = Exact<{
  input: CreateShipmentInput;
}>;


export type CreateShipmentMutation = { createShipment: { shipment: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type AddTrackingEventMutationVariables = Exact<{
  shipmentId: Scalars['ID']['input'];
  input: TrackingEventInput;
}>;


export type AddTrackingEventMutation = { addTrackingEvent: { event: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type PublicTrackingFieldsFragment = { trackingNumber: string, status: ShipmentStatus, mode: ShippingMode, carrierName: string, portOfLoading: string | null, portOfDischarge: string | null, exportCountry: string, importCountry: string, packageCount: number, events: Array<{ code: TrackingCode, occurredAt: string, timeZone: string, place: string, locode: string | null }> };

export type TrackShipmentQueryVariables = Exact<{
  trackingNumber: Scalars['String']['input'];
}>;


export type TrackShipmentQuery = { trackShipment: { trackingNumber: string, status: ShipmentStatus, mode: ShippingMode, carrierName: string, portOfLoading: string | null, portOfDischarge: string | null, exportCountry: string, importCountry: string, packageCount: number, events: Array<{ code: TrackingCode, occurredAt: string, timeZone: string, place: string, locode: string | null }> } | null };

export type TraceGoodsQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type TraceGoodsQuery = { trace: { goods: Array<{ hsCode: string, description: string, originCountry: string, batch: { code: string, producerName: string, producerPlace: string | null, producerCountry: string, producedOn: string, producedKind: string, inspections: Array<{ id: string, kind: string, result: string, inspector: string, place: string | null, inspectedOn: string, certificateRef: string | null }> } | null }>, tracking: { trackingNumber: string, status: ShipmentStatus, mode: ShippingMode, carrierName: string, portOfLoading: string | null, portOfDischarge: string | null, exportCountry: string, importCountry: string, packageCount: number, events: Array<{ code: TrackingCode, occurredAt: string, timeZone: string, place: string, locode: string | null }> } } | null };

export type QuoteSummaryFragment = { id: string, status: QuoteStatus, listingId: string | null, quantity: number, moq: number | null, namedPlace: string, leadTimeDays: number, paymentTerms: PaymentTerms, validUntil: string, message: string | null, updatedAt: string, seller: { id: string, legalName: string, country: string, verified: boolean }, unitPrice: { amount: string, currency: string }, unit: { code: string, name: string, symbol: string }, total: { amount: string, currency: string }, incoterm: { code: string, name: string } };

export type RequestSummaryFragment = { id: string, status: SourcingRequestStatus, title: string, description: string, hsCode: string | null, keywords: Array<string>, quantity: number, destinationCountry: string, neededBy: string, visibility: RequestVisibility, quoteCap: number, quoteDeadline: string | null, quoteCount: number, quotesLeft: number, acceptingQuotes: boolean, createdAt: string, buyer: { id: string, legalName: string, country: string, verified: boolean }, hs: { code: string, description: string } | null, unit: { code: string, name: string, symbol: string }, targetUnitPrice: { amount: string, currency: string } | null, destinationPort: { locode: string, name: string } | null, incoterm: { code: string, name: string } };

export type MySourcingRequestsQueryVariables = Exact<{
  status?: InputMaybe<SourcingRequestStatus>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MySourcingRequestsQuery = { mySourcingRequests: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, status: SourcingRequestStatus, title: string, description: string, hsCode: string | null, keywords: Array<string>, quantity: number, destinationCountry: string, neededBy: string, visibility: RequestVisibility, quoteCap: number, quoteDeadline: string | null, quoteCount: number, quotesLeft: number, acceptingQuotes: boolean, createdAt: string, myQuote: { id: string, status: QuoteStatus } | null, buyer: { id: string, legalName: string, country: string, verified: boolean }, hs: { code: string, description: string } | null, unit: { code: string, name: string, symbol: string }, targetUnitPrice: { amount: string, currency: string } | null, destinationPort: { locode: string, name: string } | null, incoterm: { code: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OpenSourcingRequestsQueryVariables = Exact<{
  hsPrefix?: InputMaybe<Scalars['String']['input']>;
  destinationCountry?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OpenSourcingRequestsQuery = { openSourcingRequests: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, status: SourcingRequestStatus, title: string, description: string, hsCode: string | null, keywords: Array<string>, quantity: number, destinationCountry: string, neededBy: string, visibility: RequestVisibility, quoteCap: number, quoteDeadline: string | null, quoteCount: number, quotesLeft: number, acceptingQuotes: boolean, createdAt: string, myQuote: { id: string, status: QuoteStatus } | null, buyer: { id: string, legalName: string, country: string, verified: boolean }, hs: { code: string, description: string } | null, unit: { code: string, name: string, symbol: string }, targetUnitPrice: { amount: string, currency: string } | null, destinationPort: { locode: string, name: string } | null, incoterm: { code: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SourcingRequestQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SourcingRequestQuery = { sourcingRequest: { id: string, status: SourcingRequestStatus, title: string, description: string, hsCode: string | null, keywords: Array<string>, quantity: number, destinationCountry: string, neededBy: string, visibility: RequestVisibility, quoteCap: number, quoteDeadline: string | null, quoteCount: number, quotesLeft: number, acceptingQuotes: boolean, createdAt: string, myQuote: { id: string, status: QuoteStatus, listingId: string | null, quantity: number, moq: number | null, namedPlace: string, leadTimeDays: number, paymentTerms: PaymentTerms, validUntil: string, message: string | null, updatedAt: string, seller: { id: string, legalName: string, country: string, verified: boolean }, unitPrice: { amount: string, currency: string }, unit: { code: string, name: string, symbol: string }, total: { amount: string, currency: string }, incoterm: { code: string, name: string } } | null, history: Array<{ id: string, fromStatus: SourcingRequestStatus | null, toStatus: SourcingRequestStatus, createdAt: string }>, buyer: { id: string, legalName: string, country: string, verified: boolean }, hs: { code: string, description: string } | null, unit: { code: string, name: string, symbol: string }, targetUnitPrice: { amount: string, currency: string } | null, destinationPort: { locode: string, name: string } | null, incoterm: { code: string, name: string } } | null };

export type MatchFieldsFragment = { score: number, excluded: boolean, reasons: Array<{ signal: MatchSignalName, code: string, positive: boolean, text: string }>, delivery: { mode: TransportMode, leadTimeDays: number, transitDaysMin: number, transitDaysMax: number, earliest: string, latest: string, onTime: string, estimated: boolean } | null, unitPrice: { amount: string, currency: string }, unit: { code: string, name: string, symbol: string }, convertedUnitPrice: { rate: string, rateDate: string, to: { amount: string, currency: string } } | null, listing: { id: string, title: string, moq: number, localized: { title: string }, seller: { legalName: string, country: string, verified: boolean }, originCountry: { name: string }, unit: { code: string, name: string, symbol: string } }, request: { id: string, title: string, quantity: number, destinationCountry: string, neededBy: string, unit: { code: string, name: string, symbol: string }, buyer: { legalName: string, verified: boolean } } };

export type MatchesForRequestQueryVariables = Exact<{
  requestId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type MatchesForRequestQuery = { matchesForRequest: Array<{ score: number, excluded: boolean, reasons: Array<{ signal: MatchSignalName, code: string, positive: boolean, text: string }>, delivery: { mode: TransportMode, leadTimeDays: number, transitDaysMin: number, transitDaysMax: number, earliest: string, latest: string, onTime: string, estimated: boolean } | null, unitPrice: { amount: string, currency: string }, unit: { code: string, name: string, symbol: string }, convertedUnitPrice: { rate: string, rateDate: string, to: { amount: string, currency: string } } | null, listing: { id: string, title: string, moq: number, localized: { title: string }, seller: { legalName: string, country: string, verified: boolean }, originCountry: { name: string }, unit: { code: string, name: string, symbol: string } }, request: { id: string, title: string, quantity: number, destinationCountry: string, neededBy: string, unit: { code: string, name: string, symbol: string }, buyer: { legalName: string, verified: boolean } } }> };

export type MyLeadsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type MyLeadsQuery = { myLeads: Array<{ score: number, excluded: boolean, reasons: Array<{ signal: MatchSignalName, code: string, positive: boolean, text: string }>, delivery: { mode: TransportMode, leadTimeDays: number, transitDaysMin: number, transitDaysMax: number, earliest: string, latest: string, onTime: string, estimated: boolean } | null, unitPrice: { amount: string, currency: string }, unit: { code: string, name: string, symbol: string }, convertedUnitPrice: { rate: string, rateDate: string, to: { amount: string, currency: string } } | null, listing: { id: string, title: string, moq: number, localized: { title: string }, seller: { legalName: string, country: string, verified: boolean }, originCountry: { name: string }, unit: { code: string, name: string, symbol: string } }, request: { id: string, title: string, quantity: number, destinationCountry: string, neededBy: string, unit: { code: string, name: string, symbol: string }, buyer: { legalName: string, verified: boolean } } }> };

export type QuotesForRequestQueryVariables = Exact<{
  requestId: Scalars['ID']['input'];
  weights?: InputMaybe<QuoteWeightsInput>;
}>;


export type QuotesForRequestQuery = { quotesForRequest: { buyerCurrency: string, weights: { price: number, leadTime: number, moq: number, paymentTerms: number }, quotes: Array<{ rank: number, score: number, fxRate: string | null, fxRateDate: string | null, quote: { id: string, status: QuoteStatus, listingId: string | null, quantity: number, moq: number | null, namedPlace: string, leadTimeDays: number, paymentTerms: PaymentTerms, validUntil: string, message: string | null, updatedAt: string, seller: { id: string, legalName: string, country: string, verified: boolean }, unitPrice: { amount: string, currency: string }, unit: { code: string, name: string, symbol: string }, total: { amount: string, currency: string }, incoterm: { code: string, name: string } }, criteria: { price: number, leadTime: number, moq: number, paymentTerms: number }, price: { amount: string, currency: string }, priceInBuyerCurrency: { amount: string, currency: string } | null, total: { amount: string, currency: string }, totalInBuyerCurrency: { amount: string, currency: string } | null }> } };

export type MyQuotesQueryVariables = Exact<{
  status?: InputMaybe<QuoteStatus>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyQuotesQuery = { myQuotes: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, status: QuoteStatus, listingId: string | null, quantity: number, moq: number | null, namedPlace: string, leadTimeDays: number, paymentTerms: PaymentTerms, validUntil: string, message: string | null, updatedAt: string, request: { id: string, title: string, status: SourcingRequestStatus, acceptingQuotes: boolean, buyer: { legalName: string, verified: boolean } }, seller: { id: string, legalName: string, country: string, verified: boolean }, unitPrice: { amount: string, currency: string }, unit: { code: string, name: string, symbol: string }, total: { amount: string, currency: string }, incoterm: { code: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateSourcingRequestMutationVariables = Exact<{
  input: CreateSourcingRequestInput;
}>;


export type CreateSourcingRequestMutation = { createSourcingRequest: { sourcingRequest: { id: string, title: string, status: SourcingRequestStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CloseSourcingRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloseSourcingRequestMutation = { closeSourcingRequest: { sourcingRequest: { id: string, title: string, status: SourcingRequestStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type SubmitQuoteMutationVariables = Exact<{
  input: SubmitQuoteInput;
}>;


export type SubmitQuoteMutation = { submitQuote: { quote: { id: string, status: QuoteStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type WithdrawQuoteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WithdrawQuoteMutation = { withdrawQuote: { quote: { id: string, status: QuoteStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type AcceptQuoteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcceptQuoteMutation = { acceptQuote: { quote: { id: string, status: QuoteStatus, seller: { legalName: string } } | null, sourcingRequest: { id: string, status: SourcingRequestStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type HsCodeHintQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type HsCodeHintQuery = { hsCode: { code: string, level: number, description: string } | null };
