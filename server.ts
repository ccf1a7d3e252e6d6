import cluster from "node:cluster";
import fs from "node:fs";
import http, { type IncomingMessage, type RequestListener, type Server, type ServerResponse } from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import * as cookie from "cookie";
import express, { type Request, type Response } from "express";
import proxyaddr from "proxy-addr";
import type { Logger } from "pino";
import { checkDatabase, openDatabase, type Database } from "./db/database.js";
import { migrateToLatest } from "./db/migrate.js";
import { seedDemoWorld } from "./db/seed/index.js";
import { contextFor, createApollo, type RequestInfo } from "./graph/api.js";
import type { GraphContext, SessionCookieSink } from "./graph/context.js";
import { mediaRouter } from "./graph/media.js";
import type { InProcessApi } from "./app/load-context.js";
import { isAvailableLocale, translatorFor } from "./locales/index.js";
import { createLogger, requestLog } from "./http/logging.js";
import { startBackgroundWork } from "./graph/background.js";
import { ensureSigningSecret } from "./graph/documents/keys.js";
import { graphqlEndpoint } from "./http/graphql-endpoint.js";
import { apiSecurityHeaders, cspNonce, securityHeaders } from "./http/security-headers.js";

export const SESSION_COOKIE = "caravan_session";
export const LOCALE_COOKIE = "lng";

export interface ServerOptions {
  database: Database;
  production: boolean;
  /** Where users reach Caravan; an https URL makes cookies Secure. */
  publicUrl: string;
  logger?: Logger;
  /** The Remix server build; without it only the API and health check are served (API tests). */
  remixBuild?: ServerBuild;
}

/** Who is asking, read from the request alone; `trusted` says which proxies may name the client (TRUST_PROXY). */
function requestInfo(req: IncomingMessage, trusted: (address: string, hop: number) => boolean): RequestInfo {
  const cookies = cookie.parse(req.headers.cookie ?? "");
  const url = req.url ?? "/";
  const query = url.indexOf("?");
  const lng = query < 0 ? null : new URLSearchParams(url.slice(query + 1)).get("lng");
  return {
    sessionToken: cookies[SESSION_COOKIE] ?? null,
    authorization: req.headers.authorization ?? null,
    acceptLanguage: req.headers["accept-language"] ?? null,
    // A link with ?lng= (a shared URL, an hreflang alternate) wins over the switcher's cookie.
    chosenLocale: [lng, cookies[LOCALE_COOKIE]].find(isAvailableLocale) ?? null,
    ip: proxyaddr(req, trusted),
    userAgent: req.headers["user-agent"] ?? null,
  };
}

/** Session cookies: HttpOnly (no script reads them), SameSite=Lax (no cross-site POST carries them), Secure over https. */
function sessionCookies(secure: boolean, push: (header: string) => void): SessionCookieSink {
  const base = { httpOnly: true, sameSite: "lax" as const, secure, path: "/" };
  return {
    set: (token, expiresAt) => push(cookie.serialize(SESSION_COOKIE, token, { ...base, expires: expiresAt })),
    clear: () => push(cookie.serialize(SESSION_COOKIE, "", { ...base, expires: new Date(0) })),
  };
}

