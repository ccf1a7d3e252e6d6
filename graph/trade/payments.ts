import { newTimeOrderedId, nowIso, randomToken } from "../../db/ids.js";
import type { LedgerEntriesTable, PaymentsTable } from "../../db/types.js";
import { withTransaction, type ServiceContext } from "../context.js";
import { conflict, forbidden, notFound, problem } from "../errors.js";
import { actorUserId, requirePlatformAdmin } from "../identity/guards.js";
import { enqueueJob } from "../jobs/service.js";
import { parseMinor, type Money } from "../shared/money.js";
import { balancesOf, entriesFor, MOVEMENTS, type Balances, type LedgerAccount, type Movement } from "./ledger.js";
import type { OrderAction, OrderStatus } from "./order-lifecycle.js";
import { ESCROW_RELEASE_DAYS } from "./order-rules.js";
import { findPaymentMethod, paymentMethodsFor } from "./payment-methods.js";
import { loadOrder, type Order } from "./repository.js";
import { roleIn } from "./roles.js";
import { moveOrder } from "./service.js";

export const PROVIDER_NAMES = ["sandbox", "bank_transfer", "letter_of_credit"] as const;
export type ProviderName = (typeof PROVIDER_NAMES)[number];
export type PaymentStatus = "pending" | "held" | "settled" | "secured" | "released" | "refunded" | "cancelled";

export interface Payment {
  id: string;
  orderId: string;
  provider: ProviderName;
  terms: string;
  method: string | null;
  status: PaymentStatus;
  amount: Money;
  /** What the buyer writes on its transfer, so the statement line can be matched. */
  reference: string;
  providerReference: string | null;
  lcReference: string | null;
  lcIssuingBank: string | null;
  escrowReleaseDays: number | null;
  createdAt: string;
  fundedAt: string | null;
  settledAt: string | null;
}

export interface LedgerEntry {
  id: string;
  orderId: string;
  paymentId: string | null;
  movement: Movement;
  account: LedgerAccount;
  debit: Money;
  credit: Money;
  createdAt: string;
}

function toPayment(row: PaymentsTable): Payment {
  return {
    id: row.id,
    orderId: row.order_id,
    provider: row.provider as ProviderName,
    terms: row.terms,
    method: row.method,
    status: row.status as PaymentStatus,
    amount: { amountMinor: Number(row.amount_minor), currency: row.currency },
    reference: row.reference,
    providerReference: row.provider_reference,
    lcReference: row.lc_reference,
    lcIssuingBank: row.lc_issuing_bank,
    escrowReleaseDays: row.escrow_release_days,
    createdAt: row.created_at,
    fundedAt: row.funded_at,
    settledAt: row.settled_at,
  };
}

function toEntry(row: LedgerEntriesTable): LedgerEntry {
  return {
    id: row.id,
    orderId: row.order_id,
    paymentId: row.payment_id,
    movement: row.movement as Movement,
    account: row.account as LedgerAccount,
    debit: { amountMinor: Number(row.debit_minor), currency: row.currency },
    credit: { amountMinor: Number(row.credit_minor), currency: row.currency },
    createdAt: row.created_at,
  };
}

// ---------------------------------------------------------------------------- providers

export interface Collection {
  /** True when the money is already in (the sandbox); false while the platform waits for it. */
  funded: boolean;
  providerReference: string | null;
}

/** Where a payment's money comes from. Real card or wallet acquirers plug in here; none moves real money today. */
export interface PaymentProvider {
  readonly name: ProviderName;
  collect(payment: { reference: string; amount: Money; method: string | null }): Promise<Collection>;
}

/** For demos and tests: every payment succeeds at once, and no money moves anywhere. */
export const sandboxProvider: PaymentProvider = {
  name: "sandbox",
  collect: async () => ({ funded: true, providerReference: `sbx_${randomToken(10)}` }),
};

/** The buyer transfers to the platform's account quoting the reference; an admin matches the statement line. */
export const bankTransferProvider: PaymentProvider = {
  name: "bank_transfer",
  collect: async () => ({ funded: false, providerReference: null }),
};

const PROVIDERS: Record<"sandbox" | "bank_transfer", PaymentProvider> = { sandbox: sandboxProvider, bank_transfer: bankTransferProvider };

/** The account buyers pay into, set by the operator (docs/operations.md). */
export function platformBankAccount(): { beneficiary: string; iban: string | null; bic: string | null } {
  return {
    beneficiary: process.env.CARAVAN_BANK_BENEFICIARY ?? "Caravan escrow account",
    iban: process.env.CARAVAN_BANK_IBAN ?? null,
    bic: process.env.CARAVAN_BANK_BIC ?? null,
  };
}

