import type { Executor } from "../../db/database.js";
import type { OutboxTable } from "../../db/types.js";

export type OutboxRow = Omit<OutboxTable, "attempts"> & { attempts: number };

export async function insertOutbox(db: Executor, row: Pick<OutboxTable, "id" | "kind" | "recipient" | "locale" | "payload" | "created_at">): Promise<void> {
  await db.insertInto("outbox").values({ ...row, sent_at: null }).execute();
}

/** Mail waiting to go (not sent, not given up, due, not held by another worker), oldest first. */
export async function dueOutbox(db: Executor, now: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom("outbox")
    .select("id")
    .where("sent_at", "is", null)
    .where("failed_at", "is", null)
    .where((eb) => eb.or([eb("next_attempt_at", "is", null), eb("next_attempt_at", "<=", now)]))
    .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<", now)]))
    .orderBy("created_at")
    .orderBy("id")
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Takes one message for this worker until `lockedUntil` and counts the attempt: a compare-and-set,
 * so two workers polling the same outbox never send the same message both.
 */
export async function claimOutbox(db: Executor, id: string, now: string, lockedUntil: string): Promise<OutboxRow | null> {
  const row = await db
    .updateTable("outbox")
    .set((eb) => ({ locked_until: lockedUntil, attempts: eb("attempts", "+", 1) }))
    .where("id", "=", id)
    .where("sent_at", "is", null)
    .where("failed_at", "is", null)
    .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<", now)]))
    .returningAll()
    .executeTakeFirst();
  return row ? { ...row, attempts: Number(row.attempts) } : null;
}

export async function markSent(db: Executor, id: string, at: string, payload: string): Promise<void> {
  await db.updateTable("outbox").set({ sent_at: at, locked_until: null, last_error: null, payload }).where("id", "=", id).execute();
}

export async function markAttemptFailed(db: Executor, id: string, error: string, retryAt: string | null, at: string): Promise<void> {
  await db
    .updateTable("outbox")
    .set({ locked_until: null, last_error: error, next_attempt_at: retryAt, failed_at: retryAt ? null : at })
    .where("id", "=", id)
    .execute();
}

export async function outboxRow(db: Executor, id: string): Promise<OutboxRow | null> {
  const row = await db.selectFrom("outbox").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? { ...row, attempts: Number(row.attempts) } : null;
}
