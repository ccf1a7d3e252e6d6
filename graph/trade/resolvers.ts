import { findIncoterm, findUnit } from "../../db/reference/index.js";
import type { Resolvers } from "../__generated__/resolvers.js";
import { getPort } from "../catalog/service.js";
import { getOrganisation } from "../identity/service.js";
import { getListing } from "../listings/service.js";
import { moneyOut } from "../shared/money.js";
import { withUserErrors } from "../shared/user-errors.js";
import { getQuote } from "../sourcing/service.js";
import { landedCostForViewer } from "./checkout.js";
import { LEDGER_ACCOUNTS } from "./ledger.js";
import type { OrderAction, OrderStatus, OrderPaymentTerms } from "./order-lifecycle.js";
import { paymentMethodsFor } from "./payment-methods.js";
import * as payments from "./payments.js";
import * as trade from "./service.js";

const upper = <T extends string>(value: T) => value.toUpperCase() as Uppercase<T>;
const lower = <T extends string>(value: T) => value.toLowerCase() as Lowercase<T>;

function known<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`unknown ${what}`);
  return value;
}

const bankAccountFor = (payment: payments.Payment) => (payment.provider === "bank_transfer" ? payments.platformBankAccount() : null);

export const resolvers: Resolvers = {
  Query: {
    order: (_, { id }, ctx) => trade.getOrder(ctx, id),
    myOrders: (_, { side, status, first, after }, ctx) =>
      trade.myOrders(ctx, { side: lower(side), status: status ? (lower(status) as OrderStatus) : null, first, after }),
    myOpenOrderCounts: (_, __, ctx) => trade.openOrderCounts(ctx),
    allOrders: (_, { status, first, after }, ctx) => trade.allOrders(ctx, { status: status ? (lower(status) as OrderStatus) : null, first, after }),
    paymentMethods: (_, { country }) => paymentMethodsFor(country).map((m) => ({ code: m.code, name: m.name, kind: upper(m.kind) })),
    pendingBankTransfers: (_, __, ctx) => payments.pendingBankTransfers(ctx),
    orderPreview: (_, { input }, ctx) =>
      withUserErrors(ctx.t, async () => ({ preview: await trade.previewOrder(ctx, { ...input, paymentTerms: lower(input.paymentTerms) as OrderPaymentTerms }) })),
  },
  Mutation: {
    placeOrder: (_, { input }, ctx) =>
      withUserErrors(ctx.t, () =>
        trade.placeOrder(ctx, {
          ...input,
          paymentTerms: lower(input.paymentTerms) as OrderPaymentTerms,
        }),
      ),
    moveOrder: (_, { id, action, note }, ctx) =>
      withUserErrors(ctx.t, async () => ({ order: await trade.moveOrder(ctx, id, lower(action) as OrderAction, { note }), replayed: false })),
    payOrder: (_, { input }, ctx) =>
      withUserErrors(ctx.t, async () => {
        const result = await payments.payOrder(ctx, { ...input, provider: lower(input.provider) as payments.PayOrderInput["provider"] });
        return { ...result, bankAccount: bankAccountFor(result.payment) };
      }),
    recordLetterOfCredit: (_, { input }, ctx) => withUserErrors(ctx.t, async () => ({ ...(await payments.recordLetterOfCredit(ctx, input)), bankAccount: null })),
    reconcilePayment: (_, { input }, ctx) => withUserErrors(ctx.t, async () => ({ ...(await payments.reconcileBankTransfer(ctx, input)), bankAccount: null })),
    releaseOrderHold: (_, { id, note }, ctx) => withUserErrors(ctx.t, async () => ({ order: await trade.releaseComplianceHold(ctx, id, note), replayed: false })),
  },
  Order: {
    status: (order) => upper(order.status),
    buyer: async (order, _, ctx) => known(await getOrganisation(ctx, order.buyerOrganisationId), "buyer"),
    seller: async (order, _, ctx) => known(await getOrganisation(ctx, order.sellerOrganisationId), "seller"),
    viewerRole: (order, _, ctx) => {
      const role = trade.roleIn(ctx.viewer, order);
      return role ? upper(role) : null;
    },
    actions: (order, _, ctx) => trade.orderActions(ctx, order).map(upper),
    listing: (order, _, ctx) => (order.listingId ? getListing(ctx, order.listingId) : null),
    quote: (order, _, ctx) => (order.quoteId ? getQuote(ctx, order.quoteId) : null),
    goodsTotal: (order) => moneyOut(order.goodsTotal),
    freight: (order) => moneyOut(order.freight),
    insurance: (order) => moneyOut(order.insurance),
    total: (order) => moneyOut(order.total),
    incoterm: (order) => known(findIncoterm(order.incoterm), `Incoterm ${order.incoterm}`),
    paymentTerms: (order) => upper(order.paymentTerms),
    fx: (order) => ({ rate: order.fx.rate, rateDate: order.fx.rateDate, source: order.fx.source, totalInBuyerCurrency: moneyOut(order.fx.totalInBuyerCurrency) }),
    shipFromPort: (order, _, ctx) => (order.shipFromPort ? getPort(ctx, order.shipFromPort) : null),
    destinationPort: (order, _, ctx) => (order.destinationPort ? getPort(ctx, order.destinationPort) : null),
    lines: (order) => order.lines,
    parties: (order) => order.parties.map((p) => ({ ...p, role: upper(p.role) })),
    history: (order, _, ctx) => trade.orderHistory(ctx, order.id),
    payments: (order, _, ctx) => payments.orderPayments(ctx, order),
    ledger: (order, _, ctx) => payments.orderLedger(ctx, order),
    landedCost: (order, _, ctx) => landedCostForViewer(ctx, order.landedCostStored),
  },
  OrderPreview: {
    unitPrice: (p) => moneyOut({ amountMinor: p.line.unit_price_minor, currency: p.order.currency }),
    quantity: (p) => p.line.quantity,
    unit: (p) => known(findUnit(p.line.unit), `unit ${p.line.unit}`),
    currency: (p) => p.order.currency,
    goodsTotal: (p) => moneyOut({ amountMinor: p.order.goods_total_minor, currency: p.order.currency }),
    freight: (p) => moneyOut({ amountMinor: p.order.freight_minor, currency: p.order.currency }),
    insurance: (p) => moneyOut({ amountMinor: p.order.insurance_minor, currency: p.order.currency }),
    total: (p) => moneyOut({ amountMinor: p.order.total_minor, currency: p.order.currency }),
    incoterm: (p) => known(findIncoterm(p.order.incoterm), `Incoterm ${p.order.incoterm}`),
    namedPlace: (p) => p.order.named_place,
    fx: (p) => ({
      rate: p.order.fx_rate,
      rateDate: p.order.fx_rate_date,
      source: p.order.fx_source,
      totalInBuyerCurrency: moneyOut({ amountMinor: p.order.total_buyer_minor, currency: p.order.buyer_currency }),
    }),
    destinationCountry: (p) => p.order.destination_country,
    shipFromCountry: (p) => p.order.ship_from_country,
    shipping: (p) =>
      p.order.shipping_option_id
        ? {
            optionId: p.order.shipping_option_id,
            mode: p.order.shipping_mode,
            carrierLabel: p.order.carrier_label,
            transitDaysMin: p.order.transit_days_min,
            transitDaysMax: p.order.transit_days_max,
            estimatedDelivery: p.order.estimated_delivery,
          }
        : null,
    landedCost: (p, _, ctx) => landedCostForViewer(ctx, p.order.landed_cost),
    paymentMethods: (p) => paymentMethodsFor(p.buyerCountry).map((m) => ({ code: m.code, name: m.name, kind: upper(m.kind) })),
  },
  OrderLine: {
    unit: (line) => known(findUnit(line.unit), `unit ${line.unit}`),
    unitPrice: (line) => moneyOut(line.unitPrice),
    lineTotal: (line) => moneyOut(line.lineTotal),
  },
  OrderEvent: {
    action: (event) => upper(event.action),
    fromStatus: (event) => (event.fromStatus ? upper(event.fromStatus) : null),
    toStatus: (event) => upper(event.toStatus),
    actorRole: (event) => upper(event.actorRole),
  },
  Payment: {
    provider: (payment) => upper(payment.provider),
    status: (payment) => upper(payment.status),
    amount: (payment) => moneyOut(payment.amount),
    order: (payment, _, ctx) => trade.getOrder(ctx, payment.orderId),
  },
  LedgerEntry: {
    movement: (entry) => upper(entry.movement),
    account: (entry) => upper(entry.account),
    debit: (entry) => moneyOut(entry.debit),
    credit: (entry) => moneyOut(entry.credit),
  },
  OrderLedger: {
    balances: (ledger) => LEDGER_ACCOUNTS.map((account) => ({ account: upper(account), balance: moneyOut({ amountMinor: ledger.balances.accounts[account], currency: ledger.currency }) })),
    debits: (ledger) => moneyOut({ amountMinor: ledger.balances.debits, currency: ledger.currency }),
    credits: (ledger) => moneyOut({ amountMinor: ledger.balances.credits, currency: ledger.currency }),
    balanced: (ledger) => ledger.balances.balanced,
  },
};
