import type { UserError } from "../utils/forms";
import type { MoneyValue } from "../utils/format";
import type { Unit } from "./listings";

/** Operations on graph/trade (orders, payments, the ledger), graph/jobs and screening, with the shapes they answer. */

export type OrderStatus = "DRAFT" | "CONFIRMED" | "PAID" | "PAYMENT_SECURED" | "SHIPPED" | "DELIVERED" | "COMPLETED" | "CANCELLED" | "DISPUTED";
export const ORDER_STATUSES: readonly OrderStatus[] = ["DRAFT", "CONFIRMED", "PAID", "PAYMENT_SECURED", "SHIPPED", "DELIVERED", "COMPLETED", "CANCELLED", "DISPUTED"];
export type OrderAction = "CONFIRM" | "PAY" | "SECURE" | "SHIP" | "DELIVER" | "COMPLETE" | "CANCEL" | "DISPUTE" | "RESOLVE_RELEASE" | "RESOLVE_REFUND";
export const ORDER_ACTIONS: readonly OrderAction[] = ["CONFIRM", "PAY", "SECURE", "SHIP", "DELIVER", "COMPLETE", "CANCEL", "DISPUTE", "RESOLVE_RELEASE", "RESOLVE_REFUND"];
export const ORDER_PAYMENT_TERMS = ["ESCROW", "ADVANCE_TRANSFER", "LETTER_OF_CREDIT", "OPEN_ACCOUNT"] as const;
export type OrderPaymentTerms = (typeof ORDER_PAYMENT_TERMS)[number];

export interface LandedCostItem {
  kind: "GOODS" | "FREIGHT" | "INSURANCE" | "DUTY" | "TAX";
  key: string;
  label: string;
  amount: MoneyValue;
  paidBy: "BUYER" | "SELLER";
  includedInPrice: boolean;
  rate: string | null;
  relieved: boolean;
  source: string;
  asOf: string;
  indicative: boolean;
}

export interface LandedCost {
  currency: string;
  on: string;
  valuationBasis: string;
  customsValue: MoneyValue;
  items: LandedCostItem[];
  total: MoneyValue;
  deMinimis: { dutyUpTo: MoneyValue | null; taxUpTo: MoneyValue | null; basis: string } | null;
  notes: { code: string; message: string }[];
  complete: boolean;
}

const LANDED_COST_FIELDS = /* GraphQL */ `
  currency on valuationBasis customsValue { amount currency }
  items { kind key label amount { amount currency } paidBy includedInPrice rate relieved source asOf indicative }
  total { amount currency } deMinimis { dutyUpTo { amount currency } taxUpTo { amount currency } basis }
  notes { code message } complete
`;

export interface ShippingOption {
  id: string;
  mode: string;
  carrierLabel: string;
  cost: MoneyValue;
  transitDaysMin: number;
  transitDaysMax: number;
  estimatedDelivery: string;
  estimated: boolean;
}

export interface LockedRate {
  rate: string;
  rateDate: string;
  source: string;
  totalInBuyerCurrency: MoneyValue;
}

export interface OrderPreview {
  unitPrice: MoneyValue;
  quantity: number;
  unit: Unit;
  goodsTotal: MoneyValue;
  freight: MoneyValue;
  total: MoneyValue;
  incoterm: { code: string; name: string };
  namedPlace: string;
  buyerPaysFreight: boolean;
  fx: LockedRate;
  destinationCountry: string;
  shipFromCountry: string;
  shippingOptions: ShippingOption[];
  landedCost: LandedCost | null;
  paymentMethods: { code: string; name: string; kind: string }[];
  wouldBeHeld: boolean;
}

export const ORDER_PREVIEW = /* GraphQL */ `
  query OrderPreview($input: PlaceOrderInput!) {
    orderPreview(input: $input) {
      preview {
        unitPrice { amount currency } quantity unit { code name symbol } goodsTotal { amount currency }
        freight { amount currency } total { amount currency } incoterm { code name } namedPlace buyerPaysFreight
        fx { rate rateDate source totalInBuyerCurrency { amount currency } } destinationCountry shipFromCountry
        shippingOptions { id mode carrierLabel cost { amount currency } transitDaysMin transitDaysMax estimatedDelivery estimated }
        landedCost { ${LANDED_COST_FIELDS} }
        paymentMethods { code name kind }
        wouldBeHeld
      }
      userErrors { field code message }
    }
  }
`;

