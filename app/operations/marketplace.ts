import type { UserError } from "../utils/forms";
import type { MoneyValue } from "../utils/format";
import { MATCH_FIELDS, type Match } from "./sourcing";

/** Operations on graph/insights, graph/events and graph/inbox, with the shapes they answer. */

export interface QuantityTotal {
  kind: string;
  unit: { code: string; symbol: string };
  total: number;
}

export interface DemandGroup {
  destinationCountry: { code: string; name: string };
  hsChapter: { code: string; description: string } | null;
  openCount: number;
  quantities: QuantityTotal[];
  trend: { week: string; weekStart: string; count: number }[];
}

export interface HeadingDemand {
  destinationCountry: { code: string; name: string };
  hsHeading: { code: string; description: string };
  openCount: number;
  quantities: QuantityTotal[];
}

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

export interface FeedItem {
  match: Match & { listing: Match["listing"] & { priceFrom: MoneyValue } };
  basedOn: { id: string; title: string };
}

export const BUYER_FEED = /* GraphQL */ `
  query BuyerFeed($first: Int!) {
    buyerFeed(first: $first) {
      match { ${MATCH_FIELDS} listing { priceFrom { amount currency } } }
      basedOn { id title }
    }
  }
`;

export type SaleEventKind = "UTC_WINDOW" | "LOCAL_DAY";
export type SaleEventTiming = "UPCOMING" | "CURRENT" | "PAST";

export interface SaleEvent {
  id: string;
  name: string;
  kind: SaleEventKind;
  localDate: string | null;
  days: number | null;
  countries: string[] | null;
  opensIn: string[];
  closesIn: string[];
  startsAt: string;
  endsAt: string;
  window: { text: string; timeZone: string };
  utc: { text: string };
  isLive: boolean;
  timing: SaleEventTiming;
}

const SALE_EVENT_FIELDS = /* GraphQL */ `
  id name kind localDate days countries opensIn closesIn startsAt endsAt
  window { text timeZone } utc: window(timeZone: "UTC") { text } isLive timing
`;

export const SALE_EVENTS = /* GraphQL */ `
  query SaleEvents($timing: SaleEventTiming, $first: Int!, $after: String) {
    saleEvents(timing: $timing, first: $first, after: $after) {
      edges { node { ${SALE_EVENT_FIELDS} } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

/** The banner on the home page: the event on now, else the next one. */
export const SALE_EVENT_BANNER = /* GraphQL */ `
  query SaleEventBanner {
    current: saleEvents(timing: CURRENT, first: 1) { edges { node { ${SALE_EVENT_FIELDS} } } }
    upcoming: saleEvents(timing: UPCOMING, first: 1) { edges { node { ${SALE_EVENT_FIELDS} } } }
  }
`;

export interface SaleEventConnection {
  edges: { node: SaleEvent }[];
  pageInfo?: { hasNextPage: boolean; endCursor: string | null };
  totalCount?: number;
}

export const CREATE_SALE_EVENT = /* GraphQL */ `
  mutation CreateSaleEvent($input: CreateSaleEventInput!) {
    createSaleEvent(input: $input) { saleEvent { id name } userErrors { field code message } }
  }
`;

export interface SaleEventPayload {
  saleEvent: { id: string; name: string } | null;
  userErrors: UserError[];
}

export const SET_EVENT_PRICE = /* GraphQL */ `
  mutation SetEventPrice($input: SetEventPriceInput!) {
    setEventPrice(input: $input) { eventPrice { unitPrice { amount currency } event { name } } userErrors { field code message } }
  }
`;

export interface EventPricePayload {
  eventPrice: { unitPrice: MoneyValue; event: { name: string } } | null;
  userErrors: UserError[];
}

export type NotificationKind = "REQUEST_MATCHED" | "QUOTE_RECEIVED" | "QUOTE_ACCEPTED" | "QUOTE_NOT_CHOSEN" | "CUSTOMS_DECIDED" | "MESSAGE_RECEIVED";

export interface Notification {
  id: string;
  kind: NotificationKind;
  subjectId: string;
  message: string;
  payload: string;
  read: boolean;
  createdAt: string;
}

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

export interface InboxPage {
  edges: { node: Notification }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export const UNREAD_COUNT = /* GraphQL */ `
  query UnreadCount { unreadCount }
`;

export const MARK_READ = /* GraphQL */ `
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids) { unreadCount userErrors { field code message } }
  }
`;

export interface MarkReadPayload {
  unreadCount: number | null;
  userErrors: UserError[];
}

/** Events a seller may still price a listing for: the one on now and the next few. */
export const PRICEABLE_SALE_EVENTS = /* GraphQL */ `
  query PriceableSaleEvents {
    current: saleEvents(timing: CURRENT, first: 5) { edges { node { ${SALE_EVENT_FIELDS} } } }
    upcoming: saleEvents(timing: UPCOMING, first: 5) { edges { node { ${SALE_EVENT_FIELDS} } } }
  }
`;
