import type { Database } from "../../db/database.js";
import { importHs } from "../../db/import/hs.js";
import type { ServiceContext } from "../../graph/context.js";
import { systemContext } from "../../graph/runtime.js";
import { approveVerification, requestVerification, updateOrganisation } from "../../graph/identity/service.js";
import type { NewListing } from "../../graph/listings/service.js";
import { setFxRate } from "../../graph/fx/service.js";
import { ownerOf, signUpInput } from "../support/identity.js";

/** The headings and subheadings the stories below use, as UN Comtrade's HS 2022 file writes them. */
const HS_SAMPLE = [
  "section,hscode,description,parent,level",
  'II,0801,"Coconuts, Brazil nuts and cashew nuts, fresh or dried, whether or not shelled or peeled",08,4',
  'II,080119,"Nuts, edible; coconuts, fresh or dried, other than desiccated or in the inner shell (endocarp)",0801,6',
  'III,1509,"Olive oil and its fractions, whether or not refined, but not chemically modified",15,4',
  "III,150910,Olive oil; virgin,1509,6",
  'XVI,8539,"Electric filament or discharge lamps, including sealed beam lamp units and ultra-violet or infra-red lamps; arc-lamps; light-emitting diode (LED) light sources",85,4',
  "XVI,853950,Lamps; light-emitting diode (LED) lamps,8539,6",
].join("\n");

/** Rates as the demo world has them: one US dollar in each currency on 2026-11-20. */
export const RATES = { MYR: "4.135", EUR: "0.8625", CNY: "7.104", PLN: "3.655" } as const;

export async function loadReferenceData(database: Database): Promise<void> {
  await importHs(database, HS_SAMPLE, "HS2022");
  for (const [quote, rate] of Object.entries(RATES)) {
    await setFxRate(systemContext(database), { base: "USD", quote, rate, asOf: "2026-11-20" });
  }
}

const COMPLETE_PROFILE = {
  addressLine1: "Lot 12, Jalan Kelapa Emas",
  city: "Port Klang",
  registrationNumber: "201901012345",
  taxId: "C2581234509",
};

export interface Company {
  ctx: ServiceContext;
  organisationId: string;
  userId: string;
  token: string;
}

export async function exporter(database: Database, options: { verified: boolean; email?: string; country?: string; kind?: "exporter" | "buyer" | "both" }): Promise<Company> {
  const company = await ownerOf(database, signUpInput({ email: options.email ?? "aminah@kelapa.example", country: options.country ?? "MY", kind: options.kind ?? "exporter" }));
  if (options.verified) {
    await updateOrganisation(company.ctx, COMPLETE_PROFILE);
    await requestVerification(company.ctx);
    await approveVerification(systemContext(database), company.organisationId);
  }
  return company;
}

/** Kelapa's desiccated-free, husked coconuts: 5 t MOQ, cheaper from 20 t, FOB Port Klang. */
export function coconuts(overrides: Partial<NewListing> = {}): NewListing {
  return {
    externalRef: "KLP-COCO-001",
    title: "Fresh husked coconuts, Grade A",
    description: "Semi-husked mature coconuts from Johor estates, 1.1–1.3 kg each, packed in 25 kg mesh bags.",
    locale: "en",
    hsCode: "0801.19",
    originCountry: "MY",
    unit: "TNE",
    currency: "MYR",
    priceTiers: [
      { minQuantity: 5, unitPrice: "1250.00" },
      { minQuantity: 20, unitPrice: "1180.00" },
    ],
    moq: 5,
    availableQuantity: 400,
    leadTimeDays: 21,
    incoterms: [
      { code: "FOB", namedPlace: "Port Klang" },
      { code: "CIF", namedPlace: "Gdańsk" },
    ],
    shipFromPort: "MYPKG",
    netWeightKg: 1000,
    grossWeightKg: 1030,
    volumeM3: 2.4,
    packaging: "25 kg mesh bags, 40 bags per pallet",
    certifications: [{ kind: "organic", reference: "MYORG-2026-118" }, { kind: "halal" }],
    translations: [{ locale: "ms", title: "Kelapa segar dikupas, Gred A", description: "Kelapa matang separuh dikupas dari ladang Johor." }],
    ...overrides,
  };
}

export function oliveOil(overrides: Partial<NewListing> = {}): NewListing {
  return {
    externalRef: "OLV-EVOO-5L",
    title: "Extra virgin olive oil, Picual, 5 l tins",
    description: "Cold-extracted Picual from Jaén, acidity ≤ 0.3 %, harvest 2026/27.",
    locale: "es",
    hsCode: "150910",
    originCountry: "ES",
    unit: "LTR",
    currency: "EUR",
    priceTiers: [
      { minQuantity: 1000, unitPrice: "6.40" },
      { minQuantity: 10000, unitPrice: "5.95" },
    ],
    moq: 1000,
    availableQuantity: 60000,
    leadTimeDays: 14,
    incoterms: [{ code: "FCA", namedPlace: "Valencia" }],
    shipFromPort: "ESVLC",
    ...overrides,
  };
}

export function ledLamps(overrides: Partial<NewListing> = {}): NewListing {
  return {
    externalRef: "SZB-A60-9W",
    title: "LED bulb A60 9 W E27 2700 K",
    description: "806 lm, CRI > 80, 15,000 h, CE and RoHS.",
    locale: "en",
    hsCode: "853950",
    originCountry: "CN",
    unit: "H87",
    currency: "CNY",
    priceTiers: [
      { minQuantity: 5000, unitPrice: "3.20" },
      { minQuantity: 50000, unitPrice: "2.75" },
    ],
    moq: 5000,
    availableQuantity: 800000,
    leadTimeDays: 30,
    incoterms: [{ code: "FOB", namedPlace: "Shanghai" }],
    shipFromPort: "CNSGH",
    certifications: [{ kind: "ce", reference: "CE-2026-0917" }],
    ...overrides,
  };
}

export async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}