export interface OrderPreviewPayload {
  preview: OrderPreview | null;
  userErrors: UserError[];
}

export const CHECKOUT_SOURCE = /* GraphQL */ `
  query CheckoutSource($listing: ID!, $withListing: Boolean!, $quote: ID!, $withQuote: Boolean!) {
    listing(id: $listing) @include(if: $withListing) {
      id title localized { title } moq availableQuantity unit { code name symbol } incoterms { code namedPlace }
      seller { legalName verified } hsCode
    }
    quote(id: $quote) @include(if: $withQuote) {
      id status quantity unit { code name symbol } incoterm { code } namedPlace paymentTerms seller { legalName verified }
      request { id title }
    }
  }
`;

export interface CheckoutListing {
  id: string;
  title: string;
  localized: { title: string };
  moq: number;
  availableQuantity: number;
  unit: Unit;
  incoterms: { code: string; namedPlace: string }[];
  seller: { legalName: string; verified: boolean };
  hsCode: string;
}

export interface CheckoutQuote {
  id: string;
  status: string;
  quantity: number;
  unit: Unit;
  incoterm: { code: string };
  namedPlace: string;
  paymentTerms: string;
  seller: { legalName: string; verified: boolean };
  request: { id: string; title: string };
}

export const PLACE_ORDER = /* GraphQL */ `
  mutation PlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) { order { id } replayed userErrors { field code message } }
  }
`;

export interface OrderPayload {
  order: { id: string } | null;
  userErrors: UserError[];
}

export interface OrderSummary {
  id: string;
  status: OrderStatus;
  buyer: { legalName: string };
  seller: { legalName: string };
  total: MoneyValue;
  fx: { totalInBuyerCurrency: MoneyValue };
  lines: { description: string; quantity: number; unit: Unit }[];
  complianceHold: string | null;
  createdAt: string;
}

const SUMMARY_FIELDS = /* GraphQL */ `
  id status buyer { legalName } seller { legalName } total { amount currency } fx { totalInBuyerCurrency { amount currency } }
  lines { description quantity unit { code name symbol } } complianceHold createdAt
`;

export const MY_ORDERS = /* GraphQL */ `
  query MyOrders($side: OrderSide!, $after: String) {
    myOrders(side: $side, first: 20, after: $after) {
      edges { node { ${SUMMARY_FIELDS} } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

export interface OrderConnection {
  edges: { node: OrderSummary }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export interface OrderParty {
  role: "BUYER" | "SELLER" | "CONSIGNEE" | "NOTIFY";
  name: string;
  addressLine1: string | null;
  city: string | null;
  postalCode: string | null;
  country: string;
}

export interface OrderDetail extends OrderSummary {
  viewerRole: "BUYER" | "SELLER" | "ADMIN" | null;
  actions: OrderAction[];
  goodsTotal: MoneyValue;
  freight: MoneyValue;
  insurance: MoneyValue;
  incoterm: { code: string; name: string };
  namedPlace: string;
  paymentTerms: OrderPaymentTerms;
  paymentMethod: string | null;
  creditDays: number | null;
  fx: LockedRate;
  shipFromCountry: string;
  destinationCountry: string;
  shipping: { optionId: string; mode: string | null; carrierLabel: string | null; transitDaysMin: number | null; transitDaysMax: number | null; estimatedDelivery: string | null } | null;
  landedCost: LandedCost | null;
  lines: { position: number; description: string; hsCode: string; originCountry: string; quantity: number; unit: Unit; unitPrice: MoneyValue; lineTotal: MoneyValue; licenceNumber: string | null }[];
  parties: OrderParty[];
  history: { action: string; fromStatus: OrderStatus | null; toStatus: OrderStatus; actorRole: string; note: string | null; createdAt: string }[];
  payments: { id: string; provider: string; method: string | null; status: string; amount: MoneyValue; reference: string; lcReference: string | null; lcIssuingBank: string | null; createdAt: string }[];
  ledger: {
    entries: { id: string; movement: string; account: string; debit: MoneyValue; credit: MoneyValue; createdAt: string }[];
    balances: { account: string; balance: MoneyValue }[];
    debits: MoneyValue;
    credits: MoneyValue;
    balanced: boolean;
  };
  dispatchedAt: string | null;
  deliveredAt: string | null;
}

export const ORDER = /* GraphQL */ `
  query Order($id: ID!) {
    order(id: $id) {
      ${SUMMARY_FIELDS}
      viewerRole actions goodsTotal { amount currency } freight { amount currency } insurance { amount currency }
      incoterm { code name } namedPlace paymentTerms paymentMethod creditDays
      fx { rate rateDate source totalInBuyerCurrency { amount currency } } shipFromCountry destinationCountry
      shipping { optionId mode carrierLabel transitDaysMin transitDaysMax estimatedDelivery }
      landedCost { ${LANDED_COST_FIELDS} }
      lines { position description hsCode originCountry quantity unit { code name symbol } unitPrice { amount currency } lineTotal { amount currency } licenceNumber }
      parties { role name addressLine1 city postalCode country }
      history { action fromStatus toStatus actorRole note createdAt }
      payments { id provider method status amount { amount currency } reference lcReference lcIssuingBank createdAt }
      ledger {
        entries { id movement account debit { amount currency } credit { amount currency } createdAt }
        balances { account balance { amount currency } } debits { amount currency } credits { amount currency } balanced
      }
      dispatchedAt deliveredAt
    }
  }
