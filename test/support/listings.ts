import { FRESH_COCONUTS, LED_BULBS, OLIVE_OIL, STEEL_PLATE } from "../../db/seed/products.js";
import { createListing, publishListing, type Listing, type NewListing } from "../../graph/listings/service.js";
import type { Company } from "./companies.js";

/*
 * The goods the tests list. A product the demo world sells starts from its definition in
 * db/seed/products.ts and overrides only what the story needs otherwise; goods the demo world does
 * not sell are written out here, once.
 */

type Optional = "locale" | "externalRef" | "shipFromPort" | "netWeightKg" | "grossWeightKg" | "volumeM3" | "packaging" | "certifications" | "translations";

/** The listing with these optional fields left out. */
export function without(listing: NewListing, ...fields: Optional[]): NewListing {
  const copy = { ...listing };
  for (const field of fields) delete copy[field];
  return copy;
}

/** The offer alone: what is sold, at what price, from where; no seller's reference, packing, certificates or translations. */
export function offerOf(listing: NewListing): NewListing {
  return without(listing, "externalRef", "netWeightKg", "grossWeightKg", "volumeM3", "packaging", "certifications", "translations");
}

/** Creates a listing and, unless told not to (or for an unverified seller), publishes it. */
export async function listed(seller: Company, input: NewListing, publish = true): Promise<Listing> {
  const draft = await createListing(seller.ctx, input);
  return publish ? publishListing(seller.ctx, draft.id) : draft;
}

/** Kelapa's husked coconuts as the listing, search and trade stories sell them: in ringgit, 5 t MOQ, cheaper from 20 t, FOB Port Klang. */
export function coconuts(overrides: Partial<NewListing> = {}): NewListing {
  return {
    ...FRESH_COCONUTS,
    externalRef: "KLP-COCO-001",
    title: "Fresh husked coconuts, Grade A",
    description: "Semi-husked mature coconuts from Johor estates, 1.1–1.3 kg each, packed in 25 kg mesh bags.",
    currency: "MYR",
    priceTiers: [
      { minQuantity: 5, unitPrice: "1250.00" },
      { minQuantity: 20, unitPrice: "1180.00" },
    ],
    leadTimeDays: 21,
    incoterms: [
      { code: "FOB", namedPlace: "Port Klang" },
      { code: "CIF", namedPlace: "Gdańsk" },
    ],
    certifications: [{ kind: "organic", reference: "MYORG-2026-118" }, { kind: "halal" }],
    translations: [{ locale: "ms", title: "Kelapa segar dikupas, Gred A", description: "Kelapa matang separuh dikupas dari ladang Johor." }],
    ...overrides,
  };
}

/** The demo world's coconut offer as the matching stories list it: in US dollars, nothing but the offer. */
export function coconutsInUsd(overrides: Partial<NewListing> = {}): NewListing {
  return {
    ...offerOf(FRESH_COCONUTS),
    title: "Fresh husked coconuts, Grade A",
    description: "Semi-husked mature coconuts from Johor estates, packed in 25 kg mesh bags.",
    ...overrides,
  };
}

/** Husked coconuts as the sale-event stories sell them: 850.00 a tonne from 5 t, 800.00 from 20 t, FOB Port Klang. */
export function coconutsForSale(overrides: Partial<NewListing> = {}): NewListing {
  return {
    ...without(offerOf(FRESH_COCONUTS), "locale", "shipFromPort"),
    title: "Mature coconuts, husked",
    description: "Husked mature coconuts, 20 kg sacks.",
    priceTiers: [
      { minQuantity: 5, unitPrice: "850.00" },
      { minQuantity: 20, unitPrice: "800.00" },
    ],
    availableQuantity: 200,
    leadTimeDays: 21,
    incoterms: [{ code: "FOB", namedPlace: "Port Klang" }],
    ...overrides,
  };
}

/** Olivar's extra virgin olive oil in 5 l tins, titled in English: EUR per litre, FCA Valencia. */
export function oliveOil(overrides: Partial<NewListing> = {}): NewListing {
  return {
    ...without(OLIVE_OIL, "packaging", "certifications", "translations"),
    externalRef: "OLV-EVOO-5L",
    title: "Extra virgin olive oil, Picual, 5 l tins",
    description: "Cold-extracted Picual from Jaén, acidity ≤ 0.3 %, harvest 2026/27.",
    hsCode: "150910",
    incoterms: [{ code: "FCA", namedPlace: "Valencia" }],
    ...overrides,
  };
}

/** The olive oil as the matching stories list it: in English, one price, nothing but the offer. */
export function oliveOilInEnglish(overrides: Partial<NewListing> = {}): NewListing {
  return {
    ...offerOf(OLIVE_OIL),
    title: "Extra virgin olive oil, Picual",
    description: "Cold-extracted Picual from Jaén, acidity ≤ 0.3 %.",
    locale: "en",
    hsCode: "150910",
    priceTiers: [{ minQuantity: 1000, unitPrice: "6.40" }],
    incoterms: [{ code: "FCA", namedPlace: "Valencia" }],
    ...overrides,
  };
}

/** Shenzhen Bright's LED bulbs, priced in yuan per piece, FOB Shanghai. */
export function ledLamps(overrides: Partial<NewListing> = {}): NewListing {
  return {
    ...without(LED_BULBS, "packaging"),
    externalRef: "SZB-A60-9W",
    title: "LED bulb A60 9 W E27 2700 K",
    description: "806 lm, CRI > 80, 15,000 h, CE and RoHS.",
    hsCode: "853950",
    currency: "CNY",
    priceTiers: [
      { minQuantity: 5000, unitPrice: "3.20" },
      { minQuantity: 50000, unitPrice: "2.75" },
    ],
    availableQuantity: 800000,
    leadTimeDays: 30,
    incoterms: [{ code: "FOB", namedPlace: "Shanghai" }],
    shipFromPort: "CNSGH",
    certifications: [{ kind: "ce", reference: "CE-2026-0917" }],
    ...overrides,
  };
}

/** Volga's steel plate, FCA Cherepovets only: Russian steel into the EU is embargoed. */
export function steelPlate(overrides: Partial<NewListing> = {}): NewListing {
  return {
    ...without(offerOf(STEEL_PLATE), "shipFromPort"),
    title: "Hot-rolled steel plate S355, 12–40 mm",
    description: "Hot-rolled non-alloy steel plate, not in coils, mill certificate EN 10204 3.1.",
    hsCode: "720851",
    incoterms: [{ code: "FCA", namedPlace: "Cherepovets" }],
    ...overrides,
  };
}

/** Mekong Coco's desiccated coconut (VN): the same heading as the fresh coconuts, not the same goods. */
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
