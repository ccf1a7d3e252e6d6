/**
 * The real server (server.ts createServer, production mode: armor limits, no introspection) over the
 * bench database, on a free port of 127.0.0.1. Started by bench/http.ts in a process of its own, so
 * the load generator does not share its event loop; prints {"port": N} once listening.
 */
import type { AddressInfo } from "node:net";
import { pino } from "pino";
import { createServer } from "../server.js";
import { openBenchDatabase } from "./database.js";
import { benchOptions } from "./options.js";

const options = benchOptions(process.argv.slice(2));
const database = await openBenchDatabase(options, 10);
const { app, apollo } = await createServer({ database, production: true, publicUrl: "http://127.0.0.1", logger: pino({ level: "silent" }) });
const server = app.listen(0, "127.0.0.1", () => {
  process.stdout.write(JSON.stringify({ port: (server.address() as AddressInfo).port, database: database.description }) + "\n");
});

const stop = () =>
  server.close(async () => {
    await apollo.stop();
    await database.close();
    process.exit(0);
  });
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