`;

export const MOVE_ORDER = /* GraphQL */ `
  mutation MoveOrder($id: ID!, $action: OrderAction!, $note: String) {
    moveOrder(id: $id, action: $action, note: $note) { order { id status } userErrors { field code message } }
  }
`;

export const PAY_ORDER = /* GraphQL */ `
  mutation PayOrder($input: PayOrderInput!) {
    payOrder(input: $input) { payment { id reference status } bankAccount { beneficiary iban bic } userErrors { field code message } }
  }
`;

export const RECORD_LETTER_OF_CREDIT = /* GraphQL */ `
  mutation RecordLetterOfCredit($input: LetterOfCreditInput!) {
    recordLetterOfCredit(input: $input) { payment { id } userErrors { field code message } }
  }
`;

export interface PaymentPayload {
  payment: { id: string; reference?: string; status?: string } | null;
  bankAccount?: { beneficiary: string; iban: string | null; bic: string | null } | null;
  userErrors: UserError[];
}

export const PENDING_TRANSFERS = /* GraphQL */ `
  query PendingTransfers {
    pendingBankTransfers { id reference amount { amount currency } createdAt order { id buyer { legalName } seller { legalName } } }
  }
`;

export interface PendingTransfer {
  id: string;
  reference: string;
  amount: MoneyValue;
  createdAt: string;
  order: { id: string; buyer: { legalName: string }; seller: { legalName: string } } | null;
}

export const RECONCILE_PAYMENT = /* GraphQL */ `
  mutation ReconcilePayment($input: ReconcilePaymentInput!) {
    reconcilePayment(input: $input) { payment { id status } userErrors { field code message } }
  }
`;

export const SCREENING_REVIEWS = /* GraphQL */ `
  query ScreeningReviews($status: ScreeningStatus) {
    screeningReviews(status: $status, first: 50) {
      id subjectKind subjectId status createdAt decidedAt note
      hits { partyRole partyName partyCountry listedName listedCountry listSource score }
    }
  }
`;

export interface ScreeningReview {
  id: string;
  subjectKind: string;
  subjectId: string;
  status: "PENDING" | "APPROVED" | "REJECTED";
  createdAt: string;
  decidedAt: string | null;
  note: string | null;
  hits: { partyRole: string; partyName: string; partyCountry: string | null; listedName: string; listedCountry: string | null; listSource: string; score: number }[];
}

export const DECIDE_SCREENING = /* GraphQL */ `
  mutation DecideScreening($input: DecideScreeningInput!) {
    decideScreening(input: $input) { review { id status } userErrors { field code message } }
  }
`;

export const JOBS = /* GraphQL */ `
  query Jobs($status: JobStatus, $after: String) {
    jobs(status: $status, first: 30, after: $after) {
      edges { node { id kind status runAt attempts maxAttempts lastError progressDone progressTotal updatedAt finishedAt } }
      pageInfo { hasNextPage endCursor }
    }
    jobCounts { queued running succeeded failed }
  }
`;

export interface Job {
  id: string;
  kind: string;
  status: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED";
  runAt: string;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  progressDone: number;
  progressTotal: number | null;
  updatedAt: string;
  finishedAt: string | null;
}

export const RETRY_JOB = /* GraphQL */ `
  mutation RetryJob($id: ID!) {
    retryJob(id: $id) { job { id status } userErrors { field code message } }
  }
`;
