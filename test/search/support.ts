import type { Database } from "../../db/database.js";
import { refreshSellerVerification, type Listing } from "../../graph/listings/service.js";
import { systemContext } from "../../graph/runtime.js";
import { searchListings, type SearchListingsArgs } from "../../graph/search/service.js";
import { exporter, type Company } from "../support/companies.js";
import { ctxAs } from "../support/identity.js";
import { coconuts, ledLamps, listed, oliveOil, robustaCoffee } from "../support/listings.js";
import { loadReferenceData } from "../support/reference.js";

export interface Catalogue {
  kelapa: Company;
  coconuts: Listing;
  olive: Listing;
  lamps: Listing;
  coffee: Listing;
}

/**
 * Four active listings from four countries, in four currencies and units, published in this order:
 * coconuts (MY, MYR/t, Polish translation, ships CIF Gdańsk), olive oil (ES, EUR/l), LED lamps
 * (CN, CNY/piece) and robusta coffee (VN, USD/kg), whose seller has since lost its verification.
 */
export async function catalogue(database: Database): Promise<Catalogue> {
  await loadReferenceData(database);
  const kelapa = await exporter(database, { verified: true });
  const coconutListing = await listed(
    kelapa,
    coconuts({
      description: "Semi-husked mature coconuts from Johor estates, delivered CIF Gdańsk or FOB Port Klang.",
      translations: [{ locale: "pl", title: "Kokosy łuskane, klasa A", description: "Dojrzałe kokosy z plantacji w Johor." }],
    }),
  );
  const olivar = await exporter(database, { verified: true, email: "lucia@olivar.example", country: "ES" });
  const olive = await listed(olivar, oliveOil());
  const bright = await exporter(database, { verified: true, email: "li@bright.example", country: "CN" });
  const lamps = await listed(bright, ledLamps());
  const dakLak = await exporter(database, { verified: true, email: "an@daklak.example", country: "VN" });
  let coffee = await listed(dakLak, robustaCoffee());
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
