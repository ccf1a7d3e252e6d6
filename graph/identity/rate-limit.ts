import type { Executor } from "../../db/database.js";
import { rateLimited } from "../errors.js";

export interface Limit {
  /** At most `max` hits per `windowSeconds` for one key. */
  max: number;
  windowSeconds: number;
}

export const SIGN_IN_LIMITS = {
  perEmail: { max: 5, windowSeconds: 15 * 60 },
  perIp: { max: 30, windowSeconds: 15 * 60 },
} satisfies Record<string, Limit>;

/** Fixed-window decision, pure: what the bucket becomes and whether this hit is allowed. */
export function nextBucket(
  bucket: { windowStart: number; hits: number } | undefined,
  limit: Limit,
  nowMs: number,
): { windowStart: number; hits: number; allowed: boolean; retryAfterSeconds: number } {
  const windowMs = limit.windowSeconds * 1000;
  const fresh = !bucket || nowMs - bucket.windowStart >= windowMs;
  const windowStart = fresh ? nowMs : bucket.windowStart;
  const hits = (fresh ? 0 : bucket.hits) + 1;
  return {
    windowStart,
    hits,
    allowed: hits <= limit.max,
    retryAfterSeconds: Math.max(1, Math.ceil((windowStart + windowMs - nowMs) / 1000)),
  };
}

/**
 * Counts a hit against `key` in the database, so every app server shares the same budget.
 * Throws RATE_LIMITED once the budget of the window is spent.
 */
export async function hitRateLimit(db: Executor, key: string, limit: Limit, now: Date): Promise<void> {
  const row = await db.selectFrom("rate_limit_buckets").selectAll().where("key", "=", key).executeTakeFirst();
  const next = nextBucket(row && { windowStart: Date.parse(row.window_start), hits: row.hits }, limit, now.getTime());
  const windowStart = new Date(next.windowStart).toISOString();
  await db
    .insertInto("rate_limit_buckets")
    .values({ key, window_start: windowStart, hits: next.hits })
    .onConflict((oc) => oc.column("key").doUpdateSet({ window_start: windowStart, hits: next.hits }))
    .execute();
  if (!next.allowed) throw rateLimited(next.retryAfterSeconds);
}

export async function clearRateLimit(db: Executor, key: string): Promise<void> {
  await db.deleteFrom("rate_limit_buckets").where("key", "=", key).execute();
}
