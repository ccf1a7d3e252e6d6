/**
 * One Caravan server process for a burst: server.ts's createServer (production mode, the same
 * Express app, Apollo schema, limits and context as `npm start`, without the Remix pages), its
 * migrations and jobs worker, on 127.0.0.1. Killed with -9 by the crash test and the bench.
 *
 *   node --import tsx bench/burst-server.ts --sqlite FILE [--port N]
 *   node --import tsx bench/burst-server.ts --pg-url URL [--schema NAME] [--pool N] [--port N]
 *
 * Prints {"port": N, "pid": P} once listening.
 */
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { pino } from "pino";
import { openDatabase, openPostgres } from "../db/database.js";
import { migrateToLatest } from "../db/migrate.js";
import { startWorker } from "../graph/jobs/service.js";
import { systemContext } from "../graph/runtime.js";
import { registerTradeJobs } from "../graph/trade/jobs.js";
import { registerListingJobs } from "../graph/listings/repricing.js";
import { createServer } from "../server.js";

const { values } = parseArgs({
  options: { sqlite: { type: "string" }, "pg-url": { type: "string" }, schema: { type: "string" }, pool: { type: "string" }, port: { type: "string" } },
});
const database = values["pg-url"] ? openPostgres(values["pg-url"], { schema: values.schema, max: Number(values.pool ?? 10) }) : openDatabase(values.sqlite);
await migrateToLatest(database);
const logger = pino({ level: "error" });
const { listen, apollo } = await createServer({ database, production: true, publicUrl: "http://127.0.0.1", logger });
registerTradeJobs();
registerListingJobs();
const worker = process.env.RUN_JOBS === "false" ? null : startWorker(systemContext(database), { onError: (error) => logger.error({ err: error }, "job worker") });
const server = listen(Number(values.port ?? 0), "127.0.0.1", () => {
  process.stdout.write(JSON.stringify({ port: (server.address() as AddressInfo).port, pid: process.pid }) + "\n");
});
// Orders come in on many keep-alive connections at once.
server.keepAliveTimeout = 30_000;

const stop = () =>
  server.close(async () => {
    await worker?.stop();
    await apollo.stop();
    await database.close();
    process.exit(0);
  });
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
