import { Migrator } from "kysely";
import type { Database } from "./database.js";
import { migrationProvider } from "./migrations/index.js";
import { loadBuiltInReferenceData } from "./reference/load.js";

export interface MigrationReport {
  applied: string[];
}

export async function migrateToLatest(database: Database): Promise<MigrationReport> {
  // The migrator looks for its bookkeeping tables in every schema unless told where they live.
  const migrator = new Migrator({ db: database.db, provider: migrationProvider, migrationTableSchema: database.schema });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  await loadBuiltInReferenceData(database);
  return { applied: (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName) };
}
