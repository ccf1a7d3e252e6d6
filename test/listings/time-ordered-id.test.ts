import { expect, it } from "vitest";
import { newTimeOrderedId } from "../../db/ids.js";

it("listing ids sort in creation order, so bulk inserts append to their indexes, and stay unique", () => {
  const start = Date.parse("2026-11-27T10:00:00.000Z");
  const ids = Array.from({ length: 1000 }, (_, i) => newTimeOrderedId("lst", new Date(start + i * 7)));
  expect(ids.every((id) => /^lst_[0-9a-hjkmnp-tv-z]{23}$/.test(id))).toBe(true);
  expect([...ids].sort()).toEqual(ids);
  expect(new Set(Array.from({ length: 1000 }, () => newTimeOrderedId("lst", new Date(start)))).size).toBe(1000);
});
