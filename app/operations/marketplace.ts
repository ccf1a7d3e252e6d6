import { MATCH_FIELDS } from "./sourcing";

/** Operations on graph/insights, graph/events and graph/inbox; the types of their answers are generated into app/__generated__/operations.ts. */

export const INSIGHTS = /* GraphQL */ `
  query Insights($first: Int!) {
    openDemand(first: $first) {
      destinationCountry { code name }
      hsChapter { code description }
      openCount
      quantities { kind unit { code symbol } total }
      trend { week weekStart count }
    }
    whatSellsWhere(first: $first) {
      destinationCountry { code name }
      hsHeading { code description }
      openCount
      quantities { kind unit { code symbol } total }
    }
  }
`;

export const BUYER_FEED = /* GraphQL */ `
  query BuyerFeed($first: Int!) {
    buyerFeed(first: $first) {
      match { ...MatchFields listing { priceFrom { amount currency } } }
      basedOn { id title }
    }
  }
  ${MATCH_FIELDS}
`;

const SALE_EVENT_FIELDS = /* GraphQL */ `
  fragment SaleEventFields on SaleEvent {
    id name kind localDate days countries opensIn closesIn startsAt endsAt
    window { text timeZone } utc: window(timeZone: "UTC") { text } isLive timing
  }
`;

export const SALE_EVENTS = /* GraphQL */ `
  query SaleEvents($timing: SaleEventTiming, $first: Int!, $after: String) {
    saleEvents(timing: $timing, first: $first, after: $after) {
      edges { node { ...SaleEventFields } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
  ${SALE_EVENT_FIELDS}
`;

/** The banner on the home page: the event on now, else the next one. */
export const SALE_EVENT_BANNER = /* GraphQL */ `
  query SaleEventBanner {
    current: saleEvents(timing: CURRENT, first: 1) { edges { node { ...SaleEventFields } } }
    upcoming: saleEvents(timing: UPCOMING, first: 1) { edges { node { ...SaleEventFields } } }
  }
  ${SALE_EVENT_FIELDS}
`;

export const CREATE_SALE_EVENT = /* GraphQL */ `
  mutation CreateSaleEvent($input: CreateSaleEventInput!) {
    createSaleEvent(input: $input) { saleEvent { id name } userErrors { field code message } }
  }
`;

export const SET_EVENT_PRICE = /* GraphQL */ `
  mutation SetEventPrice($input: SetEventPriceInput!) {
    setEventPrice(input: $input) { eventPrice { unitPrice { amount currency } event { name } } userErrors { field code message } }
  }
`;

export const INBOX = /* GraphQL */ `
  query Inbox($first: Int!, $after: String, $unreadOnly: Boolean) {
    inbox(first: $first, after: $after, unreadOnly: $unreadOnly) {
      edges { node { id kind subjectId message payload read createdAt } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
    unreadCount
  }
`;

export const UNREAD_COUNT = /* GraphQL */ `
  query UnreadCount { unreadCount }
`;

export const MARK_READ = /* GraphQL */ `
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids) { unreadCount userErrors { field code message } }
  }
`;

/** Events a seller may still price a listing for: the one on now and the next few. */
export const PRICEABLE_SALE_EVENTS = /* GraphQL */ `
  query PriceableSaleEvents {
    current: saleEvents(timing: CURRENT, first: 5) { edges { node { ...SaleEventFields } } }
    upcoming: saleEvents(timing: UPCOMING, first: 5) { edges { node { ...SaleEventFields } } }
  }
  ${SALE_EVENT_FIELDS}
`;
