/**
 * The compliance module's public face: trade, sourcing, the resolvers and the CLI import from here.
 * The rules live in files by job: embargo-register (the admins' list of banned lanes), tariffs,
 * landed-cost-estimate (duty and taxes at the buyer's door, for a listing or a request's quotes),
 * trade-compliance (what stops an order), denied-party-lists and screening-reviews.
 */
export { findEmbargo, type Embargo } from "./embargoes.js";
export type { ScreeningDecided } from "./events.js";
export { addEmbargo, embargoesNotOver, endEmbargo, listEmbargoes, type AddEmbargoInput, type EmbargoRecord } from "./embargo-register.js";
export { importTariffs, TARIFF_IMPORT_COLUMNS, tariffRateFor, type TariffImportResult, type TariffRate } from "./tariffs.js";
export {
  landedCost,
  landedCostForListing,
  quoteLandedCosts,
  type LandedCost,
  type LandedCostInput,
  type LandedCostItem,
  type LandedCostKind,
  type LandedCostLineInput,
  type LandedCostNote,
  type ListingLandedCostInput,
  type QuoteLandedCost,
} from "./landed-cost-estimate.js";
export { assessTradeCompliance, type ComplianceRefusal, type TradeCompliance, type TradeComplianceInput } from "./trade-compliance.js";
export {
  DENIED_PARTY_COLUMNS,
  deniedPartyLists,
  importDeniedParties,
  screenParties,
  type DeniedPartyImportResult,
  type DeniedPartyList,
  type ScreeningHit,
} from "./denied-party-lists.js";
export {
  canMoveScreening,
  decideScreening,
  getScreeningReview,
  holdForScreening,
  screeningReviews,
  screeningReviewsOf,
  type ScreeningReview,
  type ScreeningReviewEvent,
  type ScreeningStatus,
} from "./screening-reviews.js";
