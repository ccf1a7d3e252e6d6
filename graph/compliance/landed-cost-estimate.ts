import { z } from "zod";
import { findCountry, findIncoterm, type IncotermCode } from "../../db/reference/index.js";
import { customsTerritoryOf } from "../../db/reference/tariffs.js";
import type { ServiceContext } from "../context.js";
import { DomainError, notFound, problem, UserInputProblems, type FieldProblem } from "../errors.js";
import { convertMoney, type Conversion } from "../fx/service.js";
import { tierPrice } from "../listings/pricing.js";
import { getOrganisation } from "../identity/service.js";
import { getListing, listingsByIds } from "../listings/service.js";
import { compareQuotes, type Quote } from "../sourcing/service.js";
import type { Money } from "../shared/money.js";
import { countryCode, currencyCode, isoDate, validate } from "../shared/validation.js";
import { formatHs, hsDigits, today } from "./common.js";
import { agreementsBetween } from "./data/agreements.js";
import { DE_MINIMIS } from "./data/de-minimis.js";
import { COUNTRY_TAXES, type ValuationBasis } from "./data/taxes.js";
import { applyRate, customsValue, deMinimisOn, dutyRate, importTaxes, incotermAllocation, relieved, taxesOn, type Payer, type Relief } from "./landed-cost.js";
import { tariffRateFor } from "./tariffs.js";

export type LandedCostKind = "GOODS" | "FREIGHT" | "INSURANCE" | "DUTY" | "TAX";

export interface LandedCostItem {
  kind: LandedCostKind;
  /** goods, freight, insurance, duty, or the tax's key (vat, salesTax, pisCofins, icms, ...). */
  key: string;
  /** In the viewer's language: "Import VAT 5 % on 0801.19". */
  label: string;
  hsCode: string | null;
  /** In the buyer's currency. */
  amount: Money;
  paidBy: Payer;
  /** True when the seller pays it inside the price (freight under CIF, duty under DDP): not added to the total. */
  includedInPrice: boolean;
  rateBp: number | null;
  base: Money | null;
  /** Waived under the destination's de minimis. */
  relieved: boolean;
  /** The trade agreement whose preferential rate applies. */
  agreement: string | null;
  source: string;
  asOf: string;
  indicative: boolean;
  /** The amount as entered, and the rate that converted it, when it was in another currency. */
  converted: Conversion | null;
}

export interface LandedCostNote {
  code: string;
  message: string;
}

export interface LandedCost {
  destinationCountry: string;
  incoterm: IncotermCode;
  currency: string;
  /** The day the rates apply to (YYYY-MM-DD). */
  on: string;
  valuation: ValuationBasis;
  valuationBasis: string;
  customsValue: Money;
  items: LandedCostItem[];
  /** What the buyer pays to have the goods at its door: price, the costs its Incoterm leaves it, duty and taxes. */
  total: Money;
  deMinimis: { dutyUpTo: Money | null; taxUpTo: Money | null; on: "VALUE" | "TAX_AMOUNT"; basis: string } | null;
  notes: LandedCostNote[];
  /** False when a cost the buyer pays is not known (freight under FOB with no quote): the total is then a floor. */
  complete: boolean;
}

export interface LandedCostLineInput {
  hsCode: string;
  originCountry: string;
  /** The price of the line at the Incoterm's point (unit price × quantity). */
  value: Money;
}

export interface LandedCostInput {
  lines: readonly LandedCostLineInput[];
  incoterm: string;
  destinationCountry: string;
  /** The buyer's currency; the first line's currency by default. */
  currency?: string | null;
  /** Main carriage the buyer pays on top of the price (E and F rules). */
  freight?: Money | null;
  insurance?: Money | null;
  /** Freight and insurance included in a C or D price, which FOB countries take out of the customs value. */
  freightInPrice?: Money | null;
  /** A certificate of origin or statement on origin will be presented: preferential rates apply. */
  proofOfOrigin?: boolean | null;
  /** YYYY-MM-DD; today by default. */
  on?: string | null;
}

