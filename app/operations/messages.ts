import type { UserError } from "../utils/forms";

export interface ConversationSummary {
  id: string;
  listingId: string;
  listingTitle: string;
  counterpartName: string;
  viewerIsBuyer: boolean;
  lastMessageAt: string;
}

export interface ConversationView extends ConversationSummary {
  messages: { id: string; authorName: string; fromViewer: boolean; body: string; createdAt: string }[];
}

export interface ConversationPayload {
  conversation: { id: string } | null;
  userErrors: UserError[];
}

const SUMMARY = "id listingId listingTitle counterpartName viewerIsBuyer lastMessageAt";

export const CONVERSATIONS = /* GraphQL */ `
  query Conversations($after: String) {
    conversations(first: 20, after: $after) {
      edges { node { ${SUMMARY} } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

export const CONVERSATION = /* GraphQL */ `
  query Conversation($id: ID!) {
    conversation(id: $id) {
      ${SUMMARY}
      messages { id authorName fromViewer body createdAt }
    }
  }
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

export interface SavedListingPayload {
  saved: boolean | null;
  userErrors: UserError[];
}

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
