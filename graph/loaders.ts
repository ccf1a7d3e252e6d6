import DataLoader from "dataloader";
import type { ServiceContext } from "./context.js";

/**
 * DataLoaders on the context: the reads one context asks for in the same tick become one batch.
 * GraphQL resolves a page's 20 `seller` fields in one tick, so their 20 lookups are one statement.
 *
 * A loader belongs to one context object: a transaction's context (withTransaction) has its own, so
 * reads inside it see its writes and never share a batch with reads outside it. It batches and
 * does not remember: a context outlives one request (a test, a job, the seed), and a read after a
 * write must see the write, so each tick asks the database again.
 */
export type Load<K, V> = (ctx: ServiceContext, key: K) => Promise<V | null>;

/** Answers one batch: a value (or null) per key, in the order of `keys`, which may repeat. */
export type BatchRead<K, V> = (ctx: ServiceContext, keys: readonly K[]) => Promise<readonly (V | null)[]>;

const loadersOf = new WeakMap<ServiceContext, Map<BatchRead<never, unknown>, DataLoader<unknown, unknown>>>();

/** Far below both SQLite's and PostgreSQL's limits on bound parameters. */
const MAX_BATCH = 500;

export function defineLoader<K, V>(read: BatchRead<K, V>): Load<K, V> {
  return (ctx, key) => {
    let loaders = loadersOf.get(ctx);
    if (!loaders) loadersOf.set(ctx, (loaders = new Map()));
    let loader = loaders.get(read as BatchRead<never, unknown>) as DataLoader<K, V | null> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V | null>((keys) => read(ctx, keys), { cache: false, maxBatchSize: MAX_BATCH });
      loaders.set(read as BatchRead<never, unknown>, loader as DataLoader<unknown, unknown>);
    }
    return loader.load(key);
  };
}

/** A batch read by id: one `in (…)` statement for the distinct ids, answered in the order asked. */
export function byId<V>(read: (ctx: ServiceContext, ids: string[]) => Promise<V[]>, idOf: (value: V) => string): BatchRead<string, V> {
  return async (ctx, ids) => {
    const found = new Map((await read(ctx, [...new Set(ids)])).map((v) => [idOf(v), v]));
    return ids.map((id) => found.get(id) ?? null);
  };
}
