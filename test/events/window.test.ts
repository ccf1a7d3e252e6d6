import { describe, expect, it } from "vitest";
import {
  addDays,
  allServedCountries,
  computeWindow,
  formatWindowFor,
  isWithin,
  offsetAt,
  startOfLocalDay,
  zonesOfCountry,
  type EventSpec,
  type EventWindow,
} from "../../graph/events/window.js";

const HOUR = 3_600_000;

function windowOf(spec: EventSpec): EventWindow {
  const result = computeWindow(spec);
  if (!result.ok) throw new Error(`expected a window, got ${JSON.stringify(result.problems)}`);
  return result.window;
}

const localDay = (date: string, countries: string[], days = 1): EventSpec => ({ kind: "local_day", date, days, countries });

describe("zones of a country", () => {
  it("knows that one country keeps several clocks", () => {
    expect(zonesOfCountry("US")).toEqual(expect.arrayContaining(["America/New_York", "America/Los_Angeles", "America/Anchorage", "America/Adak", "Pacific/Honolulu"]));
    expect(zonesOfCountry("RU")).toEqual(expect.arrayContaining(["Europe/Kaliningrad", "Europe/Moscow", "Asia/Vladivostok", "Asia/Kamchatka"]));
    expect(zonesOfCountry("AU")).toEqual(expect.arrayContaining(["Australia/Perth", "Australia/Eucla", "Australia/Sydney", "Australia/Lord_Howe"]));
    expect(zonesOfCountry("BR")!.length).toBeGreaterThan(10);
    expect(zonesOfCountry("pl")).toEqual(["Europe/Warsaw"]);
  });

  it("falls back to linked zones for a territory without a zone of its own, and knows no code XX", () => {
    expect(zonesOfCountry("HM")).toEqual(["Indian/Kerguelen"]);
    expect(zonesOfCountry("XX")).toBeNull();
  });

  it("reads offsets at an instant, daylight saving and odd minutes included", () => {
    const cases: [string, string, number][] = [
      ["Asia/Kolkata", "2026-11-11T00:00:00Z", 5.5 * HOUR],
      ["Asia/Kathmandu", "2026-11-11T00:00:00Z", 5.75 * HOUR],
      ["Pacific/Chatham", "2026-11-11T00:00:00Z", 13.75 * HOUR],
      ["Pacific/Kiritimati", "2026-11-11T00:00:00Z", 14 * HOUR],
      ["Pacific/Pago_Pago", "2026-11-11T00:00:00Z", -11 * HOUR],
      ["Australia/Lord_Howe", "2026-11-11T00:00:00Z", 11 * HOUR],
      ["Australia/Lord_Howe", "2026-06-11T00:00:00Z", 10.5 * HOUR],
      ["Europe/Warsaw", "2026-07-01T00:00:00Z", 2 * HOUR],
      ["Europe/Warsaw", "2026-11-11T00:00:00Z", 1 * HOUR],
      ["Europe/London", "2026-01-01T00:00:00Z", 0],
      ["America/Adak", "2026-07-01T00:00:00Z", -9 * HOUR],
      ["America/Adak", "2026-11-11T00:00:00Z", -10 * HOUR],
    ];
    for (const [zone, at, expected] of cases) expect([zone, at, offsetAt(zone, new Date(at))]).toEqual([zone, at, expected]);
  });
});

