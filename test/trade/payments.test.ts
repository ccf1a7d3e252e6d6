import { expect, it } from "vitest";
import { runDueJobs } from "../../graph/jobs/service.js";
import { registerTradeJobs } from "../../graph/trade/jobs.js";
import { orderLedger, payOrder, reconcileBankTransfer, recordLetterOfCredit } from "../../graph/trade/payments.js";
import { moveOrder } from "../../graph/trade/service.js";
import { describeEachDatabase } from "../support/db.js";
import { at } from "../support/companies.js";
import { codeOf, problemsOf } from "../support/errors.js";
import { counts, placed, tradeWorld, type TradeWorld } from "../support/trade.js";

registerTradeJobs();

async function confirmed(world: TradeWorld, terms: "escrow" | "advance_transfer" | "letter_of_credit" = "escrow") {
  const order = await placed(world, { paymentTerms: terms });
  await moveOrder(world.seller.ctx, order.id, "confirm");
  return order;
}

describeEachDatabase("paying for an order", (db) => {
  it("escrow in the sandbox: funded, shipped, delivered, released once on the buyer's confirmation; the ledger balances", async () => {
    const world = await tradeWorld(db());
    const order = await confirmed(world);
    const { order: secured, payment } = await payOrder(world.buyer.ctx, { orderId: order.id, provider: "sandbox", method: "BLIK" });
    expect(secured.status).toBe("payment_secured");
    expect(payment).toMatchObject({ provider: "sandbox", status: "held", method: "BLIK", amount: { amountMinor: 4_720_000, currency: "MYR" } });
    await moveOrder(world.system, order.id, "ship");
    await moveOrder(world.system, order.id, "deliver");
    expect((await counts(db())).jobs).toBe(1);
    const done = await moveOrder(world.buyer.ctx, order.id, "complete");
    expect(done.status).toBe("completed");
    expect(await codeOf(moveOrder(world.buyer.ctx, order.id, "complete"))).toEqual({ code: "CONFLICT", key: "ORDER_MOVE_NOT_ALLOWED" });
    const ledger = await orderLedger(world.buyer.ctx, done);
    expect(ledger.entries.map((e) => [e.movement, e.account, e.debit.amountMinor, e.credit.amountMinor])).toEqual([
      ["escrow_funded", "escrow", 4_720_000, 0],
      ["escrow_funded", "buyer", 0, 4_720_000],
      ["escrow_released", "seller", 4_720_000, 0],
      ["escrow_released", "escrow", 0, 4_720_000],
    ]);
    expect(ledger.balances).toMatchObject({ balanced: true, accounts: { buyer: -4_720_000, escrow: 0, seller: 4_720_000 } });
    // The release timer fires later: the order is already completed, so nothing changes.
    const before = await counts(db());
    await runDueJobs(at(world.system, "2027-01-31T00:00:00.000Z"), "test-worker");
    expect(await counts(db())).toMatchObject({ ledger_entries: before.ledger_entries, order_events: before.order_events });
  });

  it("releases escrow on its own 14 days after delivery unless disputed", async () => {
    const world = await tradeWorld(db());
    const quiet = await confirmed(world);
    const disputed = await confirmed(world);
    for (const order of [quiet, disputed]) {
      await payOrder(world.buyer.ctx, { orderId: order.id, provider: "sandbox" });
      await moveOrder(world.system, order.id, "ship");
      await moveOrder(world.system, order.id, "deliver");
    }
    await moveOrder(world.buyer.ctx, disputed.id, "dispute", { note: "Half the bags arrived mouldy" });
    expect(await runDueJobs(at(world.system, "2026-12-10T09:00:00.000Z"), "w1")).toBe(0);
    expect(await runDueJobs(at(world.system, "2026-12-15T09:00:01.000Z"), "w1")).toBe(2);
    const ledgerOf = async (id: string) => (await orderLedger(world.admin, { ...quiet, id })).balances.accounts;
    expect(await ledgerOf(quiet.id)).toEqual({ buyer: -4_720_000, escrow: 0, seller: 4_720_000 });
    expect(await ledgerOf(disputed.id)).toEqual({ buyer: -4_720_000, escrow: 4_720_000, seller: 0 });
    await moveOrder(world.admin, disputed.id, "resolve_refund");
    expect(await ledgerOf(disputed.id)).toEqual({ buyer: 0, escrow: 0, seller: 0 });
  });

  it("a bank transfer waits for the admin to reconcile the exact amount", async () => {
    const world = await tradeWorld(db());
    const order = await confirmed(world, "advance_transfer");
    const { payment } = await payOrder(world.buyer.ctx, { orderId: order.id, provider: "bank_transfer" });
    expect(payment.status).toBe("pending");
    expect(await codeOf(payOrder(world.buyer.ctx, { orderId: order.id, provider: "sandbox" }))).toEqual({ code: "CONFLICT", key: "PAYMENT_ALREADY_PENDING" });
    expect(await problemsOf(reconcileBankTransfer(world.admin, { reference: payment.reference, amount: "47000.00" }))).toEqual([{ field: "amount", code: "PAYMENT_AMOUNT_MISMATCH" }]);
    expect(await codeOf(reconcileBankTransfer(world.buyer.ctx, { reference: payment.reference, amount: "47200.00" }))).toEqual({ code: "FORBIDDEN", key: "ADMIN_REQUIRED" });
    const { order: paid } = await reconcileBankTransfer(world.admin, { reference: payment.reference.toLowerCase(), amount: "47200.00" });
    expect(paid.status).toBe("paid");
    expect(await codeOf(reconcileBankTransfer(world.admin, { reference: payment.reference, amount: "47200.00" }))).toEqual({ code: "CONFLICT", key: "PAYMENT_ALREADY_RECONCILED" });
    expect((await orderLedger(world.admin, paid)).balances).toMatchObject({ balanced: true, accounts: { seller: 4_720_000 } });
  });

  it("refuses to pay a cancelled order, or with a method the buyer's country does not have, and changes nothing", async () => {
    const world = await tradeWorld(db());
    const order = await confirmed(world);
    expect(await problemsOf(payOrder(world.buyer.ctx, { orderId: order.id, provider: "sandbox", method: "PIX" }))).toEqual([{ field: "method", code: "PAYMENT_METHOD_UNAVAILABLE" }]);
    expect(await codeOf(payOrder(world.seller.ctx, { orderId: order.id, provider: "sandbox" }))).toEqual({ code: "FORBIDDEN", key: "ORDER_BUYER_ONLY" });
    await moveOrder(world.buyer.ctx, order.id, "cancel");
    const before = await counts(db());
    expect(await codeOf(payOrder(world.buyer.ctx, { orderId: order.id, provider: "sandbox" }))).toEqual({ code: "CONFLICT", key: "ORDER_NOT_PAYABLE" });
    expect(await counts(db())).toEqual(before);
  });

  it("a letter of credit is recorded by the buyer and secured by the seller once advised", async () => {
    const world = await tradeWorld(db());
    const order = await confirmed(world, "letter_of_credit");
    expect(await codeOf(moveOrder(world.seller.ctx, order.id, "secure"))).toEqual({ code: "CONFLICT", key: "ORDER_LC_NOT_RECORDED" });
    const { payment } = await recordLetterOfCredit(world.buyer.ctx, { orderId: order.id, reference: "LC-PKO-2026-7781", issuingBank: "PKO Bank Polski" });
    expect(payment).toMatchObject({ provider: "letter_of_credit", lcReference: "LC-PKO-2026-7781", lcIssuingBank: "PKO Bank Polski", status: "pending" });
    expect((await moveOrder(world.seller.ctx, order.id, "secure")).status).toBe("payment_secured");
  });
});
