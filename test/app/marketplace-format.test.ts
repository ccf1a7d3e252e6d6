import { describe, expect, it } from "vitest";
import { formatDay, formatMoney, formatPercent, formatQuantity } from "../../app/utils/format";
import { formatHsCode } from "../../app/utils/hs";
import { zonedTimeToUtc } from "../../app/utils/time";

const plain = (text: string | null) => text?.replace(/[\u00a0\u202f]/g, " ");

describe("formatMoney", () => {
  it("shows exactly the currency's minor digits the API sent, with the ISO code", () => {
    expect(plain(formatMoney({ amount: "4203.25", currency: "PLN" }, "en"))).toBe("PLN 4,203.25");
    expect(plain(formatMoney({ amount: "1500", currency: "JPY" }, "en"))).toBe("JPY 1,500");
    expect(plain(formatMoney({ amount: "12.345", currency: "KWD" }, "en"))).toBe("KWD 12.345");
  });

  it("never rounds a large amount through a float", () => {
    expect(plain(formatMoney({ amount: "90071992547409.93", currency: "USD" }, "en"))).toBe("USD 90,071,992,547,409.93");
  });

  it("follows the viewer's language", () => {
    expect(plain(formatMoney({ amount: "4203.25", currency: "PLN" }, "pl"))).toBe("4203,25 PLN");
    expect(formatMoney({ amount: "1150.00", currency: "USD" }, "ar")).toContain("USD");
  });

  it("falls back to the plain amount for a code Intl does not accept", () => {
    expect(formatMoney({ amount: "10.00", currency: "not a code" }, "en")).toBe("10.00 not a code");
  });
});

describe("quantities, shares and days", () => {
  it("writes a quantity with its unit's symbol", () => {
    expect(plain(formatQuantity(40, { symbol: "t" }, "en"))).toBe("40 t");
    expect(plain(formatQuantity(2_000_000, { symbol: "pc" }, "en"))).toBe("2,000,000 pc");
  });

  it("writes a score as a whole percentage", () => {
    expect(formatPercent(0.92, "en")).toBe("92%");
  });

  it("shows a calendar date as the same day in every time zone", () => {
    expect(formatDay("2027-02-06", "en")).toBe("Feb 6, 2027");
    expect(formatDay("06/02/2027", "en")).toBeNull();
    expect(formatDay(null, "en")).toBeNull();
  });

  it("writes HS codes with their dots", () => {
    expect(formatHsCode("080119")).toBe("0801.19");
    expect(formatHsCode("0801190010")).toBe("0801.19.0010");
    expect(formatHsCode("0801")).toBe("0801");
  });
});

describe("zonedTimeToUtc", () => {
  it("reads a wall-clock time in the viewer's zone as the instant it is", () => {
    expect(zonedTimeToUtc("2026-12-01T17:00", "Europe/Warsaw")).toBe("2026-12-01T16:00:00.000Z");
    expect(zonedTimeToUtc("2026-07-01T17:00", "Europe/Warsaw")).toBe("2026-07-01T15:00:00.000Z");
    expect(zonedTimeToUtc("2026-11-11T00:00", "Asia/Kuala_Lumpur")).toBe("2026-11-10T16:00:00.000Z");
    expect(zonedTimeToUtc("2026-11-11T00:00", "UTC")).toBe("2026-11-11T00:00:00.000Z");
  });

  it("handles the days clocks change", () => {
    // 29 March 2026, 03:30 in Warsaw is just after the jump to summer time (UTC+2).
    expect(zonedTimeToUtc("2026-03-29T03:30", "Europe/Warsaw")).toBe("2026-03-29T01:30:00.000Z");
    // 25 October 2026, 12:00 is well after the return to winter time (UTC+1).
    expect(zonedTimeToUtc("2026-10-25T12:00", "Europe/Warsaw")).toBe("2026-10-25T11:00:00.000Z");
  });

  it("refuses what is not a time, or not a real day, or an unknown zone", () => {
    expect(zonedTimeToUtc("tomorrow", "UTC")).toBeNull();
    expect(zonedTimeToUtc("2026-02-30T10:00", "UTC")).toBeNull();
    expect(zonedTimeToUtc("2026-02-10T10:00", "Mars/Olympus_Mons")).toBeNull();
  });
});
