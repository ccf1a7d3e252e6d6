/**
 * Every number that decides how matches rank lives here, and docs/matching.md explains each one.
 * Change them here only: the scorer, the notifications and the tests all read these.
 */

export type SignalName =
  | "hsCode"
  | "text"
  | "quantity"
  | "price"
  | "lane"
  | "incoterm"
  | "verifiedSeller"
  | "quotesAnswered"
  | "ordersCompleted";

/**
 * How much each signal counts. A match's score is the weighted mean of its signals (each 0 to 1)
 * over the signals that apply: a request without an HS code or a target price is not marked down
 * for it, the other signals simply count for more.
 *
 * ordersCompleted weighs 0 because Caravan has no orders yet: the signal is computed as zero and
 * shown in the breakdown so the weight can be raised the day orders exist, without another change.
 */
export const WEIGHTS: Readonly<Record<SignalName, number>> = {
  hsCode: 0.25,
  text: 0.15,
  quantity: 0.15,
  price: 0.15,
  lane: 0.15,
  incoterm: 0.08,
  verifiedSeller: 0.05,
  quotesAnswered: 0.02,
  ordersCompleted: 0,
};

/** Credit for how deep the HS codes agree, when the request names all six digits. */
export const HS_DEPTH_CREDIT = { subheading: 1, heading: 0.6, chapter: 0.25, none: 0 } as const;

/** Credit for an Incoterm of the same group (another C term than the CIF asked for). */
export const INCOTERM_SAME_GROUP_CREDIT = 0.5;

/** A price this far over the target (50 %) earns nothing; between the target and here credit falls in a line. */
export const PRICE_ZERO_CREDIT_RATIO = 1.5;

/** Arrival window straddling the needed-by date: it may or may not make it. */
export const LANE_MAYBE_CREDIT = 0.5;

/** This many requests answered with a quote earns the full seller-record credit. */
export const QUOTES_FOR_FULL_CREDIT = 10;

/** A new request notifies the seller of each listing scoring at least this much (once per request and seller). */
export const NOTIFY_THRESHOLD = 0.6;

/** Listings or requests scored per ranking; candidates come from indexed queries and stop here. */
export const CANDIDATE_CAP = 200;

/**
 * A request without an HS code first asks the full-text index for listings holding all its words;
 * with fewer hits than this it also asks for listings holding any of them, a slower search.
 */
export const TEXT_ALL_WORDS_ENOUGH = 20;

/** myLeads looks at this many of the viewer's active listings, most recently updated first. */
export const MY_LEADS_LISTING_CAP = 50;

/** The buyer's feed is built from this many of its latest requests. */
export const FEED_REQUEST_CAP = 10;

/**
 * The order in which transport modes are tried for a lane: cheapest first, so a lane that arrives in
 * time by sea is not shown as air freight.
 */
export const MODE_PREFERENCE = ["sea", "rail", "road", "air"] as const;
