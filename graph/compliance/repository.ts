import type { Executor } from "../../db/database.js";
import type { EmbargoesTable } from "../../db/types.js";

/** The only file of the compliance module that names its tables. */

export async function embargoRowsNotOverOn(db: Executor, day: string): Promise<EmbargoesTable[]> {
  return db
    .selectFrom("embargoes")
    .selectAll()
    .where((eb) => eb.or([eb("valid_to", "is", null), eb("valid_to", ">=", day)]))
    .execute();
}

/** In force on `day`, or every row with `day` null. */
export async function embargoRows(db: Executor, day: string | null): Promise<EmbargoesTable[]> {
  let query = db.selectFrom("embargoes").selectAll();
  if (day) query = query.where("valid_from", "<=", day).where((eb) => eb.or([eb("valid_to", "is", null), eb("valid_to", ">=", day)]));
  return query.orderBy("origin_country").orderBy("destination_country").orderBy("valid_from").orderBy("id").execute();
}

export async function embargoRow(db: Executor, id: string): Promise<EmbargoesTable | undefined> {
  return db.selectFrom("embargoes").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function insertEmbargo(db: Executor, row: EmbargoesTable): Promise<void> {
  await db.insertInto("embargoes").values(row).execute();
}

export async function endEmbargoRow(db: Executor, id: string, validTo: string, endedByUserId: string | null): Promise<void> {
  await db.updateTable("embargoes").set({ valid_to: validTo, ended_by_user_id: endedByUserId }).where("id", "=", id).execute();
}
