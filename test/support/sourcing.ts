import type { Database } from "../../db/database.js";
import { COCONUT_REQUEST } from "../../db/seed/products.js";
import type { ServiceContext } from "../../graph/context.js";
import { setFxRate } from "../../graph/fx/service.js";
import { systemContext } from "../../graph/runtime.js";
import type { CreateSourcingRequestInput, SubmitQuoteInput } from "../../graph/sourcing/service.js";
import { adminOf, company, verifiedCompany, type Company } from "./companies.js";
import { loadReferenceData } from "./reference.js";

/** Sourcing, trade and shipping stories run on a fixed clock: 1 December 2026, 09:00 UTC. */
export const NOW = "2026-12-01T09:00:00.000Z";

export interface Market {
  admin: ServiceContext;
  /** Baltic Fresh, a Polish importer in Gdańsk; its preferred currency is PLN. */
  buyer: Company;
  /** Kelapa Nusantara, a verified Malaysian coconut exporter quoting in USD. */
  kelapa: Company;
  /** Mekong Coco, a verified Vietnamese exporter. */
  mekong: Company;
  /** Manila Nuts, an exporter that never got verified. */
  manila: Company;
}

/** The nomenclature the tests use, the admin, a buyer and three exporters, and USD and EUR rates to PLN. */
export async function market(database: Database): Promise<Market> {
  await loadReferenceData(database, []);
  const admin = await adminOf(database, NOW);
  const buyer = await company(database, { email: "marta@balticfresh.example", legalName: "Baltic Fresh Sp. z o.o.", country: "PL", kind: "buyer" }, NOW);
  const kelapa = await verifiedCompany(database, admin, { email: "aminah@kelapa.example", legalName: "Kelapa Nusantara Sdn. Bhd.", country: "MY", kind: "exporter" }, NOW);
  const mekong = await verifiedCompany(database, admin, { email: "linh@mekongcoco.example", legalName: "Mekong Coco JSC", country: "VN", kind: "exporter" }, NOW);
  const manila = await company(database, { email: "jose@manilanuts.example", legalName: "Manila Nuts Inc.", country: "PH", kind: "exporter" }, NOW);
  const system = systemContext(database);
  await setFxRate(system, { base: "USD", quote: "PLN", rate: "4.0625", asOf: "2026-11-26" });
  await setFxRate(system, { base: "EUR", quote: "PLN", rate: "4.2710", asOf: "2026-11-25" });
  return { admin, buyer, kelapa, mekong, manila };
}

/** 40 t of husked coconuts delivered CIF Gdańsk, as a Polish buyer posts it in US dollars, needed by 15 February. */
export const COCONUTS: CreateSourcingRequestInput = {
  ...COCONUT_REQUEST,
  title: "Husked coconuts, 40 t for the Polish retail market",
  description: "Mature husked coconuts, 800–1000 g each, packed in 25 kg mesh bags, two 40' reefers.",
  keywords: ["coconut", "husked", "fresh"],
  targetUnitPrice: { amount: "1100.00", currency: "USD" },
  neededBy: "2027-02-15",
};

/** 40 t of coconuts CIF Gdańsk at a target in złoty, needed by 5 February: about ten weeks after the matching stories' day. */
export function coconutRequest(overrides: Partial<CreateSourcingRequestInput> = {}): CreateSourcingRequestInput {
  return {
    ...COCONUT_REQUEST,
    title: "Fresh coconuts for the Polish retail market",
    description: "Mature husked coconuts, 800–1000 g each, two 40' reefers.",
    keywords: ["coconut", "husked"],
    neededBy: "2027-02-05",
    ...overrides,
  };
}

/** Kelapa's offer: USD 1 050 a tonne CIF Gdańsk, 35 days, against a letter of credit. */
export function kelapaQuote(requestId: string, overrides: Partial<SubmitQuoteInput> = {}): SubmitQuoteInput {
  return {
    requestId,
    unitPrice: { amount: "1050.00", currency: "USD" },
    quantity: 40,
    incoterm: "CIF",
    namedPlace: "Gdańsk",
    leadTimeDays: 35,
    validUntil: "2026-12-31",
    paymentTerms: "LETTER_OF_CREDIT",
    moq: 5,
    message: "Two 40' reefers from Port Klang, fumigated, phytosanitary certificate included.",
    ...overrides,
  };
}

type CountedTable = "sourcing_requests" | "sourcing_request_events" | "quotes" | "quote_events" | "notifications" | "outbox";

export async function count(database: Database, table: CountedTable): Promise<number> {
  const row = await database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function counts(database: Database): Promise<Record<CountedTable, number>> {
  const tables: CountedTable[] = ["sourcing_requests", "sourcing_request_events", "quotes", "quote_events", "notifications", "outbox"];
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await count(database, t)]))) as Record<CountedTable, number>;
}
