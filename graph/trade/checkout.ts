import { findIncoterm } from "../../db/reference/index.js";
import { landedCost, type LandedCost } from "../compliance/service.js";
import type { ServiceContext } from "../context.js";
import { DomainError, problem, UserInputProblems } from "../errors.js";
import { convertMoney } from "../fx/service.js";
import { shippingOptions, type ShippingOption } from "../logistics/service.js";
import type { Money } from "../shared/money.js";

/**
 * The two things checkout adds to an order's price: the shipping option the buyer chose (its cost is
 * the order's freight when the Incoterm leaves the main carriage to the buyer) and the landed cost at
 * the buyer's door, kept on the order as it was shown.
 */

export interface ChosenOption {
  option: ShippingOption;
  /** E and F rules: the buyer pays the main carriage, so the platform bills it on the order. */
  buyerPaysFreight: boolean;
  /** In the order's currency; 0 when the seller's price already carries the goods. */
  freightMinor: number;
}

export interface ShippingChoice {
  optionId: string;
  origin: string;
  destination: string;
  weights: { grossWeightKg: number | null; netWeightKg: number | null; volumeM3: number | null };
  listingId: string | null;
  incoterm: string;
  orderCurrency: string;
}

/** The chosen option, priced again now for these goods (never the price a client sends). */
export async function chooseShipping(ctx: ServiceContext, choice: ShippingChoice): Promise<ChosenOption> {
  const weightKg = choice.weights.grossWeightKg ?? choice.weights.netWeightKg;
  if (!weightKg) throw problem("shippingOptionId", "ORDER_WEIGHT_UNKNOWN");
  const options = await shippingOptions(ctx, {
    origin: choice.origin,
    destination: choice.destination,
    weightKg,
    volumeM3: choice.weights.volumeM3 ?? 0,
    listingId: choice.listingId,
  });
  const option = options.find((o) => o.id === choice.optionId);
  if (!option) throw problem("shippingOptionId", "ORDER_SHIPPING_OPTION_UNKNOWN");
  const group = findIncoterm(choice.incoterm)?.group;
  const buyerPaysFreight = group === "E" || group === "F";
  if (!buyerPaysFreight) return { option, buyerPaysFreight, freightMinor: 0 };
  if (option.cost.currency === choice.orderCurrency) return { option, buyerPaysFreight, freightMinor: option.cost.amountMinor };
  try {
    const converted = await convertMoney(ctx, option.cost, choice.orderCurrency);
    return { option, buyerPaysFreight, freightMinor: converted.to.amountMinor };
  } catch (error) {
    if (error instanceof DomainError && error.messageKey === "FX_RATE_MISSING") throw problem("shippingOptionId", "FX_RATE_MISSING", error.params);
    throw error;
  }
}

export interface PlacementCost {
  hsCode: string;
  originCountry: string;
  goods: Money;
  /** The freight the buyer pays on top of the price, in the option's own currency. */
  freight: Money | null;
  incoterm: string;
  destinationCountry: string;
  currency: string;
}

/**
 * The landed cost as of the day of ordering. A destination without tax data or an HS code its
 * tariff lacks leaves the order without one (it still goes ahead): the estimate informs, it never
 * blocks a sale.
 */
export async function landedCostAtPlacement(ctx: ServiceContext, input: PlacementCost): Promise<LandedCost | null> {
  try {
    return await landedCost(ctx, {
      lines: [{ hsCode: input.hsCode, originCountry: input.originCountry, value: input.goods }],
      incoterm: input.incoterm,
      destinationCountry: input.destinationCountry,
      currency: input.currency,
      freight: input.freight,
      on: ctx.now().toISOString().slice(0, 10),
    });
  } catch (error) {
    if (error instanceof UserInputProblems) return null;
    throw error;
  }
}

/** As compliance prints HS codes in its labels: 0801.19, 8471.30.01. */
const hs = (code: string) => (code.length >= 6 ? `${code.slice(0, 4)}.${code.slice(4, 6)}${code.length > 6 ? `.${code.slice(6)}` : ""}` : code);

/**
 * The stored landed cost in the viewer's language: the figures, sources and dates stay as they were
 * at placement; only the labels are written again (the seller may read Malay what the buyer saw in Polish).
 */
export function landedCostForViewer(ctx: ServiceContext, stored: string | null): LandedCost | null {
  if (!stored) return null;
  const cost = JSON.parse(stored) as LandedCost;
  const percent = (rateBp: number) => new Intl.NumberFormat(ctx.locale, { style: "percent", maximumFractionDigits: 2 }).format(rateBp / 10_000);
  return {
    ...cost,
    items: cost.items.map((item) => {
      const params = { hs: item.hsCode ? hs(item.hsCode) : "", rate: item.rateBp === null ? "" : percent(item.rateBp), agreement: item.agreement ?? "" };
      const key = item.kind === "DUTY" ? (item.agreement ? "dutyPreferential" : "duty") : item.key;
      return { ...item, label: ctx.t(`common:compliance.item.${key}`, params) };
    }),
  };
}
