import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type Database, type DialectName } from "../../db/database.js";
import { migrateToLatest } from "../../db/migrate.js";
import { runBurst, startBurstServer, type BurstServer } from "../../bench/burst-client.js";
import { checkBurst, planOrders, seedBurstWorld } from "../../bench/burst-world.js";
import { freshPostgres, TEST_DIALECTS } from "../support/db.js";

/** A database the server process can open too: a SQLite file in a temp folder, or a schema of its own on PostgreSQL. */
async function sharedDatabase(dialect: DialectName): Promise<{ database: Database; serverArgs: string[]; cleanup: () => Promise<void> }> {
  if (dialect === "postgres") {
    const database = await freshPostgres();
    return { database, serverArgs: ["--pg-url", process.env.TEST_DATABASE_URL!, "--schema", database.schema!, "--pool", "4"], cleanup: () => database.close() };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "caravan-crash-"));
  const file = path.join(dir, "caravan.sqlite");
  const database = openDatabase(file);
  await migrateToLatest(database);
  return {
    database,
    serverArgs: ["--sqlite", file],
    cleanup: async () => {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

for (const dialect of TEST_DIALECTS) {
  describe(`a server killed with -9 in the middle of a burst of orders [${dialect}]`, () => {
    const running: BurstServer[] = [];
    let cleanup: (() => Promise<void>) | undefined;
    afterEach(async () => {
      for (const server of running.splice(0)) await server.kill9();
      await cleanup?.();
    });

    it(
      "ERPs keep retrying their keys through the crash: every acknowledged order exists exactly once, nothing is oversold, the ledger balances",
      async () => {
        const shared = await sharedDatabase(dialect);
        cleanup = shared.cleanup;
        // Ten listings with 40 units (one scarce with 4): 400 orders of 1–3 units sell most of them out.
        const world = await seedBurstWorld(shared.database, { listings: 10, stock: 40, buyers: 3, tokensPerBuyer: 3 });
        const orders = planOrders(world, 400, "crashtest");
        const sellerOf = new Map(world.listings.map((l) => [l.id, l.sellerOrganisationId]));

        let server = await startBurstServer(shared.serverArgs, { RUN_JOBS: "false" });
        running.push(server);
        const port = String(server.port);
        let crash: Promise<void> | null = null;
        let restarts = 0;
        const run = await runBurst({
          orders,
          clients: 16,
          urlFor: () => server.url,
          replayEvery: 7,
          payEvery: 10,
          sellerTokenOf: (listingId) => world.sellerTokens.get(sellerOf.get(listingId)!)!,
          onAnswered: (answered) => {
            if (answered !== 120 || crash) return;
            // Mid-burst: requests are in flight and a batch may be half written when the process dies.
            crash = (async () => {
              const dead = server;
              await dead.kill9();
              running.splice(running.indexOf(dead), 1);
              server = await startBurstServer([...shared.serverArgs, "--port", port], { RUN_JOBS: "false" });
              running.push(server);
              restarts++;
            })();
          },
        });
        await crash;

        expect(restarts).toBe(1);
        expect(run.resent).toBeGreaterThan(0);
        expect(run.unexpected).toEqual([]);
        expect(run.acknowledged.size + run.refused.size).toBe(orders.length);
        expect(run.acknowledged.size).toBeGreaterThan(50);
        expect(run.refused.size).toBeGreaterThan(0);
        expect(run.replays).toBeGreaterThan(0);
        expect(run.replaysWrong).toBe(0);
        expect(run.paid).toBeGreaterThan(0);

        const check = await checkBurst(shared.database, world, "crashtest", run.acknowledged);
        expect(check.missingOrChanged).toEqual([]);
        expect(check.unacknowledged).toBe(0);
        expect(check.ordersStored).toBe(run.acknowledged.size);
        expect(check.stockMismatches).toEqual([]);
        expect(check.unbalancedOrders).toEqual([]);
        // Every paid order funded escrow once: two entries each, and the escrow account holds what the payments say.
        expect(check.ledgerEntries).toBe(2 * run.paid);
        expect(check.escrowByLedger).toBe(check.escrowByPayments);
        expect(check.escrowByLedger).toBeGreaterThan(0);
      },
      600_000,
    );
  });
}
