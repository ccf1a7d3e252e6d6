import type { Kysely } from "kysely";

/**
 * The customs desk filters a country's shipments by exporter, importer or mode, newest first. With
 * only (country, shipped_on) to go by, such a search read every shipment of the country (50 ms at
 * 100,000 shipments); these indexes answer each filter on either side of the border from its own
 * rows, already in order.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const indexes: [string, string[]][] = [
    ["shipments_seller_export_idx", ["seller_organisation_id", "export_country", "shipped_on"]],
    ["shipments_seller_import_idx", ["seller_organisation_id", "import_country", "shipped_on"]],
    ["shipments_buyer_export_idx", ["buyer_organisation_id", "export_country", "shipped_on"]],
    ["shipments_buyer_import_idx", ["buyer_organisation_id", "import_country", "shipped_on"]],
    ["shipments_export_mode_idx", ["export_country", "mode", "shipped_on"]],
    ["shipments_import_mode_idx", ["import_country", "mode", "shipped_on"]],
  ];
  for (const [name, columns] of indexes) await db.schema.createIndex(name).on("shipments").columns(columns).execute();
}
