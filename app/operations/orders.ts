import type { OrderAction, OrderPaymentTerms, OrderStatus } from "../__generated__/operations";

/** Operations on graph/trade (orders, payments, the ledger), graph/jobs and screening; the types of their answers are generated into app/__generated__/operations.ts. */

export const ORDER_STATUSES: readonly OrderStatus[] = ["DRAFT", "CONFIRMED", "PAID", "PAYMENT_SECURED", "SHIPPED", "DELIVERED", "COMPLETED", "CANCELLED", "DISPUTED"];
export const ORDER_ACTIONS: readonly OrderAction[] = ["CONFIRM", "PAY", "SECURE", "SHIP", "DELIVER", "COMPLETE", "CANCEL", "DISPUTE", "RESOLVE_RELEASE", "RESOLVE_REFUND"];
export const ORDER_PAYMENT_TERMS = ["ESCROW", "ADVANCE_TRANSFER", "LETTER_OF_CREDIT", "OPEN_ACCOUNT"] as const satisfies readonly OrderPaymentTerms[];

const LANDED_COST_FIELDS = /* GraphQL */ `
  fragment LandedCostFields on LandedCost {
    currency on valuationBasis customsValue { amount currency }
    items { kind key label amount { amount currency } paidBy includedInPrice rate relieved source asOf indicative }
    total { amount currency } deMinimis { dutyUpTo { amount currency } taxUpTo { amount currency } basis }
    notes { code message } complete
  }
`;

export const ORDER_PREVIEW = /* GraphQL */ `
  query OrderPreview($input: PlaceOrderInput!) {
    orderPreview(input: $input) {
      preview {
        unitPrice { amount currency } quantity unit { code name symbol } goodsTotal { amount currency }
        freight { amount currency } total { amount currency } incoterm { code name } namedPlace buyerPaysFreight
        fx { rate rateDate source totalInBuyerCurrency { amount currency } } destinationCountry shipFromCountry
        shippingOptions { id mode carrierLabel cost { amount currency } transitDaysMin transitDaysMax estimatedDelivery estimated }
        landedCost { ...LandedCostFields }
        paymentMethods { code name kind }
        wouldBeHeld
      }
      userErrors { field code message }
    }
  }
  ${LANDED_COST_FIELDS}
`;

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

export const PLACE_ORDER = /* GraphQL */ `
  mutation PlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) { order { id } replayed userErrors { field code message } }
  }
`;

const SUMMARY_FIELDS = /* GraphQL */ `
  fragment OrderSummary on Order {
    id status buyer { legalName } seller { legalName } total { amount currency } fx { totalInBuyerCurrency { amount currency } }
    lines { description quantity unit { code name symbol } } complianceHold createdAt
  }
`;

export const MY_ORDERS = /* GraphQL */ `
  query MyOrders($side: OrderSide!, $after: String) {
    myOrders(side: $side, first: 20, after: $after) {
      edges { node { ...OrderSummary } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
  ${SUMMARY_FIELDS}
`;

export const ORDER = /* GraphQL */ `
  query Order($id: ID!) {
    order(id: $id) {
      ...OrderSummary
      viewerRole actions goodsTotal { amount currency } freight { amount currency } insurance { amount currency }
      incoterm { code name } namedPlace paymentTerms paymentMethod creditDays
      fx { rate rateDate source totalInBuyerCurrency { amount currency } } shipFromCountry destinationCountry
      shipping { optionId mode carrierLabel transitDaysMin transitDaysMax estimatedDelivery }
      landedCost { ...LandedCostFields }
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
  ${SUMMARY_FIELDS}
  ${LANDED_COST_FIELDS}
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

/** The ways the buyer's country can pay, for the checkout on the order page. */
export const PAYMENT_METHODS = /* GraphQL */ `
  query OrderPaymentMethods($country: String!) {
    paymentMethods(country: $country) { code name kind }
  }
`;

export const PENDING_TRANSFERS = /* GraphQL */ `
  query PendingTransfers {
    pendingBankTransfers { id reference amount { amount currency } createdAt order { id buyer { legalName } seller { legalName } } }
  }
`;

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

export const RETRY_JOB = /* GraphQL */ `
  mutation RetryJob($id: ID!) {
    retryJob(id: $id) { job { id status } userErrors { field code message } }
  }
`;
