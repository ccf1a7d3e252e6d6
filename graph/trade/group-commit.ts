import type { Kysely } from "kysely";
import type { DB } from "../../db/types.js";
import { withTransaction, type ServiceContext } from "../context.js";
import { conflict, DomainError } from "../errors.js";
import { releaseStock, reserveStock, type StockRequest } from "../listings/service.js";
import { insertOrderParts, insertOrders, lockQuotesForOrdering, ordersByKeys, quotesAlreadyOrdered, toOrder, type Order, type OrderRows } from "./repository.js";

/** An order ready to write: every check that needs no lock is done. */
export interface PreparedOrder {
  rows: OrderRows;
  /** Stock the order takes, if its line comes from a listing. */
  stock: StockRequest | null;
  /** Shown when the stock is gone by the time the order is written. */
  outOfStock: () => Error;
}

export type Placement = { created: true; order: Order } | { created: false; orderId: string };

interface Waiting {
  prepared: PreparedOrder;
  resolve: (placement: Placement) => void;
  reject: (error: unknown) => void;
}

const MAX_BATCH = 500;
const RETRIES = 3;

const keyOf = (rows: OrderRows) => `${rows.order.buyer_organisation_id}\u0000${rows.order.idempotency_key}`;

/** PostgreSQL's deadlock and serialization failures: the batch is simply tried again. */
function isRetryable(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === "40P01" || code === "40001";
}

/**
 * Group commit for order placement. Orders that arrive while a transaction is being written wait and
 * then go together in the next one: one COMMIT (one fsync with SQLite's synchronous=FULL) for the
 * whole batch, and each caller hears back only once its batch is durable. Under light load a batch
 * is one order and costs what a plain transaction does; under a burst the batch grows with the queue.
 */
class OrderWriter {
  private queue: Waiting[] = [];
  private writing = false;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly ctx: ServiceContext,
  ) {}

  submit(prepared: PreparedOrder): Promise<Placement> {
    return new Promise((resolve, reject) => {
      this.queue.push({ prepared, resolve, reject });
      if (!this.writing) {
        this.writing = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.length) {
      const batch = this.queue.splice(0, MAX_BATCH);
      await this.commitBatch(batch);
    }
    this.writing = false;
  }

  private async commitBatch(batch: Waiting[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        const outcomes = await writeOrders({ ...this.ctx, db: this.db }, batch.map((w) => w.prepared));
        outcomes.forEach((outcome, i) => (outcome instanceof Error ? batch[i]!.reject(outcome) : batch[i]!.resolve(outcome)));
        return;
      } catch (error) {
        if (isRetryable(error) && attempt < RETRIES) continue;
        // One bad order must not fail the others: each is tried alone and answered on its own.
        if (batch.length > 1) {
          for (const waiting of batch) await this.commitBatch([waiting]);
          return;
        }
        batch[0]!.reject(error);
        return;
      }
    }
  }
}

const writers = new WeakMap<object, OrderWriter>();

/**
 * Writes one order through its database's group commit. Inside a caller's transaction (a seed, a
 * test that wraps its work) the order is written right there instead.
 */
export async function placePrepared(ctx: ServiceContext, prepared: PreparedOrder): Promise<Placement> {
  if (ctx.transaction) {
    const [outcome] = await writeOrders(ctx, [prepared]);
    if (outcome instanceof Error) throw outcome;
    return outcome!;
  }
  const db = ctx.db as Kysely<DB>;
  let writer = writers.get(db);
  if (!writer) {
    writer = new OrderWriter(db, { ...ctx, viewer: { kind: "system" } });
    writers.set(db, writer);
  }
  return writer.submit(prepared);
}

/**
 * One transaction for a batch of orders: replays and key conflicts first, then stock for the
 * rest (a listing's whole batch in one conditional UPDATE when it covers them all), then the rows.
 * Returns each order's outcome in the batch's order; an Error for those refused.
 */