// ---------------------------------------------------------------------------- ledger

async function post(ctx: ServiceContext, order: Order, payment: Payment | null, movement: Movement, amountMinor: number): Promise<boolean> {
  const at = nowIso(ctx.now());
  const rows = entriesFor(movement, amountMinor).map((line) => ({
    id: newTimeOrderedId("led", ctx.now()),
    order_id: order.id,
    payment_id: payment?.id ?? null,
    movement: line.movement,
    account: line.account,
    debit_minor: line.debitMinor,
    credit_minor: line.creditMinor,
    currency: order.currency,
    created_at: at,
  }));
  // A movement happens once per order: posting it again (a retried job, a second click) writes nothing.
  const written = await ctx.db
    .insertInto("ledger_entries")
    .values(rows)
    .onConflict((oc) => oc.columns(["order_id", "movement", "account"]).doNothing())
    .returning("id")
    .execute();
  return written.length > 0;
}

async function paymentRows(ctx: ServiceContext, orderId: string): Promise<Payment[]> {
  const rows = await ctx.db.selectFrom("payments").selectAll().where("order_id", "=", orderId).orderBy("created_at").orderBy("id").execute();
  return rows.map(toPayment);
}

async function setPaymentStatus(ctx: ServiceContext, payment: Payment, status: PaymentStatus, extra: Partial<PaymentsTable> = {}): Promise<void> {
  await ctx.db.updateTable("payments").set({ status, ...extra }).where("id", "=", payment.id).where("status", "=", payment.status).execute();
}

// ---------------------------------------------------------------------------- paying

/** Open account is paid after the goods; every other term before they ship. */
function payableIn(order: Order): readonly OrderStatus[] {
  return order.paymentTerms === "open_account" ? ["confirmed", "shipped", "delivered"] : ["confirmed"];
}

async function buyersOrder(ctx: ServiceContext, orderId: string): Promise<Order> {
  const order = await loadOrder(ctx.db, orderId);
  if (!order) throw notFound("ORDER_NOT_FOUND");
  const role = roleIn(ctx.viewer, order);
  if (!role) throw notFound("ORDER_NOT_FOUND");
  if (role !== "buyer") throw forbidden("ORDER_BUYER_ONLY");
  return order;
}

export interface PayOrderInput {
  orderId: string;
  provider: "sandbox" | "bank_transfer";
  method?: string | null;
}

/**
 * The buyer pays a confirmed order: into escrow or straight to the seller (advance transfer; open
 * account after delivery). The sandbox settles at once; a bank transfer waits for an admin to
 * reconcile it. Paying a cancelled or already paid order changes nothing and says why.
 */
export async function payOrder(ctx: ServiceContext, input: PayOrderInput): Promise<{ order: Order; payment: Payment }> {
  return withTransaction(ctx, async (tctx) => {
    const trx = tctx.db;
    const order = await buyersOrder(tctx, input.orderId);
    if (order.paymentTerms === "letter_of_credit") throw conflict("PAYMENT_BY_LETTER_OF_CREDIT");
    if (!payableIn(order).includes(order.status)) throw conflict("ORDER_NOT_PAYABLE", { status: order.status });
    const live = (await paymentRows(tctx, order.id)).find((p) => p.status !== "cancelled" && p.status !== "refunded");
    if (live) throw conflict(live.status === "pending" ? "PAYMENT_ALREADY_PENDING" : "ORDER_ALREADY_PAID");
    const method = input.method ? findPaymentMethod(input.method) : undefined;
    const buyerCountry = order.parties.find((p) => p.role === "buyer")?.country ?? "";
    if (input.method && (!method || !paymentMethodsFor(buyerCountry).some((m) => m.code === method.code))) {
      throw problem("method", "PAYMENT_METHOD_UNAVAILABLE", { country: buyerCountry });
    }
    const provider = PROVIDERS[input.provider];
    if (!provider) throw problem("provider", "PAYMENT_PROVIDER_UNKNOWN");
    const reference = `CRV-${randomToken(6).toUpperCase()}`;
    const row: PaymentsTable = {
      id: newTimeOrderedId("pay", ctx.now()),
      order_id: order.id,
      provider: provider.name,
      terms: order.paymentTerms,
      method: method?.code ?? (input.provider === "bank_transfer" ? "BANK_TRANSFER" : null),
      status: "pending",
      amount_minor: order.total.amountMinor,
      currency: order.currency,
      reference,
      provider_reference: null,
      lc_reference: null,
      lc_issuing_bank: null,
      escrow_release_days: order.paymentTerms === "escrow" ? ESCROW_RELEASE_DAYS : null,
      created_at: nowIso(ctx.now()),
      funded_at: null,
      settled_at: null,
      reconciled_by_user_id: null,
    };
    await trx.insertInto("payments").values(row).execute();
    const collection = await provider.collect({ reference, amount: order.total, method: row.method });
    let payment = toPayment({ ...row, provider_reference: collection.providerReference });
    if (collection.providerReference) await trx.updateTable("payments").set({ provider_reference: collection.providerReference }).where("id", "=", row.id).execute();
    if (collection.funded) payment = await fund(tctx, order, payment);
    return { order: (await loadOrder(trx, order.id))!, payment };
  });
}

