import type { ServiceContext } from "../context.js";
import { DomainError, forbidden, UserInputProblems } from "../errors.js";
import { getOrganisation } from "../identity/service.js";
import type { Money } from "../shared/money.js";
import { convertMoney } from "../fx/service.js";
import { accessOf, visibleRequestRow } from "./access.js";
import { today, toQuote, toRequest, type QuoteComparison } from "./model.js";
import { rankQuotes, resolveWeights, type RankingCriterion } from "./quote-ranking.js";
import { lineTotal } from "./sourcing-rules.js";

async function inBuyerCurrency(ctx: ServiceContext, money: Money, currency: string) {
  try {
    return await convertMoney(ctx, money, currency);
  } catch (error) {
    // Without a rate the quote is still shown, in its own currency, and ranks last on price.
    if (error instanceof DomainError && error.messageKey === "FX_RATE_MISSING") return null;
    throw error;
  }
}

/**
 * The buyer's side-by-side view: each quote it can still act on (or has acted on) with its price
 * in the buyer's preferred currency at today's rate, the rate and its date, and a ranking by the
 * buyer's weights for price, lead time, MOQ and payment terms.
 */
export async function compareQuotes(
  ctx: ServiceContext,
  requestId: string,
  weightsInput?: Partial<Record<RankingCriterion, number | null>> | null,
): Promise<QuoteComparison> {
  const weights = resolveWeights(weightsInput);
  if (!weights.ok) throw new UserInputProblems(weights.problems);
  const access = await accessOf(ctx);
  const row = await visibleRequestRow(ctx, access, requestId);
  if (row.organisation_id !== access.organisationId) throw forbidden("REQUEST_BUYER_ONLY");
  const buyer = await getOrganisation(ctx, row.organisation_id);
  const currency = buyer!.preferredCurrency;
  const day = today(ctx);

  const rows = await ctx.db
    .selectFrom("quotes")
    .selectAll()
    .where("request_id", "=", requestId)
    .where("status", "in", ["submitted", "accepted", "not_chosen"])
    .execute();
  const quotes = rows.map((r) => toQuote(r, day)).filter((q) => q.status !== "expired");
  const priced = await Promise.all(
    quotes.map(async (quote) => {
      const total = lineTotal(quote.unitPrice, quote.quantity);
      const [unit, sum] = await Promise.all([inBuyerCurrency(ctx, quote.unitPrice, currency), inBuyerCurrency(ctx, total, currency)]);
      return {
        id: quote.id,
        unitPriceMinor: unit?.to.amountMinor ?? null,
        leadTimeDays: quote.leadTimeDays,
        moq: quote.moq,
        paymentTerms: quote.paymentTerms,
        submittedAt: quote.updatedAt,
        quote,
        total,
        unit,
        sum,
      };
    }),
  );
  const ranked = rankQuotes(priced, weights.weights);
  return {
    request: toRequest(row),
    buyerCurrency: currency,
    weights: weights.weights,
    quotes: ranked.map(({ quote: p, rank, score, criteria }) => ({
      quote: p.quote,
      rank,
      score,
      criteria,
      price: p.quote.unitPrice,
      priceInBuyerCurrency: p.unit?.to ?? null,
      fxRate: p.unit?.rate ?? null,
      fxRateDate: p.unit?.asOf ?? null,
      total: p.total,
      totalInBuyerCurrency: p.sum?.to ?? null,
    })),
  };
}
