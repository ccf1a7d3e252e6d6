import { sql } from "kysely";
import type { Database } from "../../db/database.js";

/**
 * What someone with the database's owner rights could do: switch the append-only guard off and
 * edit or delete a row behind the application's back. The audit must catch it.
 */
export async function tamper(database: Database, statement: ReturnType<typeof sql>): Promise<void> {
  if (database.dialect === "postgres") {
    await sql`ALTER TABLE customs_access_log DISABLE TRIGGER customs_access_log_append_only`.execute(database.db);
    await statement.execute(database.db);
    await sql`ALTER TABLE customs_access_log ENABLE TRIGGER customs_access_log_append_only`.execute(database.db);
    return;
  }
  await sql`DROP TRIGGER customs_access_log_no_update`.execute(database.db);
  await sql`DROP TRIGGER customs_access_log_no_delete`.execute(database.db);
  await statement.execute(database.db);
}