describe("a local calendar day that every buyer gets in full", () => {
  const cases: { name: string; spec: EventSpec; startsAt: string; endsAt: string; hours: number; opensIn: string[]; closesIn: string[] }[] = [
    {
      name: "AU, CN, US and PL on 11 November: midnight in Sydney (and Lord Howe, on +11 in summer) to 24:00 in Hawaii and the Aleutians (−10)",
      spec: localDay("2026-11-11", ["AU", "CN", "US", "PL"]),
      startsAt: "2026-11-10T13:00:00.000Z",
      endsAt: "2026-11-12T10:00:00.000Z",
      hours: 45,
      opensIn: ["Antarctica/Macquarie", "Australia/Hobart", "Australia/Lord_Howe", "Australia/Melbourne", "Australia/Sydney"],
      closesIn: ["America/Adak", "Pacific/Honolulu"],
    },
    {
      name: "MY and PL: midnight in Malaysia (+8) to 24:00 in Poland (+1 in November)",
      spec: localDay("2026-11-11", ["MY", "PL"]),
      startsAt: "2026-11-10T16:00:00.000Z",
      endsAt: "2026-11-11T23:00:00.000Z",
      hours: 31,
      opensIn: ["Asia/Kuching", "Asia/Singapore"],
      closesIn: ["Europe/Warsaw"],
    },
    {
      name: "the same day for MY and PL in July, when Poland is on +2",
      spec: localDay("2026-07-11", ["PL", "MY"]),
      startsAt: "2026-07-10T16:00:00.000Z",
      endsAt: "2026-07-11T22:00:00.000Z",
      hours: 30,
      opensIn: ["Asia/Kuching", "Asia/Singapore"],
      closesIn: ["Europe/Warsaw"],
    },
    {
      name: "India (+05:30) and Nepal (+05:45): Kathmandu opens, Kolkata closes",
      spec: localDay("2026-11-11", ["IN", "NP"]),
      startsAt: "2026-11-10T18:15:00.000Z",
      endsAt: "2026-11-11T18:30:00.000Z",
      hours: 24.25,
      opensIn: ["Asia/Kathmandu"],
      closesIn: ["Asia/Kolkata"],
    },
    {
      name: "every country: from Kiritimati (+14) to Niue and Pago Pago (−11)",
      spec: localDay("2026-11-11", allServedCountries()),
      startsAt: "2026-11-10T10:00:00.000Z",
      endsAt: "2026-11-12T11:00:00.000Z",
      hours: 49,
      opensIn: ["Pacific/Kiritimati"],
      closesIn: ["Pacific/Niue", "Pacific/Pago_Pago"],
    },
    {
      name: "Russia, eleven clocks: Kamchatka and Anadyr (+12) to Kaliningrad (+2)",
      spec: localDay("2026-11-11", ["RU"]),
      startsAt: "2026-11-10T12:00:00.000Z",
      endsAt: "2026-11-11T22:00:00.000Z",
      hours: 34,
      opensIn: ["Asia/Anadyr", "Asia/Kamchatka"],
      closesIn: ["Europe/Kaliningrad"],
    },
    {
      name: "a three-day span for PL alone is exactly 72 hours when no clock changes",
      spec: localDay("2026-11-11", ["PL"], 3),
      startsAt: "2026-11-10T23:00:00.000Z",
      endsAt: "2026-11-13T23:00:00.000Z",
      hours: 72,
      opensIn: ["Europe/Warsaw"],
      closesIn: ["Europe/Warsaw"],
    },
    {
      name: "DST: Poland's day of the spring change has 23 hours (opens on +1, closes on +2)",
      spec: localDay("2026-03-29", ["PL"]),
      startsAt: "2026-03-28T23:00:00.000Z",
      endsAt: "2026-03-29T22:00:00.000Z",
      hours: 23,
      opensIn: ["Europe/Warsaw"],
      closesIn: ["Europe/Warsaw"],
    },
    {
      name: "DST: Poland's day of the autumn change has 25 hours",
      spec: localDay("2026-10-25", ["PL"]),
      startsAt: "2026-10-24T22:00:00.000Z",
      endsAt: "2026-10-25T23:00:00.000Z",
      hours: 25,
      opensIn: ["Europe/Warsaw"],
      closesIn: ["Europe/Warsaw"],
    },
    {
      name: "DST: the US falls back on 1 November 2026; New York opens on −4, Hawaii and Adak (now −10) close",
      spec: localDay("2026-11-01", ["US"]),
      startsAt: "2026-11-01T04:00:00.000Z",
      endsAt: "2026-11-02T10:00:00.000Z",
      hours: 30,
      opensIn: ["America/Detroit", "America/Indiana/Indianapolis", "America/Indiana/Marengo", "America/Indiana/Petersburg", "America/Indiana/Vevay", "America/Indiana/Vincennes", "America/Indiana/Winamac", "America/Kentucky/Louisville", "America/Kentucky/Monticello", "America/New_York"],
      closesIn: ["America/Adak", "Pacific/Honolulu"],
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const window = windowOf(c.spec);
      expect({
        startsAt: window.startsAt.toISOString(),
        endsAt: window.endsAt.toISOString(),
        hours: (window.endsAt.getTime() - window.startsAt.getTime()) / HOUR,
        opensIn: window.opensIn,
        closesIn: window.closesIn,
      }).toEqual({ startsAt: c.startsAt, endsAt: c.endsAt, hours: c.hours, opensIn: c.opensIn, closesIn: c.closesIn });
    });
  }

  it("Double 11 served to Australia, China, Malaysia, Poland and the US opens at midnight in Sydney, and every zone gets all of its 11 November", () => {
    const countries = ["AU", "CN", "MY", "PL", "US"];
    const window = windowOf(localDay("2026-11-11", countries));
    expect(window.startsAt.toISOString()).toBe("2026-11-10T13:00:00.000Z");
    expect(new Intl.DateTimeFormat("en-GB", { timeZone: "Australia/Sydney", dateStyle: "short", timeStyle: "short" }).format(window.startsAt)).toBe("11/11/2026, 00:00");
    expect(window.endsAt.toISOString()).toBe("2026-11-12T10:00:00.000Z");
    // Sydney's +11 to Hawaii's −10 is 45 hours; the "48 hours" is the real Double 11 rounded to whole days.
    expect((window.endsAt.getTime() - window.startsAt.getTime()) / HOUR).toBe(45);
    for (const zone of countries.flatMap((country) => zonesOfCountry(country)!)) {
      expect(startOfLocalDay(zone, "2026-11-11").getTime()).toBeGreaterThanOrEqual(window.startsAt.getTime());
      expect(startOfLocalDay(zone, "2026-11-12").getTime()).toBeLessThanOrEqual(window.endsAt.getTime());
    }
  });

  it("a 48-hour Double 11 as a plain UTC window from Sydney's midnight is two days to the millisecond", () => {
    const opens = startOfLocalDay("Australia/Sydney", "2026-11-11");
    const window = windowOf({ kind: "utc_window", startsAt: opens, endsAt: new Date(opens.getTime() + 48 * HOUR) });
    expect([window.startsAt.toISOString(), window.endsAt.toISOString()]).toEqual(["2026-11-10T13:00:00.000Z", "2026-11-12T13:00:00.000Z"]);
  });
});

