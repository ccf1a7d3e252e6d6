import { Migrator } from "kysely";
import type { Database } from "./database.js";
import { migrationProvider } from "./migrations/index.js";
import { loadBuiltInReferenceData } from "./reference/load.js";

export interface MigrationReport {
  applied: string[];
}

export async function migrateToLatest(database: Database): Promise<MigrationReport> {
  const migrator = new Migrator({ db: database.db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  await loadBuiltInReferenceData(database);
  return { applied: (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName) };
}
