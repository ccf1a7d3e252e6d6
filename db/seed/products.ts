import type { NewListing } from "../../graph/listings/service.js";
import type { CreateSourcingRequestInput } from "../../graph/sourcing/service.js";

/*
 * The goods of the demo world, each written once: db/seed/marketplace.ts lists them for the demo
 * exporters, and the tests' factories (test/support/listings.ts) start from them, spreading a
 * definition and overriding what a story needs otherwise. Prices are what such lots cost in late
 * 2026, per the unit named. HS codes are HS 2022: extra virgin olive oil is 1509.20 and LED lamps
 * 8539.52 since that edition.
 */

/** Kelapa Nusantara's fresh coconuts, the coconut story's goods: 5 t MOQ, cheaper from 20 t, FOB Port Klang or CIF Gdańsk. */
export const FRESH_COCONUTS: NewListing = {
  externalRef: "KLP-COCO-FRESH",
  title: "Fresh semi-husked coconuts, Grade A",
  description:
    "Mature semi-husked coconuts from Johor and Perak estates, 1.1–1.3 kg each, packed in 25 kg mesh bags, shipped in 40' reefers at 13 °C. Phytosanitary certificate with every shipment.",
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
  netWeightKg: 1000,
  grossWeightKg: 1030,
  volumeM3: 2.4,
  packaging: "25 kg mesh bags, 40 bags per pallet",
  certifications: [{ kind: "halal", reference: "JAKIM-2026-05521" }],
  translations: [
    { locale: "ms", title: "Kelapa segar separuh dikupas, Gred A", description: "Kelapa matang separuh dikupas dari ladang Johor dan Perak, 1.1–1.3 kg sebiji, dalam beg jaring 25 kg." },
    { locale: "pl", title: "Świeże kokosy, częściowo obrane, klasa A", description: "Dojrzałe kokosy z plantacji w Johor i Perak, 1,1–1,3 kg sztuka, w workach siatkowych po 25 kg." },
    { locale: "zh", title: "新鲜半去壳椰子，A级", description: "来自柔佛和霹雳种植园的成熟半去壳椰子，每个 1.1–1.3 公斤，25 公斤网袋包装，40 英尺冷藏集装箱 13 °C 运输。每批附植物检疫证书。" },
  ],
};

/** Kelapa Nusantara's desiccated coconut: the same heading as the fresh coconuts, not the same goods. */
export const DESICCATED_COCONUT: NewListing = {
  externalRef: "KLP-COCO-DESIC",
  title: "Desiccated coconut, fine grade",
  description: "High-fat desiccated coconut, fine cut, moisture ≤ 3 %, in 25 kg multi-wall kraft bags with PE liner.",
  locale: "en",
  hsCode: "0801.11",
  originCountry: "MY",
  unit: "TNE",
  currency: "USD",
  priceTiers: [
    { minQuantity: 5, unitPrice: "2150.00" },
    { minQuantity: 20, unitPrice: "1990.00" },
  ],
  moq: 5,
  availableQuantity: 120,
  leadTimeDays: 21,
  incoterms: [
    { code: "FOB", namedPlace: "Port Klang (MYPKG)" },
    { code: "CIF", namedPlace: "Gdańsk (PLGDN)" },
  ],
  shipFromPort: "MYPKG",
  packaging: "25 kg kraft bags, 20 t per 20' container",
  certifications: [{ kind: "halal", reference: "JAKIM-2026-05522" }],
};

/** Shenzhen Bright's LED bulbs, sold by the piece. */
export const LED_BULBS: NewListing = {
  externalRef: "SZB-A60-9W-E27",
  title: "LED bulb A60, 9 W, E27, 2700 K",
  description: "806 lm, CRI > 80, 15,000 h rated life, frosted PC cover. Each bulb in a printed box, 100 per carton.",
  locale: "en",
  hsCode: "8539.52",
  originCountry: "CN",
  unit: "H87",
  currency: "USD",
  priceTiers: [
    { minQuantity: 5000, unitPrice: "0.45" },
    { minQuantity: 50000, unitPrice: "0.39" },
  ],
  moq: 5000,
  availableQuantity: 2_000_000,
  leadTimeDays: 25,
  // Yantian, Shenzhen's container port, is not among the built-in ports; the named place says it.
  incoterms: [
    { code: "FOB", namedPlace: "Shenzhen Yantian (CNYTN)" },
    { code: "FCA", namedPlace: "Shenzhen" },
  ],
  packaging: "100 bulbs per carton, 60 cartons per pallet",
  certifications: [{ kind: "ce", reference: "CE-LVD-2026-0917" }],
};

/** Volga Grain's milling wheat, in bulk. */
export const MILLING_WHEAT: NewListing = {
  externalRef: "VG-WHEAT-4",
  title: "Milling wheat, class 4, 12.5 % protein",
  description: "Soft red milling wheat, protein ≥ 12.5 % (dry basis), moisture ≤ 14 %, test weight ≥ 76 kg/hl, falling number ≥ 250 s. Bulk.",
  locale: "en",
  hsCode: "1001.99",
  originCountry: "RU",
  unit: "TNE",
  currency: "USD",
  priceTiers: [
    { minQuantity: 500, unitPrice: "238.00" },
    { minQuantity: 5000, unitPrice: "229.00" },
  ],
  moq: 500,
  availableQuantity: 60_000,
  leadTimeDays: 21,
  incoterms: [
    { code: "FOB", namedPlace: "Novorossiysk (RUNVS)" },
    { code: "CFR", namedPlace: "Jeddah (SAJED)" },
  ],
  shipFromPort: "RUNVS",
  packaging: "Bulk",
  translations: [{ locale: "ar", title: "قمح طحين، بروتين 12.5 %", description: "قمح طحين سائب، بروتين لا يقل عن 12.5 %، رطوبة لا تزيد على 14 %." }],
};

