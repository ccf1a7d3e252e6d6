import { describe, expect, it } from "vitest";
import { estimateLanes, type Lane } from "../../graph/logistics/lanes.js";
import {
  compatibleModes,
  deliveryWindow,
  hsSignal,
  incotermSignal,
  laneSignal,
  priceSignal,
  quantitySignal,
  quotesAnsweredSignal,
  scoreMatch,
  textSignal,
  tierPrice,
  verifiedSignal,
  type MatchEnvironment,
  type MatchListing,
  type MatchRequest,
} from "../../graph/matching/score.js";
import { lookupWords, words } from "../../graph/matching/tokens.js";
import type { Embargo } from "../../graph/compliance/service.js";
import { NOTIFY_THRESHOLD, WEIGHTS } from "../../graph/matching/weights.js";

const TODAY = "2026-11-27";

const lane = (mode: Lane["mode"], min: number, max: number, estimated = false): Lane => ({
  origin: "MY",
  destination: "PL",
  mode,
  transitDaysMin: min,
  transitDaysMax: max,
  source: "test",
  estimated,
});

const coconutRequest: MatchRequest = {
  id: "req_1",
  organisationId: "org_buyer",
  hsCode: "080119",
  words: words("Desiccated coconut"),
  quantity: 40,
  unit: "TNE",
  targetPrice: { amountMinor: 520_000, currency: "PLN" },
  destinationCountry: "PL",
  incoterm: "CIF",
  neededBy: "2027-02-05",
};

const coconutListing: MatchListing = {
  id: "lst_1",
  organisationId: "org_seller",
  hsCode: "080119",
  originCountry: "MY",
  shipFromCountry: "MY",
  unit: "TNE",
  moq: 5,
  availableQuantity: 200,
  leadTimeDays: 14,
  currency: "USD",
  priceTiers: [
    { minQuantity: 5, unitPriceMinor: 140_000 },
    { minQuantity: 20, unitPriceMinor: 125_000 },
  ],
  incoterms: [
    { code: "FOB", namedPlace: "Port Klang (MYPKG)" },
    { code: "CIF", namedPlace: "Gdańsk (PLGDN)" },
  ],
  sellerVerified: true,
  words: new Set(words("Desiccated coconut, fine grade. Fresh coconuts from Johor.")),
};

const env: MatchEnvironment = {
  today: TODAY,
  lanes: [lane("sea", 28, 38), lane("air", 2, 5)],
  embargoes: [],
  // 1 US cent = 0.03655 złoty = 3.655 grosze
  fxFactor: 3.655,
  quotesAnswered: 0,
};

describe("HS code depth", () => {
  it.each([
    ["080119", "080119", 1, "hsSubheading", "0801.19"],
    ["08011900", "080119", 1, "hsSubheading", "0801.19"],
    ["080119", "080111", 0.6, "hsHeading", "0801"],
    ["080119", "080450", 0.25, "hsChapter", "08"],
    ["080119", "150910", 0, "hsNone", "1509"],
    // A request naming only a heading is fully met by any code under it.
    ["0801", "080119", 1, "hsHeading", "0801"],
    ["08", "080450", 1, "hsChapter", "08"],
    ["0801", "080450", 0.25, "hsChapter", "08"],
  ])("request %s, listing %s → %d (%s %s)", (requested, listed, value, code, shown) => {
    const outcome = hsSignal(requested, listed);
    expect(outcome.value).toBe(value);
    expect(outcome.reasons[0]).toMatchObject({ code, params: { code: shown } });
  });

  it("does not apply when the request names no HS code", () => {
    expect(hsSignal(null, "080119")).toEqual({ value: 0, applicable: false, reasons: [] });
  });
});

