import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import SQLite from "better-sqlite3";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { configureSqlite, openSqlite, type Database } from "../../db/database.js";
import { migrateToLatest } from "../../db/migrate.js";
import { logAccess } from "../../graph/customs/access-log.js";
import { requireOfficer } from "../../graph/customs/officer.js";
import { freshPostgres, TEST_DIALECTS } from "../support/db.js";
import { adminOf, officerOf } from "../support/companies.js";
import { tamper } from "./support.js";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");

async function auditVerify(databaseUrl: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(process.execPath, ["--import", "tsx", "db/cli/audit-verify.ts"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl } });
    return { code: 0, out: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  }
}

/** The database as the CLI reaches it: a SQLite file, or the test's PostgreSQL schema named in the URL. */
async function databaseForCli(dialect: string): Promise<{ database: Database; url: string; cleanup: () => Promise<void> }> {
  if (dialect === "postgres") {
    const database = await freshPostgres();
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.searchParams.set("options", `-c search_path=${database.schema}`);
    return { database, url: url.toString(), cleanup: () => database.close() };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "caravan-audit-"));
  const file = path.join(dir, "caravan.sqlite");
  const connection = new SQLite(file);
  configureSqlite(connection);
  const database = openSqlite(connection, file);
  await migrateToLatest(database);
  return {
    database,
    url: file,
    cleanup: async () => {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

for (const dialect of TEST_DIALECTS) {
  describe(`npm run audit:verify [${dialect}]`, () => {
    let cleanup: (() => Promise<void>) | undefined;
    afterEach(async () => {
      await cleanup?.();
      cleanup = undefined;
    });

    it("passes on the log as written and fails, naming the row, once a row is edited", { timeout: 180_000 }, async () => {
      const target = await databaseForCli(dialect);
      cleanup = target.cleanup;
      const officerCtx = await officerOf(target.database, await adminOf(target.database), "PL");
      const officer = requireOfficer(officerCtx.viewer);
      for (const shipmentId of ["shp_1", "shp_2", "shp_3"]) await logAccess(officerCtx, officer, [{ action: "view_shipment", outcome: "granted", shipmentId }]);

      const intact = await auditVerify(target.url);
      expect(intact.code).toBe(0);
      expect(intact.out).toMatch(/3 row\(s\), chain intact up to #3/);

      const edited = await target.database.db.selectFrom("customs_access_log").select("id").where("seq", "=", 2).executeTakeFirstOrThrow();
      await tamper(target.database, sql`UPDATE customs_access_log SET shipment_id = 'shp_elsewhere' WHERE seq = 2`);
      const broken = await auditVerify(target.url);
      expect(broken.code).toBe(1);
      expect(broken.out).toContain(`BROKEN at row #2 (${edited.id})`);
      expect(broken.out).toContain("the row was edited");
    });
  });
}
