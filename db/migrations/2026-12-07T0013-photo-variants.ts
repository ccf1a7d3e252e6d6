import { PostgresAdapter, type Kysely } from "kysely";

/**
 * Photos as pages need them: each upload is also kept at a few widths in WebP (a catalogue card
 * loads 20 kB, not the camera's 4 MB), and its size, so a page reserves the image's box before it
 * arrives. Photos stored earlier have neither and are served as they are.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const blob = db.getExecutor().adapter instanceof PostgresAdapter ? "bytea" : "blob";
  await db.schema.alterTable("listing_photos").addColumn("width", "integer").execute();
  await db.schema.alterTable("listing_photos").addColumn("height", "integer").execute();
  await db.schema
    .createTable("listing_photo_variants")
    .addColumn("photo_id", "text", (c) => c.notNull().references("listing_photos.id").onDelete("cascade"))
    .addColumn("width", "integer", (c) => c.notNull())
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("byte_size", "integer", (c) => c.notNull())
    .addColumn("bytes", blob, (c) => c.notNull())
    .addPrimaryKeyConstraint("listing_photo_variants_pk", ["photo_id", "width"])
    .execute();
}
