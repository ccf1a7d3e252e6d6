import type { ArchiveListingMutation, CertificationKind, ListingStatus, PauseListingMutation, PublishListingMutation } from "../__generated__/operations";

/** Operations on graph/listings and graph/search; the types of their answers are generated into app/__generated__/operations.ts. */

export const LISTING_STATUSES: readonly ListingStatus[] = ["DRAFT", "ACTIVE", "PAUSED", "ARCHIVED"];

export const CERTIFICATION_KINDS = ["ORGANIC", "HALAL", "KOSHER", "FAIRTRADE", "CE", "FDA", "ISO22000", "GLOBALGAP", "OTHER"] as const satisfies readonly CertificationKind[];

const SUMMARY_FIELDS = /* GraphQL */ `
  fragment ListingSummary on Listing {
    id status title localized { title description } hsCode originCountry { code name }
    unit { code name symbol } priceFrom { amount currency } moq availableQuantity leadTimeDays
    incoterms { code namedPlace } seller { id legalName country verified } photos { id url srcset width height }
    eventPrice { unitPrice { amount currency } event { id name window { text timeZone } } }
    updatedAt
  }
`;

/** Brings the ListingSummary fragment along: a document that spreads both includes this one only. */
const DETAIL_FIELDS = /* GraphQL */ `
  fragment ListingDetail on Listing {
    ...ListingSummary
    externalRef description locale translations { locale title description } currency
    priceTiers { minQuantity unitPrice { amount currency } }
    incoterms { code namedPlace incoterm { name } }
    shipFromPort { locode name } netWeightKg grossWeightKg volumeM3 packaging
    certifications { kind reference } photos { id url srcset width height contentType byteSize }
    sellerVerified statusHistory { fromStatus toStatus at } viewerCanEdit publishedAt
  }
  ${SUMMARY_FIELDS}
`;

/** A price in the viewer's currency, with the rate and its date; left out when that currency is unknown or not asked for ($convert). */
const IN_VIEWER_CURRENCY = /* GraphQL */ `
  fragment ListingPriceInViewerCurrency on Listing {
    priceInViewerCurrency: priceFrom { inCurrency(currency: $viewerCurrency) @include(if: $convert) { to { amount currency } rate rateDate } }
  }
`;

export const LISTING = /* GraphQL */ `
  query Listing($id: ID!, $viewerCurrency: String!, $convert: Boolean!) {
    listing(id: $id) { ...ListingDetail ...ListingPriceInViewerCurrency }
  }
  ${DETAIL_FIELDS}
  ${IN_VIEWER_CURRENCY}
`;

/** The seller's editor shows the listing in its own currency: nothing to convert. */
export const EDITABLE_LISTING = /* GraphQL */ `
  query EditableListing($id: ID!) {
    listing(id: $id) { ...ListingDetail }
  }
  ${DETAIL_FIELDS}
`;

/** What a sourcing request for one listing starts from: its goods, unit, minimum order and terms. */
export const LISTING_FOR_REQUEST = /* GraphQL */ `
  query ListingForRequest($id: ID!) {
    listing(id: $id) { id title localized { title } hsCode unit { code } moq incoterms { code namedPlace } seller { legalName } }
  }
`;

export const MY_LISTINGS = /* GraphQL */ `
  query MyListings($status: ListingStatus, $first: Int!, $after: String) {
    myListings(status: $status, first: $first, after: $after) {
      edges { cursor node { ...ListingSummary } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
  ${SUMMARY_FIELDS}
`;

/** One operation for the whole page: the listings, their sellers, event prices and prices in the viewer's currency. */
export const SEARCH_LISTINGS = /* GraphQL */ `
  query SearchListings($query: String, $filters: ListingSearchFilters, $sort: ListingSort, $first: Int!, $after: String, $viewerCurrency: String!, $convert: Boolean!) {
    searchListings(query: $query, filters: $filters, sort: $sort, first: $first, after: $after) {
      edges { cursor node { ...ListingSummary ...ListingPriceInViewerCurrency } }
      pageInfo { hasNextPage endCursor }
      totalCount
      totalCountIsExact
    }
  }
  ${SUMMARY_FIELDS}
  ${IN_VIEWER_CURRENCY}
`;

/** The company's shortlist, shaped as catalogue cards. */
export const SAVED_LISTINGS = /* GraphQL */ `
  query SavedListings($first: Int!, $after: String, $viewerCurrency: String!, $convert: Boolean!) {
    savedListings(first: $first, after: $after) {
      edges { cursor node { ...ListingSummary ...ListingPriceInViewerCurrency } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
  ${SUMMARY_FIELDS}
  ${IN_VIEWER_CURRENCY}
`;

const PAYLOAD = /* GraphQL */ `
  fragment ListingPayloadFields on ListingPayload { listing { id title status } userErrors { field code message } }
`;

export const CREATE_LISTING = /* GraphQL */ `
  mutation CreateListing($input: CreateListingInput!) { createListing(input: $input) { ...ListingPayloadFields } }
  ${PAYLOAD}
`;
export const UPDATE_LISTING = /* GraphQL */ `
  mutation UpdateListing($id: ID!, $input: UpdateListingInput!) { updateListing(id: $id, input: $input) { ...ListingPayloadFields } }
  ${PAYLOAD}
`;
export const PUBLISH_LISTING = /* GraphQL */ `
  mutation PublishListing($id: ID!) { publishListing(id: $id) { ...ListingPayloadFields } }
  ${PAYLOAD}
`;
export const PAUSE_LISTING = /* GraphQL */ `
  mutation PauseListing($id: ID!) { pauseListing(id: $id) { ...ListingPayloadFields } }
  ${PAYLOAD}
`;
export const ARCHIVE_LISTING = /* GraphQL */ `
  mutation ArchiveListing($id: ID!) { archiveListing(id: $id) { ...ListingPayloadFields } }
  ${PAYLOAD}
`;
export const DELETE_LISTING_PHOTO = /* GraphQL */ `
  mutation DeleteListingPhoto($id: ID!) { deleteListingPhoto(id: $id) { ...ListingPayloadFields } }
  ${PAYLOAD}
`;

/** The lifecycle mutations' answers; each answers under its own field, so a run of one has only that field. */
export type LifecycleAnswer = Partial<PublishListingMutation & PauseListingMutation & ArchiveListingMutation>;

/** The lifecycle buttons: which mutation each runs, and the statuses it is offered from. */
export const LIFECYCLE = {
  publish: { document: PUBLISH_LISTING, field: "publishListing", from: ["DRAFT", "PAUSED"] },
  pause: { document: PAUSE_LISTING, field: "pauseListing", from: ["ACTIVE"] },
  archive: { document: ARCHIVE_LISTING, field: "archiveListing", from: ["DRAFT", "PAUSED", "ACTIVE"] },
} as const satisfies Record<string, { document: string; field: keyof LifecycleAnswer; from: readonly ListingStatus[] }>;

export type LifecycleIntent = keyof typeof LIFECYCLE;

export function isLifecycleIntent(value: string): value is LifecycleIntent {
  return Object.hasOwn(LIFECYCLE, value);
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

