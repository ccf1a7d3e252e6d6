import { openDatabase } from "./db/database.js";
import { migrateToLatest } from "./db/migrate.js";
import { systemContext } from "./graph/runtime.js";
import { registerTradeJobs } from "./graph/trade/jobs.js";
import { registerWorkerTask, startWorker } from "./graph/jobs/service.js";
import { deliverDueMail, mailerFromEnvironment } from "./graph/mail/service.js";
import { registerListingJobs } from "./graph/listings/repricing.js";

/** `npm run worker`: runs due jobs apart from any server, so several servers can share one worker (or many). */
const database = openDatabase();
await migrateToLatest(database);
registerTradeJobs();
const mailer = mailerFromEnvironment(process.env, (line, message) => console.log(JSON.stringify({ level: "info", msg: message, ...line })));
registerWorkerTask("mail", (ctx) => deliverDueMail(ctx, mailer));
registerListingJobs();
const worker = startWorker(systemContext(database), { onError: (error) => console.error(error) });
console.log(JSON.stringify({ level: "info", msg: "job worker started", worker: worker.id, database: database.description }));
const stop = async () => {
  await worker.stop();
  await database.close();
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