const landedCostSchema = z.object({
  lines: z
    .array(
      z.object({
        hsCode: z
          .string({ required_error: "REQUIRED" })
          .transform(hsDigits)
          .refine((v) => /^\d{2}(\d{2}){0,4}$/.test(v), "HS_CODE_FORMAT"),
        originCountry: countryCode,
        value: z.object({ amountMinor: z.number().int().min(0, "MONEY_NEGATIVE"), currency: currencyCode }),
      }),
    )
    .min(1, "LANDED_COST_NO_LINES"),
  incoterm: z
    .string({ required_error: "REQUIRED" })
    .trim()
    .toUpperCase()
    .refine((v) => !!findIncoterm(v), "INCOTERM_UNKNOWN")
    .transform((v) => v as IncotermCode),
  destinationCountry: countryCode.refine((c) => !findCountry(c) || !!COUNTRY_TAXES[c], "LANDED_COST_DESTINATION_UNSUPPORTED"),
  currency: currencyCode.nullish(),
  freight: z.object({ amountMinor: z.number().int().min(0, "MONEY_NEGATIVE"), currency: currencyCode }).nullish(),
  insurance: z.object({ amountMinor: z.number().int().min(0, "MONEY_NEGATIVE"), currency: currencyCode }).nullish(),
  freightInPrice: z.object({ amountMinor: z.number().int().min(0, "MONEY_NEGATIVE"), currency: currencyCode }).nullish(),
  proofOfOrigin: z.boolean().nullish(),
  on: isoDate.nullish(),
});

const percent = (ctx: ServiceContext, rateBp: number) => new Intl.NumberFormat(ctx.locale, { style: "percent", maximumFractionDigits: 2 }).format(rateBp / 10_000);

/** Converts into the buyer's currency; a missing rate is the user's to fix (pick another currency), named on its field. */
async function toCurrency(ctx: ServiceContext, money: Money, currency: string, on: string, field: string): Promise<{ minor: number; converted: Conversion | null }> {
  if (money.currency === currency) return { minor: money.amountMinor, converted: null };
  try {
    const converted = await convertMoney(ctx, money, currency, on);
    return { minor: converted.to.amountMinor, converted };
  } catch (error) {
    if (error instanceof DomainError && error.messageKey === "FX_RATE_MISSING") throw problem(field, "FX_RATE_MISSING", error.params);
    throw error;
  }
}

function spread(totalMinor: number, weights: readonly number[]): number[] {
  // Freight is shared by value, the rounding remainder going to the largest line, so the shares add up.
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!sum) return weights.map((_, i) => (i === 0 ? totalMinor : 0));
  const shares = weights.map((w) => Math.floor((totalMinor * w) / sum));
  const largest = weights.indexOf(Math.max(...weights));
  shares[largest]! += totalMinor - shares.reduce((a, b) => a + b, 0);
  return shares;
}

/**
 * What goods cost at the buyer's door: each line's price, the freight and insurance its Incoterm
 * leaves to the buyer, import duty by HS code and destination (MFN, or a preferential rate with a
 * proof of origin), import VAT/GST on its base, de minimis, all in the buyer's currency, each line
 * with its source and date. Reference data only: anyone may ask, and nothing is written.
 */