async function writeOrders(ctx: ServiceContext, batch: readonly PreparedOrder[]): Promise<(Placement | Error)[]> {
  const outcomes: (Placement | Error | undefined)[] = batch.map(() => undefined);
  const raced: number[] = [];
  const firstOfKey = new Map<string, number>();
  const copyOf = new Map<number, number>();

  await withTransaction(ctx, async (tctx) => {
    const trx = tctx.db;
    const existing = await ordersByKeys(
      trx,
      batch.map((p) => ({ buyer: p.rows.order.buyer_organisation_id, key: p.rows.order.idempotency_key })),
    );
    const fresh: number[] = [];
    batch.forEach((prepared, i) => {
      const key = keyOf(prepared.rows);
      const before = existing.get(key);
      if (before) {
        outcomes[i] = before.requestHash === prepared.rows.order.request_hash ? { created: false, orderId: before.id } : conflict("IDEMPOTENCY_KEY_REUSED");
        return;
      }
      const first = firstOfKey.get(key);
      if (first !== undefined) {
        // The same key twice in one batch (a client retrying before its first answer): the first wins.
        if (batch[first]!.rows.order.request_hash === prepared.rows.order.request_hash) copyOf.set(i, first);
        else outcomes[i] = conflict("IDEMPOTENCY_KEY_REUSED");
        return;
      }
      firstOfKey.set(key, i);
      fresh.push(i);
    });

    // One order per accepted quote, whatever the idempotency keys: checked under the quote's lock, so two
    // orders for one quote placed at the same moment (in one batch, or on two servers) cannot both pass.
    const quoted = fresh.filter((i) => batch[i]!.rows.order.quote_id);
    if (quoted.length) {
      const quoteIds = quoted.map((i) => batch[i]!.rows.order.quote_id!);
      await lockQuotesForOrdering(trx, ctx.dialect, quoteIds);
      const taken = await quotesAlreadyOrdered(trx, quoteIds);
      for (const i of quoted) {
        const quoteId = batch[i]!.rows.order.quote_id!;
        if (taken.has(quoteId)) outcomes[i] = conflict("ORDER_QUOTE_ALREADY_ORDERED");
        taken.add(quoteId);
      }
    }
    const open = fresh.filter((i) => outcomes[i] === undefined);

    const wanting = open.filter((i) => batch[i]!.stock);
    const granted = await reserveStock(tctx, wanting.map((i) => batch[i]!.stock!));
    const refused = new Set(wanting.filter((_, n) => !granted[n]));
    for (const i of refused) outcomes[i] = batch[i]!.outOfStock();
    const writing = open.filter((i) => !refused.has(i));

    const inserted = await insertOrders(trx, writing.map((i) => batch[i]!.rows.order));
    // Another server took some of these keys between our read and our insert: give their stock back.
    for (const i of writing) if (!inserted.has(batch[i]!.rows.order.id)) raced.push(i);
    const lost = raced.map((i) => batch[i]!.stock).filter((s): s is StockRequest => !!s);
    if (lost.length) await releaseStock(tctx, lost);
    const written = writing.filter((i) => inserted.has(batch[i]!.rows.order.id));
    await insertOrderParts(trx, written.map((i) => batch[i]!.rows));
    for (const i of written) {
      const { order, lines, parties } = batch[i]!.rows;
      outcomes[i] = { created: true, order: toOrder(order, lines, parties) };
    }
  });

  if (raced.length) {
    const winners = await ordersByKeys(ctx.db, raced.map((i) => ({ buyer: batch[i]!.rows.order.buyer_organisation_id, key: batch[i]!.rows.order.idempotency_key })));
    for (const i of raced) {
      const winner = winners.get(keyOf(batch[i]!.rows));
      outcomes[i] = !winner
        ? new DomainError("CONFLICT", "ORDER_CHANGED_MEANWHILE")
        : winner.requestHash === batch[i]!.rows.order.request_hash
          ? { created: false, orderId: winner.id }
          : conflict("IDEMPOTENCY_KEY_REUSED");
    }
  }
  for (const [i, first] of copyOf) {
    const outcome = outcomes[first];
    outcomes[i] = outcome && !(outcome instanceof Error) && outcome.created ? { created: false, orderId: outcome.order.id } : outcome;
  }
  return outcomes.map((o) => o ?? new DomainError("INTERNAL_SERVER_ERROR", "INTERNAL_SERVER_ERROR"));
}
