import fs from "node:fs";
import { sql } from "kysely";
import { openDatabase, openPostgres, type Database } from "../db/database.js";
import type { BenchOptions } from "./options.js";

/** The bench database the options name, refusing to create an empty one by accident. */
export async function openBenchDatabase(options: BenchOptions, poolSize = 4): Promise<Database> {
  if (!options.pg && !fs.existsSync(options.sqliteFile)) {
    throw new Error(`${options.sqliteFile} does not exist: run \`npm run bench:seed\` first`);
  }
  const database = options.pg ? openPostgres(options.pgUrl, { max: poolSize }) : openDatabase(options.sqliteFile);
  const { activeListings } = await benchDataSize(database).catch(() => ({ activeListings: 0 }));
  if (!activeListings) throw new Error(`${database.description} holds no active listings: run \`npm run bench:seed${options.pg ? " -- --pg" : ""}\` first`);
  return database;
}

export async function benchDataSize(database: Database): Promise<{ activeListings: number; openRequests: number }> {
  const { rows } = await sql<{ listings: number; requests: number }>`select
      (select count(*) from listings where status = 'active') as listings,
      (select count(*) from sourcing_requests where status = 'open') as requests`.execute(database.db);
  return { activeListings: Number(rows[0]!.listings), openRequests: Number(rows[0]!.requests) };
}
