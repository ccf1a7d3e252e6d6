import type { Database } from "../../db/database.js";
import { importHs } from "../../db/import/hs.js";
import type { ServiceContext } from "../../graph/context.js";
import { systemContext } from "../../graph/runtime.js";
import { DomainError, UserInputProblems } from "../../graph/errors.js";
import {
  approveVerification,
  authenticate,
  createPlatformAdmin,
  requestVerification,
  signIn,
  updateOrganisation,
} from "../../graph/identity/service.js";
import type { CreateSourcingRequestInput, SubmitQuoteInput } from "../../graph/sourcing/service.js";
import { setFxRate } from "../../graph/fx/service.js";
import { ctxAs, GOOD_PASSWORD, ownerOf } from "../support/identity.js";

/** Service tests run on a fixed clock: 1 December 2026, 09:00 UTC. */
export const NOW = "2026-12-01T09:00:00.000Z";

export const at = (ctx: ServiceContext, iso: string): ServiceContext => ({ ...ctx, now: () => new Date(iso) });

export const NOMENCLATURE = [
  "section,hscode,description,parent,level",
  'II,08,"Fruit and nuts, edible",TOTAL,2',
  'II,0801,"Coconuts, Brazil nuts and cashew nuts",08,4',
  "II,080111,Coconuts; desiccated,0801,6",
  "II,080119,Coconuts; other than desiccated or in the inner shell,0801,6",
  "II,0804,\"Dates, figs, pineapples, avocados, guavas, mangoes and mangosteens\",08,4",
  "II,080450,\"Guavas, mangoes and mangosteens\",0804,6",
].join("\n");

export interface Company {
  ctx: ServiceContext;
  organisationId: string;
  userId: string;
  token: string;
}

export async function adminOf(database: Database): Promise<ServiceContext> {
  await createPlatformAdmin(systemContext(database), { email: "admin@caravan.example", displayName: "Admin", password: GOOD_PASSWORD });
  const signedIn = await signIn(ctxAs(database), { email: "admin@caravan.example", password: GOOD_PASSWORD });
  const viewer = await authenticate(ctxAs(database), { sessionToken: signedIn.session.token });
  if ("error" in viewer) throw new Error("the admin must authenticate");
  return at(ctxAs(database, viewer), NOW);
}

interface CompanySpec {
  email: string;
  legalName: string;
  country: string;
  kind: "exporter" | "buyer" | "both";
  locale?: "en" | "ar";
}

export async function company(database: Database, spec: CompanySpec): Promise<Company> {
  const owner = await ownerOf(database, {
    email: spec.email,
    password: GOOD_PASSWORD,
    displayName: spec.legalName.split(" ")[0]!,
    locale: spec.locale ?? "en",
    organisation: { kind: spec.kind, legalName: spec.legalName, country: spec.country },
  });
  return { ...owner, ctx: at(owner.ctx, NOW) };
}

/** Signs a company up, completes its profile and has the platform admin verify it. */
export async function verifiedCompany(database: Database, admin: ServiceContext, spec: CompanySpec): Promise<Company> {
  const created = await company(database, spec);
  await updateOrganisation(created.ctx, {
    addressLine1: "1 Harbour Road",
    city: "Port City",
    registrationNumber: `REG-${spec.email.length}-${spec.country}`,
    taxId: `TAX-${spec.country}-${spec.legalName.length}`,
  });
  await requestVerification(created.ctx);
  await approveVerification(admin, created.organisationId);
  return created;
}

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

/** The nomenclature the tests use, the admin, a buyer and three exporters, and USD and VND rates to PLN. */
export async function market(database: Database): Promise<Market> {
  await importHs(database, NOMENCLATURE, "HS2022");
  const admin = await adminOf(database);
  const buyer = await company(database, { email: "marta@balticfresh.example", legalName: "Baltic Fresh Sp. z o.o.", country: "PL", kind: "buyer" });
  const kelapa = await verifiedCompany(database, admin, { email: "aminah@kelapa.example", legalName: "Kelapa Nusantara Sdn. Bhd.", country: "MY", kind: "exporter" });
  const mekong = await verifiedCompany(database, admin, { email: "linh@mekongcoco.example", legalName: "Mekong Coco JSC", country: "VN", kind: "exporter" });
  const manila = await company(database, { email: "jose@manilanuts.example", legalName: "Manila Nuts Inc.", country: "PH", kind: "exporter" });
  const system = systemContext(database);
  await setFxRate(system, { base: "USD", quote: "PLN", rate: "4.0625", asOf: "2026-11-26" });
  await setFxRate(system, { base: "EUR", quote: "PLN", rate: "4.2710", asOf: "2026-11-25" });
  return { admin, buyer, kelapa, mekong, manila };
}

/** 40 t of husked coconuts delivered CIF Gdańsk, as a Polish buyer posts it. */
export const COCONUTS: CreateSourcingRequestInput = {
  title: "Husked coconuts, 40 t for the Polish retail market",
  description: "Mature husked coconuts, 800–1000 g each, packed in 25 kg mesh bags, two 40' reefers.",
  hsCode: "0801.19",
  keywords: ["coconut", "husked", "fresh"],
  quantity: 40,
  unit: "TNE",
  targetUnitPrice: { amount: "1100.00", currency: "USD" },
  destinationCountry: "PL",
  destinationPort: "PLGDN",
  incoterm: "CIF",
  neededBy: "2027-02-15",
  visibility: "all",
};

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

export async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => error,
  );
}

export async function problemsOf(promise: Promise<unknown>): Promise<{ field: string | null; code: string }[]> {
  const error = await errorOf(promise);
  if (!(error instanceof UserInputProblems)) throw error;
  return error.problems.map(({ field, code }) => ({ field, code }));
}

export async function codeOf(promise: Promise<unknown>): Promise<{ code: string; key: string }> {
  const error = await errorOf(promise);
  if (!(error instanceof DomainError)) throw error;
  return { code: error.code, key: error.messageKey };
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