/** Volga Grain's steel plate: Russian steel into the EU is embargoed. */
export const STEEL_PLATE: NewListing = {
  externalRef: "VG-PLATE-S355",
  title: "Hot-rolled steel plate S355J2, 12–40 mm",
  description: "Hot-rolled non-alloy steel plate, not in coils, 2000–2500 mm wide, mill certificate EN 10204 3.1.",
  locale: "en",
  hsCode: "7208.51",
  originCountry: "RU",
  unit: "TNE",
  currency: "USD",
  priceTiers: [{ minQuantity: 100, unitPrice: "610.00" }],
  moq: 100,
  availableQuantity: 5000,
  leadTimeDays: 30,
  incoterms: [
    { code: "FOB", namedPlace: "St Petersburg (RULED)" },
    { code: "FCA", namedPlace: "Cherepovets" },
  ],
  shipFromPort: "RULED",
};

/** Olivar Andaluz's extra virgin olive oil, listed in Spanish with English and Arabic translations. */
export const OLIVE_OIL: NewListing = {
  externalRef: "OA-EVOO-PICUAL-5L",
  title: "Aceite de oliva virgen extra, Picual, latas de 5 l",
  description: "Picual de Jaén, extracción en frío, acidez ≤ 0,3 %, cosecha 2026/27. Latas de 5 l, 4 por caja.",
  locale: "es",
  hsCode: "1509.20",
  originCountry: "ES",
  unit: "LTR",
  currency: "EUR",
  priceTiers: [
    { minQuantity: 1000, unitPrice: "6.40" },
    { minQuantity: 10000, unitPrice: "5.95" },
  ],
  moq: 1000,
  availableQuantity: 60_000,
  leadTimeDays: 14,
  incoterms: [
    { code: "FCA", namedPlace: "Valencia (ESVLC)" },
    { code: "CFR", namedPlace: "Jeddah (SAJED)" },
  ],
  shipFromPort: "ESVLC",
  packaging: "5 l tins, 4 per carton, 180 cartons per pallet",
  certifications: [{ kind: "halal", reference: "IHCE-2026-1187" }],
  translations: [
    { locale: "en", title: "Extra virgin olive oil, Picual, 5 l tins", description: "Cold-extracted Picual from Jaén, acidity ≤ 0.3 %, harvest 2026/27. 5 l tins, 4 per carton." },
    { locale: "ar", title: "زيت زيتون بكر ممتاز، بيكوال، علب 5 لتر", description: "زيت زيتون بكر ممتاز من جيان، معصور على البارد، حموضة لا تزيد على 0.3 %." },
  ],
};

/** Baltic Amber's necklaces. */
export const AMBER_NECKLACE: NewListing = {
  externalRef: "BA-NECK-45",
  title: "Baltic amber bead necklace, 45 cm",
  description: "Natural Baltic amber beads, polished, knotted on silk with a screw clasp; mixed honey and cognac colours. No precious metal.",
  locale: "en",
  hsCode: "7117.90",
  originCountry: "PL",
  unit: "H87",
  currency: "PLN",
  priceTiers: [
    { minQuantity: 50, unitPrice: "189.00" },
    { minQuantity: 500, unitPrice: "159.00" },
  ],
  moq: 50,
  availableQuantity: 3000,
  leadTimeDays: 10,
  incoterms: [
    { code: "FCA", namedPlace: "Gdańsk (PLGDN)" },
    { code: "DAP", namedPlace: "Buyer's warehouse" },
  ],
  shipFromPort: "PLGDN",
  translations: [{ locale: "pl", title: "Naszyjnik z bursztynu bałtyckiego, 45 cm", description: "Naturalny bursztyn bałtycki, polerowane korale na jedwabiu." }],
};

/** Kivu Highlands' green coffee: a draft, since the exporter is still waiting for verification. */
export const GREEN_COFFEE: NewListing = {
  externalRef: "KHC-BOURBON-A",
  title: "Rwanda green coffee, fully washed Bourbon, grade A",
  description: "Arabica Red Bourbon from the Lake Kivu highlands, 1,700–2,000 m, fully washed, screen 15+, in 60 kg GrainPro-lined jute bags.",
  locale: "en",
  hsCode: "0901.11",
  originCountry: "RW",
  unit: "KGM",
  currency: "USD",
  priceTiers: [
    { minQuantity: 600, unitPrice: "6.80" },
    { minQuantity: 6000, unitPrice: "6.35" },
  ],
  moq: 600,
  availableQuantity: 19_200,
  leadTimeDays: 21,
  incoterms: [
    { code: "FCA", namedPlace: "Kigali (RWKGL)" },
    { code: "FOB", namedPlace: "Mombasa (KEMBA)" },
  ],
  shipFromPort: "KEMBA",
  packaging: "60 kg jute bags with GrainPro liners, 320 bags per 20' container",
};

/** The request the coconut story starts with: Gdańsk Fresh Foods asks for 40 t of fresh coconuts CIF Gdańsk; the date they are needed by is the poster's. */
export const COCONUT_REQUEST: Omit<CreateSourcingRequestInput, "neededBy"> = {
  title: "Fresh coconuts for Polish retail, 40 t",
  description: "Mature semi-husked coconuts, 1.0–1.3 kg each, in 25 kg mesh bags; two 40' reefers into Gdańsk.",
  hsCode: "0801.19",
  keywords: ["coconut", "fresh", "husked"],
  quantity: 40,
  unit: "TNE",
  targetUnitPrice: { amount: "4800.00", currency: "PLN" },
  destinationCountry: "PL",
  destinationPort: "PLGDN",
  incoterm: "CIF",
  visibility: "all",
};
