import type { Database } from "../../db/database.js";
import type { ServiceContext } from "../../graph/context.js";
import { adminOf, company, verifiedCompany, type Company } from "./companies.js";
import { loadReferenceData } from "./reference.js";

/** Matching, compliance and insights stories run on a fixed clock: 27 November 2026, 09:00 UTC. */
export const NOW = "2026-11-27T09:00:00.000Z";

export interface World {
  admin: ServiceContext;
  /** Gdańsk Fresh Foods, a verified Polish buyer (PLN). */
  buyer: Company;
  /** Kelapa Nusantara, Malaysia. */
  kelapa: Company;
  /** Mekong Coco, Vietnam: desiccated coconut. */
  mekong: Company;
  /** Volga Grain, Russia: also sells steel plate. */
  volga: Company;
  /** Manila Nuts, Philippines: never verified. */
  manila: Company;
}

/** The admin, a verified buyer in Poland, three verified exporters and an unverified one, and the demo rates from the buyer's, sellers' and Saudi currencies. */
export async function world(database: Database): Promise<World> {
  await loadReferenceData(database, ["PLN", "MYR", "EUR", "RUB", "SAR"]);
  const admin = await adminOf(database, NOW);
  const buyer = await verifiedCompany(database, admin, { email: "marta@gdansk-foods.example", legalName: "Gdańsk Fresh Foods Sp. z o.o.", country: "PL", kind: "buyer" }, NOW);
  const kelapa = await verifiedCompany(database, admin, { email: "aminah@kelapa.example", legalName: "Kelapa Nusantara Sdn. Bhd.", country: "MY", kind: "exporter" }, NOW);
  const mekong = await verifiedCompany(database, admin, { email: "linh@mekongcoco.example", legalName: "Mekong Coco JSC", country: "VN", kind: "exporter" }, NOW);
  const volga = await verifiedCompany(database, admin, { email: "olga@volga-grain.example", legalName: "Volga Grain LLC", country: "RU", kind: "exporter" }, NOW);
  const manila = await company(database, { email: "jose@manilanuts.example", legalName: "Manila Nuts Inc.", country: "PH", kind: "exporter" }, NOW);
  return { admin, buyer, kelapa, mekong, volga, manila };
}
