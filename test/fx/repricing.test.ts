import { expect, it } from "vitest";
import { importFxRates, setFxRate } from "../../graph/fx/service.js";
import { repriceInPages, type RepricingTarget } from "../../graph/fx/repricing.js";
import { listJobs, runDueJobs, type Job, type JobRun } from "../../graph/jobs/service.js";
import { createListing, getListing, publishListing } from "../../graph/listings/service.js";
import { listingPrices, registerListingJobs } from "../../graph/listings/repricing.js";
import { searchListings } from "../../graph/search/service.js";
import { describeEachDatabase } from "../support/db.js";
import { coconuts } from "../support/listings.js";
import { tradeWorld, type TradeWorld } from "../support/trade.js";

registerListingJobs();

/** Kelapa's coconuts from 1,180 MYR a tonne: 285.37 USD at the demo rate of 4.135 MYR to the dollar. */
async function foundUnder(world: TradeWorld, usd: string): Promise<string[]> {
  const page = await searchListings(world.buyer.ctx, { filters: { priceMax: { amount: usd, currency: "USD" } }, first: 50 });
  return page.edges.map((e) => e.node.id);
}

async function repricingJobs(world: TradeWorld): Promise<Job[]> {
  return (await listJobs(world.admin, { kind: "fx.reprice", first: 50 })).edges.map((e) => e.node);
}

describeEachDatabase("FX that stays true: listings re-priced in USD when rates change", (db) => {
  it("the ringgit strengthens: once the re-pricing job has run, a buyer searching under 300 USD no longer finds Kelapa's coconuts", async () => {
    const world = await tradeWorld(db());
    expect(await foundUnder(world, "300.00")).toEqual([world.listingId]);

    await setFxRate(world.admin, { base: "USD", quote: "MYR", rate: "3.80", asOf: "2026-11-30" });
    await setFxRate(world.admin, { base: "USD", quote: "EUR", rate: "0.85", asOf: "2026-11-30" });
    // Both changes wait for one job; until it runs, search still holds the listing's old USD price.
    const [queued, ...more] = await repricingJobs(world);
    expect(more).toEqual([]);
    expect(queued).toMatchObject({ status: "queued", progressDone: 0 });
    expect(await foundUnder(world, "300.00")).toEqual([world.listingId]);

    expect(await runDueJobs(world.system, "worker-1")).toBe(1);
    const [done] = await repricingJobs(world);
    expect(done).toMatchObject({ status: "succeeded", progressDone: 1, progressTotal: 1, lastError: null });
    expect((await getListing(world.buyer.ctx, world.listingId))!.priceFromUsdCents).toBe(31053);
    expect(await foundUnder(world, "300.00")).toEqual([]);
    expect(await foundUnder(world, "311.00")).toEqual([world.listingId]);
    const priciest = await searchListings(world.buyer.ctx, { filters: { priceMin: { amount: "310.00", currency: "USD" } }, sort: "PRICE_ASC" });
    expect(priciest.edges.map((e) => e.node.id)).toEqual([world.listingId]);
  });

  it("an import of rates (npm run import:fx) schedules the same job; running it twice changes nothing more", async () => {
    const world = await tradeWorld(db());
    const result = await importFxRates(world.admin, "base,quote,rate,as_of\nUSD,MYR,4.50,2026-11-30\nUSD,PLN,3.70,2026-11-30\n");
    expect(result.created).toBe(2);
    expect(await runDueJobs(world.system, "worker-1")).toBe(1);
    expect((await getListing(world.buyer.ctx, world.listingId))!.priceFromUsdCents).toBe(26222);
    expect(await foundUnder(world, "270.00")).toEqual([world.listingId]);

    // The same file again: nothing changed, so nothing is scheduled; a re-pricing run anyway finds nothing stale.
    expect((await importFxRates(world.admin, "base,quote,rate,as_of\nUSD,MYR,4.50,2026-11-30\n")).unchanged).toBe(1);
    expect(await repricingJobs(world)).toHaveLength(1);
    const again = await repriceInPages(world.system, runOf(), listingPrices);
    expect(again).toEqual({ scanned: 1, changed: 0 });
  });

  it("a worker that dies half-way resumes after the last page it finished", async () => {
    const world = await tradeWorld(db());
    for (let n = 2; n <= 5; n++) {
      const created = await createListing(world.seller.ctx, coconuts({ externalRef: `KLP-COCO-00${n}`, title: `Husked coconuts, lot ${n}` }));
      await publishListing(world.seller.ctx, created.id);
    }
    await setFxRate(world.admin, { base: "USD", quote: "MYR", rate: "3.80", asOf: "2026-11-30" });

    const pages: (string | null)[] = [];
    let dieOnPage = 3;
    const dying: RepricingTarget = {
      total: listingPrices.total,
      page: async (ctx, after, limit) => {
        if (pages.length + 1 === dieOnPage) throw new Error("worker killed");
        pages.push(after);
        return listingPrices.page(ctx, after, limit);
      },
    };
    const first = runOf();
    await expect(repriceInPages(world.system, first, dying, 2)).rejects.toThrow("worker killed");
    expect(first.saved).toMatchObject({ done: 4, total: 5 });

    dieOnPage = 0;
    const resumed = runOf({ checkpoint: first.saved!.checkpoint, progressDone: 4 });
    expect(await repriceInPages(world.system, resumed, dying, 2)).toEqual({ scanned: 1, changed: 1 });
    expect(pages.at(-1)).toBe(first.saved!.checkpoint);
    expect(resumed.saved).toMatchObject({ done: 5, total: 5 });
    const prices = await Promise.all((await searchListings(world.buyer.ctx, { first: 50 })).edges.map((e) => e.node.priceFromUsdCents));
    expect(new Set(prices)).toEqual(new Set([31053]));
  });
});

/** A job run as the worker hands it to a handler, remembering the last progress it saved. */
function runOf(job: Partial<Job> = {}): JobRun & { saved: { done: number; total: number | null; checkpoint: string | null } | null } {
  const run = {
    job: { id: "job_test", kind: "fx.reprice", payload: {}, checkpoint: null, progressDone: 0, progressTotal: null, ...job } as Job,
    saved: null as { done: number; total: number | null; checkpoint: string | null } | null,
    progress: async (done: number, total: number | null, checkpoint?: string | null) => {
      run.saved = { done, total, checkpoint: checkpoint ?? null };
    },
  };
  return run;
}
