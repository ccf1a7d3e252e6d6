/**
 * The two servers bench/stack.ts compares, each started in a process of its own: `bare`, an Apollo
 * Server with one field and nothing around it; `caravan`, Caravan's whole HTTP server over an empty
 * migrated SQLite file. Prints {"port": N} once listening.
 */
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { destination, pino } from "pino";
import { openDatabase } from "../db/database.js";
import { migrateToLatest } from "../db/migrate.js";
import { createServer } from "../server.js";

if (process.argv[2] === "bare") {
  const server = new ApolloServer({ typeDefs: "type Query { hello: String }", resolvers: { Query: { hello: () => "world" } } });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" } });
  console.log(JSON.stringify({ port: Number(new URL(url).port) }));
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "caravan-stack-"));
  const database = openDatabase(path.join(dir, "stack.sqlite"));
  await migrateToLatest(database);
  // The request log is on (one line per request), written where a server writes it, not to a terminal.
  const { listen } = await createServer({ database, production: true, publicUrl: "http://127.0.0.1", logger: pino({ level: "info" }, destination("/dev/null")) });
  const server = listen(0, "127.0.0.1", () => console.log(JSON.stringify({ port: (server.address() as AddressInfo).port })));
}