describe("the start of a local day when clocks change at midnight", () => {
  it("America/Santiago skips 00:00 on 6 September 2026: the day begins at the jump, 01:00 on −3", () => {
    const start = startOfLocalDay("America/Santiago", "2026-09-06");
    expect(start.toISOString()).toBe("2026-09-06T04:00:00.000Z");
    expect(offsetAt("America/Santiago", start.getTime() - 1)).toBe(-4 * HOUR);
    expect(offsetAt("America/Santiago", start)).toBe(-3 * HOUR);
    expect(startOfLocalDay("America/Santiago", "2026-09-07").getTime() - start.getTime()).toBe(23 * HOUR);
  });

  it("America/Santiago turns back from 24:00 on 4 April 2026: 5 April begins once, on −4", () => {
    expect(startOfLocalDay("America/Santiago", "2026-04-05").toISOString()).toBe("2026-04-05T04:00:00.000Z");
    expect(startOfLocalDay("America/Santiago", "2026-04-05").getTime() - startOfLocalDay("America/Santiago", "2026-04-04").getTime()).toBe(25 * HOUR);
  });

  it("adds calendar days across month and year ends", () => {
    expect([addDays("2026-11-11", 1), addDays("2026-12-31", 1), addDays("2028-02-28", 1), addDays("2026-02-28", 3)]).toEqual(["2026-11-12", "2027-01-01", "2028-02-29", "2026-03-03"]);
  });
});

