/**
 * The real server (server.ts createServer, production mode: armor limits, no introspection) over the
 * bench database, on a free port of 127.0.0.1. Started by bench/http.ts in a process of its own, so
 * the load generator does not share its event loop; prints {"port": N} once listening. With
 * `--processes N` it runs as `npm start` does on N cores: N processes sharing one port.
 */
import cluster from "node:cluster";
import type { AddressInfo } from "node:net";
import { pino } from "pino";
import { createServer } from "../server.js";
import { openBenchDatabase } from "./database.js";
import { benchOptions } from "./options.js";

const options = benchOptions(process.argv.slice(2));

if (cluster.isPrimary && options.processes > 1) {
  let listening = 0;
  cluster.on("listening", (_worker, address) => {
    if (++listening === options.processes) process.stdout.write(JSON.stringify({ port: address.port, database: options.pg ? "postgres" : options.sqliteFile, processes: options.processes }) + "\n");
  });
  for (let i = 0; i < options.processes; i++) cluster.fork();
  const stop = () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
} else {
  const database = await openBenchDatabase(options, 10);
  const { listen, apollo } = await createServer({ database, production: true, publicUrl: "http://127.0.0.1", logger: pino({ level: "silent" }) });
  // Workers of one cluster asking for port 0 all get the same one.
  const server = listen(0, "127.0.0.1", () => {
    if (cluster.isPrimary) process.stdout.write(JSON.stringify({ port: (server.address() as AddressInfo).port, database: database.description, processes: 1 }) + "\n");
  });
  const stop = () =>
    server.close(async () => {
      await apollo.stop();
      await database.close();
      process.exit(0);
    });
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
