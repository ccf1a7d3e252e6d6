import { CSV_COLUMNS } from "../../graph/listings/csv.js";

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

/** Three real products from three exporting countries; a generated file cycles through them. */
const PRODUCTS: Omit<Row, "external_ref" | "status">[] = [
  {
    title: "Fresh husked coconuts, Grade A",
    description: "Semi-husked mature coconuts from Johor estates, 1.1–1.3 kg each, in 25 kg mesh bags.",
    locale: "en",
    hs_code: "0801.19",
    origin_country: "MY",
    unit: "TNE",
    currency: "MYR",
    price_tiers: "5:1250.00|20:1180.00",
    moq: "5",
    available_quantity: "400",
    lead_time_days: "21",
    incoterms: "FOB:MYPKG|CIF:PLGDN",
    ship_from_port: "MYPKG",
    net_weight_kg: "1000",
    gross_weight_kg: "1030",
    volume_m3: "2.4",
    packaging: "25 kg mesh bags, 40 per pallet",
    certifications: "organic:MYORG-2026-118|halal",
  },
  {
    title: "Extra virgin olive oil, Picual, 5 l tins",
    description: "Cold-extracted Picual from Jaén, acidity ≤ 0.3 %, harvest 2026/27.",
    locale: "es",
    hs_code: "150910",
    origin_country: "ES",
    unit: "LTR",
    currency: "EUR",
    price_tiers: "1000:6.40|10000:5.95",
    moq: "1000",
    available_quantity: "60000",
    lead_time_days: "14",
    incoterms: "FCA:Valencia|CIF:PLGDN",
    ship_from_port: "ESVLC",
    net_weight_kg: "0.92",
    gross_weight_kg: "1.05",
    volume_m3: "",
    packaging: "5 l tins, 4 per carton",
    certifications: "organic",
  },
  {
    title: "LED bulb A60 9 W E27 2700 K",
    description: "806 lm, CRI > 80, 15,000 h, CE and RoHS, 100 per carton.",
    locale: "en",
    hs_code: "853950",
    origin_country: "CN",
    unit: "H87",
    currency: "CNY",
    price_tiers: "5000:3.20|50000:2.75",
    moq: "5000",
    available_quantity: "800000",
    lead_time_days: "30",
    incoterms: "FOB:CNSGH",
    ship_from_port: "CNSGH",
    net_weight_kg: "0.045",
    gross_weight_kg: "0.06",
    volume_m3: "0.0003",
    packaging: "100 per carton",
    certifications: "ce:CE-2026-0917",
  },
];

/** Ways a row goes wrong, and the column the import must blame. */
export const BAD_ROWS: { change: Partial<Row>; column: string; code: string }[] = [
  { change: { price_tiers: "5:-1250.00|20:1180.00" }, column: "price_tiers", code: "NOT_POSITIVE" },
  { change: { moq: "500", price_tiers: "500:1250.00" }, column: "moq", code: "MOQ_ABOVE_AVAILABLE" },
  { change: { hs_code: "080199" }, column: "hs_code", code: "HS_CODE_UNKNOWN" },
  { change: { ship_from_port: "MYKUL" }, column: "incoterms", code: "INCOTERM_NEEDS_SEA_PORT" },
  { change: { price_tiers: "5:1250.00|2:1180.00" }, column: "price_tiers", code: "PRICE_TIER_BREAKS_ORDER" },
  { change: { available_quantity: "four hundred" }, column: "available_quantity", code: "NUMBER_INVALID" },
];

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(values: readonly string[]): string {
  return values.map(csvCell).join(",") + "\r\n";
}

export const HEADER_LINE = csvLine(CSV_COLUMNS);

/**
 * Data row `i` (0-based; a spreadsheet shows it as row i + 2) of a deterministic file: coconuts,
 * olive oil and LED lamps in turn, every tenth row published. `bad` maps row indexes to a
 * BAD_ROWS entry; those rows are coconut rows broken that way.
 */
export function generatedLine(i: number, bad: ReadonlyMap<number, number> = new Map(), refPrefix = "GEN"): string {
  const badIndex = bad.get(i);
  const product = PRODUCTS[badIndex === undefined ? i % PRODUCTS.length : 0]!;
  const row: Row = { ...product, external_ref: `${refPrefix}-${String(i).padStart(6, "0")}`, status: i % 10 === 0 ? "active" : "draft" };
  Object.assign(row, badIndex === undefined ? {} : BAD_ROWS[badIndex]!.change);
  return csvLine(CSV_COLUMNS.map((c) => row[c]));
}

export function* generatedCsv(rows: number, bad: ReadonlyMap<number, number> = new Map()): Generator<string> {
  yield HEADER_LINE;
  for (let i = 0; i < rows; i++) yield generatedLine(i, bad);
}
