import type { UserError } from "../utils/forms";
import type { MoneyValue } from "../utils/format";

/** Operations on graph/listings and graph/search, with the shapes they answer. */

export type ListingStatus = "DRAFT" | "ACTIVE" | "PAUSED" | "ARCHIVED";
export const LISTING_STATUSES: readonly ListingStatus[] = ["DRAFT", "ACTIVE", "PAUSED", "ARCHIVED"];

export const CERTIFICATION_KINDS = ["ORGANIC", "HALAL", "KOSHER", "FAIRTRADE", "CE", "FDA", "ISO22000", "GLOBALGAP", "OTHER"] as const;

export interface Unit {
  code: string;
  name: string;
  symbol: string;
}

export interface SaleEventWindowText {
  text: string;
  timeZone: string;
}

export interface EventPrice {
  unitPrice: MoneyValue;
  event: { id: string; name: string; window: SaleEventWindowText };
}

export interface ListingSummary {
  id: string;
  status: ListingStatus;
  title: string;
  localized: { title: string; description: string };
  hsCode: string;
  originCountry: { code: string; name: string };
  unit: Unit;
  priceFrom: MoneyValue;
  moq: number;
  availableQuantity: number;
  leadTimeDays: number;
  incoterms: { code: string; namedPlace: string }[];
  seller: { id: string; legalName: string; country: string; verified: boolean };
  photos: { id: string; url: string; srcset: string | null; width: number | null; height: number | null }[];
  eventPrice: EventPrice | null;
  updatedAt: string;
}

const SUMMARY_FIELDS = /* GraphQL */ `
  id status title localized { title description } hsCode originCountry { code name }
  unit { code name symbol } priceFrom { amount currency } moq availableQuantity leadTimeDays
  incoterms { code namedPlace } seller { id legalName country verified } photos { id url srcset width height }
  eventPrice { unitPrice { amount currency } event { id name window { text timeZone } } }
  updatedAt
`;

export interface ListingDetail extends ListingSummary {
  priceInViewerCurrency: { inCurrency?: InViewerCurrency | null };
  externalRef: string | null;
  description: string;
  locale: string;
  translations: { locale: string; title: string; description: string }[];
  currency: string;
  priceTiers: { minQuantity: number; unitPrice: MoneyValue }[];
  incoterms: { code: string; namedPlace: string; incoterm: { name: string } }[];
  shipFromPort: { locode: string; name: string } | null;
  netWeightKg: number | null;
  grossWeightKg: number | null;
  volumeM3: number | null;
  packaging: string | null;
  certifications: { kind: string; reference: string | null }[];
  photos: { id: string; url: string; srcset: string | null; width: number | null; height: number | null; contentType: string; byteSize: number }[];
  sellerVerified: boolean;
  statusHistory: { fromStatus: ListingStatus | null; toStatus: ListingStatus; at: string }[];
  viewerCanEdit: boolean;
  publishedAt: string | null;
}

const DETAIL_FIELDS = /* GraphQL */ `
  ${SUMMARY_FIELDS}
  externalRef description locale translations { locale title description } currency
  priceTiers { minQuantity unitPrice { amount currency } }
  incoterms { code namedPlace incoterm { name } }
  shipFromPort { locode name } netWeightKg grossWeightKg volumeM3 packaging
  certifications { kind reference } photos { id url srcset width height contentType byteSize }
  sellerVerified statusHistory { fromStatus toStatus at } viewerCanEdit publishedAt
`;

/** A price in the viewer's currency, with the rate and its date; left out when that currency is unknown. */
export interface InViewerCurrency {
  to: MoneyValue;
  rate: string;
  rateDate: string;
}

const IN_VIEWER_CURRENCY = /* GraphQL */ `
  priceInViewerCurrency: priceFrom { inCurrency(currency: $viewerCurrency) @include(if: $convert) { to { amount currency } rate rateDate } }
`;

export const LISTING = /* GraphQL */ `
  query Listing($id: ID!, $viewerCurrency: String!, $convert: Boolean!) {
    listing(id: $id) { ${DETAIL_FIELDS} ${IN_VIEWER_CURRENCY} }
  }
`;

/** The seller's editor shows the listing in its own currency: nothing to convert. */
export const EDITABLE_LISTING = /* GraphQL */ `
  query EditableListing($id: ID!) {
    listing(id: $id) { ${DETAIL_FIELDS} }
  }
`;

/** What a sourcing request for one listing starts from: its goods, unit, minimum order and terms. */
export const LISTING_FOR_REQUEST = /* GraphQL */ `
  query ListingForRequest($id: ID!) {
    listing(id: $id) { id title localized { title } hsCode unit { code } moq incoterms { code namedPlace } seller { legalName } }
  }
`;

