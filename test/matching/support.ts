import type { Database } from "../../db/database.js";
import { importHs } from "../../db/import/hs.js";
import type { ServiceContext } from "../../graph/context.js";
import { systemContext } from "../../graph/runtime.js";
import { approveVerification, authenticate, createPlatformAdmin, requestVerification, signIn, updateOrganisation } from "../../graph/identity/service.js";
import { createListing, publishListing, type Listing, type NewListing } from "../../graph/listings/service.js";
import type { CreateSourcingRequestInput } from "../../graph/sourcing/service.js";
import { setFxRate } from "../../graph/fx/service.js";
import { ctxAs, GOOD_PASSWORD, ownerOf } from "../support/identity.js";

/** Matching tests run on a fixed clock: 27 November 2026, 09:00 UTC. */
export const NOW = "2026-11-27T09:00:00.000Z";

export const at = (ctx: ServiceContext, iso: string): ServiceContext => ({ ...ctx, now: () => new Date(iso) });

const NOMENCLATURE = [
  "section,hscode,description,parent,level",
  'II,0801,"Coconuts, Brazil nuts and cashew nuts",08,4',
  "II,080111,Coconuts; desiccated,0801,6",
  "II,080119,Coconuts; other than desiccated or in the inner shell,0801,6",
  'II,0804,"Dates, figs, pineapples, avocados, guavas, mangoes and mangosteens",08,4',
  'II,080450,"Guavas, mangoes and mangosteens",0804,6',
  'III,1509,"Olive oil and its fractions",15,4',
  "III,150910,Olive oil; virgin,1509,6",
  'XV,7208,"Flat-rolled products of iron or non-alloy steel, hot-rolled",72,4',
  "XV,720851,Flat-rolled iron or non-alloy steel; hot-rolled; not in coils; thickness exceeding 10mm,7208,6",
].join("\n");

export interface Company {
  ctx: ServiceContext;
  organisationId: string;
  userId: string;
  /** The owner's session, for a browser-like client: `caravan_session=<token>`. */
  token: string;
}

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

async function adminOf(database: Database): Promise<ServiceContext> {
  await createPlatformAdmin(systemContext(database), { email: "admin@caravan.example", displayName: "Admin", password: GOOD_PASSWORD });
  const signedIn = await signIn(ctxAs(database), { email: "admin@caravan.example", password: GOOD_PASSWORD });
  const viewer = await authenticate(ctxAs(database), { sessionToken: signedIn.session.token });
  if ("error" in viewer) throw new Error("the admin must authenticate");
  return at(ctxAs(database, viewer), NOW);
}

export async function company(database: Database, email: string, legalName: string, country: string, kind: "exporter" | "buyer" | "both"): Promise<Company> {
  const owner = await ownerOf(database, {
    email,
    password: GOOD_PASSWORD,
    displayName: legalName.split(" ")[0]!,
    organisation: { kind, legalName, country },
  });
  return { ...owner, ctx: at(owner.ctx, NOW) };
}

async function verified(database: Database, admin: ServiceContext, created: Company): Promise<Company> {
  const digits = created.organisationId.replace(/[^0-9]/g, "").padEnd(6, "7");
  await updateOrganisation(created.ctx, { addressLine1: "1 Harbour Road", city: "Port City", registrationNumber: `REG-${digits}`, taxId: `TAX-${digits}` });
  await requestVerification(created.ctx);
  await approveVerification(admin, created.organisationId);
  return created;
}

export async function world(database: Database): Promise<World> {
  await importHs(database, NOMENCLATURE, "HS2022");
  const admin = await adminOf(database);
  const system = systemContext(database);
  for (const [quote, rate] of [["PLN", "3.655"], ["MYR", "4.135"], ["EUR", "0.8625"], ["RUB", "80.75"], ["SAR", "3.7502"]] as const) {
    await setFxRate(system, { base: "USD", quote, rate, asOf: "2026-11-20" });
  }
  const buyer = await verified(database, admin, await company(database, "marta@gdansk-foods.example", "Gdańsk Fresh Foods Sp. z o.o.", "PL", "buyer"));
  const kelapa = await verified(database, admin, await company(database, "aminah@kelapa.example", "Kelapa Nusantara Sdn. Bhd.", "MY", "exporter"));
  const mekong = await verified(database, admin, await company(database, "linh@mekongcoco.example", "Mekong Coco JSC", "VN", "exporter"));
  const volga = await verified(database, admin, await company(database, "olga@volga-grain.example", "Volga Grain LLC", "RU", "exporter"));
  const manila = await company(database, "jose@manilanuts.example", "Manila Nuts Inc.", "PH", "exporter");
  return { admin, buyer, kelapa, mekong, volga, manila };
}