describe("text relevance", () => {
  it.each([
    ["desiccated coconut", "Desiccated coconut powder", 1],
    ["desiccated coconuts", "Coconut, desiccated", 1],
    ["organic desiccated coconut flakes", "Desiccated coconut", 0.5],
    ["wheat", "Desiccated coconut", 0],
    ["Gdańsk amber", "Baltic amber from Gdansk", 1],
  ])("%s vs %s → %d", (asked, listed, value) => {
    expect(textSignal(words(asked), new Set(words(listed))).value).toBe(value);
  });

  it("names the words that matched", () => {
    expect(textSignal(words("organic desiccated coconut flakes"), new Set(words("Desiccated coconut"))).reasons[0]).toMatchObject({
      code: "textMatch",
      params: { count: 2, total: 4, words: "desiccated, coconut" },
    });
  });

  it("looks words up in the full-text index as written, and also stemmed and in the plural", () => {
    expect(lookupWords("Fresh coconuts for Gdańsk")).toEqual({
      all: ["fresh", "coconuts", "gdansk"],
      any: ["fresh", "coconuts", "gdansk", "coconut", "freshs", "gdansks"],
    });
  });

  it("drops numbers and filler words, and segments Chinese", () => {
    expect(words("We need 40 tonnes of the best coconuts")).toEqual(["best", "coconut"]);
    expect(words("LED灯泡").length).toBeGreaterThan(1);
  });

  it("does not apply when the request has no words", () => {
    expect(textSignal([], new Set(["coconut"])).applicable).toBe(false);
  });
});

describe("quantity fit", () => {
  const listing = { unit: "TNE", moq: 5, availableQuantity: 30 };
  it.each([
    [{ quantity: 20, unit: "TNE" }, listing, 1, "quantityFits", { moq: 5, quantity: 20, unit: "TNE" }],
    [{ quantity: 5, unit: "TNE" }, listing, 1, "quantityFits", { moq: 5 }],
    [{ quantity: 40, unit: "TNE" }, listing, 0.75, "quantityPartial", { available: 30, quantity: 40 }],
    [{ quantity: 2, unit: "TNE" }, listing, 0, "quantityBelowMoq", { moq: 5, quantity: 2 }],
    // In base units: 8,000 kg is 8 t, above a 5 t MOQ; the MOQ is shown in the buyer's unit.
    [{ quantity: 8000, unit: "KGM" }, listing, 1, "quantityFits", { moq: 5000, unit: "KGM" }],
    [{ quantity: 40, unit: "TNE" }, { unit: "KGM", moq: 500, availableQuantity: 100_000 }, 1, "quantityFits", { moq: 0.5, unit: "TNE" }],
    [{ quantity: 1000, unit: "H87" }, listing, 0, "quantityUnitMismatch", { unit: "TNE", requestUnit: "H87" }],
  ])("%o against %o → %d %s", (request, offered, value, code, params) => {
    const outcome = quantitySignal(request, offered);
    expect(outcome.value).toBeCloseTo(value, 9);
    expect(outcome.reasons[0]).toMatchObject({ code, params });
  });
});

describe("price against target", () => {
  const listing = { unit: "TNE", currency: "USD", priceTiers: coconutListing.priceTiers };
  it("applies the tier for the quantity", () => {
    expect(tierPrice(listing.priceTiers, 4)).toBe(140_000);
    expect(tierPrice(listing.priceTiers, 5)).toBe(140_000);
    expect(tierPrice(listing.priceTiers, 40)).toBe(125_000);
  });

  it.each([
    // 1,250.00 USD/t × 3.655 = 4,568.75 PLN/t against the target
    [520_000, 1, "priceUnder", { percent: 12 }],
    [456_875, 1, "priceAtTarget", {}],
    [415_341, 0.8, "priceOver", { percent: 10 }],
    [304_583, 0, "priceOver", { percent: 50 }],
    [200_000, 0, "priceOver", { percent: 128 }],
  ])("target %d grosze/t → %d (%s)", (target, value, code, params) => {
    const outcome = priceSignal({ quantity: 40, unit: "TNE", targetPrice: { amountMinor: target, currency: "PLN" } }, listing, 3.655);
    expect(outcome.value).toBeCloseTo(value, 2);
    expect(outcome.reasons[0]).toMatchObject({ code, params });
  });

  it("compares per the buyer's unit: a price per kg against a target per tonne", () => {
    const perKg = { unit: "KGM", currency: "USD", priceTiers: [{ minQuantity: 500, unitPriceMinor: 110 }] };
    const outcome = priceSignal({ quantity: 40, unit: "TNE", targetPrice: { amountMinor: 125_000, currency: "USD" } }, perKg, 1);
    expect(outcome.reasons[0]).toMatchObject({ code: "priceUnder", params: { percent: 12 } });
  });

  it("does not apply without a target; says so when no rate is known", () => {
    expect(priceSignal({ quantity: 40, unit: "TNE", targetPrice: null }, listing, 1).applicable).toBe(false);
    const noRate = priceSignal({ quantity: 40, unit: "TNE", targetPrice: { amountMinor: 1, currency: "PLN" } }, listing, null);
    expect(noRate).toMatchObject({ applicable: false, reasons: [{ code: "priceNoRate", params: { from: "USD", to: "PLN" } }] });
  });
});

