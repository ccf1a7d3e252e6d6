import type { ServiceContext } from "../context.js";
import { enqueueJob, jobWaiting, type JobRun } from "../jobs/service.js";

/**
 * When rates change, prices kept in USD for sorting and filtering (listings' price_from_usd_cents)
 * must follow, or a search by price compares against yesterday's rate. The FX module schedules the
 * job with the change (same transaction); the module that owns the prices does the pages.
 */
export const FX_REPRICE_JOB = "fx.reprice";

export interface RepricingPage {
  /** The last key of the page, where the next page starts; null when nothing was read. */
  last: string | null;
  scanned: number;
  changed: number;
}

/** What a module whose prices depend on rates hands the job: how many there are, and one page at a time. */
export interface RepricingTarget {
  total(ctx: ServiceContext): Promise<number>;
  /** Re-prices the page after `after` in its own transaction, so each page done stays done. */
  page(ctx: ServiceContext, after: string | null, limit: number): Promise<RepricingPage>;
}

export const REPRICE_PAGE_SIZE = 500;

const targets: RepricingTarget[] = [];

/** Each module whose prices follow the rates registers at start-up, with the job's handler. */
export function registerRepricingTarget(target: RepricingTarget): void {
  if (!targets.includes(target)) targets.push(target);
}

/**
 * Schedules a re-pricing inside the caller's transaction, so the job exists exactly when the new
 * rates do: none when nothing is priced yet, and one for many changes while it has not started.
 */
export async function scheduleRepricing(ctx: ServiceContext, reason: string): Promise<void> {
  let priced = 0;
  for (const target of targets) priced += await target.total(ctx);
  if (!priced || (await jobWaiting(ctx, FX_REPRICE_JOB))) return;
  await enqueueJob(ctx, { kind: FX_REPRICE_JOB, payload: { reason } });
}

/**
 * Runs a re-pricing page by page from where it stopped: the checkpoint is the last key done and is
 * written with the progress after each page, so a worker that dies resumes after the last page it
 * finished. Running it again re-prices at the rates of the moment, which changes nothing the second time.
 */
export async function repriceInPages(ctx: ServiceContext, run: JobRun, target: RepricingTarget, pageSize = REPRICE_PAGE_SIZE): Promise<{ scanned: number; changed: number }> {
  const total = await target.total(ctx);
  let after = run.job.checkpoint;
  let done = after ? run.job.progressDone : 0;
  let scanned = 0;
  let changed = 0;
  for (;;) {
    const page = await target.page(ctx, after, pageSize);
    scanned += page.scanned;
    changed += page.changed;
    done += page.scanned;
    if (page.last) after = page.last;
    await run.progress(Math.min(done, total), total, after);
    if (page.scanned < pageSize) return { scanned, changed };
  }
}
