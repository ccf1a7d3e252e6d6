/**
 * What the stack around Apollo costs: `{ __typename }` through Caravan's whole HTTP server (request
 * log, security headers, context, armor, error translation) against a bare Apollo Server answering
 * `{ hello }` on the same machine in the same run, each in a process of its own, from the same
 * autocannon load. Both answer from memory, so the ratio is the stack's overhead alone.
 *
 *   npm run bench:stack -- --duration 10 --connections 10 --runs 3
 */
import { spawn } from "node:child_process";
import readline from "node:readline";
import autocannon from "autocannon";
import { benchOptions } from "./options.js";
import { machine, printTable, writeResult } from "./report.js";

const options = benchOptions(process.argv.slice(2));

async function started(which: "bare" | "caravan"): Promise<{ port: number; kill: () => void }> {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/stack-servers.ts", which], { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, NODE_ENV: "production" } });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`the ${which} server exited with ${code}`)));
    readline.createInterface({ input: child.stdout! }).once("line", (line) => resolve((JSON.parse(line) as { port: number }).port));
  });
  return { port, kill: () => child.kill("SIGTERM") };
}

async function rate(port: number, query: string): Promise<{ requestsPerSecond: number; p95Ms: number; non2xx: number }> {
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(
      {
        url: `http://127.0.0.1:${port}/graphql`,
        connections: options.connections,
        duration: options.duration,
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      },
      (error, done) => (error ? reject(error as Error) : resolve(done)),
    );
  });
  return { requestsPerSecond: Math.round(result.requests.average), p95Ms: result.latency.p97_5, non2xx: result.non2xx };
}

const bare = await started("bare");
const caravan = await started("caravan");
const passes: { pass: number; bare: number; caravan: number; ratio: number }[] = [];
try {
  // Interleaved passes, so both see the same state of the machine.
  for (let pass = 1; pass <= options.runs; pass++) {
    const b = await rate(bare.port, "{ hello }");
    const c = await rate(caravan.port, "{ __typename }");
    if (b.non2xx || c.non2xx) throw new Error(`non-2xx answers: bare ${b.non2xx}, caravan ${c.non2xx}`);
    passes.push({ pass, bare: b.requestsPerSecond, caravan: c.requestsPerSecond, ratio: Math.round((c.requestsPerSecond / b.requestsPerSecond) * 100) / 100 });
  }
} finally {
  bare.kill();
  caravan.kill();
}
const ratios = passes.map((p) => p.ratio).sort((a, b) => a - b);
const median = ratios[Math.floor(ratios.length / 2)]!;
printTable(`req/s, ${options.connections} connections, ${options.duration} s per pass`, passes.map((p) => ({ pass: p.pass, "bare Apollo { hello }": p.bare, "Caravan { __typename }": p.caravan, ratio: p.ratio })));
console.log(`median ratio ${median}`);
const file = writeResult("stack", {
  bench: "the stack around Apollo",
  date: new Date().toISOString(),
  command: `npm run bench:stack -- --duration ${options.duration} --connections ${options.connections} --runs ${options.runs}`,
  machine: machine(),
  passes,
  medianRatio: median,
});
console.log(`written to ${file}`);
