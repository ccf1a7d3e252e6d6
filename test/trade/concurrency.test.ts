import { expect, it } from "vitest";
import { openPostgres } from "../../db/database.js";
import { serviceContext } from "../../graph/runtime.js";
import { placeOrder } from "../../graph/trade/service.js";
import { DomainError, UserInputProblems } from "../../graph/errors.js";
import { acceptQuote, createSourcingRequest, submitQuote } from "../../graph/sourcing/service.js";
import { COCONUTS, kelapaQuote } from "../support/sourcing.js";
import { describeEachDatabase } from "../support/db.js";
import { available, counts, fromListing, tradeWorld, type TradeWorld } from "../support/trade.js";

const HUNDRED_TONNES = { moq: 1, availableQuantity: 100, priceTiers: [{ minQuantity: 1, unitPrice: "1250.00" }] };

async function burst(world: TradeWorld, contexts: (typeof world.buyer.ctx)[], orders: number) {
  const inputs = Array.from({ length: orders }, (_, i) => fromListing(world, { quantity: 1, idempotencyKey: `burst-${i}-of-${orders}` }));
  const settled = await Promise.allSettled(inputs.map((input, i) => placeOrder(contexts[i % contexts.length]!, input)));
  const won = settled.filter((s) => s.status === "fulfilled");
  const lost = settled.filter((s): s is PromiseRejectedResult => s.status === "rejected");
  return { won, lost, inputs };
}

describeEachDatabase("no overselling under concurrency", (db, dialect) => {
  it("1,000 simultaneous orders of 1 t for 100 t in stock: exactly 100 succeed", async () => {
    const world = await tradeWorld(db(), HUNDRED_TONNES);
    const { won, lost } = await burst(world, [world.buyer.ctx], 1000);
    expect(won).toHaveLength(100);
    expect(lost).toHaveLength(900);
    for (const failure of lost) {
      expect(failure.reason).toBeInstanceOf(UserInputProblems);
      expect((failure.reason as UserInputProblems).problems[0]?.code).toBe("ORDER_ABOVE_STOCK");
    }
    expect(await available(db(), world.listingId)).toBe(0);
    expect((await counts(db())).orders).toBe(100);
  }, 120_000);

  it("clients retrying their keys while the burst runs still get one order per key", async () => {
    const world = await tradeWorld(db(), HUNDRED_TONNES);
    const keys = Array.from({ length: 60 }, (_, i) => fromListing(world, { quantity: 1, idempotencyKey: `retrying-client-${i}` }));
    const attempts = [...keys, ...keys, ...keys];
    const settled = await Promise.all(attempts.map((input) => placeOrder(world.buyer.ctx, input)));
    const ids = new Set(settled.map((s) => s.order.id));
    expect(ids.size).toBe(60);
    expect(settled.filter((s) => !s.replayed)).toHaveLength(60);
    expect(await available(db(), world.listingId)).toBe(40);
  });

  it("the buyer's ERP and a colleague in the browser order the same accepted quote at once, under different keys: one order", async () => {
    const world = await tradeWorld(db(), HUNDRED_TONNES);
    const request = await createSourcingRequest(world.buyer.ctx, COCONUTS);
    const quote = await submitQuote(world.seller.ctx, kelapaQuote(request.id));
    await acceptQuote(world.buyer.ctx, quote.id);
    const order = (key: string) => ({ idempotencyKey: key, quoteId: quote.id, paymentTerms: "escrow" as const });
    const settled = await Promise.allSettled([placeOrder(world.buyer.ctx, order("erp-po-7781")), placeOrder(world.buyer.ctx, order("browser-checkout-1"))]);
    const won = settled.filter((s) => s.status === "fulfilled");
    const lost = settled.filter((s): s is PromiseRejectedResult => s.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(DomainError);
    expect((lost[0]!.reason as DomainError).messageKey).toBe("ORDER_QUOTE_ALREADY_ORDERED");
    expect((await counts(db())).orders).toBe(1);
  });

  if (dialect === "postgres") {
    it("two server processes on one PostgreSQL share the burst without overselling", async () => {
      const world = await tradeWorld(db(), HUNDRED_TONNES);
      // A second pool on the same schema is what a second server process is to the database.
      const second = openPostgres(process.env.TEST_DATABASE_URL!, { schema: db().schema, max: 4 });
      try {
        const viewer = world.buyer.ctx.viewer;
        const other = { ...serviceContext(second, { viewer }), now: world.buyer.ctx.now };
        const { won, inputs } = await burst(world, [world.buyer.ctx, other], 600);
        expect(won).toHaveLength(100);
        // Each client retries every key on the other server: the same hundred orders come back.
        const retried = await Promise.allSettled(inputs.map((input, i) => placeOrder(i % 2 ? world.buyer.ctx : other, input)));
        const replayed = retried.filter((r) => r.status === "fulfilled").map((r) => (r as PromiseFulfilledResult<Awaited<ReturnType<typeof placeOrder>>>).value);
        expect(replayed.every((r) => r.replayed)).toBe(true);
        expect(replayed).toHaveLength(100);
        expect(await available(db(), world.listingId)).toBe(0);
        expect((await counts(db())).orders).toBe(100);
      } finally {
        await second.close();
      }
    });

    it("two server processes each place an order for the same accepted quote under different keys: one order", async () => {
      const world = await tradeWorld(db(), HUNDRED_TONNES);
      const request = await createSourcingRequest(world.buyer.ctx, COCONUTS);
      const quote = await submitQuote(world.seller.ctx, kelapaQuote(request.id));
      await acceptQuote(world.buyer.ctx, quote.id);
      const second = openPostgres(process.env.TEST_DATABASE_URL!, { schema: db().schema, max: 4 });
      try {
        const other = { ...serviceContext(second, { viewer: world.buyer.ctx.viewer }), now: world.buyer.ctx.now };
        const attempts = Array.from({ length: 20 }, (_, i) => placeOrder(i % 2 ? other : world.buyer.ctx, { idempotencyKey: `buyer-desk-${i}`, quoteId: quote.id, paymentTerms: "escrow" }));
        const settled = await Promise.allSettled(attempts);
        expect(settled.filter((s) => s.status === "fulfilled")).toHaveLength(1);
        const refusals = settled.flatMap((s) => (s.status === "rejected" ? [(s.reason as DomainError).messageKey] : []));
        expect(new Set(refusals)).toEqual(new Set(["ORDER_QUOTE_ALREADY_ORDERED"]));
        expect((await counts(db())).orders).toBe(1);
      } finally {
        await second.close();
      }
    });
  }
});
