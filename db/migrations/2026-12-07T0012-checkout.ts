import type { Kysely } from "kysely";

/**
 * Checkout: the landed cost the buyer saw when it ordered (goods, freight, insurance, duty, taxes,
 * each with its source and as-of date, in the buyer's currency) is kept on the order as it was,
 * and each line keeps the export or import licence number its HS chapter asked for.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // JSON: the landed cost computed at placement. Rates and tariffs change later; the order must not.
  await db.schema.alterTable("orders").addColumn("landed_cost", "text").execute();
  await db.schema.alterTable("order_lines").addColumn("licence_number", "text").execute();
}

