import { findIncoterm, findUnit } from "../../db/reference/index.js";
import type { Resolvers } from "../__generated__/resolvers.js";
import { getPort } from "../catalog/service.js";
import { getOrganisation } from "../identity/service.js";
import { getListing } from "../listings/service.js";
import { moneyOut } from "../shared/money.js";
import { withUserErrors } from "../shared/user-errors.js";
import { getQuote } from "../sourcing/service.js";
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
