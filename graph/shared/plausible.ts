import type { UnitOfMeasure } from "../../db/reference/index.js";

/**
 * Values no trade has are refused at the door (issue 7): a date decades away or a quantity smaller
 * than anyone can weigh is a typo or a probe, and stored it would skew matching, demand figures and
 * landed-cost sums for everyone.
 */

/** How far ahead a date a trader sets (needed by, quote valid until) may lie. */
export const DATE_HORIZON_YEARS = 5;

/** Quantities carry at most this many decimals, so a line total in minor units is exact. */
export const QUANTITY_DECIMALS = 3;

/** The last calendar day (UTC, YYYY-MM-DD) within the horizon from `now`. */
export function horizonDay(now: Date, years = DATE_HORIZON_YEARS): string {
  const limit = new Date(now.getTime());
  limit.setUTCFullYear(limit.getUTCFullYear() + years);
  return limit.toISOString().slice(0, 10);
}

export function withinHorizon(day: string, now: Date, years = DATE_HORIZON_YEARS): boolean {
  return day <= horizonDay(now, years);
}

/** One minor step of a unit: a whole piece for counted goods, a thousandth (1 g of a kilogram) otherwise. */
export function smallestQuantity(unit: Pick<UnitOfMeasure, "quantity"> | undefined): number {
  return unit?.quantity === "count" ? 1 : 10 ** -QUANTITY_DECIMALS;
}
