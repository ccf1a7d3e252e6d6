import { describe, expect, it } from "vitest";
import { canTransition, isEditable, isSearchable, LISTING_STATUSES, type ListingStatus } from "../../graph/listings/lifecycle.js";

// Every pair of statuses, and whether a listing may go from the first to the second.
const TABLE: [ListingStatus, ListingStatus, boolean][] = [
  ["draft", "draft", false],
  ["draft", "active", true],
  ["draft", "paused", false],
  ["draft", "archived", true],
  ["active", "draft", false],
  ["active", "active", false],
  ["active", "paused", true],
  ["active", "archived", true],
  ["paused", "draft", false],
  ["paused", "active", true],
  ["paused", "paused", false],
  ["paused", "archived", true],
  ["archived", "draft", false],
  ["archived", "active", false],
  ["archived", "paused", false],
  ["archived", "archived", false],
];

describe("listing lifecycle", () => {
  it("the table covers every pair of statuses", () => {
    expect(TABLE.length).toBe(LISTING_STATUSES.length ** 2);
  });

  it.each(TABLE)("%s → %s allowed: %s", (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
  });

  it("only a live listing is searchable, and an archived one is frozen", () => {
    expect(LISTING_STATUSES.filter(isSearchable)).toEqual(["active"]);
    expect(LISTING_STATUSES.filter((s) => !isEditable(s))).toEqual(["archived"]);
  });
});
