import type { Executor } from "../../db/database.js";
import { rateLimited } from "../errors.js";

export interface Limit {
  /** At most `max` hits per `windowSeconds` for one key. */
  max: number;
  windowSeconds: number;
}

/**
 * Sign-in and sign-up budgets (decision 0014). Per account, failures buy an exponential wait rather
 * than a lock, so a stranger who knows an email address can slow its owner by at most
 * `maxDelaySeconds`, never shut them out. Per address, only failures count, and generously: an
 * office behind one NAT signs in all morning without hitting it, a guessing script does not.
 */
export const SIGN_IN_LIMITS = {
  perAccount: { freeFailures: 5, maxDelaySeconds: 60, forgetAfterSeconds: 24 * 3600 },
  perIpFailures: { max: 100, windowSeconds: 15 * 60 },
} as const;

export const SIGN_UP_LIMIT: Limit = { max: 20, windowSeconds: 3600 };

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

/** Seconds an account must wait after `failures` wrong passwords in a row: 0 for the first few, then 1, 2, 4 … up to the cap. */
export function backOffSeconds(failures: number, policy: { freeFailures: number; maxDelaySeconds: number } = SIGN_IN_LIMITS.perAccount): number {
  if (failures < policy.freeFailures) return 0;
  return Math.min(2 ** (failures - policy.freeFailures), policy.maxDelaySeconds);
}

/**
 * One password attempt on an account, pure. The bucket holds the attempts since the last success and
 * the earliest time the next one may run; each attempt pushes that time out by its back-off. Attempts
 * older than `forgetAfterSeconds` no longer count.
 */
export function nextAccountAttempt(
  bucket: { nextAllowedAt: number; attempts: number } | undefined,
  nowMs: number,
): { allowed: boolean; retryAfterSeconds: number; attempts: number; nextAllowedAt: number } {
  const policy = SIGN_IN_LIMITS.perAccount;
  const forgotten = !bucket || nowMs - bucket.nextAllowedAt >= policy.forgetAfterSeconds * 1000;
  const before = forgotten ? 0 : bucket.attempts;
  if (!forgotten && nowMs < bucket.nextAllowedAt) {
    return { allowed: false, retryAfterSeconds: Math.ceil((bucket.nextAllowedAt - nowMs) / 1000), attempts: before, nextAllowedAt: bucket.nextAllowedAt };
  }
  const attempts = before + 1;
  return { allowed: true, retryAfterSeconds: 0, attempts, nextAllowedAt: nowMs + backOffSeconds(attempts) * 1000 };
}

async function bucketOf(db: Executor, key: string) {
  return db.selectFrom("rate_limit_buckets").selectAll().where("key", "=", key).executeTakeFirst();
}

async function saveBucket(db: Executor, key: string, windowStart: string, hits: number): Promise<void> {
  await db
    .insertInto("rate_limit_buckets")
    .values({ key, window_start: windowStart, hits })
    .onConflict((oc) => oc.column("key").doUpdateSet({ window_start: windowStart, hits }))
    .execute();
}

/** Counts a hit against `key` in the database, so every app server shares the same budget; says whether it was within it. */
export async function countHit(db: Executor, key: string, limit: Limit, now: Date): Promise<ReturnType<typeof nextBucket>> {
  const row = await bucketOf(db, key);
  const next = nextBucket(row && { windowStart: Date.parse(row.window_start), hits: row.hits }, limit, now.getTime());
  await saveBucket(db, key, new Date(next.windowStart).toISOString(), next.hits);
  return next;
}

/** Counts a hit and throws RATE_LIMITED once the budget of the window is spent. */
export async function hitRateLimit(db: Executor, key: string, limit: Limit, now: Date): Promise<void> {
  const next = await countHit(db, key, limit, now);
  if (!next.allowed) throw rateLimited(next.retryAfterSeconds);
}

/** Refuses when the window's budget is already spent, without spending any (for limits that only count failures). */
export async function checkRateLimit(db: Executor, key: string, limit: Limit, now: Date): Promise<void> {
  const row = await bucketOf(db, key);
  if (!row) return;
  const windowStart = Date.parse(row.window_start);
  const retryAfterSeconds = Math.ceil((windowStart + limit.windowSeconds * 1000 - now.getTime()) / 1000);
  if (retryAfterSeconds > 0 && row.hits >= limit.max) throw rateLimited(retryAfterSeconds);
}

/**
 * Reserves one password attempt on an account, or throws RATE_LIMITED while it backs off. The
 * reservation is a compare-and-set on the attempt count, so attempts fired in parallel cannot all
 * slip through on the same free slot: the losers of the race are refused. A successful sign-in
 * clears the bucket (`clearRateLimit`).
 */
export async function reserveAccountAttempt(db: Executor, key: string, now: Date): Promise<void> {
  const row = await bucketOf(db, key);
  const next = nextAccountAttempt(row && { nextAllowedAt: Date.parse(row.window_start), attempts: row.hits }, now.getTime());
  if (!next.allowed) throw rateLimited(next.retryAfterSeconds);
  const windowStart = new Date(next.nextAllowedAt).toISOString();
  const won = row
    ? Number((await db.updateTable("rate_limit_buckets").set({ window_start: windowStart, hits: next.attempts }).where("key", "=", key).where("hits", "=", row.hits).where("window_start", "=", row.window_start).executeTakeFirst()).numUpdatedRows) === 1
    : Number((await db.insertInto("rate_limit_buckets").values({ key, window_start: windowStart, hits: next.attempts }).onConflict((oc) => oc.column("key").doNothing()).executeTakeFirst()).numInsertedOrUpdatedRows ?? 0) === 1;
  if (!won) throw rateLimited(1);
}

export async function clearRateLimit(db: Executor, key: string): Promise<void> {
  await db.deleteFrom("rate_limit_buckets").where("key", "=", key).execute();
}
