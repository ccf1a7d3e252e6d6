import type { ServiceContext } from "../context.js";
import { registerJobHandler } from "../jobs/service.js";
import { ESCROW_RELEASE_JOB } from "./payments.js";
import { loadOrder } from "./repository.js";
import { moveOrder } from "./service.js";

/**
 * Escrow goes to the seller on its own N days after delivery unless the buyer disputed: the job
 * completes a delivered order and does nothing for one already completed, disputed or cancelled,
 * so running it twice changes nothing.
 */
export async function releaseEscrowWhenDue(ctx: ServiceContext, orderId: string): Promise<void> {
  const order = await loadOrder(ctx.db, orderId);
  if (order?.status !== "delivered") return;
  await moveOrder({ ...ctx, viewer: { kind: "system" } }, orderId, "complete", { note: "escrow released automatically after the waiting period" });
}

export function registerTradeJobs(): void {
  registerJobHandler(ESCROW_RELEASE_JOB, (ctx, run) => releaseEscrowWhenDue(ctx, String(run.job.payload.orderId)));
}
