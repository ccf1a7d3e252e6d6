import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { Organisation as OrganisationModel, User as UserModel, Membership as MembershipModel, ApiToken as ApiTokenModel, VerificationEvent as VerificationEventModel } from '../identity/service.js';
import { Viewer as ViewerModel, GraphContext } from '../context.js';
import { Incoterm as IncotermModelModel, UnitOfMeasure as UnitOfMeasureModelModel } from '../../db/reference/index.js';
import { HsCode as HsCodeModelModel, Port as PortModelModel } from '../catalog/service.js';
import { FxRate as FxRateModelModel, Conversion as ConversionModelModel, FxImportResult as FxImportResultModelModel } from '../trade/service.js';
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

export type CreateCustomsAuthorityInput = {
  /** The country whose border the authority's officers watch. */
  country: Scalars['String']['input'];
  legalName: Scalars['String']['input'];
  officerDisplayName: Scalars['String']['input'];
  officerEmail: Scalars['String']['input'];
  officerPassword: Scalars['String']['input'];
};

/** An ISO 4217 currency. */
export type Currency = {
  __typename?: 'Currency';
  code: Scalars['String']['output'];
  /** Digits after the decimal point: 2 for EUR, 0 for JPY, 3 for KWD. */
  minorUnit: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

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

export type ImportFxRatesPayload = {
  __typename?: 'ImportFxRatesPayload';
  /** Null when the file was refused. */
  result?: Maybe<FxImportResult>;
  /** When any row is wrong: a summary, then each problem with its line number; nothing is saved. */
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
};

export type MoneyInput = {
  amount: Scalars['String']['input'];
  currency: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  _noop?: Maybe<Scalars['Boolean']['output']>;
  approveVerification: OrganisationPayload;
  createApiToken: CreateApiTokenPayload;
  /** Platform admin only: a customs authority for one country, with its first officer. */
  createCustomsAuthority: OrganisationPayload;
  /** Platform admins only. CSV with the header base,quote,rate,as_of; all rows are saved or none. */
  importFxRates: ImportFxRatesPayload;
  rejectVerification: OrganisationPayload;
  /** Owner only: asks a platform admin to verify the company's identifiers. */
  requestVerification: OrganisationPayload;
  revokeApiToken: ApiTokenPayload;
  /** Platform admins only. Sets the rate of a pair on a day, replacing any rate already there. */
  setFxRate: FxRatePayload;
  signIn: AuthPayload;
  signOut: SignOutPayload;
  signUp: AuthPayload;
  /** Owner only. Changing a verified company's legal identifiers sends it back to UNVERIFIED. */
  updateOrganisation: OrganisationPayload;
};


export type MutationApproveVerificationArgs = {
  organisationId: Scalars['ID']['input'];
};


export type MutationCreateApiTokenArgs = {
  name: Scalars['String']['input'];
};


export type MutationCreateCustomsAuthorityArgs = {
  input: CreateCustomsAuthorityInput;
};


export type MutationImportFxRatesArgs = {
  csv: Scalars['String']['input'];
};


export type MutationRejectVerificationArgs = {
  organisationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetFxRateArgs = {
  input: SetFxRateInput;
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationUpdateOrganisationArgs = {
  input: UpdateOrganisationInput;
};

export type NewOrganisationInput = {
  country: Scalars['String']['input'];
  kind: OrganisationKind;
  legalName: Scalars['String']['input'];
  preferredCurrency?: InputMaybe<Scalars['String']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

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

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
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

export type Query = {
  __typename?: 'Query';
  /** The viewer organisation's API tokens (owners and members). */
  apiTokens: Array<ApiToken>;
  /**
   * Converts money at the newest rate dated on or before `on` (today by default): the pair's own rate
   * either way round, else a cross rate through USD.
   */
  convertMoney: Conversion;
  /** Every ISO 3166-1 country, named and sorted in the viewer's language. */
  countries: Array<Country>;
  country?: Maybe<Country>;
  currencies: Array<Currency>;
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
  /** All Incoterms 2020 rules, or only those that fit a transport mode. */
  incoterms: Array<Incoterm>;
  organisation?: Maybe<Organisation>;
  /** Always true: lets a client check it can reach the API. */
  ping: Scalars['Boolean']['output'];
  port?: Maybe<Port>;
  /** UN/LOCODE locations by country and name; `query` matches a name, a LOCODE or an IATA code. */
  ports: PortConnection;
  unitsOfMeasure: Array<UnitOfMeasure>;
  /** Companies waiting for a platform admin's decision, oldest request first. */
  verificationQueue: OrganisationConnection;
  viewer: Viewer;
};


export type QueryConvertMoneyArgs = {
  amount: MoneyInput;
  on?: InputMaybe<Scalars['Date']['input']>;
  to: Scalars['String']['input'];
};


export type QueryCountryArgs = {
  code: Scalars['String']['input'];
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


export type QueryIncotermsArgs = {
  mode?: InputMaybe<TransportMode>;
};


export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
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


export type QueryVerificationQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SetFxRateInput = {
  asOf: Scalars['Date']['input'];
  base: Scalars['String']['input'];
  quote: Scalars['String']['input'];
  /** A positive decimal with at most 12 decimal places. */
  rate: Scalars['String']['input'];
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
  ApiToken: ResolverTypeWrapper<ApiTokenModel>;
  ApiTokenPayload: ResolverTypeWrapper<Omit<ApiTokenPayload, 'apiToken'> & { apiToken?: Maybe<ResolversTypes['ApiToken']> }>;
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'organisation' | 'user'> & { organisation?: Maybe<ResolversTypes['Organisation']>, user?: Maybe<ResolversTypes['User']> }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Conversion: ResolverTypeWrapper<ConversionModelModel>;
  Country: ResolverTypeWrapper<Country>;
  CreateApiTokenPayload: ResolverTypeWrapper<Omit<CreateApiTokenPayload, 'apiToken'> & { apiToken?: Maybe<ResolversTypes['ApiToken']> }>;
  CreateCustomsAuthorityInput: CreateCustomsAuthorityInput;
  Currency: ResolverTypeWrapper<Currency>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FxImportResult: ResolverTypeWrapper<FxImportResultModelModel>;
  FxRate: ResolverTypeWrapper<FxRateModelModel>;
  FxRateConnection: ResolverTypeWrapper<Omit<FxRateConnection, 'edges'> & { edges: Array<ResolversTypes['FxRateEdge']> }>;
  FxRateEdge: ResolverTypeWrapper<Omit<FxRateEdge, 'node'> & { node: ResolversTypes['FxRate'] }>;
  FxRatePayload: ResolverTypeWrapper<Omit<FxRatePayload, 'fxRate'> & { fxRate?: Maybe<ResolversTypes['FxRate']> }>;
  HsCode: ResolverTypeWrapper<HsCodeModelModel>;
  HsCodeConnection: ResolverTypeWrapper<Omit<HsCodeConnection, 'edges'> & { edges: Array<ResolversTypes['HsCodeEdge']> }>;
  HsCodeEdge: ResolverTypeWrapper<Omit<HsCodeEdge, 'node'> & { node: ResolversTypes['HsCode'] }>;
  HsSection: ResolverTypeWrapper<HsSection>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportFxRatesPayload: ResolverTypeWrapper<Omit<ImportFxRatesPayload, 'result'> & { result?: Maybe<ResolversTypes['FxImportResult']> }>;
  Incoterm: ResolverTypeWrapper<IncotermModelModel>;
  IncotermGroup: IncotermGroup;
  IncotermNamedPlace: IncotermNamedPlace;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Membership: ResolverTypeWrapper<MembershipModel>;
  MembershipRole: MembershipRole;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<{}>;
  NewOrganisationInput: NewOrganisationInput;
  Organisation: ResolverTypeWrapper<OrganisationModel>;
  OrganisationConnection: ResolverTypeWrapper<Omit<OrganisationConnection, 'edges'> & { edges: Array<ResolversTypes['OrganisationEdge']> }>;
  OrganisationEdge: ResolverTypeWrapper<Omit<OrganisationEdge, 'node'> & { node: ResolversTypes['Organisation'] }>;
  OrganisationKind: OrganisationKind;
  OrganisationPayload: ResolverTypeWrapper<Omit<OrganisationPayload, 'organisation'> & { organisation?: Maybe<ResolversTypes['Organisation']> }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Port: ResolverTypeWrapper<PortModelModel>;
  PortConnection: ResolverTypeWrapper<Omit<PortConnection, 'edges'> & { edges: Array<ResolversTypes['PortEdge']> }>;
  PortEdge: ResolverTypeWrapper<Omit<PortEdge, 'node'> & { node: ResolversTypes['Port'] }>;
  PortKind: PortKind;
  Query: ResolverTypeWrapper<{}>;
  SetFxRateInput: SetFxRateInput;
  SignInInput: SignInInput;
  SignOutPayload: ResolverTypeWrapper<SignOutPayload>;
  SignUpInput: SignUpInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TransportMode: TransportMode;
  UnitOfMeasure: ResolverTypeWrapper<UnitOfMeasureModelModel>;
  UnitQuantity: UnitQuantity;
  UpdateOrganisationInput: UpdateOrganisationInput;
  User: ResolverTypeWrapper<UserModel>;
  UserError: ResolverTypeWrapper<UserError>;
  VerificationEvent: ResolverTypeWrapper<VerificationEventModel>;
  VerificationStatus: VerificationStatus;
  Viewer: ResolverTypeWrapper<ViewerModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ApiToken: ApiTokenModel;
  ApiTokenPayload: Omit<ApiTokenPayload, 'apiToken'> & { apiToken?: Maybe<ResolversParentTypes['ApiToken']> };
  AuthPayload: Omit<AuthPayload, 'organisation' | 'user'> & { organisation?: Maybe<ResolversParentTypes['Organisation']>, user?: Maybe<ResolversParentTypes['User']> };
  Boolean: Scalars['Boolean']['output'];
  Conversion: ConversionModelModel;
  Country: Country;
  CreateApiTokenPayload: Omit<CreateApiTokenPayload, 'apiToken'> & { apiToken?: Maybe<ResolversParentTypes['ApiToken']> };
  CreateCustomsAuthorityInput: CreateCustomsAuthorityInput;
  Currency: Currency;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Float: Scalars['Float']['output'];
  FxImportResult: FxImportResultModelModel;
  FxRate: FxRateModelModel;
  FxRateConnection: Omit<FxRateConnection, 'edges'> & { edges: Array<ResolversParentTypes['FxRateEdge']> };
  FxRateEdge: Omit<FxRateEdge, 'node'> & { node: ResolversParentTypes['FxRate'] };
  FxRatePayload: Omit<FxRatePayload, 'fxRate'> & { fxRate?: Maybe<ResolversParentTypes['FxRate']> };
  HsCode: HsCodeModelModel;
  HsCodeConnection: Omit<HsCodeConnection, 'edges'> & { edges: Array<ResolversParentTypes['HsCodeEdge']> };
  HsCodeEdge: Omit<HsCodeEdge, 'node'> & { node: ResolversParentTypes['HsCode'] };
  HsSection: HsSection;
  ID: Scalars['ID']['output'];
  ImportFxRatesPayload: Omit<ImportFxRatesPayload, 'result'> & { result?: Maybe<ResolversParentTypes['FxImportResult']> };
  Incoterm: IncotermModelModel;
  Int: Scalars['Int']['output'];
  Membership: MembershipModel;
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: {};
  NewOrganisationInput: NewOrganisationInput;
  Organisation: OrganisationModel;
  OrganisationConnection: Omit<OrganisationConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganisationEdge']> };
  OrganisationEdge: Omit<OrganisationEdge, 'node'> & { node: ResolversParentTypes['Organisation'] };
  OrganisationPayload: Omit<OrganisationPayload, 'organisation'> & { organisation?: Maybe<ResolversParentTypes['Organisation']> };
  PageInfo: PageInfo;
  Port: PortModelModel;
  PortConnection: Omit<PortConnection, 'edges'> & { edges: Array<ResolversParentTypes['PortEdge']> };
  PortEdge: Omit<PortEdge, 'node'> & { node: ResolversParentTypes['Port'] };
  Query: {};
  SetFxRateInput: SetFxRateInput;
  SignInInput: SignInInput;
  SignOutPayload: SignOutPayload;
  SignUpInput: SignUpInput;
  String: Scalars['String']['output'];
  UnitOfMeasure: UnitOfMeasureModelModel;
  UpdateOrganisationInput: UpdateOrganisationInput;
  User: UserModel;
  UserError: UserError;
  VerificationEvent: VerificationEventModel;
  Viewer: ViewerModel;
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

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

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

export type ImportFxRatesPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ImportFxRatesPayload'] = ResolversParentTypes['ImportFxRatesPayload']> = ResolversObject<{
  result?: Resolver<Maybe<ResolversTypes['FxImportResult']>, ParentType, ContextType>;
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
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  _noop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  approveVerification?: Resolver<ResolversTypes['OrganisationPayload'], ParentType, ContextType, RequireFields<MutationApproveVerificationArgs, 'organisationId'>>;
  createApiToken?: Resolver<ResolversTypes['CreateApiTokenPayload'], ParentType, ContextType, RequireFields<MutationCreateApiTokenArgs, 'name'>>;
  createCustomsAuthority?: Resolver<ResolversTypes['OrganisationPayload'], ParentType, ContextType, RequireFields<MutationCreateCustomsAuthorityArgs, 'input'>>;
  importFxRates?: Resolver<ResolversTypes['ImportFxRatesPayload'], ParentType, ContextType, RequireFields<MutationImportFxRatesArgs, 'csv'>>;
  rejectVerification?: Resolver<ResolversTypes['OrganisationPayload'], ParentType, ContextType, RequireFields<MutationRejectVerificationArgs, 'organisationId' | 'reason'>>;
  requestVerification?: Resolver<ResolversTypes['OrganisationPayload'], ParentType, ContextType>;
  revokeApiToken?: Resolver<ResolversTypes['ApiTokenPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'id'>>;
  setFxRate?: Resolver<ResolversTypes['FxRatePayload'], ParentType, ContextType, RequireFields<MutationSetFxRateArgs, 'input'>>;
  signIn?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'input'>>;
  signOut?: Resolver<ResolversTypes['SignOutPayload'], ParentType, ContextType>;
  signUp?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
  updateOrganisation?: Resolver<ResolversTypes['OrganisationPayload'], ParentType, ContextType, RequireFields<MutationUpdateOrganisationArgs, 'input'>>;
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

export type PageInfoResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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

export type QueryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  apiTokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  convertMoney?: Resolver<ResolversTypes['Conversion'], ParentType, ContextType, RequireFields<QueryConvertMoneyArgs, 'amount' | 'to'>>;
  countries?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType, RequireFields<QueryCountryArgs, 'code'>>;
  currencies?: Resolver<Array<ResolversTypes['Currency']>, ParentType, ContextType>;
  fxRates?: Resolver<ResolversTypes['FxRateConnection'], ParentType, ContextType, RequireFields<QueryFxRatesArgs, 'first'>>;
  hsCode?: Resolver<Maybe<ResolversTypes['HsCode']>, ParentType, ContextType, RequireFields<QueryHsCodeArgs, 'code'>>;
  hsCodes?: Resolver<ResolversTypes['HsCodeConnection'], ParentType, ContextType, RequireFields<QueryHsCodesArgs, 'first'>>;
  hsSections?: Resolver<Array<ResolversTypes['HsSection']>, ParentType, ContextType>;
  incoterms?: Resolver<Array<ResolversTypes['Incoterm']>, ParentType, ContextType, Partial<QueryIncotermsArgs>>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType, RequireFields<QueryOrganisationArgs, 'id'>>;
  ping?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  port?: Resolver<Maybe<ResolversTypes['Port']>, ParentType, ContextType, RequireFields<QueryPortArgs, 'locode'>>;
  ports?: Resolver<ResolversTypes['PortConnection'], ParentType, ContextType, RequireFields<QueryPortsArgs, 'first' | 'kind'>>;
  unitsOfMeasure?: Resolver<Array<ResolversTypes['UnitOfMeasure']>, ParentType, ContextType>;
  verificationQueue?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, RequireFields<QueryVerificationQueueArgs, 'first'>>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
}>;

export type SignOutPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SignOutPayload'] = ResolversParentTypes['SignOutPayload']> = ResolversObject<{
  signedOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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

export type VerificationEventResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['VerificationEvent'] = ResolversParentTypes['VerificationEvent']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromStatus?: Resolver<ResolversTypes['VerificationStatus'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['VerificationStatus'], ParentType, ContextType>;
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

export type Resolvers<ContextType = GraphContext> = ResolversObject<{
  ApiToken?: ApiTokenResolvers<ContextType>;
  ApiTokenPayload?: ApiTokenPayloadResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  Conversion?: ConversionResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  CreateApiTokenPayload?: CreateApiTokenPayloadResolvers<ContextType>;
  Currency?: CurrencyResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  FxImportResult?: FxImportResultResolvers<ContextType>;
  FxRate?: FxRateResolvers<ContextType>;
  FxRateConnection?: FxRateConnectionResolvers<ContextType>;
  FxRateEdge?: FxRateEdgeResolvers<ContextType>;
  FxRatePayload?: FxRatePayloadResolvers<ContextType>;
  HsCode?: HsCodeResolvers<ContextType>;
  HsCodeConnection?: HsCodeConnectionResolvers<ContextType>;
  HsCodeEdge?: HsCodeEdgeResolvers<ContextType>;
  HsSection?: HsSectionResolvers<ContextType>;
  ImportFxRatesPayload?: ImportFxRatesPayloadResolvers<ContextType>;
  Incoterm?: IncotermResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationConnection?: OrganisationConnectionResolvers<ContextType>;
  OrganisationEdge?: OrganisationEdgeResolvers<ContextType>;
  OrganisationPayload?: OrganisationPayloadResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Port?: PortResolvers<ContextType>;
  PortConnection?: PortConnectionResolvers<ContextType>;
  PortEdge?: PortEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SignOutPayload?: SignOutPayloadResolvers<ContextType>;
  UnitOfMeasure?: UnitOfMeasureResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  VerificationEvent?: VerificationEventResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
}>;