export interface ListingForRequest {
  id: string;
  title: string;
  localized: { title: string };
  hsCode: string;
  unit: { code: string };
  moq: number;
  incoterms: { code: string; namedPlace: string }[];
  seller: { legalName: string };
}

export interface ListingPage {
  edges: { cursor: string; node: ListingSummary }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export const MY_LISTINGS = /* GraphQL */ `
  query MyListings($status: ListingStatus, $first: Int!, $after: String) {
    myListings(status: $status, first: $first, after: $after) {
      edges { cursor node { ${SUMMARY_FIELDS} } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

export interface SearchPage {
  edges: { cursor: string; node: ListingSummary & { priceInViewerCurrency: { inCurrency?: InViewerCurrency | null } } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
  totalCountIsExact: boolean;
}

/** One operation for the whole page: the listings, their sellers, event prices and prices in the viewer's currency. */
export const SEARCH_LISTINGS = /* GraphQL */ `
  query SearchListings($query: String, $filters: ListingSearchFilters, $sort: ListingSort, $first: Int!, $after: String, $viewerCurrency: String!, $convert: Boolean!) {
    searchListings(query: $query, filters: $filters, sort: $sort, first: $first, after: $after) {
      edges { cursor node { ${SUMMARY_FIELDS} ${IN_VIEWER_CURRENCY} } }
      pageInfo { hasNextPage endCursor }
      totalCount
      totalCountIsExact
    }
  }
`;

/** The company's shortlist, shaped as catalogue cards. */
export const SAVED_LISTINGS = /* GraphQL */ `
  query SavedListings($first: Int!, $after: String, $viewerCurrency: String!, $convert: Boolean!) {
    savedListings(first: $first, after: $after) {
      edges { cursor node { ${SUMMARY_FIELDS} ${IN_VIEWER_CURRENCY} } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

export interface ListingPayload {
  listing: { id: string; title: string; status: ListingStatus } | null;
  userErrors: UserError[];
}

const PAYLOAD = "listing { id title status } userErrors { field code message }";

export const CREATE_LISTING = /* GraphQL */ `
  mutation CreateListing($input: CreateListingInput!) { createListing(input: $input) { ${PAYLOAD} } }
`;
export const UPDATE_LISTING = /* GraphQL */ `
  mutation UpdateListing($id: ID!, $input: UpdateListingInput!) { updateListing(id: $id, input: $input) { ${PAYLOAD} } }
`;
export const PUBLISH_LISTING = /* GraphQL */ `
  mutation PublishListing($id: ID!) { publishListing(id: $id) { ${PAYLOAD} } }
`;
export const PAUSE_LISTING = /* GraphQL */ `
  mutation PauseListing($id: ID!) { pauseListing(id: $id) { ${PAYLOAD} } }
`;
export const ARCHIVE_LISTING = /* GraphQL */ `
  mutation ArchiveListing($id: ID!) { archiveListing(id: $id) { ${PAYLOAD} } }
`;
export const DELETE_LISTING_PHOTO = /* GraphQL */ `
  mutation DeleteListingPhoto($id: ID!) { deleteListingPhoto(id: $id) { ${PAYLOAD} } }
`;

/** The lifecycle buttons: which mutation each runs, and the statuses it is offered from. */
export const LIFECYCLE = {
  publish: { document: PUBLISH_LISTING, field: "publishListing", from: ["DRAFT", "PAUSED"] },
  pause: { document: PAUSE_LISTING, field: "pauseListing", from: ["ACTIVE"] },
  archive: { document: ARCHIVE_LISTING, field: "archiveListing", from: ["DRAFT", "PAUSED", "ACTIVE"] },
} as const satisfies Record<string, { document: string; field: string; from: readonly ListingStatus[] }>;

export type LifecycleIntent = keyof typeof LIFECYCLE;

export function isLifecycleIntent(value: string): value is LifecycleIntent {
  return Object.hasOwn(LIFECYCLE, value);
}

export interface ImportResult {
  rowsRead: number;
  created: number;
  updated: number;
  failed: number;
  errors: { row: number; column: string | null; code: string; message: string }[];
  errorsOmitted: number;
}

export const IMPORT_LISTINGS_CSV = /* GraphQL */ `
  mutation ImportListingsCsv($csv: String!) {
    importListingsCsv(csv: $csv) {
      result { rowsRead created updated failed errors { row column code message } errorsOmitted }
      userErrors { field code message }
    }
  }
`;

/** Everything the listing form offers to choose from, named in the viewer's language. */
export const LISTING_FORM_REFERENCE = /* GraphQL */ `
  query ListingFormReference {
    countries { code name }
    currencies { code name }
    unitsOfMeasure { code name symbol }
    incoterms { code name }
  }
`;

export interface ListingFormReference {
  countries: { code: string; name: string }[];
  currencies: { code: string; name: string }[];
  unitsOfMeasure: Unit[];
  incoterms: { code: string; name: string }[];
}