export async function landedCost(ctx: ServiceContext, input: LandedCostInput): Promise<LandedCost> {
  const data = validate(landedCostSchema, input);
  const on = data.on ?? today(ctx);
  const currency = data.currency ?? data.lines[0]!.value.currency;
  const destination = data.destinationCountry;
  const country = COUNTRY_TAXES[destination]!;
  const allocation = incotermAllocation(data.incoterm);
  const t = ctx.t;

  const [tariffs, goods, freight, insurance, freightInPrice] = await Promise.all([
    Promise.all(data.lines.map((l) => tariffRateFor(ctx, destination, l.hsCode))),
    Promise.all(data.lines.map((l, i) => toCurrency(ctx, l.value, currency, on, `lines.${i}.value.currency`))),
    data.freight ? toCurrency(ctx, data.freight, currency, on, "freight.currency") : null,
    data.insurance ? toCurrency(ctx, data.insurance, currency, on, "insurance.currency") : null,
    data.freightInPrice ? toCurrency(ctx, data.freightInPrice, currency, on, "freightInPrice.currency") : null,
  ]);
  const unknown = data.lines.map((l, i) => (tariffs[i] ? null : { field: `lines.${i}.hsCode`, code: "LANDED_COST_HS_UNKNOWN", params: { hs: l.hsCode, country: destination } }));
  throwProblems(unknown);

  const rule = deMinimisOn(DE_MINIMIS[destination], on);
  const threshold = async (minor: number | null) => (minor === null || !rule ? null : (await toCurrency(ctx, { amountMinor: minor, currency: rule.currency }, currency, on, "currency")).minor);
  const relief: Relief | null = rule ? { rule, dutyUpToMinor: await threshold(rule.dutyUpToMinor), taxUpToMinor: await threshold(rule.taxUpToMinor) } : null;

  const notes: LandedCostNote[] = [];
  const note = (code: string, params: Record<string, string> = {}) => notes.push({ code, message: t(`common:compliance.note.${code}`, params) });
  const items: LandedCostItem[] = [];
  const weights = goods.map((g) => g.minor);
  const freightShares = freight ? spread(freight.minor, weights) : null;
  const insuranceShares = insurance ? spread(insurance.minor, weights) : null;
  const inPriceShares = freightInPrice ? spread(freightInPrice.minor, weights) : null;

  // Per line first (duty and tax rates differ by HS code), against the consignment's value for de minimis.
  const values = data.lines.map((line, i) =>
    customsValue({
      incoterm: data.incoterm,
      valuation: country.valuation,
      goodsMinor: goods[i]!.minor,
      freightMinor: freightShares ? freightShares[i]! : null,
      insuranceMinor: insuranceShares ? insuranceShares[i]! : null,
      freightInPriceMinor: inPriceShares ? inPriceShares[i]! : null,
    }),
  );
  const consignmentValue = values.reduce((sum, v) => sum + v.valueMinor, 0);
  const taxes = taxesOn(country.taxes, on);
  const importPayer = allocation.importDutiesAndTaxes;
  const inPriceImport = importPayer === "SELLER";
  const money = (amountMinor: number): Money => ({ amountMinor, currency });

  for (const [i, line] of data.lines.entries()) {
    items.push({
      kind: "GOODS", key: "goods", label: t("common:compliance.item.goods", { hs: formatHs(line.hsCode) }), hsCode: line.hsCode, amount: money(goods[i]!.minor),
      paidBy: "BUYER", includedInPrice: false, rateBp: null, base: null, relieved: false, agreement: null,
      source: t("common:compliance.source.price", { incoterm: data.incoterm }), asOf: on, indicative: false, converted: goods[i]!.converted,
    });
  }
  if (allocation.mainCarriage === "BUYER") {
    if (freight) items.push(costItem(ctx, "FREIGHT", freight, money, on));
    else note("FREIGHT_UNKNOWN", { incoterm: data.incoterm });
    if (insurance) items.push(costItem(ctx, "INSURANCE", insurance, money, on));
  } else if (country.valuation === "FOB" && values.some((v) => v.missing.includes("FREIGHT_IN_PRICE"))) {
    note("FREIGHT_IN_PRICE_UNKNOWN", { incoterm: data.incoterm, country: destination });
  }
  if (allocation.mainCarriage === "BUYER" && allocation.insurance === "BUYER" && !insurance) note("INSURANCE_NOT_INCLUDED");

  const sameTerritory = data.lines.every((l) => customsTerritoryOf(l.originCountry) === customsTerritoryOf(destination));
  if (sameTerritory) {
    note("SAME_CUSTOMS_TERRITORY", { territory: customsTerritoryOf(destination) });
  } else {
    for (const [i, line] of data.lines.entries()) {
      const tariff = tariffs[i]!;
      const agreements = agreementsBetween(line.originCountry, destination, on);
      const rate = dutyRate(tariff.rateBp, line.hsCode, agreements, !!data.proofOfOrigin);
      const agreement = rate.agreement ? agreements.find((a) => a.code === rate.agreement)! : null;
      const due = applyRate(values[i]!.valueMinor, rate.rateBp);
      const freeOfDuty = relieved(relief, "duty", consignmentValue, due);
      const duty = freeOfDuty ? 0 : due;
      items.push({
        kind: "DUTY", key: "duty",
        label: t(agreement ? "common:compliance.item.dutyPreferential" : "common:compliance.item.duty", { rate: percent(ctx, rate.rateBp), hs: formatHs(line.hsCode), agreement: agreement?.code ?? "" }),
        hsCode: line.hsCode, amount: money(duty), paidBy: importPayer, includedInPrice: inPriceImport, rateBp: rate.rateBp, base: money(values[i]!.valueMinor),
        relieved: freeOfDuty && due > 0, agreement: agreement?.code ?? null,
        source: agreement ? `${agreement.name}: ${agreement.basis}` : tariff.source, asOf: agreement ? agreement.validFrom : tariff.asOf,
        indicative: tariff.indicative || !!agreement, converted: null,
      });
      if (!agreement && agreements.length && !data.proofOfOrigin) note("PREFERENCE_AVAILABLE", { agreement: agreements.map((a) => a.code).join(", ") });
      for (const charge of importTaxes(taxes, line.hsCode, values[i]!.valueMinor, duty, relief)) {
        items.push({
          kind: "TAX", key: charge.tax.key,
          label: t(`common:compliance.item.${charge.tax.key}`, { rate: percent(ctx, charge.rateBp), hs: formatHs(line.hsCode) }),
          hsCode: line.hsCode, amount: money(charge.amountMinor), paidBy: importPayer, includedInPrice: inPriceImport, rateBp: charge.rateBp, base: money(charge.baseMinor),
          relieved: charge.relieved, agreement: null, source: charge.tax.basis, asOf: charge.tax.validFrom, indicative: true, converted: null,
        });
      }
    }
    if (!taxes.length) note("NO_IMPORT_VAT", { country: destination });
    if (items.some((item) => item.relieved)) note("DE_MINIMIS_APPLIED");
    if (inPriceImport) note("DDP_SELLER_PAYS");
  }
  if (data.lines.some((l) => agreementsBetween(l.originCountry, destination, on).length) && data.proofOfOrigin && !items.some((i) => i.agreement)) {
    note("PREFERENCE_NOT_FOR_CHAPTER");
  }
  const deduplicated = notes.filter((n, i) => notes.findIndex((m) => m.code === n.code) === i);
  const total = items.filter((item) => item.paidBy === "BUYER" && !item.includedInPrice).reduce((sum, item) => sum + item.amount.amountMinor, 0);
  return {
    destinationCountry: destination,
    incoterm: data.incoterm,
    currency,
    on,
    valuation: country.valuation,
    valuationBasis: country.valuationBasis,
    customsValue: money(consignmentValue),
    items,
    total: money(total),
    deMinimis: rule
      ? { dutyUpTo: relief!.dutyUpToMinor === null ? null : money(relief!.dutyUpToMinor), taxUpTo: relief!.taxUpToMinor === null ? null : money(relief!.taxUpToMinor), on: rule.on, basis: rule.basis }
      : null,
    notes: deduplicated,
    complete: !deduplicated.some((n) => n.code === "FREIGHT_UNKNOWN" || n.code === "FREIGHT_IN_PRICE_UNKNOWN"),
  };
}

