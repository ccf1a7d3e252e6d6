import type { Resolvers } from "../__generated__/resolvers.js";
import { moneyOut } from "../shared/money.js";
import { withUserErrors } from "../shared/user-errors.js";
import * as events from "./service.js";

const upper = <T extends string>(value: T) => value.toUpperCase() as Uppercase<T>;
const lower = <T extends string>(value: T) => value.toLowerCase() as Lowercase<T>;

export const resolvers: Resolvers = {
  Query: {
    saleEvents: (_, { timing, first, after }, ctx) => events.listSaleEvents(ctx, { timing: timing ? lower(timing) : null, first, after }),
    saleEvent: (_, { id }, ctx) => events.getSaleEvent(ctx, id),
  },
  Mutation: {
    createSaleEvent: (_, { input }, ctx) =>
      withUserErrors(ctx.t, async () => ({ saleEvent: await events.createSaleEvent(ctx, { ...input, kind: lower(input.kind) }) })),
    setEventPrice: (_, { input }, ctx) => withUserErrors(ctx.t, async () => ({ eventPrice: await events.setEventPrice(ctx, input) })),
    removeEventPrice: (_, { eventId, listingId }, ctx) =>
      withUserErrors(ctx.t, async () => ({ removed: await events.removeEventPrice(ctx, eventId, listingId) })),
  },
  SaleEvent: {
    kind: (event) => upper(event.kind),
    window: (event, { timeZone }, ctx) => events.windowFor(ctx, event, timeZone),
    isLive: (event, _, ctx) => events.timingOf(event, ctx.now()) === "current",
    timing: (event, _, ctx) => upper(events.timingOf(event, ctx.now())),
  },
  EventPrice: {
    event: async (price, _, ctx) => {
      const event = await events.getSaleEvent(ctx, price.eventId);
      if (!event) throw new Error(`sale event ${price.eventId} of a stored price is gone`);
      return event;
    },
    unitPrice: (price) => moneyOut({ amountMinor: price.unitPriceMinor, currency: price.currency }),
  },
  Listing: {
    eventPrice: (listing, _, ctx) => events.eventPriceNow(ctx, listing.id),
  },
};