describe("lane feasibility", () => {
  const fob = [{ code: "FOB", namedPlace: "Port Klang" }];
  const fca = [{ code: "FCA", namedPlace: "Port Klang" }];

  it.each([
    ["CIF", fob, ["sea"]],
    ["CIF", fca, ["sea"]],
    ["FCA", fca, ["sea", "rail", "road", "air"]],
    ["DAP", fob, ["sea"]],
  ])("the buyer's %s and the seller's %o allow %o", (term, offered, modes) => {
    expect(compatibleModes(term, offered)).toEqual(modes);
  });

  it.each([
    // lead 14 + sea 28–38 = 42–52 days from 27 Nov: 8 Jan to 18 Jan
    ["2027-02-05", "CIF", "sea", "yes", "2027-01-08", "2027-01-18"],
    ["2027-01-12", "CIF", "sea", "maybe", "2027-01-08", "2027-01-18"],
    ["2027-01-05", "CIF", "sea", "no", "2027-01-08", "2027-01-18"],
    // A term for any mode: sea when it arrives in time, the fastest mode when it does not.
    ["2027-02-05", "CPT", "sea", "yes", "2027-01-08", "2027-01-18"],
    ["2026-12-20", "CPT", "air", "yes", "2026-12-13", "2026-12-16"],
  ])("needed by %s under %s → %s, on time: %s", (neededBy, term, mode, onTime, earliest, latest) => {
    const offered = [...coconutListing.incoterms, { code: term, namedPlace: "Gdańsk" }];
    const window = deliveryWindow({ incoterm: term, neededBy }, { leadTimeDays: 14, incoterms: offered }, env.lanes, TODAY);
    expect(window).toMatchObject({ mode, onTime, earliest, latest });
  });

  it.each([
    ["yes", 1, "laneInTime"],
    ["maybe", 0.5, "laneMaybe"],
    ["no", 0, "laneLate"],
  ] as const)("arrival %s → %d", (onTime, value, code) => {
    const window = { mode: "sea" as const, leadTimeDays: 14, transitDaysMin: 28, transitDaysMax: 38, earliest: "", latest: "", estimated: false, onTime, source: "" };
    expect(laneSignal(window, "2027-02-05")).toMatchObject({ value, reasons: [{ code, params: { min: 42, max: 52, mode: "sea" } }] });
  });

  it("says when the transit time of a delivery comes from the regions", () => {
    const estimated = estimateLanes("VN", "PT");
    const window = deliveryWindow({ incoterm: "CIF", neededBy: "2027-06-01" }, coconutListing, estimated, TODAY);
    expect(laneSignal(window, "2027-06-01").reasons[0]!.params.estimated).toBe(1);
  });
});

