import { findUnit } from "../../db/reference/index.js";
import type { Resolvers } from "../__generated__/resolvers.js";
import { getCountry, getHsCode } from "../catalog/service.js";
import { notFound } from "../errors.js";
import { getSourcingRequest } from "../sourcing/service.js";
import * as insights from "./service.js";

/** Codes in stored rows were checked on the way in; a miss here is corrupt data, not user error. */
function known<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`unknown ${what}`);
  return value;
}

export const resolvers: Resolvers = {
  Query: {
    openDemand: (_, args, ctx) => insights.openDemand(ctx, args),
    whatSellsWhere: (_, { first }, ctx) => insights.whatSellsWhere(ctx, first),
    buyerFeed: (_, { first }, ctx) => insights.buyerFeed(ctx, first),
  },
  DemandGroup: {
    destinationCountry: (group, _, ctx) => known(getCountry(ctx, group.destinationCountry), `country ${group.destinationCountry}`),
    hsChapter: (group, _, ctx) => (group.hsChapter ? getHsCode(ctx, group.hsChapter) : null),
  },
  HeadingDemand: {
    destinationCountry: (group, _, ctx) => known(getCountry(ctx, group.destinationCountry), `country ${group.destinationCountry}`),
    hsHeading: async (group, _, ctx) => known(await getHsCode(ctx, group.hsHeading), `HS heading ${group.hsHeading}`),
  },
  QuantityTotal: {
    kind: (total) => total.kind.toUpperCase() as Uppercase<typeof total.kind>,
    unit: (total) => known(findUnit(total.unit), `unit ${total.unit}`),
  },
  FeedItem: {
    basedOn: async (item, _, ctx) => {
      const request = await getSourcingRequest(ctx, item.basedOnRequestId);
      if (!request) throw notFound("REQUEST_NOT_FOUND");
      return request;
    },
  },
};