/** The money is in: the ledger records it and the order moves, as the platform. */
async function fund(ctx: ServiceContext, order: Order, payment: Payment): Promise<Payment> {
  const system: ServiceContext = { ...ctx, viewer: { kind: "system" } };
  const at = nowIso(ctx.now());
  if (order.paymentTerms === "escrow") {
    await post(ctx, order, payment, "escrow_funded", payment.amount.amountMinor);
    await setPaymentStatus(ctx, payment, "held", { funded_at: at });
    await moveOrder(system, order.id, "secure", { note: payment.reference });
    return { ...payment, status: "held", fundedAt: at };
  }
  await post(ctx, order, payment, "transfer_received", payment.amount.amountMinor);
  await setPaymentStatus(ctx, payment, "settled", { funded_at: at, settled_at: at });
  if (order.paymentTerms === "advance_transfer") await moveOrder(system, order.id, "pay", { note: payment.reference });
  return { ...payment, status: "settled", fundedAt: at, settledAt: at };
}

export interface ReconcileInput {
  reference: string;
  /** The amount on the bank statement, in the payment's currency. */
  amount: string;
}

/** An admin matches a bank statement line to a pending transfer by its reference; the amount must be exact. */
export async function reconcileBankTransfer(ctx: ServiceContext, input: ReconcileInput): Promise<{ order: Order; payment: Payment }> {
  requirePlatformAdmin(ctx.viewer);
  return withTransaction(ctx, async (tctx) => {
    const trx = tctx.db;
    const row = await trx.selectFrom("payments").selectAll().where("reference", "=", input.reference.trim().toUpperCase()).executeTakeFirst();
    if (!row || row.provider !== "bank_transfer") throw problem("reference", "PAYMENT_REFERENCE_UNKNOWN");
    const payment = toPayment(row);
    if (payment.status !== "pending") throw conflict("PAYMENT_ALREADY_RECONCILED");
    const amount = parseMinor(input.amount, payment.amount.currency);
    if (!amount.ok) throw problem("amount", amount.error);
    if (amount.value !== payment.amount.amountMinor) throw problem("amount", "PAYMENT_AMOUNT_MISMATCH", { expected: input.amount });
    const order = (await loadOrder(trx, payment.orderId))!;
    if (!payableIn(order).includes(order.status)) throw conflict("ORDER_NOT_PAYABLE", { status: order.status });
    await trx.updateTable("payments").set({ reconciled_by_user_id: actorUserId(ctx.viewer) }).where("id", "=", payment.id).execute();
    const funded = await fund(tctx, order, payment);
    return { order: (await loadOrder(trx, order.id))!, payment: funded };
  });
}

export interface LetterOfCreditInput {
  orderId: string;
  reference: string;
  issuingBank: string;
}

/** The buyer records the letter of credit its bank opened; the seller secures the order once its bank advises it. */
export async function recordLetterOfCredit(ctx: ServiceContext, input: LetterOfCreditInput): Promise<{ order: Order; payment: Payment }> {
  const reference = input.reference.trim();
  const bank = input.issuingBank.trim();
  const problems = [!reference && "reference", !bank && "issuingBank"].filter((f): f is string => !!f);
  if (problems.length) throw problem(problems[0]!, "REQUIRED");
  return withTransaction(ctx, async (tctx) => {
    const trx = tctx.db;
    const order = await buyersOrder(tctx, input.orderId);
    if (order.paymentTerms !== "letter_of_credit") throw conflict("ORDER_TERMS_NOT_LETTER_OF_CREDIT");
    if (order.status !== "confirmed") throw conflict("ORDER_NOT_PAYABLE", { status: order.status });
    if ((await paymentRows(tctx, order.id)).some((p) => p.status === "pending")) throw conflict("PAYMENT_ALREADY_PENDING");
    const row: PaymentsTable = {
      id: newTimeOrderedId("pay", ctx.now()),
      order_id: order.id,
      provider: "letter_of_credit",
      terms: order.paymentTerms,
      method: null,
      status: "pending",
      amount_minor: order.total.amountMinor,
      currency: order.currency,
      reference: `CRV-${randomToken(6).toUpperCase()}`,
      provider_reference: null,
      lc_reference: reference.slice(0, 60),
      lc_issuing_bank: bank.slice(0, 200),
      escrow_release_days: null,
      created_at: nowIso(ctx.now()),
      funded_at: null,
      settled_at: null,
      reconciled_by_user_id: null,
    };
    await trx.insertInto("payments").values(row).execute();
    return { order, payment: toPayment(row) };
  });
}

