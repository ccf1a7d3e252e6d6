import { describe, expect, it } from "vitest";
import { formatDateTime, timeZones } from "../../app/utils/format";

describe("formatDateTime", () => {
  it("shows the instant in the company's time zone and the user's language", () => {
    const iso = "2026-11-27T23:30:00.000Z";
    // ICU versions differ on the space before PM (U+0020 or U+202F); the words and numbers do not.
    expect(formatDateTime(iso, "en", "UTC")?.replace(/\s/g, " ")).toBe("Nov 27, 2026, 11:30 PM");
    expect(formatDateTime(iso, "en", "Asia/Kuala_Lumpur")).toContain("Nov 28, 2026");
    expect(formatDateTime(iso, "ar", "Asia/Riyadh")).toMatch(/[\u0600-\u06FF]/);
  });

  it("falls back to UTC for a time zone the runtime does not know, and to nothing for no date", () => {
    expect(formatDateTime("2026-11-27T23:30:00.000Z", "en", "Mars/Olympus_Mons")).toContain("Nov 27, 2026");
    expect(formatDateTime(null, "en", "UTC")).toBeNull();
    expect(formatDateTime("not a date", "en", "UTC")).toBeNull();
  });
});

describe("timeZones", () => {
  it("offers UTC first and every zone once", () => {
    const zones = timeZones();
    expect(zones[0]).toBe("UTC");
    expect(zones).toContain("Europe/Warsaw");
    expect(new Set(zones).size).toBe(zones.length);
  });

  it("keeps a company's current zone selectable even when the runtime calls it by another name", () => {
    expect(timeZones("Asia/Calcutta")).toContain("Asia/Calcutta");
  });
});
