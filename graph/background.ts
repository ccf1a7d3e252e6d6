import type { Database } from "../db/database.js";
import { registerWorkerTask, startWorker, type Worker } from "./jobs/service.js";
import { registerListingJobs } from "./listings/repricing.js";
import { deliverDueMail, mailerFromEnvironment } from "./mail/service.js";
import { systemContext } from "./runtime.js";
import { registerTradeJobs } from "./trade/jobs.js";

interface Log {
  info(line: Record<string, unknown>, message: string): void;
  warn(message: string): void;
  error(line: Record<string, unknown>, message: string): void;
}

/**
 * What runs beside the requests, in the server (`npm start`) or apart (`npm run worker`): every
 * module's jobs and the outbox's mail. One list, so a new job cannot run in one place and not the other.
 */
export function startBackgroundWork(database: Database, env: NodeJS.ProcessEnv, log: Log, options: { pollMs?: number } = {}): Worker {
  registerTradeJobs();
  registerListingJobs();
  const mailer = mailerFromEnvironment(env, (line, message) => log.info(line, message));
  if (!env.SMTP_URL) log.warn(env.NODE_ENV === "production" ? "SMTP_URL is not set: no mail can be sent" : "SMTP_URL is not set: mail is written to this log");
  registerWorkerTask("mail", (ctx) => deliverDueMail(ctx, mailer));
  return startWorker(systemContext(database), { ...options, onError: (error) => log.error({ err: error }, "job worker") });
}
