import { CERTIFICATION_KINDS } from "../operations/listings";
import { NumberReader, normalizeDecimal, rowsOf, textOf, type FormProblem } from "./forms";

/**
 * The listing form, named field by field as CreateListingInput names them (and so as the API's
 * userErrors do: `priceTiers.1.minQuantity`), read into an input for createListing or
 * updateListing, and back into the strings the form shows.
 */

export const LISTING_TEXT_FIELDS = [
  "externalRef",
  "title",
  "description",
  "locale",
  "hsCode",
  "originCountry",
  "unit",
  "currency",
  "moq",
  "availableQuantity",
  "leadTimeDays",
  "shipFromPort",
  "netWeightKg",
  "grossWeightKg",
  "volumeM3",
  "packaging",
] as const;

export type ListingTextField = (typeof LISTING_TEXT_FIELDS)[number];

/** Repeated rows of the form, each a list in the API input. */
export const LISTING_ROWS = {
  priceTiers: ["minQuantity", "unitPrice"],
  incoterms: ["code", "namedPlace"],
  certifications: ["kind", "reference"],
  translations: ["locale", "title", "description"],
} as const;

export type ListingRowList = keyof typeof LISTING_ROWS;
type RowOf<L extends ListingRowList> = Record<(typeof LISTING_ROWS)[L][number], string>;

export interface ListingFormValues {
  fields: Record<ListingTextField, string>;
  priceTiers: RowOf<"priceTiers">[];
  incoterms: RowOf<"incoterms">[];
  certifications: RowOf<"certifications">[];
  translations: RowOf<"translations">[];
  /** Empty rows shown after the filled ones, per list: an "add a row" press adds one. */
  spare: Record<ListingRowList, number>;
}

export const ROW_LISTS = Object.keys(LISTING_ROWS) as ListingRowList[];

const DEFAULT_SPARE: Record<ListingRowList, number> = { priceTiers: 1, incoterms: 1, certifications: 1, translations: 1 };

export function isRowList(value: string): value is ListingRowList {
  return Object.hasOwn(LISTING_ROWS, value);
}

export function emptyListingValues(defaults: Partial<Record<ListingTextField, string>> = {}): ListingFormValues {
  const fields = Object.fromEntries(LISTING_TEXT_FIELDS.map((f) => [f, defaults[f] ?? ""])) as Record<ListingTextField, string>;
  return { fields, priceTiers: [], incoterms: [], certifications: [], translations: [], spare: { ...DEFAULT_SPARE, priceTiers: 2 } };
}

/** What the user submitted, empty rows dropped; `spare` keeps as many blank rows as the page showed. */
export function listingValuesFromForm(form: FormData): ListingFormValues {
  const fields = Object.fromEntries(LISTING_TEXT_FIELDS.map((f) => [f, textOf(form, f)])) as Record<ListingTextField, string>;
  const spare = { ...DEFAULT_SPARE };
  for (const list of ROW_LISTS) {
    const shown = Number(textOf(form, `${list}.shown`)) || 0;
    const filled = rowsOf(form, list, LISTING_ROWS[list]).length;
    spare[list] = Math.max(1, shown - filled);
  }
  return {
    fields,
    priceTiers: rowsOf(form, "priceTiers", LISTING_ROWS.priceTiers),
    incoterms: rowsOf(form, "incoterms", LISTING_ROWS.incoterms),
    certifications: rowsOf(form, "certifications", LISTING_ROWS.certifications),
    translations: rowsOf(form, "translations", LISTING_ROWS.translations),
    spare,
  };
}

export interface StoredListing {
  externalRef: string | null;
  title: string;
  description: string;
  locale: string;
  hsCode: string;
  originCountry: { code: string };
  unit: { code: string };
  currency: string;
  moq: number;
  availableQuantity: number;
  leadTimeDays: number;
  shipFromPort: { locode: string } | null;
  netWeightKg: number | null;
  grossWeightKg: number | null;
  volumeM3: number | null;
  packaging: string | null;
  priceTiers: { minQuantity: number; unitPrice: { amount: string } }[];
  incoterms: { code: string; namedPlace: string }[];
  certifications: { kind: string; reference: string | null }[];
  translations: { locale: string; title: string; description: string }[];
}

const text = (value: string | number | null | undefined) => (value === null || value === undefined ? "" : String(value));

