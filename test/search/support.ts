import type { Database } from "../../db/database.js";
import { importHs } from "../../db/import/hs.js";
import { systemContext } from "../../graph/runtime.js";
import { createListing, publishListing, refreshSellerVerification, type Listing, type NewListing } from "../../graph/listings/service.js";
import { searchListings, type SearchListingsArgs } from "../../graph/search/service.js";
import { ctxAs } from "../support/identity.js";
import { coconuts, exporter, ledLamps, loadReferenceData, oliveOil, type Company } from "../listings/support.js";

/** Coffee is not among the listings suite's HS codes; the catalogue below needs it. */
const COFFEE_HS = [
  "section,hscode,description,parent,level",
  'II,0901,"Coffee, whether or not roasted or decaffeinated; coffee husks and skins; coffee substitutes containing coffee in any proportion",09,4',
  'II,090111,"Coffee; not roasted, not decaffeinated",0901,6',
].join("\n");

export function robustaCoffee(overrides: Partial<NewListing> = {}): NewListing {
  return {
    externalRef: "VNR-ROB-G1",
    title: "Robusta coffee beans, grade 1, screen 18",
    description: "Wet-polished robusta from Đắk Lắk, moisture 12.5 % max, 60 kg jute bags.",
    locale: "en",
    hsCode: "090111",
    originCountry: "VN",
    unit: "KGM",
    currency: "USD",
    priceTiers: [{ minQuantity: 1000, unitPrice: "2.10" }],
    moq: 1000,
    availableQuantity: 60000,
    leadTimeDays: 10,
    incoterms: [{ code: "FOB", namedPlace: "Ho Chi Minh City" }],
    shipFromPort: "VNSGN",
    ...overrides,
  };
}

export interface Catalogue {
  kelapa: Company;
  coconuts: Listing;
  olive: Listing;
  lamps: Listing;
  coffee: Listing;
}

export async function published(company: Company, input: NewListing): Promise<Listing> {
  return publishListing(company.ctx, (await createListing(company.ctx, input)).id);
}

/**
 * Four active listings from four countries, in four currencies and units, published in this order:
 * coconuts (MY, MYR/t, Polish translation, ships CIF Gdańsk), olive oil (ES, EUR/l), LED lamps
 * (CN, CNY/piece) and robusta coffee (VN, USD/kg), whose seller has since lost its verification.
 */
export async function catalogue(database: Database): Promise<Catalogue> {
  await loadReferenceData(database);
  await importHs(database, COFFEE_HS, "HS2022");
  const kelapa = await exporter(database, { verified: true });
  const coconutListing = await published(
    kelapa,
    coconuts({
      description: "Semi-husked mature coconuts from Johor estates, delivered CIF Gdańsk or FOB Port Klang.",
      translations: [{ locale: "pl", title: "Kokosy łuskane, klasa A", description: "Dojrzałe kokosy z plantacji w Johor." }],
    }),
  );
  const olivar = await exporter(database, { verified: true, email: "lucia@olivar.example", country: "ES" });
  const olive = await published(olivar, oliveOil());
  const bright = await exporter(database, { verified: true, email: "li@bright.example", country: "CN" });
  const lamps = await published(bright, ledLamps());
  const dakLak = await exporter(database, { verified: true, email: "an@daklak.example", country: "VN" });
  let coffee = await published(dakLak, robustaCoffee());
  await database.db.updateTable("organisations").set({ verification_status: "rejected" }).where("id", "=", dakLak.organisationId).execute();
  await refreshSellerVerification(systemContext(database), dakLak.organisationId);
  coffee = { ...coffee, sellerVerified: false };
  return { kelapa, coconuts: coconutListing, olive, lamps, coffee };
}

/** What an anonymous visitor of the catalogue gets for a search: the titles, in order. */
export async function titlesFor(database: Database, args: SearchListingsArgs): Promise<string[]> {
  const page = await searchListings(ctxAs(database), { first: 50, ...args });
  return page.edges.map((e) => e.node.title);
}
