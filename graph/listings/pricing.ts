import type { ServiceContext } from "../context.js";
import { DomainError, type MessageParams } from "../errors.js";
import { minorUnitOf } from "../shared/money.js";
import { convertMinor } from "../fx/fx.js";
import { findRate, type FoundRate } from "../fx/service.js";

export const SEARCH_CURRENCY = "USD";

const EPSILON = 1e-9;

/** The tier that prices `quantity` (in the listing's unit): the highest break at or below it, else the first. */
export function tierPrice(tiers: readonly { minQuantity: number; unitPriceMinor: number }[], quantity: number | undefined): number {
  const sorted = [...tiers].sort((a, b) => a.minQuantity - b.minQuantity);
  let price = sorted[0]?.unitPriceMinor ?? 0;
  if (quantity === undefined) return price;
  for (const tier of sorted) if (tier.minQuantity <= quantity + EPSILON) price = tier.unitPriceMinor;
  return price;
}

/**
 * A listing's lowest price in US cents, the one column search sorts and filters on across currencies.
 * The same arithmetic as the trade module's convertMoney (its rate, then one rounding), with the
 * rate looked up once per currency: an import of 100,000 rows in MYR asks for the MYR rate once.
 */
export class UsdPricer {
  private readonly rates = new Map<string, Promise<FoundRate | null>>();

  constructor(private readonly ctx: ServiceContext) {}

  /** Null when no rate from this currency to USD exists yet. */
  async cents(amountMinor: number, currency: string): Promise<number | null> {
    if (currency === SEARCH_CURRENCY) return amountMinor;
    const rate = await this.rate(currency);
    if (!rate) return null;
    return Number(convertMinor(BigInt(amountMinor), rate.rate, minorUnitOf(currency), minorUnitOf(SEARCH_CURRENCY)));
  }

  /** The parameters of the FX_RATE_MISSING message for a currency without a rate. */
  missingRate(currency: string): MessageParams {
    return { from: currency, to: SEARCH_CURRENCY, date: this.ctx.now().toISOString().slice(0, 10) };
  }

  private rate(currency: string): Promise<FoundRate | null> {
    let found = this.rates.get(currency);
    if (!found) {
      found = findRate(this.ctx, currency, SEARCH_CURRENCY).catch((error: unknown) => {
        if (error instanceof DomainError && error.messageKey === "FX_RATE_MISSING") return null;
        throw error;
      });
      this.rates.set(currency, found);
    }
    return found;
  }
}
