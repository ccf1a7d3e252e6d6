/** Operations on graph/messages and the shortlist; the types of their answers are generated into app/__generated__/operations.ts. */

const SUMMARY = /* GraphQL */ `
  fragment ConversationSummary on Conversation { id listingId listingTitle counterpartName viewerIsBuyer lastMessageAt }
`;

export const CONVERSATIONS = /* GraphQL */ `
  query Conversations($after: String) {
    conversations(first: 20, after: $after) {
      edges { node { ...ConversationSummary } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
  ${SUMMARY}
`;

export const CONVERSATION = /* GraphQL */ `
  query Conversation($id: ID!) {
    conversation(id: $id) {
      ...ConversationSummary
      messages { id authorName fromViewer body createdAt }
    }
  }
  ${SUMMARY}
`;

export const CONTACT_SELLER = /* GraphQL */ `
  mutation ContactSeller($input: ContactSellerInput!) {
    contactSeller(input: $input) { conversation { id } userErrors { field code message } }
  }
`;

export const REPLY_TO_CONVERSATION = /* GraphQL */ `
  mutation ReplyToConversation($input: ReplyToConversationInput!) {
    replyToConversation(input: $input) { conversation { id } userErrors { field code message } }
  }
`;

export const SAVE_LISTING = /* GraphQL */ `
  mutation SaveListing($listingId: ID!) {
    saveListing(listingId: $listingId) { saved userErrors { field code message } }
  }
`;

export const UNSAVE_LISTING = /* GraphQL */ `
  mutation UnsaveListing($listingId: ID!) {
    unsaveListing(listingId: $listingId) { saved userErrors { field code message } }
  }
`;

export const LISTING_SAVED = /* GraphQL */ `
  query ListingSaved($listingId: ID!) {
    listingSaved(listingId: $listingId)
  }
`;
