import type { Resolvers } from "../__generated__/resolvers.js";
import { requireOrganisation } from "../identity/guards.js";
import { withUserErrors } from "../shared/user-errors.js";
import * as messages from "./service.js";
import * as shortlist from "./shortlist.js";

export const resolvers: Resolvers = {
  Query: {
    conversations: (_, args, ctx) => messages.myConversations(ctx, args),
    conversation: (_, { id }, ctx) => messages.getConversation(ctx, id),
    savedListings: (_, args, ctx) => shortlist.savedListings(ctx, args),
    listingSaved: (_, { listingId }, ctx) => shortlist.isListingSaved(ctx, listingId),
  },
  Mutation: {
    contactSeller: (_, { input }, ctx) => withUserErrors(ctx.t, async () => ({ conversation: await messages.contactSeller(ctx, input) })),
    replyToConversation: (_, { input }, ctx) => withUserErrors(ctx.t, async () => ({ conversation: await messages.replyToConversation(ctx, input) })),
    saveListing: (_, { listingId }, ctx) => withUserErrors(ctx.t, async () => (await shortlist.saveListing(ctx, listingId), { saved: true })),
    unsaveListing: (_, { listingId }, ctx) => withUserErrors(ctx.t, async () => (await shortlist.unsaveListing(ctx, listingId), { saved: false })),
  },
  Conversation: {
    viewerIsBuyer: (c, _, ctx) => requireOrganisation(ctx.viewer).organisationId === c.buyerOrganisationId,
    messages: (c, _, ctx) => messages.conversationMessages(ctx, c.id),
  },
  ConversationMessage: {
    fromViewer: (m, _, ctx) => requireOrganisation(ctx.viewer).organisationId === m.authorOrganisationId,
  },
};
