import { openDatabase } from "../database.js";
import { migrateToLatest } from "../migrate.js";
import { DEMO_PASSWORD, seedDemoWorld } from "../seed/index.js";

const database = openDatabase();
try {
  await migrateToLatest(database);
  const seeded = await seedDemoWorld(database);
  console.log(seeded ? `Demo world seeded into ${database.description}. Every demo account's password: ${DEMO_PASSWORD}` : "Demo data is already there; nothing changed.");
} finally {
  await database.close();
}
