import { findUnit } from "../../db/reference/index.js";
import type { MatchSignalName, Resolvers } from "../__generated__/resolvers.js";
import { notFound } from "../errors.js";
import { moneyOut } from "../shared/money.js";
import { getSourcingRequest } from "../sourcing/service.js";
import * as matching from "./service.js";
import type { SignalName } from "./weights.js";

/** hsCode → HS_CODE, verifiedSeller → VERIFIED_SELLER. */
const signalEnum = (name: SignalName) => name.replace(/([A-Z])/g, "_$1").toUpperCase() as MatchSignalName;
const upper = <T extends string>(value: T) => value.toUpperCase() as Uppercase<T>;

function unitOf(code: string) {
  const unit = findUnit(code);
  if (!unit) throw new Error(`unknown unit ${code}`);
  return unit;
}

export const resolvers: Resolvers = {
  Query: {
    matchesForRequest: (_, { requestId, first }, ctx) => matching.matchesForRequest(ctx, requestId, first),
    leadsForListing: (_, { listingId, first }, ctx) => matching.leadsForListing(ctx, listingId, first),
    myLeads: (_, { first }, ctx) => matching.myLeads(ctx, first),
    explainMatch: (_, { requestId, listingId }, ctx) => matching.explainMatch(ctx, requestId, listingId),
  },
  Match: {
    request: async (match, _, ctx) => {
      const request = await getSourcingRequest(ctx, match.requestId);
      if (!request) throw notFound("REQUEST_NOT_FOUND");
      return request;
    },
    unitPrice: (match) => moneyOut(match.unitPrice),
    unit: (match) => unitOf(match.unit),
  },
  MatchSignal: {
    name: (signal) => signalEnum(signal.name),
  },
  MatchReason: {
    signal: (reason) => signalEnum(reason.signal),
  },
  DeliveryEstimate: {
    mode: (delivery) => upper(delivery.mode),
    onTime: (delivery) => upper(delivery.onTime),
  },
};