function costItem(ctx: ServiceContext, kind: "FREIGHT" | "INSURANCE", cost: { minor: number; converted: Conversion | null }, money: (m: number) => Money, on: string): LandedCostItem {
  const key = kind === "FREIGHT" ? "freight" : "insurance";
  return {
    kind, key, label: ctx.t(`common:compliance.item.${key}`), hsCode: null, amount: money(cost.minor), paidBy: "BUYER", includedInPrice: false,
    rateBp: null, base: null, relieved: false, agreement: null, source: ctx.t("common:compliance.source.entered"), asOf: on, indicative: false, converted: cost.converted,
  };
}

function throwProblems(problems: (FieldProblem | null)[]): void {
  const found = problems.filter((p): p is FieldProblem => !!p);
  if (found.length) throw new UserInputProblems(found);
}

export interface ListingLandedCostInput extends Omit<LandedCostInput, "lines" | "incoterm"> {
  listingId: string;
  /** In the listing's unit; the MOQ by default. */
  quantity?: number | null;
  /** One the listing offers; its first by default. */
  incoterm?: string | null;
}

/** Landed cost of a listing's goods at the tier price for a quantity, on one of the Incoterms it offers. */
export async function landedCostForListing(ctx: ServiceContext, input: ListingLandedCostInput): Promise<LandedCost> {
  const listing = await getListing(ctx, input.listingId);
  if (!listing) throw notFound("LISTING_NOT_FOUND");
  const quantity = input.quantity ?? listing.moq;
  if (!(quantity > 0)) throw problem("quantity", "QUANTITY_NOT_POSITIVE");
  const incoterm = (input.incoterm ?? listing.incoterms[0]?.code ?? "EXW").toUpperCase();
  const unitPrice = tierPrice(listing.priceTiers, quantity);
  const { listingId: _listingId, quantity: _quantity, ...rest } = input;
  return landedCost(ctx, {
    ...rest,
    incoterm,
    lines: [{ hsCode: listing.hsCode, originCountry: listing.originCountry, value: { amountMinor: Math.round(unitPrice * quantity), currency: listing.currency } }],
  });
}