/** A saved listing as the edit form shows it. */
export function listingValuesFromListing(listing: StoredListing): ListingFormValues {
  return {
    fields: {
      externalRef: text(listing.externalRef),
      title: listing.title,
      description: listing.description,
      locale: listing.locale,
      hsCode: listing.hsCode,
      originCountry: listing.originCountry.code,
      unit: listing.unit.code,
      currency: listing.currency,
      moq: text(listing.moq),
      availableQuantity: text(listing.availableQuantity),
      leadTimeDays: text(listing.leadTimeDays),
      shipFromPort: text(listing.shipFromPort?.locode),
      netWeightKg: text(listing.netWeightKg),
      grossWeightKg: text(listing.grossWeightKg),
      volumeM3: text(listing.volumeM3),
      packaging: text(listing.packaging),
    },
    priceTiers: listing.priceTiers.map((tier) => ({ minQuantity: text(tier.minQuantity), unitPrice: tier.unitPrice.amount })),
    incoterms: listing.incoterms.map((i) => ({ code: i.code, namedPlace: i.namedPlace })),
    certifications: listing.certifications.map((c) => ({ kind: c.kind, reference: text(c.reference) })),
    translations: listing.translations.map((tr) => ({ ...tr })),
    spare: { ...DEFAULT_SPARE },
  };
}

/** Every field path the form shows, for sorting userErrors between fields and the form. */
export function listingFieldPaths(values: ListingFormValues): string[] {
  const paths: string[] = [...LISTING_TEXT_FIELDS, ...ROW_LISTS];
  for (const list of ROW_LISTS) {
    const count = values[list].length + values.spare[list];
    for (let i = 0; i < count; i++) for (const key of LISTING_ROWS[list]) paths.push(`${list}.${i}.${key}`);
  }
  return paths;
}

export interface ListingInput {
  [field: string]: unknown;
}

/**
 * The GraphQL input for the values. A create leaves empty optional fields out; an update sends
 * null for them, which clears them, and every list whole, which replaces it.
 */
export function listingInput(values: ListingFormValues, mode: "create" | "update"): { input: ListingInput; problems: FormProblem[] } {
  const numbers = new NumberReader();
  const f = values.fields;
  const optionalText = (value: string) => {
    const trimmed = value.trim();
    return trimmed ? trimmed : mode === "update" ? null : undefined;
  };
  const optionalNumber = (field: ListingTextField) => {
    const value = numbers.number(field, f[field]);
    return value ?? (mode === "update" ? null : undefined);
  };
  const input: ListingInput = {
    externalRef: optionalText(f.externalRef),
    title: f.title,
    description: f.description,
    locale: optionalText(f.locale),
    hsCode: f.hsCode,
    originCountry: f.originCountry,
    unit: f.unit,
    currency: f.currency,
    moq: numbers.number("moq", f.moq, { required: true }),
    availableQuantity: numbers.number("availableQuantity", f.availableQuantity, { required: true }),
    leadTimeDays: numbers.number("leadTimeDays", f.leadTimeDays, { required: true, integer: true }),
    shipFromPort: optionalText(f.shipFromPort),
    netWeightKg: optionalNumber("netWeightKg"),
    grossWeightKg: optionalNumber("grossWeightKg"),
    volumeM3: optionalNumber("volumeM3"),
    packaging: optionalText(f.packaging),
    priceTiers: values.priceTiers.map((tier, i) => ({
      minQuantity: numbers.number(`priceTiers.${i}.minQuantity`, tier.minQuantity, { required: true }),
      unitPrice: normalizeDecimal(tier.unitPrice),
    })),
    incoterms: values.incoterms.map((i) => ({ code: i.code, namedPlace: i.namedPlace })),
    certifications: values.certifications.map((c) => ({ kind: c.kind, reference: c.reference.trim() || null })),
    translations: values.translations.map((tr) => ({ locale: tr.locale, title: tr.title, description: tr.description })),
  };
  // The kind is a GraphQL enum: a value outside it would fail the whole operation, not one field.
  values.certifications.forEach((c, i) => {
    if (!CERTIFICATION_KINDS.includes(c.kind as never)) numbers.problems.push({ field: `certifications.${i}.kind`, code: c.kind ? "CERTIFICATION_UNKNOWN" : "REQUIRED" });
  });
  for (const [key, value] of Object.entries(input)) if (value === undefined) delete input[key];
  return { input, problems: numbers.problems };
}
