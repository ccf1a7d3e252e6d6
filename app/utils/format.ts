/**
 * Dates are formatted in loaders, on the server, so the browser hydrates exactly the text the
 * server sent (browsers and Node ship different ICU data and can disagree on spacing).
 */
export function formatDateTime(iso: string | null, locale: string, timeZone: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
  } catch {
    // A time zone this runtime does not know: UTC is still the right instant.
    return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(date);
  }
}

/** Every IANA time zone the runtime knows, with UTC first for companies that keep to it. */
export function timeZones(current?: string): string[] {
  const zones = Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC");
  if (current && current !== "UTC" && !zones.includes(current)) zones.push(current);
  return ["UTC", ...zones];
}

export interface MoneyValue {
  /** A decimal string with the currency's minor-unit digits, as the API sends it ("1180.00", "1500"). */
  amount: string;
  currency: string;
}

/**
 * Money in the viewer's language, with exactly the digits the API sent (the currency's minor unit:
 * 2 for USD, 0 for JPY, 3 for KWD). The decimal string goes to Intl as a string, so no amount is
 * ever rounded through a float. The ISO code, not a symbol, names the currency: "$" is ambiguous
 * across borders.
 */
export function formatMoney(money: MoneyValue, locale: string): string {
  const digits = money.amount.split(".")[1]?.length ?? 0;
  try {
    const format = new Intl.NumberFormat(locale, {
      style: "currency",
      currency: money.currency,
      currencyDisplay: "code",
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    // ES2023 Intl takes decimal strings exactly; TypeScript's ES2022 library does not declare it yet.
    return (format.format as unknown as (value: string) => string)(money.amount);
  } catch {
    return `${money.amount} ${money.currency}`;
  }
}

/** A quantity or other plain number in the viewer's language, with at most `maxDigits` decimals. */
export function formatNumber(value: number, locale: string, maxDigits = 3): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxDigits }).format(value);
}

/** An exchange rate as the API gives it ("4.348057971"), in the viewer's digits, to six decimals. */
export function formatRate(rate: string, locale: string): string {
  return formatNumber(Number(rate), locale, 6);
}

/** "40 t", "5,000 pcs": a number with its unit's symbol. */
export function formatQuantity(value: number, unit: { symbol: string }, locale: string): string {
  return `${formatNumber(value, locale)}\u00a0${unit.symbol}`;
}

/** A share from 0 to 1 as a whole percentage ("92 %" or "92%" as the language writes it). */
export function formatPercent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(share);
}

/**
 * A calendar date (YYYY-MM-DD) in the viewer's language. A date has no time zone: it is formatted
 * as the same day everywhere.
 */
export function formatDay(isoDate: string | null, locale: string): string | null {
  if (!isoDate || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return null;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`));
}