export async function createServer(options: ServerOptions) {
  const { database, production } = options;
  const logger = options.logger ?? createLogger({ level: process.env.LOG_LEVEL ?? (production ? "info" : "warn") });
  const secure = new URL(options.publicUrl).protocol === "https:";
  const apollo = createApollo({ production, logger });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", process.env.TRUST_PROXY ?? "loopback");
  // Express compiles TRUST_PROXY once; /graphql, served beside Express, reads client addresses with the same rule.
  const trusted = app.get("trust proxy fn") as (address: string, hop: number) => boolean;
  const infoOf = (req: IncomingMessage) => requestInfo(req, trusted);
  const log = requestLog(logger, (path) => path.startsWith("/build/"));
  app.use(log);
  app.use(cspNonce, securityHeaders({ https: secure }));

  app.get("/healthz", async (_req, res) => {
    try {
      await checkDatabase(database);
      res.json({ status: "ok", database: database.dialect });
    } catch (error) {
      logger.error({ err: error }, "health check failed");
      res.status(503).json({ status: "unavailable", database: database.dialect });
    }
  });

  app.use("/media", mediaRouter(database, infoOf));

  if (options.remixBuild) {
    const build = options.remixBuild;
    app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
    app.use(express.static("public", { maxAge: "1h" }));
    app.all(
      "*",
      createRequestHandler({
        build,
        mode: production ? "production" : "development",
        getLoadContext: async (req: Request, res: Response) => ({ caravan: await inProcessApi(req), cspNonce: String(res.locals.cspNonce) }),
      }),
    );
  }

  /** The Remix UI's own client: the same schema, context, limits and error handling as /graphql, without HTTP. */
  async function inProcessApi(req: Request): Promise<InProcessApi> {
    const cookies: string[] = [];
    const ctx: GraphContext = await contextFor(database, infoOf(req), sessionCookies(secure, (h) => cookies.push(h)));
    return {
      locale: ctx.locale,
      viewer: ctx.viewer,
      async execute(query, variables) {
        const response = await apollo.executeOperation({ query, variables }, { contextValue: ctx });
        if (response.body.kind !== "single") throw new Error("incremental delivery is not used by the UI");
        return response.body.singleResult as never;
      },
      takeCookies: () => cookies.splice(0),
    };
  }

  // Body-parser refusals (too large, bad JSON, unsupported charset) are the client's: a 4xx with a code, no stack.
  const refuseBody = (error: { status?: number; statusCode?: number; type?: string }, req: IncomingMessage, res: ServerResponse) => {
    const status = Number(error.status ?? error.statusCode);
    const t = translatorFor(infoOf(req).chosenLocale ?? "en");
    if (!(status >= 400 && status < 500)) {
      logger.error({ err: error }, "reading a request body failed");
      return answerJson(res, 500, { errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
    }
    if (error.type === "entity.too.large") {
      return answerJson(res, 413, { errors: [{ message: t("errors:PAYLOAD_TOO_LARGE"), extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
    }
    const message = error.type === "entity.parse.failed" ? "Malformed JSON body" : "Malformed request body";
    answerJson(res, status, { errors: [{ message, extensions: { code: "BAD_REQUEST" } }] });
  };
  const graphql = graphqlEndpoint({
    apollo,
    bodyLimit: "100kb",
    headersFor: apiSecurityHeaders({ https: secure, production }),
    context: (req, setCookie) => contextFor(database, infoOf(req), sessionCookies(secure, setCookie)),
    refuseBody,
  });

  const listener: RequestListener = (req, res) => {
    const url = req.url ?? "/";
    if (url === "/graphql" || url.startsWith("/graphql?") || url.startsWith("/graphql/")) log(req, res, () => graphql(req, res));
    else app(req, res);
  };
  const listen = (port: number, host?: string, onListening?: () => void): Server => {
    const server = http.createServer(listener);
    return host === undefined ? server.listen(port, onListening) : server.listen(port, host, onListening);
  };
  return { listener, listen, apollo, logger };
}

function answerJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.setHeader("content-length", Buffer.byteLength(text));
  res.end(text);
}

/**
 * How many server processes share the port. Each has its own database connection and event loop
 * (sessions, rate limits and jobs live in the database, so any process serves any user), so a slow
 * search occupies one core, not the server: by default one per core under `npm start`, one in
 * development.
 */
export function processCount(env: NodeJS.ProcessEnv, cores = os.availableParallelism()): number {
  const asked = Number.parseInt(env.CARAVAN_PROCESSES ?? "", 10);
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, 64);
  return env.NODE_ENV === "production" ? Math.max(1, cores) : 1;
}

/** Migrations, the demo seed and the signing secret: once, before any process serves. */
async function prepare(logger: Logger): Promise<void> {
  const dataDir = process.env.CARAVAN_DATA_DIR ?? "data";
  if (ensureSigningSecret(dataDir) === "created") {
    logger.warn({ file: path.join(dataDir, "signing-secret") }, "CARAVAN_SIGNING_SECRET is not set: a secret for the document signing keys was made; back it up with the database, or set the variable (docs/operations.md, Keys)");
  }
  const database = openDatabase();
  const { applied } = await migrateToLatest(database);
  if (applied.length) logger.info({ applied }, "migrations applied");
  if (process.env.SEED_DEMO !== "false") {
    const seeded = await seedDemoWorld(database);
    if (seeded) logger.info("demo data seeded (demo accounts are listed in README.md)");
  }
  await database.close();
}

/** One process serving HTTP; the first (or only) one also runs the due jobs unless RUN_JOBS=false. */
async function serve(logger: Logger, runsJobs: boolean): Promise<void> {
  const production = process.env.NODE_ENV === "production";
  const port = Number(process.env.PORT ?? 3000);
  const publicUrl = process.env.PUBLIC_URL ?? `http://localhost:${port}`;
  ensureSigningSecret(process.env.CARAVAN_DATA_DIR ?? "data");
  const database = openDatabase();
  const buildPath = path.resolve("build/server/index.js");
  if (!fs.existsSync(buildPath)) throw new Error("build/server/index.js is missing: run `npm run build` first");
  const remixBuild = (await import(pathToFileURL(buildPath).href)) as ServerBuild;
  const { listen, apollo } = await createServer({ database, production, publicUrl, logger, remixBuild });

  // The server runs due jobs itself unless an operator runs them apart (`npm run worker`).
  const worker = runsJobs && process.env.RUN_JOBS !== "false" ? startBackgroundWork(database, process.env, logger) : null;
  const server: Server = listen(port, undefined, () => {
    if (runsJobs) logger.info({ port, database: database.description, processes: processCount(process.env) }, `Caravan on ${publicUrl}`);
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: finishing requests in flight");
    const force = setTimeout(() => process.exit(1), 15_000).unref();
    server.close(async () => {
      await worker?.stop();
      await apollo.stop();
      await database.close();
      clearTimeout(force);
      logger.info("stopped");
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

async function main(): Promise<void> {
  const logger = createLogger();
  const processes = processCount(process.env);
  if (cluster.isWorker) return serve(logger, process.env.CARAVAN_RUNS_JOBS === "1");
  await prepare(logger);
  if (processes === 1) return serve(logger, true);

  // The primary only keeps the workers running; they share the port (the primary hands out connections).
  // One of them runs the jobs; a process that dies is replaced by one with the same role.
  let stopping = false;
  const roles = new Map<number, { runsJobs: string; startedAt: number }>();
  const fork = (runsJobs: string) => roles.set(cluster.fork({ CARAVAN_RUNS_JOBS: runsJobs }).id, { runsJobs, startedAt: Date.now() });
  cluster.on("exit", (dead, code, signal) => {
    if (stopping) return;
    const role = roles.get(dead.id);
    // One that cannot even start (no build, no database) would only fail again: stop with it.
    if (!role || Date.now() - role.startedAt < 10_000) {
      logger.error({ worker: dead.id, code, signal }, "a server process failed on start: stopping");
      process.exit(1);
    }
    logger.error({ worker: dead.id, code, signal }, "a server process stopped: starting another");
    fork(role.runsJobs);
    roles.delete(dead.id);
  });
  for (let i = 0; i < processes; i++) fork(i === 0 ? "1" : "0");
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    let left = Object.keys(cluster.workers ?? {}).length;
    if (!left) process.exit(0);
    cluster.on("exit", () => {
      if (--left === 0) process.exit(0);
    });
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
