import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const TSX = path.resolve(process.cwd(), "node_modules/.bin/tsx");
const HS_FILE = path.resolve(process.cwd(), "../shared/data/hs/harmonized-system.csv");
const LOCODE_SAMPLE = path.resolve(process.cwd(), "test/fixtures/unlocode-sample.csv");

let dir: string;
let databaseFile: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "caravan-cli-"));
  databaseFile = path.join(dir, "caravan.sqlite");
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs a command the way `npm run <script> -- args` does, against the test's own SQLite file. */
function run(script: string, args: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(TSX, [`db/cli/${script}.ts`, ...args], { env: { ...process.env, DATABASE_URL: databaseFile, DEBUG: "" } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

function writeFile(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

function count(table: string): number {
  const connection = new SQLite(databaseFile, { readonly: true });
  try {
    return (connection.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  } finally {
    connection.close();
  }
}

const noStack = (output: string) => expect(output).not.toMatch(/^\s+at /m);

// One database file walked through an operator's first day, so each step builds on the last.
describe("the operator's command-line tools", () => {
  it("an import before the first migration is refused with what to do", async () => {
    const result = await run("import-hs", [HS_FILE]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/pending migration\(s\): run npm run db:migrate first/);
    noStack(result.stderr);
  });

  it("db:migrate applies the migrations once, then says there is nothing to do", async () => {
    const first = await run("migrate");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("applied 2026-11-27T0001-foundation");
    const second = await run("migrate");
    expect(second).toMatchObject({ code: 0, stdout: `${databaseFile} is up to date; no migration to apply.\n` });
  });

  it("import:hs loads the HS 2022 file and reports its counts", async () => {
    const result = await run("import-hs", [HS_FILE, "--edition", "HS2022"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain("6940 rows read, 6936 written, 4 skipped, 0 with problems");
    expect(count("hs_codes")).toBe(6936);
  });

  it("import:hs lists bad rows by line and still exits 0 for the rows it could load", async () => {
    const file = writeFile("hs-typo.csv", "section,hscode,description,parent,level\nII,0801,Coconuts,08,4\nII,08011,Half a code,0801,6\n");
    const result = await run("import-hs", [file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("2 rows read, 1 written, 0 skipped, 1 with problems");
    expect(result.stdout).toContain('line 3, hscode: "08011" is not 6 digits');
  });

  it.each([
    ["a missing file", () => [path.join(dir, "nope.csv")], /^error: file not found: .*nope\.csv$/m],
    ["no file at all", () => [], /^error: no file given\nusage: npm run import:hs -- FILE\.csv \[--edition HS2022\]$/m],
    ["the wrong columns", () => [writeFile("wrong.csv", "code,name\n0801,Coconuts\n")], /^error: expected the columns section,hscode,description,parent,level; missing/m],
    ["an unknown option", () => [HS_FILE, "--dry-run"], /^error: Unknown option '--dry-run'/m],
  ])("import:hs with %s exits 1 with a one-line reason", async (_name, args, message) => {
    const result = await run("import-hs", args());
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    noStack(result.stderr);
  });

  it("import:locode loads the UNECE layout and names the rows it could not", async () => {
    const result = await run("import-locode", [LOCODE_SAMPLE]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("14 rows read, 7 written, 4 skipped, 3 with problems");
    expect(result.stdout).toContain('line 13, country: unknown country code "QQ"');
  });

  it("import:fx saves a good file, and refuses a bad one whole with every bad line", async () => {
    const good = writeFile("fx.csv", "base,quote,rate,as_of\nUSD,PLN,3.655,2026-11-20\nUSD,MYR,4.135,2026-11-20\n");
    expect(await run("import-fx", [good])).toMatchObject({ code: 0, stdout: `FX rates from ${good}: 2 rows read, 2 created, 0 updated, 0 unchanged\n` });

    const bad = writeFile("fx-bad.csv", "base,quote,rate,as_of\nUSD,EUR,0.8625,2026-11-21\nUSD,PLN,0,2026-11-21\nUSD,QQQ,1.5,2026-11-21\n");
    const refused = await run("import-fx", [bad]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split("\n")).toEqual([
      "2 rows of the file have problems; nothing was saved.",
      'Line 3, rate: "0" is not a positive decimal number with at most 12 decimal places.',
      'Line 4, quote: "QQQ" is not an ISO 4217 currency code.',
    ]);
    expect(count("fx_rates")).toBe(2);
  });
});
