/**
 * The listings module's public face: other modules, the resolvers, the seed and the CLI import from
 * here. The rules live in files by job: listing (reading, and who sees what), editing (create and
 * update), publishing (the lifecycle's moves), listing-photos, csv-import and seller-verification;
 * sellers says who may write, and listing-writes saves a listing with its parts, its history and
 * its place in the search index.
 */
/** Bulk reads for modules that scan many listings (matching, insights). */
export { activeListingIdsByHs, activeListingIdsOf, listedHeadingsOf, listingRows, type ListingRow } from "./repository.js";

export type { CsvSource } from "./csv.js";
export { tierPrice } from "./pricing.js";
export { releaseStock, reserveStock, type StockRequest } from "./stock.js";
export type { ListingStatus } from "./lifecycle.js";
export type { Certification, CertificationKind, ListingFields, OfferedIncoterm, PriceTier, Translation } from "./listing-rules.js";

export {
  getListing,
  listingsByIds,
  listingsBySearchKeys,
  listingStatusHistory,
  myListings,
  viewerCanEdit,
  type Listing,
  type ListingPhoto,
  type ListingStatusChange,
  type MyListingsArgs,
} from "./listing.js";
export type { ActingOptions } from "./sellers.js";
export { createListing, updateListing, type ListingPatch, type NewListing } from "./editing.js";
export { archiveListing, pauseListing, publishListing } from "./publishing.js";
export { refreshSellerVerification, sellerVerificationChanged } from "./seller-verification.js";
export { addListingPhoto, deleteListingPhoto, getListingPhoto, type PhotoFile } from "./listing-photos.js";
export {
  IMPORT_BATCH_SIZE,
  IMPORT_MAX_ERRORS,
  importListingsCsv,
  type ImportOptions,
  type ImportProgress,
  type ListingImportError,
  type ListingImportResult,
} from "./csv-import.js";