/**
 * The money side of an order move, inside its transaction: escrow released on completion, refunded
 * on cancellation, its release timer started on delivery; a letter of credit marked secured.
 */
export async function afterOrderMove(ctx: ServiceContext, order: Order, action: OrderAction, _from: OrderStatus): Promise<void> {
  const payments = await paymentRows(ctx, order.id);
  const held = payments.find((p) => p.status === "held");
  const settled = payments.find((p) => p.status === "settled");
  const at = nowIso(ctx.now());
  if ((action === "complete" || action === "resolve_release") && held) {
    await post(ctx, order, held, "escrow_released", held.amount.amountMinor);
    await setPaymentStatus(ctx, held, "released", { settled_at: at });
  }
  if (action === "cancel" || action === "resolve_refund") {
    if (held) {
      await post(ctx, order, held, "escrow_refunded", held.amount.amountMinor);
      await setPaymentStatus(ctx, held, "refunded", { settled_at: at });
    }
    if (settled) {
      await post(ctx, order, settled, "transfer_refunded", settled.amount.amountMinor);
      await setPaymentStatus(ctx, settled, "refunded", { settled_at: at });
    }
    for (const pending of payments.filter((p) => p.status === "pending")) await setPaymentStatus(ctx, pending, "cancelled");
  }
  if (action === "deliver" && held) {
    const due = new Date(Date.parse(order.deliveredAt ?? at) + (held.escrowReleaseDays ?? ESCROW_RELEASE_DAYS) * 86_400_000);
    await enqueueJob(ctx, { kind: ESCROW_RELEASE_JOB, payload: { orderId: order.id }, runAt: due, uniqueKey: `escrow-release:${order.id}` });
  }
  if (action === "secure" && order.paymentTerms === "letter_of_credit") {
    const credit = payments.find((p) => p.status === "pending" && p.provider === "letter_of_credit");
    if (!credit) throw conflict("ORDER_LC_NOT_RECORDED");
    await setPaymentStatus(ctx, credit, "secured", { funded_at: at });
  }
}

export const ESCROW_RELEASE_JOB = "trade.escrow_release";

// ---------------------------------------------------------------------------- reading

export async function orderPayments(ctx: ServiceContext, order: Order): Promise<Payment[]> {
  return paymentRows(ctx, order.id);
}

export interface OrderLedger {
  entries: LedgerEntry[];
  balances: Balances;
  currency: string;
}

export async function orderLedger(ctx: ServiceContext, order: Order): Promise<OrderLedger> {
  const rows = await ctx.db.selectFrom("ledger_entries").selectAll().where("order_id", "=", order.id).orderBy("created_at").orderBy("id").execute();
  // Movements of one instant keep their business order: money comes in before it goes out; debit before credit.
  const rank = Object.keys(MOVEMENTS);
  const entries = rows
    .map(toEntry)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || rank.indexOf(a.movement) - rank.indexOf(b.movement) || b.debit.amountMinor - a.debit.amountMinor);
  return {
    entries,
    currency: order.currency,
    balances: balancesOf(entries.map((e) => ({ account: e.account, debitMinor: e.debit.amountMinor, creditMinor: e.credit.amountMinor }))),
  };
}

/** Bank transfers waiting for their money, oldest first: the admin's reconciliation queue. */
export async function pendingBankTransfers(ctx: ServiceContext): Promise<Payment[]> {
  requirePlatformAdmin(ctx.viewer);
  const rows = await ctx.db.selectFrom("payments").selectAll().where("provider", "=", "bank_transfer").where("status", "=", "pending").orderBy("created_at").limit(200).execute();
  return rows.map(toPayment);
}

/** Platform-wide: every order's debits equal its credits (the crash bench and tests check it). */
export async function unbalancedOrders(ctx: ServiceContext): Promise<string[]> {
  requirePlatformAdmin(ctx.viewer);
  const rows = await ctx.db
    .selectFrom("ledger_entries")
    .select(["order_id", (eb) => eb.fn.sum<number>("debit_minor").as("d"), (eb) => eb.fn.sum<number>("credit_minor").as("c")])
    .groupBy("order_id")
    .execute();
  return rows.filter((r) => Number(r.d) !== Number(r.c)).map((r) => r.order_id);
}
