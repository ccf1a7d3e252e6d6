import type { Resolvers } from "../__generated__/resolvers.js";
import * as accessLog from "./access-log.js";

const upper = <T extends string>(value: T) => value.toUpperCase() as Uppercase<T>;

export const resolvers: Resolvers = {
  Query: {
    documentAccessLog: (_, args, ctx) => accessLog.documentAccessLog(ctx, args),
    customsAccessLog: (_, args, ctx) => accessLog.customsAccessLog(ctx, args),
  },
  CustomsAccessEntry: {
    sequence: (entry) => entry.seq,
    action: (entry) => upper(entry.action),
    outcome: (entry) => upper(entry.outcome),
    officerName: (entry) => entry.actorName,
    authorityName: (entry) => entry.actorOrganisationName,
    detail: (entry) => JSON.stringify(entry.detail),
    ipAddress: (entry) => entry.ip,
  },
};
