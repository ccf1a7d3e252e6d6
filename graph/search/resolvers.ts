import type { Resolvers } from "../__generated__/resolvers.js";
import { searchListings } from "./service.js";

export const resolvers: Resolvers = {
  Query: {
    searchListings: (_, args, ctx) => searchListings(ctx, args),
  },
};
