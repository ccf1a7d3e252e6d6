export const LISTING_STATUSES = ["draft", "active", "paused", "archived"] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

/**
 * draft → active ⇄ paused → archived; a draft that never went live, or a live listing the seller
 * withdraws for good, may be archived directly. Archived is final: its history stays, it never
 * comes back, and a draft never returns once published.
 */
const TRANSITIONS: Record<ListingStatus, readonly ListingStatus[]> = {
  draft: ["active", "archived"],
  active: ["paused", "archived"],
  paused: ["active", "archived"],
  archived: [],
};

export function canTransition(from: ListingStatus, to: ListingStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Only a live listing is found by search and matching. */
export function isSearchable(status: ListingStatus): boolean {
  return status === "active";
}

/** The seller can still change what it offers; an archived listing is kept as it was. */
export function isEditable(status: ListingStatus): boolean {
  return status !== "archived";
}