describe("what cannot be an event", () => {
  const t = (iso: string) => new Date(iso);
  const cases: [string, EventSpec, { field: string; code: string }[]][] = [
    ["ends before it starts", { kind: "utc_window", startsAt: t("2026-11-11T10:00:00Z"), endsAt: t("2026-11-11T09:00:00Z") }, [{ field: "endsAt", code: "EVENT_ENDS_BEFORE_START" }]],
    ["ends as it starts", { kind: "utc_window", startsAt: t("2026-11-11T10:00:00Z"), endsAt: t("2026-11-11T10:00:00Z") }, [{ field: "endsAt", code: "EVENT_ENDS_BEFORE_START" }]],
    ["lasts 31 days and a millisecond", { kind: "utc_window", startsAt: t("2026-11-01T00:00:00Z"), endsAt: t("2026-12-02T00:00:00.001Z") }, [{ field: "endsAt", code: "EVENT_TOO_LONG" }]],
    ["has no start", { kind: "utc_window", startsAt: t("soon"), endsAt: t("2026-11-11T10:00:00Z") }, [{ field: "startsAt", code: "DATE_TIME_INVALID" }]],
    ["is on 31 November", localDay("2026-11-31", ["PL"]), [{ field: "date", code: "DATE_INVALID" }]],
    ["spans four days", localDay("2026-11-11", ["PL"], 4), [{ field: "days", code: "EVENT_DAYS_OUT_OF_RANGE" }]],
    ["spans no day", localDay("2026-11-11", ["PL"], 0), [{ field: "days", code: "EVENT_DAYS_OUT_OF_RANGE" }]],
    ["serves nobody", localDay("2026-11-11", []), [{ field: "countries", code: "REQUIRED" }]],
    ["serves a country that does not exist", localDay("2026-11-11", ["PL", "XX"]), [{ field: "countries.1", code: "COUNTRY_UNKNOWN" }]],
    ["serves Bouvet Island, which keeps no clock", localDay("2026-11-11", ["BV"]), [{ field: "countries.0", code: "COUNTRY_HAS_NO_TIME_ZONE" }]],
  ];
  for (const [name, spec, expected] of cases) {
    it(name, () => {
      const result = computeWindow(spec);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems.map(({ field, code }) => ({ field, code }))).toEqual(expected);
    });
  }

  it("a window of exactly 31 days is allowed", () => {
    expect(computeWindow({ kind: "utc_window", startsAt: t("2026-11-01T00:00:00Z"), endsAt: t("2026-12-02T00:00:00Z") }).ok).toBe(true);
  });
});

describe("inside the window", () => {
  const window = windowOf(localDay("2026-11-11", ["MY", "PL"]));
  const cases: [string, number, boolean][] = [
    ["one millisecond before it opens", window.startsAt.getTime() - 1, false],
    ["the instant it opens", window.startsAt.getTime(), true],
    ["in the middle", window.startsAt.getTime() + 12 * HOUR, true],
    ["one millisecond before it closes (23:59:59.999 in Warsaw)", window.endsAt.getTime() - 1, true],
    ["the instant it closes (24:00 in Warsaw)", window.endsAt.getTime(), false],
  ];
  for (const [name, at, inside] of cases) it(name, () => expect(isWithin(window, new Date(at))).toBe(inside));
});

describe("the window on the viewer's clock", () => {
  const window = windowOf(localDay("2026-11-11", ["AU", "CN", "US", "PL"]));
  const cases: [string, string, string][] = [
    ["Asia/Kuala_Lumpur", "en", "Nov 10, 2026, 21:00 GMT+8 – Nov 12, 2026, 17:59 GMT+8"],
    ["Europe/Warsaw", "pl", "10 lis 2026, 14:00 GMT+1 – 12 lis 2026, 10:59 GMT+1"],
    ["Asia/Riyadh", "en", "Nov 10, 2026, 16:00 GMT+3 – Nov 12, 2026, 12:59 GMT+3"],
    ["America/Los_Angeles", "en", "Nov 10, 2026, 05:00 GMT-8 – Nov 12, 2026, 01:59 GMT-8"],
    ["Pacific/Honolulu", "en", "Nov 10, 2026, 03:00 GMT-10 – Nov 11, 2026, 23:59 GMT-10"],
    ["Australia/Sydney", "en", "Nov 11, 2026, 00:00 GMT+11 – Nov 12, 2026, 20:59 GMT+11"],
  ];
  for (const [zone, locale, text] of cases) {
    it(`${zone} (${locale})`, () => {
      const shown = formatWindowFor(window, zone, locale);
      expect(shown.timeZone).toBe(zone);
      expect(shown.text).toBe(text);
      expect(shown.text).toBe(`${shown.opens} – ${shown.closes}`);
    });
  }

  it("each end carries its own offset when the window spans a clock change", () => {
    const overChange = windowOf(localDay("2026-10-24", ["PL"], 2));
    expect(formatWindowFor(overChange, "Europe/Warsaw", "en").text).toBe("Oct 24, 2026, 00:00 GMT+2 – Oct 25, 2026, 23:59 GMT+1");
  });
});