describe("embargoes", () => {
  const steel: Embargo = {
    id: "emb_1",
    origin: "RU",
    destination: "EU",
    hsPrefix: "72",
    validFrom: "2022-03-16",
    validTo: null,
    legalBasis: "Council Regulation (EU) No 833/2014, Article 3g",
  };
  it("excludes the match with score 0 and the embargo as its reason", () => {
    const steelListing = { ...coconutListing, originCountry: "RU", shipFromCountry: "RU", hsCode: "720851" };
    const result = scoreMatch({ ...coconutRequest, hsCode: "7208" }, steelListing, { ...env, embargoes: [steel] });
    expect(result).toMatchObject({ score: 0, excluded: true, embargo: { id: "emb_1" } });
    expect(result.reasons).toEqual([
      { signal: "lane", code: "laneEmbargoed", positive: false, params: expect.objectContaining({ origin: "RU", destination: "PL", covered: "EU", hs: "72" }) },
    ]);
  });
});

describe("Incoterm compatibility", () => {
  it.each([
    ["CIF", 1, "incotermOffered", { term: "CIF", place: "Gdańsk (PLGDN)" }],
    ["CFR", 0.5, "incotermSameGroup", { term: "CFR", offered: "CIF" }],
    ["FAS", 0.5, "incotermSameGroup", { term: "FAS", offered: "FOB" }],
    ["DAP", 0, "incotermMissing", { term: "DAP" }],
  ])("wants %s → %d", (term, value, code, params) => {
    expect(incotermSignal(term, coconutListing.incoterms)).toMatchObject({ value, reasons: [{ code, params }] });
  });
});

describe("the seller", () => {
  it.each([
    [true, 1, "sellerVerified"],
    [false, 0, "sellerUnverified"],
  ])("verified %s → %d", (verified, value, code) => {
    expect(verifiedSignal(verified)).toMatchObject({ value, reasons: [{ code }] });
  });

  it.each([
    [0, 0, 0],
    [3, 0.3, 1],
    [10, 1, 1],
    [25, 1, 1],
  ])("%d quotes answered → %d", (count, value, reasons) => {
    const outcome = quotesAnsweredSignal(count);
    expect(outcome.value).toBe(value);
    expect(outcome.reasons).toHaveLength(reasons);
  });
});

describe("the score", () => {
  it("keeps its weights in one place, summing to 1, with orders completed at 0 until orders exist", () => {
    expect(Object.values(WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(WEIGHTS.ordersCompleted).toBe(0);
    expect(NOTIFY_THRESHOLD).toBeGreaterThan(0);
  });

  it("is the weighted mean of the signals: the coconut listing misses only the seller record", () => {
    const result = scoreMatch(coconutRequest, coconutListing, env);
    expect(result.excluded).toBe(false);
    // Every signal is 1 but quotesAnswered (0) and ordersCompleted (weight 0).
    expect(result.score).toBe(0.98);
    expect(result.reasons.map((r) => r.code)).toEqual([
      "hsSubheading", "textMatch", "quantityFits", "priceUnder", "laneInTime", "incotermOffered", "sellerVerified",
    ]);
    expect(result.unitPriceMinor).toBe(125_000);
  });

  it("leaves out what the request does not say instead of marking it down", () => {
    const bare = { ...coconutRequest, hsCode: null, targetPrice: null };
    const result = scoreMatch(bare, coconutListing, env);
    const applicable = result.signals.filter((s) => s.applicable).map((s) => s.name);
    expect(applicable).not.toContain("hsCode");
    expect(applicable).not.toContain("price");
    // text 1, quantity 1, lane 1, incoterm 1, verified 1, quotes 0 over weights 0.60
    expect(result.score).toBeCloseTo(0.967, 3);
  });

  it("puts the good news first", () => {
    const result = scoreMatch({ ...coconutRequest, quantity: 2 }, { ...coconutListing, sellerVerified: false }, env);
    const firstBad = result.reasons.findIndex((r) => !r.positive);
    expect(result.reasons.slice(firstBad).every((r) => !r.positive)).toBe(true);
    expect(result.reasons.slice(firstBad).map((r) => r.code)).toEqual(["quantityBelowMoq", "sellerUnverified"]);
  });
});
