import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS, rankQuotes, resolveWeights, type RankableQuote, type RankingWeights } from "../../graph/sourcing/quote-ranking.js";

/** Three offers for 40 t of coconuts, prices already in the buyer's PLN (grosze per tonne). */
const KELAPA: RankableQuote = { id: "quo_kelapa", unitPriceMinor: 426_563, leadTimeDays: 35, moq: 5, paymentTerms: "LETTER_OF_CREDIT", submittedAt: "2026-12-01T09:00:00.000Z" };
const COCO: RankableQuote = { id: "quo_coco", unitPriceMinor: 400_000, leadTimeDays: 60, moq: 20, paymentTerms: "PREPAID", submittedAt: "2026-12-01T10:00:00.000Z" };
const SAIGON: RankableQuote = { id: "quo_saigon", unitPriceMinor: 450_000, leadTimeDays: 21, moq: null, paymentTerms: "NET_60", submittedAt: "2026-12-01T11:00:00.000Z" };

const ids = (quotes: readonly RankableQuote[], weights: RankingWeights) => rankQuotes(quotes, weights).map((r) => r.quote.id);
const weights = (w: Partial<RankingWeights>): RankingWeights => ({ price: 0, leadTime: 0, moq: 0, paymentTerms: 0, ...w });

describe("ranking quotes by the buyer's weights", () => {
  it.each([
    ["price only: cheapest first", weights({ price: 100 }), ["quo_coco", "quo_kelapa", "quo_saigon"]],
    ["lead time only: fastest first", weights({ leadTime: 100 }), ["quo_saigon", "quo_kelapa", "quo_coco"]],
    ["MOQ only: no minimum first", weights({ moq: 100 }), ["quo_saigon", "quo_kelapa", "quo_coco"]],
    ["payment terms only: open account beats a letter of credit beats prepayment", weights({ paymentTerms: 100 }), ["quo_saigon", "quo_kelapa", "quo_coco"]],
    ["equal weights", DEFAULT_WEIGHTS, ["quo_saigon", "quo_kelapa", "quo_coco"]],
    ["price 80, lead time 20", weights({ price: 80, leadTime: 20 }), ["quo_coco", "quo_kelapa", "quo_saigon"]],
    ["price 50, payment terms 50: Coco and Saigon tie at 0.5, the lower price wins", weights({ price: 50, paymentTerms: 50 }), ["quo_coco", "quo_saigon", "quo_kelapa"]],
  ] as const)("%s", (_, w, expected) => {
    expect(ids([KELAPA, COCO, SAIGON], w)).toEqual(expected);
  });

  it("scales each criterion across the quotes compared and reports the weighted average", () => {
    const ranked = rankQuotes([KELAPA, COCO, SAIGON], weights({ price: 75, leadTime: 25 }));
    const kelapa = ranked.find((r) => r.quote.id === "quo_kelapa")!;
    // Price: (450000 − 426563) / (450000 − 400000); lead time: (60 − 35) / (60 − 21).
    expect(kelapa.criteria.price).toBeCloseTo(0.46874, 5);
    expect(kelapa.criteria.leadTime).toBeCloseTo(25 / 39, 9);
    expect(kelapa.score).toBeCloseTo(0.75 * 0.46874 + 0.25 * (25 / 39), 6);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(ranked[0]!.quote.id).toBe("quo_coco");
    expect(ranked[0]!.score).toBe(0.75);
  });

  it("one quote, or quotes equal on a criterion, score 1 on it", () => {
    const [only] = rankQuotes([KELAPA], DEFAULT_WEIGHTS);
    expect(only).toMatchObject({ rank: 1, score: 1, criteria: { price: 1, leadTime: 1, moq: 1, paymentTerms: 1 } });
    const twin = { ...KELAPA, id: "quo_twin", paymentTerms: "NET_90" as const };
    expect(rankQuotes([KELAPA, twin], weights({ price: 100 })).map((r) => r.criteria.price)).toEqual([1, 1]);
  });

  it("breaks exact ties by price, then lead time, then the earlier offer, then the id", () => {
    const a = { ...KELAPA, id: "quo_b", submittedAt: "2026-12-01T12:00:00.000Z" };
    const b = { ...KELAPA, id: "quo_a", submittedAt: "2026-12-01T12:00:00.000Z" };
    const earlier = { ...KELAPA, id: "quo_z", submittedAt: "2026-12-01T08:00:00.000Z" };
    expect(ids([a, b, earlier], weights({ moq: 100 }))).toEqual(["quo_z", "quo_a", "quo_b"]);
    const cheaper = { ...KELAPA, id: "quo_y", unitPriceMinor: 426_000 };
    const faster = { ...KELAPA, id: "quo_x", leadTimeDays: 30 };
    // Weighted on payment terms only, all tie at 1: the lower price wins, then the shorter lead time.
    expect(ids([a, faster, cheaper], weights({ paymentTerms: 100 }))).toEqual(["quo_y", "quo_x", "quo_b"]);
    expect(ids([a, faster, cheaper], weights({ paymentTerms: 100 }))).toEqual(ids([cheaper, a, faster], weights({ paymentTerms: 100 })));
  });

  it("a price no rate converts scores 0 on price and loses price ties", () => {
    const unpriced = { ...COCO, id: "quo_unpriced", unitPriceMinor: null };
    const ranked = rankQuotes([KELAPA, unpriced], weights({ price: 100 }));
    expect(ranked.map((r) => [r.quote.id, r.criteria.price])).toEqual([
      ["quo_kelapa", 1],
      ["quo_unpriced", 0],
    ]);
  });
});

describe("the buyer's weights", () => {
  it("default to equal and keep the ones given", () => {
    expect(resolveWeights(undefined)).toEqual({ ok: true, weights: { price: 25, leadTime: 25, moq: 25, paymentTerms: 25 } });
    expect(resolveWeights({ price: 70, moq: null })).toEqual({ ok: true, weights: { price: 70, leadTime: 25, moq: 25, paymentTerms: 25 } });
  });

  it.each([
    [{ price: 101 }, [{ field: "weights.price", code: "WEIGHT_OUT_OF_RANGE" }]],
    [{ leadTime: -1 }, [{ field: "weights.leadTime", code: "WEIGHT_OUT_OF_RANGE" }]],
    [{ moq: 2.5, paymentTerms: 400 }, [{ field: "weights.moq", code: "WEIGHT_OUT_OF_RANGE" }, { field: "weights.paymentTerms", code: "WEIGHT_OUT_OF_RANGE" }]],
    [{ price: 0, leadTime: 0, moq: 0, paymentTerms: 0 }, [{ field: "weights", code: "WEIGHTS_ALL_ZERO" }]],
  ])("refuse %j", (input, problems) => {
    const result = resolveWeights(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map(({ field, code }) => ({ field, code }))).toEqual(problems);
  });
});