/** Creates a listing and, for a verified seller, publishes it. */
export async function listed(seller: Company, input: NewListing, publish = true): Promise<Listing> {
  const draft = await createListing(seller.ctx, input);
  return publish ? publishListing(seller.ctx, draft.id) : draft;
}

export function coconuts(overrides: Partial<NewListing> = {}): NewListing {
  return {
    title: "Fresh husked coconuts, Grade A",
    description: "Semi-husked mature coconuts from Johor estates, packed in 25 kg mesh bags.",
    locale: "en",
    hsCode: "0801.19",
    originCountry: "MY",
    unit: "TNE",
    currency: "USD",
    priceTiers: [
      { minQuantity: 5, unitPrice: "1290.00" },
      { minQuantity: 20, unitPrice: "1180.00" },
    ],
    moq: 5,
    availableQuantity: 400,
    leadTimeDays: 14,
    incoterms: [
      { code: "FOB", namedPlace: "Port Klang (MYPKG)" },
      { code: "CIF", namedPlace: "Gdańsk (PLGDN)" },
    ],
    shipFromPort: "MYPKG",
    ...overrides,
  };
}

export function desiccated(overrides: Partial<NewListing> = {}): NewListing {
  return {
    title: "Desiccated coconut, fine grade",
    description: "Low-fat desiccated coconut in 25 kg kraft bags.",
    locale: "en",
    hsCode: "080111",
    originCountry: "VN",
    unit: "KGM",
    currency: "USD",
    priceTiers: [{ minQuantity: 1000, unitPrice: "2.10" }],
    moq: 1000,
    availableQuantity: 60000,
    leadTimeDays: 20,
    incoterms: [{ code: "FOB", namedPlace: "Ho Chi Minh City" }],
    shipFromPort: "VNSGN",
    ...overrides,
  };
}

export function mangoes(overrides: Partial<NewListing> = {}): NewListing {
  return {
    title: "Dried mango slices",
    description: "Sulphite-free dried Carabao mango.",
    locale: "en",
    hsCode: "080450",
    originCountry: "PH",
    unit: "KGM",
    currency: "USD",
    priceTiers: [{ minQuantity: 500, unitPrice: "6.80" }],
    moq: 500,
    availableQuantity: 20000,
    leadTimeDays: 10,
    incoterms: [{ code: "FOB", namedPlace: "Manila" }],
    shipFromPort: "PHMNL",
    ...overrides,
  };
}

export function steelPlate(overrides: Partial<NewListing> = {}): NewListing {
  return {
    title: "Hot-rolled steel plate S355, 12–40 mm",
    description: "Hot-rolled non-alloy steel plate, not in coils, mill certificate EN 10204 3.1.",
    locale: "en",
    hsCode: "720851",
    originCountry: "RU",
    unit: "TNE",
    currency: "USD",
    priceTiers: [{ minQuantity: 100, unitPrice: "610.00" }],
    moq: 100,
    availableQuantity: 5000,
    leadTimeDays: 30,
    incoterms: [{ code: "FCA", namedPlace: "Cherepovets" }],
    ...overrides,
  };
}

export function oliveOil(overrides: Partial<NewListing> = {}): NewListing {
  return {
    title: "Extra virgin olive oil, Picual",
    description: "Cold-extracted Picual from Jaén, acidity ≤ 0.3 %.",
    locale: "en",
    hsCode: "150910",
    originCountry: "ES",
    unit: "LTR",
    currency: "EUR",
    priceTiers: [{ minQuantity: 1000, unitPrice: "6.40" }],
    moq: 1000,
    availableQuantity: 60000,
    leadTimeDays: 14,
    incoterms: [{ code: "FCA", namedPlace: "Valencia" }],
    shipFromPort: "ESVLC",
    ...overrides,
  };
}

/** 40 t of coconuts CIF Gdańsk, needed by 5 February: about ten weeks ahead. */
export function coconutRequest(overrides: Partial<CreateSourcingRequestInput> = {}): CreateSourcingRequestInput {
  return {
    title: "Fresh coconuts for the Polish retail market",
    description: "Mature husked coconuts, 800–1000 g each, two 40' reefers.",
    hsCode: "0801.19",
    keywords: ["coconut", "husked"],
    quantity: 40,
    unit: "TNE",
    targetUnitPrice: { amount: "4800.00", currency: "PLN" },
    destinationCountry: "PL",
    destinationPort: "PLGDN",
    incoterm: "CIF",
    neededBy: "2027-02-05",
    visibility: "all",
    ...overrides,
  };
}

export async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}
