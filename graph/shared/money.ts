import { findCurrency } from "../../db/reference/index.js";

/** An amount in integer minor units (cents, fils, yen) of an ISO 4217 currency. */
export interface Money {
  amountMinor: number;
  currency: string;
}

export function minorUnitOf(currency: string): number {
  const found = findCurrency(currency);
  if (!found) throw new RangeError(`unknown currency ${currency}`);
  return found.minorUnit;
}

/** 123450 EUR → "1234.50"; 1500 JPY → "1500". Exact: no float ever touches the digits. */
export function formatMinor(amountMinor: number, currency: string): string {
  const exponent = minorUnitOf(currency);
  const negative = amountMinor < 0;
  const digits = Math.abs(amountMinor).toString().padStart(exponent + 1, "0");
  const whole = exponent ? digits.slice(0, -exponent) : digits;
  const fraction = exponent ? "." + digits.slice(-exponent) : "";
  return (negative ? "-" : "") + whole + fraction;
}

export type ParseMoneyError = "MONEY_FORMAT" | "MONEY_TOO_PRECISE" | "CURRENCY_UNKNOWN" | "MONEY_TOO_LARGE";

/** "1234.5" EUR → 123450. Rejects more fraction digits than the currency has (0.001 USD is not money). */
export function parseMinor(amount: string, currency: string): { ok: true; value: number } | { ok: false; error: ParseMoneyError } {
  const found = findCurrency(currency);
  if (!found) return { ok: false, error: "CURRENCY_UNKNOWN" };
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) return { ok: false, error: "MONEY_FORMAT" };
  const [, sign, whole = "", fraction = ""] = match;
  if (fraction.replace(/0+$/, "").length > found.minorUnit) return { ok: false, error: "MONEY_TOO_PRECISE" };
  const minor = BigInt(whole + fraction.padEnd(found.minorUnit, "0").slice(0, found.minorUnit));
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, error: "MONEY_TOO_LARGE" };
  return { ok: true, value: Number(minor) * (sign ? -1 : 1) };
}

export function moneyOut(money: Money): { amount: string; currency: string } {
  return { amount: formatMinor(money.amountMinor, money.currency), currency: money.currency };
}
