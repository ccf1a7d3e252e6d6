import type { Database } from "../../db/database.js";
import { importHs } from "../../db/import/hs.js";
import type { ServiceContext } from "../../graph/context.js";
import { systemContext } from "../../graph/runtime.js";
import { approveVerification, authenticate, createPlatformAdmin, requestVerification, signIn, updateOrganisation } from "../../graph/identity/service.js";
import { createListing, publishListing } from "../../graph/listings/service.js";
import { ctxAs, GOOD_PASSWORD, ownerOf, signUpInput } from "../support/identity.js";

const NOMENCLATURE = [
  "section,hscode,description,parent,level",
  'II,08,"Fruit and nuts, edible",TOTAL,2',
  'II,0801,"Coconuts, Brazil nuts and cashew nuts",08,4',
  "II,080119,Coconuts; other than desiccated or in the inner shell,0801,6",
].join("\n");

export const at = (ctx: ServiceContext, iso: string | number): ServiceContext => ({ ...ctx, now: () => new Date(iso) });

export async function adminOf(database: Database): Promise<ServiceContext> {
  await createPlatformAdmin(systemContext(database), { email: "admin@caravan.example", displayName: "Admin", password: GOOD_PASSWORD });
  const signedIn = await signIn(ctxAs(database), { email: "admin@caravan.example", password: GOOD_PASSWORD });
  const viewer = await authenticate(ctxAs(database), { sessionToken: signedIn.session.token });
  if ("error" in viewer) throw new Error("the admin must authenticate");
  return at(ctxAs(database, viewer), "2026-11-01T00:00:00Z");
}

/** A verified exporter with one live listing of coconuts at 850.00 per tonne from 5 t (800.00 from 20 t). */
export async function exporterWithListing(database: Database, admin: ServiceContext, who: { email: string; country: string; legalName: string; currency: string }) {
  const owner = await ownerOf(database, signUpInput({ email: who.email, country: who.country, organisation: { kind: "exporter", legalName: who.legalName, country: who.country, timeZone: "Asia/Kuala_Lumpur" } }));
  await updateOrganisation(owner.ctx, { addressLine1: "Lot 12, Jalan Kelapa Emas", city: "Port Klang", registrationNumber: "201901012345", taxId: "C2581234509" });
  await requestVerification(owner.ctx);
  await approveVerification(admin, owner.organisationId);
  const listing = await createListing(owner.ctx, {
    title: "Mature coconuts, husked",
    description: "Husked mature coconuts, 20 kg sacks.",
    hsCode: "0801.19",
    originCountry: who.country,
    unit: "TNE",
    currency: who.currency,
    priceTiers: [
      { minQuantity: 5, unitPrice: "850.00" },
      { minQuantity: 20, unitPrice: "800.00" },
    ],
    moq: 5,
    availableQuantity: 200,
    leadTimeDays: 21,
    incoterms: [{ code: "FOB", namedPlace: "Port Klang" }],
  });
  await publishListing(owner.ctx, listing.id);
  return { ctx: at(owner.ctx, "2026-11-01T00:00:00Z"), organisationId: owner.organisationId, listingId: listing.id };
}

export async function marketplace(database: Database) {
  await importHs(database, NOMENCLATURE, "HS2022");
  const admin = await adminOf(database);
  const kelapa = await exporterWithListing(database, admin, { email: "aminah@kelapa.example", country: "MY", legalName: "Kelapa Sdn. Bhd.", currency: "USD" });
  const other = await exporterWithListing(database, admin, { email: "ana@coco.example", country: "PH", legalName: "Coco Export Inc.", currency: "USD" });
  return { admin, kelapa, other };
}

