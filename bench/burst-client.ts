/**
 * Clients of a burst, over HTTP /graphql with API tokens, the way a buyer's ERP talks to Caravan: each
 * keeps sending an order under its idempotency key until it hears an answer (a refused connection or
 * a server killed mid-request is simply tried again), some send the same key again after the answer
 * (a lost response), and some orders go on to be confirmed by the seller and paid (sandbox escrow).
 * Also the server processes themselves: started, killed with -9, restarted on the same port.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import readline from "node:readline";
import type { Acknowledged, PlannedOrder } from "./burst-world.js";

export interface BurstServer {
  url: string;
  port: number;
  pid: number;
  /** The process's peak resident memory (VmHWM), in MB, while it runs. */
  peakRssMb(): number | null;
  /** CPU seconds (user + system) the process has used so far. */
  cpuSeconds(): number | null;
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts bench/burst-server.ts with these arguments and waits until it listens. */
export async function startBurstServer(args: string[], env: Record<string, string> = {}, nodeArgs: string[] = []): Promise<BurstServer> {
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, "--import", "tsx", "bench/burst-server.ts", ...args], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, ...env },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const started = await new Promise<{ port: number; pid: number }>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`the burst server exited with ${code} before listening`)));
    readline.createInterface({ input: child.stdout! }).once("line", (line) => resolve(JSON.parse(line) as { port: number; pid: number }));
  });
  return {
    url: `http://127.0.0.1:${started.port}/graphql`,
    port: started.port,
    pid: started.pid,
    peakRssMb: () => {
      try {
        const kb = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${started.pid}/status`, "utf8"))?.[1];
        return kb ? Math.round(Number(kb) / 1024) : null;
      } catch {
        return null;
      }
    },
    cpuSeconds: () => {
      try {
        // Fields 14 and 15 of /proc/PID/stat, after the command name in parentheses: utime and stime in clock ticks.
        const fields = fs.readFileSync(`/proc/${started.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
        return (Number(fields[11]) + Number(fields[12])) / 100;
      } catch {
        return null;
      }
    },
    kill9: async () => {
      child.kill("SIGKILL");
      await exited;
    },
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

const PLACE = `mutation Place($input: PlaceOrderInput!) { placeOrder(input: $input) { replayed order { id } userErrors { code } } }`;
const CONFIRM = `mutation Confirm($id: ID!) { moveOrder(id: $id, action: CONFIRM) { order { status } userErrors { code } } }`;
const PAY = `mutation Pay($input: PayOrderInput!) { payOrder(input: $input) { payment { status } userErrors { code } } }`;

interface Answer {
  data?: Record<string, { replayed?: boolean | null; order?: { id: string } | null; payment?: unknown; userErrors: { code: string }[] } | null>;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface BurstOptions {
  orders: readonly PlannedOrder[];
  /** Requests in flight at once. */
  clients: number;
  /** Where client n sends its requests (two servers: alternate). */
  urlFor: (client: number) => string;
  /** One order in `replayEvery` is sent again under its key after its answer (0: never). */
  replayEvery: number;
  /** One created order in `payEvery` is confirmed by its seller and paid into escrow (0: never). */
  payEvery: number;
  sellerTokenOf: (listingId: string) => string;
  /** Called after each answered order with the count so far (the crash variant kills the server from here). */
  onAnswered?: (answered: number) => void;
}

export interface BurstRun {
  acknowledged: Map<string, Acknowledged>;
  /** Keys refused for good, with the reason (ORDER_ABOVE_STOCK when the listing sold out). */
  refused: Map<string, string>;
  /** Each answered placeOrder, first sends and replays, in ms. */
  latenciesMs: number[];
  requests: number;
  /** Requests that got no answer (connection refused or reset, server gone) and were sent again. */
  resent: number;
  replays: number;
  /** Replays that came back with another order, or not marked as a replay. */
  replaysWrong: number;
  paid: number;
  /** Anything a correct server never answers: GraphQL errors, unknown codes. */
  unexpected: string[];
  seconds: number;
}

export async function runBurst(options: BurstOptions): Promise<BurstRun> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.clients * 2 });
  const run: BurstRun = { acknowledged: new Map(), refused: new Map(), latenciesMs: [], requests: 0, resent: 0, replays: 0, replaysWrong: 0, paid: 0, unexpected: [], seconds: 0 };

  function post(url: string, token: string, query: string, variables: unknown): Promise<Answer> {
    const body = JSON.stringify({ query, variables });
    return new Promise((resolve, reject) => {
      const request = http.request(
        url,
        { method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), authorization: `Bearer ${token}` } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (c: Buffer) => chunks.push(c));
          response.on("error", reject);
          response.on("end", () => {
            if ((response.statusCode ?? 500) >= 500) return reject(new Error(`HTTP ${response.statusCode}`));
            try {
              resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")) as Answer);
            } catch (error) {
              reject(error as Error);
            }
          });
        },
      );
      request.on("error", reject);
      request.setTimeout(120_000, () => request.destroy(new Error("no answer in 120 s")));
      request.end(body);
    });
  }

  /** Sends until the server answers: a crash between request and response is indistinguishable from a lost packet. */
  async function until(client: number, token: string, query: string, variables: unknown, timed: boolean): Promise<Answer> {
    for (let attempt = 0; ; attempt++) {
      const started = performance.now();
      try {
        run.requests++;
        const answer = await post(options.urlFor(client), token, query, variables);
        if (timed) run.latenciesMs.push(performance.now() - started);
        return answer;
      } catch {
        run.resent++;
        await sleep(Math.min(1000, 50 * 2 ** Math.min(attempt, 5)));
      }
    }
  }

  const codesOf = (answer: Answer, field: string) => [...(answer.data?.[field]?.userErrors ?? []).map((e) => e.code), ...(answer.errors ?? []).map((e) => e.extensions?.code ?? e.message)];

  async function payFor(client: number, order: PlannedOrder, orderId: string): Promise<void> {
    const confirmed = await until(client, options.sellerTokenOf(order.listingId), CONFIRM, { id: orderId }, false);
    const confirmCodes = codesOf(confirmed, "moveOrder");
    // A confirmation resent after a crash finds the order confirmed already.
    if (confirmCodes.length && !confirmCodes.every((c) => c === "ORDER_MOVE_NOT_ALLOWED")) {
      run.unexpected.push(`confirm ${order.key}: ${confirmCodes.join(",")}`);
      return;
    }
    const paid = await until(client, order.token, PAY, { input: { orderId, provider: "SANDBOX" } }, false);
    const payCodes = codesOf(paid, "payOrder");
    if (payCodes.length && !payCodes.every((c) => c === "ORDER_ALREADY_PAID")) {
      run.unexpected.push(`pay ${order.key}: ${payCodes.join(",")}`);
      return;
    }
    run.paid++;
  }

  let next = 0;
  let answered = 0;
  const started = performance.now();
  const worker = async (client: number) => {
    for (let i = next++; i < options.orders.length; i = next++) {
      const order = options.orders[i]!;
      const input = { idempotencyKey: order.key, listingId: order.listingId, quantity: order.quantity, paymentTerms: "ESCROW" };
      const answer = await until(client, order.token, PLACE, { input }, true);
      const placed = answer.data?.placeOrder;
      const codes = codesOf(answer, "placeOrder");
      if (placed?.order) {
        run.acknowledged.set(order.key, { orderId: placed.order.id, buyerOrganisationId: order.buyerOrganisationId, listingId: order.listingId, quantity: order.quantity });
      } else if (codes.length === 1 && codes[0] === "ORDER_ABOVE_STOCK") {
        run.refused.set(order.key, codes[0]);
      } else {
        run.unexpected.push(`place ${order.key}: ${codes.join(",") || "no order"}`);
      }
      options.onAnswered?.(++answered);
      if (placed?.order && options.replayEvery && i % options.replayEvery === 0) {
        const again = (await until(client, order.token, PLACE, { input }, true)).data?.placeOrder;
        run.replays++;
        if (again?.order?.id !== placed.order.id || again.replayed !== true) run.replaysWrong++;
      }
      if (placed?.order && !placed.replayed && options.payEvery && i % options.payEvery === 0) await payFor(client, order, placed.order.id);
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, c) => worker(c)));
  run.seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return run;
}
