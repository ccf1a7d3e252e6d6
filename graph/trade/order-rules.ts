import { createHash } from "node:crypto";
import { z } from "zod";
import { findUnit, INCOTERMS } from "../../db/reference/index.js";
import type { PaymentTerms as QuotePaymentTerms } from "../sourcing/service.js";
import { countryCode, optionalText, requiredText, validate } from "../shared/validation.js";
import { PAYMENT_TERMS, type OrderPaymentTerms } from "./order-lifecycle.js";

export const PARTY_ROLES = ["buyer", "seller", "consignee", "notify"] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

/** Days after delivery before escrow goes to the seller on its own, unless the buyer opens a dispute. */
export const ESCROW_RELEASE_DAYS = 14;
export const CREDIT_DAYS = [30, 60, 90] as const;

const partySchema = z.object({
  name: requiredText(200),
  addressLine1: optionalText(200),
  addressLine2: optionalText(200),
  city: optionalText(100),
  postalCode: optionalText(20),
  country: countryCode,
  taxId: optionalText(50),
  eori: optionalText(20),
  contact: optionalText(200),
});
export type PartyInput = z.input<typeof partySchema>;

const placeOrderSchema = z
  .object({
    idempotencyKey: z.string({ required_error: "REQUIRED" }).trim().min(8, "IDEMPOTENCY_KEY_INVALID").max(100, "IDEMPOTENCY_KEY_INVALID").regex(/^[\w.:-]+$/, "IDEMPOTENCY_KEY_INVALID"),
    listingId: z.string().trim().nullish(),
    quoteId: z.string().trim().nullish(),
    quantity: z.number().positive("QUANTITY_NOT_POSITIVE").finite().nullish(),
    incoterm: z
      .string()
      .trim()
      .toUpperCase()
      .refine((code) => INCOTERMS.some((t) => t.code === code), "INCOTERM_UNKNOWN")
      .nullish(),
    paymentTerms: z.enum(PAYMENT_TERMS, { errorMap: () => ({ message: "PAYMENT_TERMS_UNKNOWN" }) }),
    paymentMethod: z.string().trim().toUpperCase().max(40).nullish(),
    creditDays: z
      .number()
      .int()
      .refine((d) => (CREDIT_DAYS as readonly number[]).includes(d), "CREDIT_DAYS_INVALID")
      .nullish(),
    destinationCountry: countryCode.nullish(),
    destinationPort: z.string().trim().toUpperCase().nullish(),
    shippingOptionId: z.string().trim().max(100).nullish(),
    /** The export or import licence a controlled HS chapter needs (arms, dual-use goods). */
    licenceNumber: optionalText(60),
    buyerReference: optionalText(60),
    hsCode: z
      .string()
      .trim()
      .transform((v) => v.replace(/[.\s]/g, ""))
      .refine((v) => /^\d{6,10}$/.test(v), "HS_CODE_FORMAT")
      .nullish(),
    consignee: partySchema.nullish(),
    notifyParty: partySchema.nullish(),
  })
  .refine((input) => !!input.listingId !== !!input.quoteId, { message: "ORDER_SOURCE_REQUIRED", path: ["listingId"] })
  .refine((input) => !input.listingId || input.quantity != null, { message: "REQUIRED", path: ["quantity"] })
  .refine((input) => input.paymentTerms !== "open_account" || input.creditDays != null, { message: "REQUIRED", path: ["creditDays"] });

export type PlaceOrderInput = z.input<typeof placeOrderSchema>;
export type PlaceOrderData = z.output<typeof placeOrderSchema>;

export function checkPlaceOrder(input: PlaceOrderInput): PlaceOrderData {
  return validate(placeOrderSchema, input);
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== null && v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/** What a retry must repeat exactly: the whole order as parsed, the key itself aside; null and absent are the same. */
export function requestHash(data: PlaceOrderData): string {
  const { idempotencyKey: _key, ...body } = data;
  return createHash("sha256").update(JSON.stringify(canonical(body))).digest("hex");
}

/**
 * How much the seller trusts getting paid, from the seller's side of the US Commerce Department's
 * payment-risk ladder: money in hand or held by the platform, then a bank's promise, then the
 * buyer's own. The buyer may order on terms at least as safe for the seller as the quote's.
 */
const SELLER_RISK: Record<OrderPaymentTerms, number> = { advance_transfer: 0, escrow: 0, letter_of_credit: 1, open_account: 3 };
const QUOTE_RISK: Record<QuotePaymentTerms, number> = { PREPAID: 0, LETTER_OF_CREDIT: 1, CASH_AGAINST_DOCUMENTS: 2, NET_30: 3, NET_60: 3, NET_90: 3 };
const QUOTE_CREDIT_DAYS: Partial<Record<QuotePaymentTerms, number>> = { NET_30: 30, NET_60: 60, NET_90: 90 };

export function termsFitQuote(terms: OrderPaymentTerms, creditDays: number | null | undefined, quoteTerms: QuotePaymentTerms): boolean {
  if (SELLER_RISK[terms] > QUOTE_RISK[quoteTerms]) return false;
  if (terms === "open_account") return (creditDays ?? 0) <= (QUOTE_CREDIT_DAYS[quoteTerms] ?? 0);
  return true;
}

/** Unit price × quantity, rounded half up once: 40 t × 1 050.00 USD = 42 000.00 USD. */
export function lineTotalMinor(unitPriceMinor: number, quantity: number): number {
  return Math.round(unitPriceMinor * quantity);
}

/** Weights per one listing unit times the quantity; a mass unit's own weight when the listing gives none. */
export function lineWeights(
  quantity: number,
  unit: string,
  perUnit: { netWeightKg: number | null; grossWeightKg: number | null; volumeM3: number | null },
): { netWeightKg: number | null; grossWeightKg: number | null; volumeM3: number | null } {
  const measure = findUnit(unit);
  const massKg = measure?.quantity === "mass" ? quantity * measure.toBase : null;
  const times = (value: number | null) => (value === null ? null : Math.round(value * quantity * 1000) / 1000);
  return {
    netWeightKg: times(perUnit.netWeightKg) ?? massKg,
    grossWeightKg: times(perUnit.grossWeightKg) ?? massKg,
    volumeM3: times(perUnit.volumeM3),
  };
}
