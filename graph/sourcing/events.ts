/** A buyer posted a sourcing request that sellers may now quote on. */
export interface SourcingRequestOpened {
  requestId: string;
  buyerOrganisationId: string;
  at: string;
}

/** A buyer accepted a seller's quote: the request is awarded, and an order may follow. */
export interface QuoteAccepted {
  quoteId: string;
  requestId: string;
  buyerOrganisationId: string;
  sellerOrganisationId: string;
  /** The listing the quote was made from, when the seller named one. */
  listingId: string | null;
  at: string;
}

declare module "../shared/events.js" {
  interface DomainEvents {
    "sourcingRequest.opened": SourcingRequestOpened;
    "quote.accepted": QuoteAccepted;
  }
}
