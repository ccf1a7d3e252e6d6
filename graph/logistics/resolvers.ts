import type { Resolvers, TransportMode } from "../__generated__/resolvers.js";
import { withUserErrors } from "../shared/user-errors.js";
import * as logistics from "./service.js";

export const resolvers: Resolvers = {
  Query: {
    lanes: (_, args, ctx) => logistics.listLanes(ctx, args),
  },
  Mutation: {
    setLane: (_, { input }, ctx) => withUserErrors(ctx.t, async () => ({ lane: await logistics.setLane(ctx, { ...input, mode: input.mode.toLowerCase() }) })),
  },
  Lane: {
    mode: (lane) => lane.mode.toUpperCase() as TransportMode,
  },
};
