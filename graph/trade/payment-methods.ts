/**
 * How buyers in each country usually pay, shown at checkout. Brand names stay as the brands write
 * them; the kind is translated. International cards and a SWIFT bank transfer work everywhere;
 * the local schemes are those the central banks and card networks list as the main domestic ones
 * (e.g. Narodowy Bank Polski on BLIK, Banco Central do Brasil on Pix, Bank Negara Malaysia on FPX).
 */
export type PaymentMethodKind = "card" | "bank_transfer" | "instant_transfer" | "wallet" | "cash_voucher";

export interface PaymentMethod {
  code: string;
  name: string;
  kind: PaymentMethodKind;
  /** ISO 3166-1 alpha-2; empty means every country. */
  countries: readonly string[];
}

const EU = ["AT", "BE", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PT", "SI", "SK"];

export const PAYMENT_METHODS: readonly PaymentMethod[] = [
  { code: "BANK_TRANSFER", name: "SWIFT bank transfer", kind: "bank_transfer", countries: [] },
  { code: "CARD", name: "Visa / Mastercard", kind: "card", countries: [] },
  { code: "SEPA", name: "SEPA credit transfer", kind: "bank_transfer", countries: [...EU, "PL", "CZ", "HU", "RO", "BG", "SE", "DK", "NO", "CH", "GB"] },
  { code: "BLIK", name: "BLIK", kind: "instant_transfer", countries: ["PL"] },
  { code: "PRZELEWY24", name: "Przelewy24", kind: "instant_transfer", countries: ["PL"] },
  { code: "MIR", name: "Mir", kind: "card", countries: ["RU"] },
  { code: "SBP", name: "SBP (Faster Payments System)", kind: "instant_transfer", countries: ["RU"] },
  { code: "MADA", name: "mada", kind: "card", countries: ["SA"] },
  { code: "SADAD", name: "SADAD", kind: "bank_transfer", countries: ["SA"] },
  { code: "PIX", name: "Pix", kind: "instant_transfer", countries: ["BR"] },
  { code: "BOLETO", name: "Boleto bancário", kind: "cash_voucher", countries: ["BR"] },
  { code: "FPX", name: "FPX", kind: "instant_transfer", countries: ["MY"] },
  { code: "DUITNOW", name: "DuitNow", kind: "instant_transfer", countries: ["MY"] },
  { code: "MPESA", name: "M-Pesa", kind: "wallet", countries: ["KE", "TZ"] },
  { code: "MTN_MOMO", name: "MTN MoMo", kind: "wallet", countries: ["RW", "UG", "GH"] },
  { code: "UNIONPAY", name: "UnionPay", kind: "card", countries: ["CN"] },
  { code: "ALIPAY", name: "Alipay", kind: "wallet", countries: ["CN"] },
  { code: "WECHAT_PAY", name: "WeChat Pay", kind: "wallet", countries: ["CN"] },
  { code: "UPI", name: "UPI", kind: "instant_transfer", countries: ["IN"] },
  { code: "IDEAL", name: "iDEAL", kind: "instant_transfer", countries: ["NL"] },
  { code: "BANCONTACT", name: "Bancontact", kind: "card", countries: ["BE"] },
  { code: "CARTES_BANCAIRES", name: "Cartes Bancaires", kind: "card", countries: ["FR"] },
  { code: "BIZUM", name: "Bizum", kind: "instant_transfer", countries: ["ES"] },
  { code: "FASTER_PAYMENTS", name: "Faster Payments", kind: "instant_transfer", countries: ["GB"] },
  { code: "ACH", name: "ACH transfer", kind: "bank_transfer", countries: ["US"] },
  { code: "SPEI", name: "SPEI", kind: "instant_transfer", countries: ["MX"] },
  { code: "OXXO", name: "OXXO", kind: "cash_voucher", countries: ["MX"] },
  { code: "PSE", name: "PSE", kind: "instant_transfer", countries: ["CO"] },
  { code: "WEBPAY", name: "Webpay", kind: "card", countries: ["CL"] },
  { code: "JCB", name: "JCB", kind: "card", countries: ["JP"] },
  { code: "KONBINI", name: "Konbini", kind: "cash_voucher", countries: ["JP"] },
  { code: "KAKAOPAY", name: "KakaoPay", kind: "wallet", countries: ["KR"] },
  { code: "BIT", name: "Bit", kind: "wallet", countries: ["IL"] },
  { code: "AANI", name: "Aani", kind: "instant_transfer", countries: ["AE"] },
  { code: "PROSTIR", name: "ПРОСТІР", kind: "card", countries: ["UA"] },
  { code: "PROMPTPAY", name: "PromptPay", kind: "instant_transfer", countries: ["TH"] },
  { code: "QRIS", name: "QRIS", kind: "instant_transfer", countries: ["ID"] },
  { code: "GCASH", name: "GCash", kind: "wallet", countries: ["PH"] },
  { code: "VNPAY", name: "VNPAY", kind: "instant_transfer", countries: ["VN"] },
];

const BY_CODE = new Map(PAYMENT_METHODS.map((m) => [m.code, m]));

export function findPaymentMethod(code: string): PaymentMethod | undefined {
  return BY_CODE.get(code.toUpperCase());
}

/** The country's own methods first, then those that work everywhere. */
export function paymentMethodsFor(country: string): PaymentMethod[] {
  const code = country.toUpperCase();
  const local = PAYMENT_METHODS.filter((m) => m.countries.includes(code));
  const everywhere = PAYMENT_METHODS.filter((m) => m.countries.length === 0);
  return [...local, ...everywhere];
}
