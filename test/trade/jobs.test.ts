import { expect, it } from "vitest";
import { backoffMs, enqueueJob, listJobs, registerJobHandler, retryJob, runDueJobs } from "../../graph/jobs/service.js";
import { describeEachDatabase } from "../support/db.js";
import { at } from "../support/companies.js";
import { codeOf } from "../support/errors.js";
import { tradeWorld } from "../support/trade.js";

const ran: string[] = [];
registerJobHandler("test.record", async (_ctx, run) => {
  ran.push(String(run.job.payload.name));
  await run.progress(1, 1, "done");
});
registerJobHandler("test.flaky", async () => {
  throw new Error("the mail server said no");
});

describeEachDatabase("background jobs", (db) => {
  it("two workers claiming at once never run the same job", async () => {
    const world = await tradeWorld(db());
    ran.length = 0;
    for (let i = 0; i < 20; i++) await enqueueJob(world.system, { kind: "test.record", payload: { name: `job-${i}` } });
    const counts = await Promise.all(["a", "b", "c"].map((w) => runDueJobs(world.system, w, 20)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(20);
    expect(new Set(ran).size).toBe(20);
    expect(ran).toHaveLength(20);
    const page = await listJobs(world.admin, { status: "succeeded", first: 50 });
    expect(page.totalCount).toBe(20);
    expect(page.edges[0]!.node).toMatchObject({ progressDone: 1, progressTotal: 1, checkpoint: "done", attempts: 1 });
  });

  it("a key schedules a job once; a failing job is retried with back-off, then waits for an admin", async () => {
    const world = await tradeWorld(db());
    expect(await enqueueJob(world.system, { kind: "test.flaky", uniqueKey: "mail:1", maxAttempts: 2 })).not.toBeNull();
    expect(await enqueueJob(world.system, { kind: "test.flaky", uniqueKey: "mail:1", maxAttempts: 2 })).toBeNull();
    expect(await runDueJobs(world.system, "w")).toBe(1);
    let [job] = (await listJobs(world.admin, {})).edges.map((e) => e.node);
    expect(job).toMatchObject({ status: "queued", attempts: 1, lastError: "Error: the mail server said no" });
    expect(Date.parse(job!.runAt) - world.system.now().getTime()).toBe(backoffMs(1));
    expect(await runDueJobs(world.system, "w")).toBe(0);
    expect(await runDueJobs(at(world.system, "2026-12-01T09:01:00.000Z"), "w")).toBe(1);
    [job] = (await listJobs(world.admin, {})).edges.map((e) => e.node);
    expect(job).toMatchObject({ status: "failed", attempts: 2 });
    expect(await codeOf(retryJob(world.buyer.ctx, job!.id))).toEqual({ code: "FORBIDDEN", key: "ADMIN_REQUIRED" });
    expect((await retryJob(world.admin, job!.id)).status).toBe("queued");
  });
});
