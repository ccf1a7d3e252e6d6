import { randomBytes } from "node:crypto";
import SQLite from "better-sqlite3";
import pg from "pg";
import { afterEach, beforeEach, describe } from "vitest";
import { configureSqlite, openPostgres, openSqlite, type Database, type DialectName, type LogOptions } from "../../db/database.js";
import { migrateToLatest } from "../../db/migrate.js";

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set (CI's second pass). */
export const TEST_DIALECTS: DialectName[] = process.env.TEST_DATABASE_URL ? ["sqlite", "postgres"] : ["sqlite"];

let sqliteTemplate: Promise<Buffer> | undefined;

/** Migrating once and copying the bytes keeps a fresh SQLite database per test at well under a millisecond. */
function migratedSqliteBytes(): Promise<Buffer> {
  sqliteTemplate ??= (async () => {
    const connection = new SQLite(":memory:");
    configureSqlite(connection);
    const database = openSqlite(connection, ":memory:");
    await migrateToLatest(database);
    const bytes = connection.serialize();
    await database.close();
    return bytes;
  })();
  return sqliteTemplate;
}

export async function freshSqlite(options: LogOptions = {}): Promise<Database> {
  const connection = new SQLite(await migratedSqliteBytes());
  configureSqlite(connection);
  return openSqlite(connection, ":memory: (test)", options);
}

/** A schema of its own per test, dropped afterwards: tests never see each other's rows. */
export async function freshPostgres(url = process.env.TEST_DATABASE_URL!, options: LogOptions = {}): Promise<Database> {
  const schema = `t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  await admin.end();
  const database = openPostgres(url, { schema, max: 4, log: options.log });
  await migrateToLatest(database);
  const close = database.close;
  return {
    ...database,
    close: async () => {
      await close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`DROP SCHEMA "${schema}" CASCADE`);
      await cleanup.end();
    },
  };
}

export function freshDatabase(dialect: DialectName, options: LogOptions = {}): Promise<Database> {
  return dialect === "sqlite" ? freshSqlite(options) : freshPostgres(undefined, options);
}

/**
 * Declares a suite once per dialect. `db()` inside a test is that test's own freshly migrated database.
 */
export function describeEachDatabase(name: string, suite: (db: () => Database, dialect: DialectName) => void): void {
  for (const dialect of TEST_DIALECTS) {
    describe(`${name} [${dialect}]`, () => {
      let current: Database | undefined;
      beforeEach(async () => {
        current = await freshDatabase(dialect);
      });
      afterEach(async () => {
        await current?.close();
        current = undefined;
      });
      suite(() => {
        if (!current) throw new Error("the test database exists only inside a test");
        return current;
      }, dialect);
    });
  }
}
