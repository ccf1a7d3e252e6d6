import type { FieldProblem } from "../errors.js";

/**
 * Payment terms from the worst to the best for the buyer: the payment-risk ladder of the US
 * Commerce Department's Trade Finance Guide, read from the buyer's side (paying before shipment,
 * a letter of credit that ties up credit and costs fees, documents against payment, then open
 * account with longer and longer credit).
 */
export const PAYMENT_TERMS = ["PREPAID", "LETTER_OF_CREDIT", "CASH_AGAINST_DOCUMENTS", "NET_30", "NET_60", "NET_90"] as const;
export type PaymentTerms = (typeof PAYMENT_TERMS)[number];

export const RANKING_CRITERIA = ["price", "leadTime", "moq", "paymentTerms"] as const;
export type RankingCriterion = (typeof RANKING_CRITERIA)[number];
export type RankingWeights = Record<RankingCriterion, number>;

export const MAX_WEIGHT = 100;
/** Equal weights until the buyer says otherwise. */
export const DEFAULT_WEIGHTS: RankingWeights = { price: 25, leadTime: 25, moq: 25, paymentTerms: 25 };

export interface RankableQuote {
  id: string;
  /** Unit price in the buyer's currency (minor units); null when no exchange rate converts it. */
  unitPriceMinor: number | null;
  leadTimeDays: number;
  /** Minimum order in the request's unit; null when the seller sets none. */
  moq: number | null;
  paymentTerms: PaymentTerms;
  /** When the quote was last submitted: on an exact tie, the earlier offer ranks first. */
  submittedAt: string;
}

export interface RankedQuote<Q extends RankableQuote> {
  quote: Q;
  /** 1 for the best. */
  rank: number;
  /** Weighted sum of the criteria scores, 0 (worst on every weighted criterion) to 1. */
  score: number;
  /** Each criterion's score among the quotes compared: 1 for the best value, 0 for the worst. */
  criteria: Record<RankingCriterion, number>;
}

/**
 * The buyer's weights, missing ones defaulting to the equal split: whole numbers from 0 to 100,
 * not all zero (a ranking by nothing ranks nothing).
 */
export function resolveWeights(
  input: Partial<Record<RankingCriterion, number | null>> | null | undefined,
): { ok: true; weights: RankingWeights } | { ok: false; problems: FieldProblem[] } {
  const weights = { ...DEFAULT_WEIGHTS };
  const problems: FieldProblem[] = [];
  for (const criterion of RANKING_CRITERIA) {
    const value = input?.[criterion];
    if (value === null || value === undefined) continue;
    if (!Number.isInteger(value) || value < 0 || value > MAX_WEIGHT) {
      problems.push({ field: `weights.${criterion}`, code: "WEIGHT_OUT_OF_RANGE", params: { max: MAX_WEIGHT } });
    } else {
      weights[criterion] = value;
    }
  }
  if (!problems.length && RANKING_CRITERIA.every((c) => weights[c] === 0)) problems.push({ field: "weights", code: "WEIGHTS_ALL_ZERO" });
  return problems.length ? { ok: false, problems } : { ok: true, weights };
}

/** Min-max scaling to 0..1 where `better` says which end wins; when every value is the same, all are best. */
function scaler(values: number[], better: "lower" | "higher"): (value: number) => number {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return (value) => {
    if (max === min) return 1;
    return better === "lower" ? (max - value) / (max - min) : (value - min) / (max - min);
  };
}

function criteriaScores(quotes: readonly RankableQuote[]): Record<RankingCriterion, number>[] {
  const prices = quotes.flatMap((q) => (q.unitPriceMinor === null ? [] : [q.unitPriceMinor]));
  const price = prices.length ? scaler(prices, "lower") : () => 0;
  const leadTime = scaler(quotes.map((q) => q.leadTimeDays), "lower");
  const moq = scaler(quotes.map((q) => q.moq ?? 0), "lower");
  const terms = scaler(quotes.map((q) => PAYMENT_TERMS.indexOf(q.paymentTerms)), "higher");
  return quotes.map((q) => ({
    // A price no rate converts cannot be shown to be cheaper than any other, so it scores as the worst.
    price: q.unitPriceMinor === null ? 0 : price(q.unitPriceMinor),
    leadTime: leadTime(q.leadTimeDays),
    moq: moq(q.moq ?? 0),
    paymentTerms: terms(PAYMENT_TERMS.indexOf(q.paymentTerms)),
  }));
}

/** Scores equal to this many decimals are a tie, so float rounding never decides an order. */
const SCORE_DECIMALS = 9;
const round = (value: number) => Number(value.toFixed(SCORE_DECIMALS));

/**
 * Ranks quotes by the buyer's weights: each criterion scaled across the quotes being compared,
 * then a weighted average. Ties go to the lower price, then the shorter lead time, then the
 * earlier offer, then the id, so the same quotes always come out in the same order.
 */
export function rankQuotes<Q extends RankableQuote>(quotes: readonly Q[], weights: RankingWeights): RankedQuote<Q>[] {
  const total = RANKING_CRITERIA.reduce((sum, c) => sum + weights[c], 0);
  if (total <= 0) throw new RangeError("at least one ranking weight must be above zero");
  const scores = criteriaScores(quotes);
  const scored = quotes.map((quote, i) => {
    const criteria = scores[i]!;
    const score = round(RANKING_CRITERIA.reduce((sum, c) => sum + weights[c] * criteria[c], 0) / total);
    return { quote, score, criteria };
  });
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      (a.quote.unitPriceMinor ?? Number.POSITIVE_INFINITY) - (b.quote.unitPriceMinor ?? Number.POSITIVE_INFINITY) ||
      a.quote.leadTimeDays - b.quote.leadTimeDays ||
      a.quote.submittedAt.localeCompare(b.quote.submittedAt) ||
      a.quote.id.localeCompare(b.quote.id),
  );
  return scored.map((entry, i) => ({ ...entry, rank: i + 1 }));
}
