import type { Resolvers } from "../__generated__/resolvers.js";
import { problem } from "../errors.js";
import { moneyOut, parseMinor } from "../shared/money.js";
import { withUserErrors } from "../shared/user-errors.js";
import * as trade from "./service.js";

export const resolvers: Resolvers = {
  Query: {
    fxRates: (_, args, ctx) => trade.listFxRates(ctx, args),
    convertMoney: (_, { amount, to, on }, ctx) => {
      const minor = parseMinor(amount.amount, amount.currency);
      if (!minor.ok) throw problem(minor.error === "CURRENCY_UNKNOWN" ? "amount.currency" : "amount.amount", minor.error);
      return trade.convertMoney(ctx, { amountMinor: minor.value, currency: amount.currency }, to, on);
    },
  },
  Mutation: {
    setFxRate: (_, { input }, ctx) => withUserErrors(ctx.t, async () => ({ fxRate: await trade.setFxRate(ctx, input) })),
    importFxRates: (_, { csv }, ctx) => withUserErrors(ctx.t, async () => ({ result: await trade.importFxRates(ctx, csv) })),
  },
  Money: {
    inCurrency: (money, { currency, on }, ctx) => {
      const minor = parseMinor(money.amount, money.currency);
      if (!minor.ok) throw new Error(`Money ${money.amount} ${money.currency} left the API unparseable`);
      return trade.moneyIn(ctx, { amountMinor: minor.value, currency: money.currency }, currency, on);
    },
  },
  Conversion: {
    from: (conversion) => moneyOut(conversion.from),
    to: (conversion) => moneyOut(conversion.to),
    rateDate: (conversion) => conversion.asOf,
    derivation: (conversion) => conversion.derivation.toUpperCase(),
    rates: (conversion) => conversion.legs,
  },
};
