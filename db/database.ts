import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import pg from "pg";
import { Kysely, PostgresDialect, SqliteDialect, sql, type LogConfig, type Transaction } from "kysely";
import type { DB } from "./types.js";

export type DialectName = "sqlite" | "postgres";

export interface Database {
  db: Kysely<DB>;
  dialect: DialectName;
  /** The URL or file this handle was opened from, without credentials. */
  description: string;
  /** The PostgreSQL schema this handle works in, when not the default one. */
  schema?: string;
  close(): Promise<void>;
}

export type Executor = Kysely<DB> | Transaction<DB>;

export const DEFAULT_SQLITE_FILE = "data/caravan.sqlite";

// PostgreSQL returns int8 as strings to protect values above 2^53. Money in minor units
// and counts stay far below that, so numbers are the honest representation here.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

export function isPostgresUrl(url: string | undefined): boolean {
  return !!url && /^postgres(ql)?:\/\//.test(url);
}

/**
 * The pragmas every SQLite connection gets. WAL lets readers run beside the single writer;
 * synchronous=FULL makes a committed transaction durable across power loss in WAL mode
 * (NORMAL may lose the last commits); busy_timeout keeps a second process from failing at once.
 */
export function configureSqlite(connection: SQLite.Database): void {
  connection.pragma("journal_mode = WAL");
  connection.pragma("synchronous = FULL");
  connection.pragma("foreign_keys = ON");
  connection.pragma("busy_timeout = 5000");
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query afresh; with better-sqlite3 preparing costs about as much as running a
 * small query. Kysely builds the same SQL text for the same query shape, so keeping the prepared
 * statements (least recently used out) halves the cost of the hot paths, such as placing an order.
 * A statement still being iterated is busy, and then a fresh one is prepared for the caller.
 */
function withStatementCache(connection: SQLite.Database): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = connection.prepare.bind(connection);
  connection.prepare = ((source: string) => {
    const cached = cache.get(source);
    if (cached && !cached.busy) {
      cache.delete(source);
      cache.set(source, cached);
      return cached;
    }
    const statement = prepare(source);
    cache.set(source, statement);
    if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    return statement;
  }) as SQLite.Database["prepare"];
  return connection;
}

/** Kysely's log hook: tests count the statements a request runs with it. */
export interface LogOptions {
  log?: LogConfig;
}

export function openSqlite(connection: SQLite.Database, description: string, options: LogOptions = {}): Database {
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(connection) }), log: options.log });
  return {
    db,
    dialect: "sqlite",
    description,
    close: () => db.destroy(),
  };
}

export interface PostgresOptions extends LogOptions {
  /** A schema to use instead of `public`, created if missing (tests use one per file). */
  schema?: string;
  max?: number;
}

export function openPostgres(url: string, options: PostgresOptions = {}): Database {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  if (options.schema) {
    const schema = options.schema;
    pool.on("connect", (client) => {
      client.query(`SET search_path TO "${schema}"`).catch(() => undefined);
    });
  }
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), log: options.log });
  const safe = new URL(url);
  safe.password = "";
  return {
    db,
    dialect: "postgres",
    description: safe.toString() + (options.schema ? ` (schema ${options.schema})` : ""),
    schema: options.schema,
    close: () => db.destroy(),
  };
}

/** DATABASE_URL picks the dialect: unset or a file path is SQLite, postgres://… is PostgreSQL. */
export function openDatabase(url: string | undefined = process.env.DATABASE_URL): Database {
  if (url && isPostgresUrl(url)) return openPostgres(url);
  const file = url ? url.replace(/^(sqlite|file):(\/\/)?/, "") : DEFAULT_SQLITE_FILE;
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const connection = new SQLite(file);
  configureSqlite(connection);
  return openSqlite(connection, file);
}

export async function checkDatabase(database: Database): Promise<void> {
  await sql`select 1`.execute(database.db);
}

/** One user action is one transaction: either every row it writes lands, or none does. */
export function inTransaction<T>(db: Executor, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<DB>);
  return (db as Kysely<DB>).transaction().execute(work);
}
