import { execFileSync } from "node:child_process";
import fs from "node:fs";
import type { Server } from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { pino } from "pino";
import { chromium } from "playwright-core";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../db/database.js";
import { migrateToLatest } from "../../db/migrate.js";
import { seedDemoWorld } from "../../db/seed/index.js";
import { startBackgroundWork } from "../../graph/background.js";
import { createServer } from "../../server.js";
import { startSmtpServer } from "../support/smtp.js";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.js";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    wsEndpoint: string;
    mailDir: string;
  }
}

const ROOT = path.resolve(import.meta.dirname, "../..");
/** What the UI build is made from: when any of it is newer than the build, the build is stale. */
const BUILD_INPUTS = ["app", "locales", "remix.config.js", "package-lock.json"];

function newestMtime(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((child) => newestMtime(path.join(entry, child))));
}

async function serverBuildPath(): Promise<string> {
  const config = (await import(pathToFileURL(path.join(ROOT, "remix.config.js")).href)) as { default: { serverBuildPath?: string } };
  return path.resolve(ROOT, config.default.serverBuildPath ?? "build/index.js");
}

async function ensureBuild(): Promise<string> {
  const buildFile = await serverBuildPath();
  const builtAt = fs.existsSync(buildFile) ? fs.statSync(buildFile).mtimeMs : 0;
  const changedAt = Math.max(...BUILD_INPUTS.map((input) => newestMtime(path.join(ROOT, input))));
  if (builtAt < changedAt) {
    // vitest sets NODE_ENV=test; the suite tests what users get, the production build. The build's
    // esbuild must not share vitest's stdin: it reports a goroutine deadlock when that closes.
    execFileSync("npx", ["remix", "build"], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, NODE_ENV: "production" } });
  }
  return buildFile;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * One Caravan for the whole browser suite: the production build, a fresh SQLite file with the demo
 * world, a real HTTP port, and one headless Chromium that each test file connects to.
 */
export default async function setup(project: TestProject) {
  const buildFile = await ensureBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "caravan-e2e-"));
  const database = openDatabase(path.join(dir, "caravan.sqlite"));
  await migrateToLatest(database);
  if (!(await seedDemoWorld(database))) throw new Error("the fresh e2e database was already seeded");

  const logger = pino({ level: process.env.LOG_LEVEL ?? "warn" });
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const remixBuild = (await import(pathToFileURL(buildFile).href)) as ServerBuild;
  const { listen, apollo } = await createServer({
    database,
    production: true,
    publicUrl: baseUrl,
    remixBuild,
    logger,
  });
  const server = await new Promise<Server>((resolve) => {
    const listening = listen(port, "127.0.0.1", () => resolve(listening));
  });

  // Mail goes out over real SMTP, as in production; each message lands in a file the tests read.
  const mailDir = path.join(dir, "mail");
  fs.mkdirSync(mailDir);
  const smtp = await startSmtpServer({ onMail: (mail, n) => fs.writeFileSync(path.join(mailDir, `${String(n).padStart(5, "0")}.json`), JSON.stringify(mail)) });
  const worker = startBackgroundWork(database, { NODE_ENV: "production", SMTP_URL: smtp.url, PUBLIC_URL: baseUrl }, logger, { pollMs: 200 });

  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} is missing: apt-get install -y chromium`);
  const browser = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

  project.provide("baseUrl", baseUrl);
  project.provide("wsEndpoint", browser.wsEndpoint());
  project.provide("mailDir", mailDir);

  return async () => {
    await browser.close();
    await worker.stop();
    await smtp.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await apollo.stop();
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
