import type { Resolvers } from "../__generated__/resolvers.js";
import { withUserErrors } from "../shared/user-errors.js";
import * as compliance from "./service.js";

export const resolvers: Resolvers = {
  Query: {
    embargoes: (_, args, ctx) => compliance.listEmbargoes(ctx, args),
  },
  Mutation: {
    addEmbargo: (_, { input }, ctx) => withUserErrors(ctx.t, async () => ({ embargo: await compliance.addEmbargo(ctx, input) })),
    endEmbargo: (_, { id, lastDay }, ctx) => withUserErrors(ctx.t, async () => ({ embargo: await compliance.endEmbargo(ctx, id, lastDay) })),
  },
};
