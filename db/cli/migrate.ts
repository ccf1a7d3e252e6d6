import { migrateToLatest } from "../migrate.js";
import { runCli, withDatabase } from "./cli.js";

await runCli(() =>
  withDatabase(async (database) => {
    const { applied } = await migrateToLatest(database);
    if (applied.length) console.log(`Migrated ${database.description}:\n${applied.map((name) => `  applied ${name}`).join("\n")}`);
    else console.log(`${database.description} is up to date; no migration to apply.`);
    return 0;
  }),
);
