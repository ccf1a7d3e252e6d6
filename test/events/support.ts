import type { Database } from "../../db/database.js";
import type { ServiceContext } from "../../graph/context.js";
import { adminOf, at, exporter } from "../support/companies.js";
import { coconutsForSale, listed } from "../support/listings.js";
import { loadReferenceData } from "../support/reference.js";

/** Sale-event stories run on a fixed clock: 1 November 2026, midnight UTC. */
export const NOW = "2026-11-01T00:00:00Z";

/** A verified exporter with one live listing of coconuts at 850.00 per tonne from 5 t (800.00 from 20 t). */
export async function exporterWithListing(database: Database, admin: ServiceContext, who: { email: string; country: string; legalName: string; currency: string }) {
  const owner = await exporter(database, { verified: true, approvedBy: admin, email: who.email, country: who.country, legalName: who.legalName, timeZone: "Asia/Kuala_Lumpur" });
  const listing = await listed(owner, coconutsForSale({ originCountry: who.country, currency: who.currency }));
  return { ctx: at(owner.ctx, NOW), organisationId: owner.organisationId, listingId: listing.id };
}

export async function marketplace(database: Database) {
  await loadReferenceData(database, []);
  const admin = await adminOf(database, NOW);
  const kelapa = await exporterWithListing(database, admin, { email: "aminah@kelapa.example", country: "MY", legalName: "Kelapa Sdn. Bhd.", currency: "USD" });
  const other = await exporterWithListing(database, admin, { email: "ana@coco.example", country: "PH", legalName: "Coco Export Inc.", currency: "USD" });
  return { admin, kelapa, other };
}
