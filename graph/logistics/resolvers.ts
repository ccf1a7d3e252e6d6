import type { Resolvers, ShippingMode } from "../__generated__/resolvers.js";
import { minorUnitOf, moneyOut } from "../shared/money.js";
import { withUserErrors } from "../shared/user-errors.js";
import * as logistics from "./service.js";

const modeOut = (mode: logistics.LaneMode) => mode.toUpperCase() as ShippingMode;

/** Minor units per tonne → exact decimal per kilogram: 11500 US cents a tonne is "0.115" USD a kg. */
function perKg(ratePerTonneMinor: number, currency: string): string {
  const exponent = minorUnitOf(currency) + 3;
  const digits = String(ratePerTonneMinor).padStart(exponent + 1, "0");
  const fraction = digits.slice(-exponent).replace(/0+$/, "");
  return digits.slice(0, -exponent) + (fraction ? `.${fraction}` : "");
}

export const resolvers: Resolvers = {
  Query: {
    lanes: (_, args, ctx) => logistics.listLanes(ctx, args),
    warehouses: (_, __, ctx) => logistics.listWarehouses(ctx),
    shippingOptions: (_, { input }, ctx) => logistics.shippingOptions(ctx, input),
  },
  Mutation: {
    setLane: (_, { input }, ctx) => withUserErrors(ctx.t, async () => ({ lane: await logistics.setLane(ctx, { ...input, mode: input.mode.toLowerCase() }) })),
  },
  Lane: {
    mode: (lane) => modeOut(lane.mode),
    cutoffWeekday: (lane) => lane.tariff.cutoffWeekday,
    ratePerChargeableKg: (lane) => perKg(lane.tariff.ratePerTonneMinor, lane.tariff.currency),
    rateCurrency: (lane) => lane.tariff.currency,
    minimumCharge: (lane) => moneyOut({ amountMinor: lane.tariff.minimumChargeMinor, currency: lane.tariff.currency }),
    carrierLabel: (lane) => lane.tariff.carrierLabel,
  },
  ShippingOption: {
    mode: (option) => modeOut(option.mode),
    cost: (option) => moneyOut(option.cost),
  },
};
