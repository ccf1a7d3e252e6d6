import { openDatabase } from "./db/database.js";
import { migrateToLatest } from "./db/migrate.js";
import { startBackgroundWork } from "./graph/background.js";

const print = (level: string) => (line: Record<string, unknown>, message: string) => console.log(JSON.stringify({ level, msg: message, ...line }));

/** `npm run worker`: runs due jobs apart from any server, so several servers can share one worker (or many). */
const database = openDatabase();
await migrateToLatest(database);
const worker = startBackgroundWork(database, process.env, { info: print("info"), warn: (message) => print("warn")({}, message), error: print("error") });
console.log(JSON.stringify({ level: "info", msg: "job worker started", worker: worker.id, database: database.description }));
const stop = async () => {
  await worker.stop();
  await database.close();
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
