import type { MoneyInput, Resolvers } from "../__generated__/resolvers.js";
import { problem } from "../errors.js";
import { moneyOut, parseMinor, type Money } from "../shared/money.js";
import { withUserErrors } from "../shared/user-errors.js";
import * as compliance from "./service.js";

/** A MoneyInput to minor units, the problem named on its field. */
function moneyIn(field: string, input: MoneyInput | null | undefined): Money | null {
  if (!input) return null;
  const currency = input.currency.trim().toUpperCase();
  const minor = parseMinor(input.amount, currency);
  if (!minor.ok) throw problem(minor.error === "CURRENCY_UNKNOWN" ? `${field}.currency` : `${field}.amount`, minor.error);
  return { amountMinor: minor.value, currency };
}

type Options = { destinationCountry: string; currency?: string | null; freight?: MoneyInput | null; insurance?: MoneyInput | null; freightInPrice?: MoneyInput | null; proofOfOrigin?: boolean | null; on?: string | null };

function optionsIn(options: Options) {
  return {
    destinationCountry: options.destinationCountry,
    currency: options.currency,
    freight: moneyIn("options.freight", options.freight),
    insurance: moneyIn("options.insurance", options.insurance),
    freightInPrice: moneyIn("options.freightInPrice", options.freightInPrice),
    proofOfOrigin: options.proofOfOrigin,
    on: options.on,
  };
}

const percent = (locale: string, rateBp: number) => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(rateBp / 10_000);
const upper = <T extends string>(value: T) => value.toUpperCase() as Uppercase<T>;

export const resolvers: Resolvers = {
  Query: {
    embargoes: (_, args, ctx) => compliance.listEmbargoes(ctx, args),
    landedCost: (_, { lines, incoterm, options }, ctx) =>
      compliance.landedCost(ctx, {
        ...optionsIn(options),
        incoterm,
        lines: lines.map((l, i) => ({ hsCode: l.hsCode, originCountry: l.originCountry, value: moneyIn(`lines.${i}.value`, l.value)! })),
      }),
    listingLandedCost: (_, { listingId, quantity, incoterm, options }, ctx) => compliance.landedCostForListing(ctx, { ...optionsIn(options), listingId, quantity, incoterm }),
    quoteLandedCosts: (_, { requestId, currency, freight, proofOfOrigin }, ctx) =>
      compliance.quoteLandedCosts(ctx, { requestId, currency, freight: moneyIn("freight", freight), proofOfOrigin }),
    tariffRate: (_, { country, hsCode }, ctx) => compliance.tariffRateFor(ctx, country.trim().toUpperCase(), hsCode),
    deniedPartyLists: (_, __, ctx) => compliance.deniedPartyLists(ctx),
    screeningReviews: (_, { status, first }, ctx) => compliance.screeningReviews(ctx, { status: status ? (status.toLowerCase() as compliance.ScreeningStatus) : null, first }),
  },
  Mutation: {
    addEmbargo: (_, { input }, ctx) => withUserErrors(ctx.t, async () => ({ embargo: await compliance.addEmbargo(ctx, input) })),
    endEmbargo: (_, { id, lastDay }, ctx) => withUserErrors(ctx.t, async () => ({ embargo: await compliance.endEmbargo(ctx, id, lastDay) })),
    importTariffs: (_, { csv }, ctx) => withUserErrors(ctx.t, async () => ({ result: await compliance.importTariffs(ctx, csv) })),
    importDeniedParties: (_, { source, csv }, ctx) => withUserErrors(ctx.t, async () => ({ result: await compliance.importDeniedParties(ctx, { source, csv }) })),
    decideScreening: (_, { input }, ctx) => withUserErrors(ctx.t, async () => ({ review: await compliance.decideScreening(ctx, input) })),
  },
  LandedCost: {
    customsValue: (cost) => moneyOut(cost.customsValue),
    total: (cost) => moneyOut(cost.total),
    deMinimis: (cost) =>
      cost.deMinimis && {
        dutyUpTo: cost.deMinimis.dutyUpTo && moneyOut(cost.deMinimis.dutyUpTo),
        taxUpTo: cost.deMinimis.taxUpTo && moneyOut(cost.deMinimis.taxUpTo),
        appliesTo: cost.deMinimis.on,
        basis: cost.deMinimis.basis,
      },
  },
  LandedCostItem: {
    amount: (item) => moneyOut(item.amount),
    base: (item) => item.base && moneyOut(item.base),
    rate: (item, _, ctx) => (item.rateBp === null ? null : percent(ctx.locale, item.rateBp)),
    rateBasisPoints: (item) => item.rateBp,
  },
  TariffRate: {
    rate: (rate, _, ctx) => percent(ctx.locale, rate.rateBp),
    rateBasisPoints: (rate) => rate.rateBp,
  },
  ScreeningReview: {
    status: (review) => upper(review.status),
  },
  ScreeningReviewEvent: {
    fromStatus: (event) => event.fromStatus && upper(event.fromStatus),
    toStatus: (event) => upper(event.toStatus),
  },
};