export interface QuoteLandedCost {
  quote: Quote;
  landedCost: LandedCost;
  rank: number;
}

/**
 * The buyer's comparable quotes (as compareQuotes shows them) landed at the request's destination
 * in the buyer's currency, cheapest at the door first: the HS code is the quote's listing's, else the
 * request's; the origin the listing's, else the seller's country.
 */
export async function quoteLandedCosts(
  ctx: ServiceContext,
  args: { requestId: string; currency?: string | null; freight?: Money | null; proofOfOrigin?: boolean | null },
): Promise<QuoteLandedCost[]> {
  const comparison = await compareQuotes(ctx, args.requestId);
  const listings = new Map((await listingsByIds(ctx, comparison.quotes.map((q) => q.quote.listingId).filter((id): id is string => !!id))).map((l) => [l.id, l]));
  const landed = await Promise.all(
    comparison.quotes.map(async ({ quote, total }) => {
      const listing = quote.listingId ? listings.get(quote.listingId) : undefined;
      const hsCode = listing?.hsCode ?? comparison.request.hsCode;
      const originCountry = listing?.originCountry ?? (await getOrganisation(ctx, quote.sellerOrganisationId))?.country;
      if (!hsCode || !originCountry) return null;
      const cost = await landedCost(ctx, {
        lines: [{ hsCode, originCountry, value: total }],
        incoterm: quote.incoterm,
        destinationCountry: comparison.request.destinationCountry,
        currency: args.currency ?? comparison.buyerCurrency,
        freight: args.freight,
        proofOfOrigin: args.proofOfOrigin,
      });
      return { quote, landedCost: cost };
    }),
  );
  return landed
    .filter((l): l is { quote: Quote; landedCost: LandedCost } => !!l)
    .sort((a, b) => a.landedCost.total.amountMinor - b.landedCost.total.amountMinor || a.quote.id.localeCompare(b.quote.id))
    .map((l, i) => ({ ...l, rank: i + 1 }));
}
