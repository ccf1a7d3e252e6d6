import { sql } from "kysely";
import type { DialectName, Executor } from "./database.js";
import type { JobsTable } from "./types.js";

export interface ClaimOptions {
  workerId: string;
  limit: number;
  /** ISO UTC. */
  now: string;
  /** ISO UTC: until when the claim holds; a worker that dies lets it lapse and another picks the job up. */
  lockedUntil: string;
}

/**
 * Claims due jobs for one worker in one statement, so two workers never run the same job. On
 * PostgreSQL the candidates are picked `FOR UPDATE SKIP LOCKED`: concurrent workers each take
 * other rows instead of queueing behind one another. SQLite has one writer at a time, so the
 * UPDATE with its subquery is already atomic across connections and processes.
 */
export async function claimDueJobs(db: Executor, dialect: DialectName, options: ClaimOptions): Promise<JobsTable[]> {
  let candidates = db
    .selectFrom("jobs")
    .select("id")
    .where((eb) =>
      eb.or([
        eb.and([eb("status", "=", "queued"), eb("run_at", "<=", options.now)]),
        eb.and([eb("status", "=", "running"), eb("locked_until", "<", options.now)]),
      ]),
    )
    .orderBy("run_at")
    .limit(options.limit);
  if (dialect === "postgres") candidates = candidates.forUpdate().skipLocked();
  const rows = await db
    .updateTable("jobs")
    .set({
      status: "running",
      locked_by: options.workerId,
      locked_until: options.lockedUntil,
      attempts: sql`attempts + 1`,
      updated_at: options.now,
    })
    .where("id", "in", candidates)
    .returningAll()
    .execute();
  return rows;
}
