import { hostname } from "node:os";
import { claimDueJobs } from "../../db/jobs.js";
import { newTimeOrderedId, nowIso, randomToken } from "../../db/ids.js";
import type { JobsTable } from "../../db/types.js";
import type { ServiceContext } from "../context.js";
import { conflict, notFound } from "../errors.js";
import { requirePlatformAdmin } from "../identity/guards.js";
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from "../shared/pagination.js";

export const JOB_STATUSES = ["queued", "running", "succeeded", "failed"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export interface Job {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  uniqueKey: string | null;
  status: JobStatus;
  runAt: string;
  attempts: number;
  maxAttempts: number;
  lockedBy: string | null;
  lockedUntil: string | null;
  lastError: string | null;
  progressDone: number;
  progressTotal: number | null;
  checkpoint: string | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

function toJob(row: JobsTable): Job {
  return {
    id: row.id,
    kind: row.kind,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    uniqueKey: row.unique_key,
    status: row.status as JobStatus,
    runAt: row.run_at,
    attempts: Number(row.attempts),
    maxAttempts: row.max_attempts,
    lockedBy: row.locked_by,
    lockedUntil: row.locked_until,
    lastError: row.last_error,
    progressDone: Number(row.progress_done),
    progressTotal: row.progress_total === null ? null : Number(row.progress_total),
    checkpoint: row.checkpoint,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    finishedAt: row.finished_at,
  };
}

export interface NewJob {
  kind: string;
  payload?: Record<string, unknown>;
  /** Not before this instant (now by default). */
  runAt?: Date;
  /** A job with this key is scheduled at most once: enqueueing it again changes nothing. */
  uniqueKey?: string | null;
  maxAttempts?: number;
}

/**
 * Schedules work inside the caller's transaction, so the job exists exactly when the change that
 * asked for it does (an escrow timer with the delivery, a re-pricing with the new rate).
 */
export async function enqueueJob(ctx: ServiceContext, job: NewJob): Promise<Job | null> {
  const now = ctx.now();
  const row = await ctx.db
    .insertInto("jobs")
    .values({
      id: newTimeOrderedId("job", now),
      kind: job.kind,
      payload: JSON.stringify(job.payload ?? {}),
      unique_key: job.uniqueKey ?? null,
      status: "queued",
      attempts: 0,
      progress_done: 0,
      run_at: nowIso(job.runAt ?? now),
      max_attempts: job.maxAttempts ?? 8,
      progress_total: null,
      checkpoint: null,
      locked_by: null,
      locked_until: null,
      last_error: null,
      created_at: nowIso(now),
      updated_at: nowIso(now),
      finished_at: null,
    })
    .onConflict((oc) => oc.column("unique_key").doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? toJob(row) : null;
}

/**
 * Whether a job of this kind waits, not yet started, inside the caller's transaction: work that reads
 * the world when it runs (a re-pricing) needs no second copy. On PostgreSQL the waiting row stays
 * locked until the caller commits, so no worker starts it before the caller's change is visible.
 */
export async function jobWaiting(ctx: ServiceContext, kind: string): Promise<boolean> {
  let query = ctx.db.selectFrom("jobs").select("id").where("kind", "=", kind).where("status", "=", "queued").limit(1);
  if (ctx.dialect === "postgres") query = query.forUpdate().skipLocked();
  return !!(await query.executeTakeFirst());
}

/** What a running job can tell the admin, and where it can resume from after a crash. */
export interface JobRun {
  job: Job;
  /** Records progress (and a checkpoint to resume from), and extends the worker's claim. */
  progress(done: number, total: number | null, checkpoint?: string | null): Promise<void>;
}

export type JobHandler = (ctx: ServiceContext, run: JobRun) => Promise<void>;

const handlers = new Map<string, JobHandler>();

/** Each module registers the kinds of work it owns at start-up. A handler must be safe to run twice. */
export function registerJobHandler(kind: string, handler: JobHandler): void {
  handlers.set(kind, handler);
}

/** 30 s, 1 min, 2 min, ... up to an hour between attempts. */
export function backoffMs(attempt: number): number {
  return Math.min(60 * 60_000, 30_000 * 2 ** Math.max(0, attempt - 1));
}

export const LEASE_MS = 5 * 60_000;

export function newWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomToken(4)}`;
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 2000);
}

/**
 * Claims up to `limit` due jobs and runs them one after another. A failure is retried later with
 * back-off until the job's attempts are spent, then it stays failed (with its last error) for an
 * admin to look at. Returns how many jobs ran.
 */
export async function runDueJobs(ctx: ServiceContext, workerId: string, limit = 10): Promise<number> {
  const now = ctx.now();
  const claimed = await claimDueJobs(ctx.db, ctx.dialect, { workerId, limit, now: nowIso(now), lockedUntil: nowIso(new Date(now.getTime() + LEASE_MS)) });
  for (const row of claimed) {
    const job = toJob(row);
    // A claim that lapsed may have passed to another worker: this one then writes nothing more.
    const mine = () => ctx.db.updateTable("jobs").where("id", "=", job.id).where("locked_by", "=", workerId);
    const run: JobRun = {
      job,
      progress: async (done, total, checkpoint) => {
        const at = ctx.now();
        await mine()
          .set({
            progress_done: done,
            progress_total: total,
            ...(checkpoint !== undefined ? { checkpoint } : {}),
            locked_until: nowIso(new Date(at.getTime() + LEASE_MS)),
            updated_at: nowIso(at),
          })
          .execute();
      },
    };
    try {
      const handler = handlers.get(job.kind);
      if (!handler) throw new Error(`no handler for jobs of kind ${job.kind}`);
      await handler(ctx, run);
      await mine()
        .set({ status: "succeeded", locked_by: null, locked_until: null, finished_at: nowIso(ctx.now()), updated_at: nowIso(ctx.now()) })
        .execute();
    } catch (error) {
      const spent = job.attempts >= job.maxAttempts;
      const at = ctx.now();
      await mine()
        .set({
          status: spent ? "failed" : "queued",
          run_at: spent ? job.runAt : nowIso(new Date(at.getTime() + backoffMs(job.attempts))),
          last_error: errorText(error),
          locked_by: null,
          locked_until: null,
          finished_at: spent ? nowIso(at) : null,
          updated_at: nowIso(at),
        })
        .execute();
    }
  }
  return claimed.length;
}

/**
 * Work a worker does on every poll besides jobs, such as the mailer draining the outbox (server.ts
 * and worker.ts register it). Returns how many items it handled, so the worker polls again at once
 * while there is more.
 */
export type WorkerTask = (ctx: ServiceContext) => Promise<number>;

const workerTasks = new Map<string, WorkerTask>();

export function registerWorkerTask(name: string, task: WorkerTask): void {
  workerTasks.set(name, task);
}

async function runWorkerTasks(ctx: ServiceContext): Promise<number> {
  let handled = 0;
  for (const task of workerTasks.values()) handled += await task(ctx);
  return handled;
}

export interface Worker {
  id: string;
  /** Stops polling and waits for the job in hand to finish. */
  stop(): Promise<void>;
}

/** Polls for due jobs until stopped: inside the server, or alone with `npm run worker`. */
export function startWorker(ctx: ServiceContext, options: { pollMs?: number; workerId?: string; onError?: (error: unknown) => void } = {}): Worker {
  const id = options.workerId ?? newWorkerId();
  const pollMs = options.pollMs ?? 1000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  const tick = () => {
    current = (async () => {
      try {
        while (!stopped && (await runDueJobs(ctx, id)) + (await runWorkerTasks(ctx)) > 0);
      } catch (error) {
        options.onError?.(error);
      }
      if (!stopped) timer = setTimeout(tick, pollMs);
    })();
  };
  timer = setTimeout(tick, 0);
  return {
    id,
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}

// ---------------------------------------------------------------------------- admin

export interface JobListArgs extends PageArgs {
  status?: JobStatus | null;
  kind?: string | null;
}

export async function listJobs(ctx: ServiceContext, args: JobListArgs): Promise<Page<Job>> {
  requirePlatformAdmin(ctx.viewer);
  const size = pageSize(args.first);
  let query = ctx.db.selectFrom("jobs");
  if (args.status) query = query.where("status", "=", args.status);
  if (args.kind) query = query.where("kind", "=", args.kind);
  const total = await query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  let page = query.selectAll();
  if (args.after) {
    const [createdAt, id] = decodeCursor(args.after) as [string, string];
    page = page.where((eb) => eb.or([eb("created_at", "<", createdAt), eb.and([eb("created_at", "=", createdAt), eb("id", "<", id)])]));
  }
  const rows = await page.orderBy("created_at", "desc").orderBy("id", "desc").limit(size + 1).execute();
  return toPage(rows.map(toJob), size, Number(total.n), (j) => [j.createdAt, j.id]);
}

export async function getJob(ctx: ServiceContext, id: string): Promise<Job | null> {
  requirePlatformAdmin(ctx.viewer);
  const row = await ctx.db.selectFrom("jobs").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toJob(row) : null;
}

/** An admin gives a failed job a fresh set of attempts, after fixing what made it fail. */
export async function retryJob(ctx: ServiceContext, id: string): Promise<Job> {
  requirePlatformAdmin(ctx.viewer);
  const now = nowIso(ctx.now());
  const row = await ctx.db
    .updateTable("jobs")
    .set({ status: "queued", attempts: 0, run_at: now, finished_at: null, updated_at: now })
    .where("id", "=", id)
    .where("status", "=", "failed")
    .returningAll()
    .executeTakeFirst();
  if (row) return toJob(row);
  if (!(await getJob(ctx, id))) throw notFound("JOB_NOT_FOUND");
  throw conflict("JOB_NOT_FAILED");
}

export async function jobCounts(ctx: ServiceContext): Promise<Record<JobStatus, number>> {
  requirePlatformAdmin(ctx.viewer);
  const rows = await ctx.db.selectFrom("jobs").select(["status", (eb) => eb.fn.countAll<number>().as("n")]).groupBy("status").execute();
  const counts = { queued: 0, running: 0, succeeded: 0, failed: 0 } as Record<JobStatus, number>;
  for (const row of rows) counts[row.status as JobStatus] = Number(row.n);
  return counts;
}
