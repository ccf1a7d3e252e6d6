/**
 * Exact exchange-rate arithmetic. A rate is a fraction of BigInts, so converting 1,000,000.00 USD
 * through a cross rate gives the same last cent on every machine; money is rounded once, at the end.
 */
export interface Rational {
  num: bigint;
  /** Always positive; the fraction is kept in lowest terms. */
  den: bigint;
}

/** Finer than any published reference rate (ECB gives 4 to 6 significant digits, banks up to 10). */
export const MAX_RATE_FRACTION_DIGITS = 12;
const MAX_RATE_INTEGER_DIGITS = 12;
/** Enough to print any stored rate exactly: 12 integer plus 12 fraction digits. */
export const EXACT_RATE_DIGITS = MAX_RATE_INTEGER_DIGITS + MAX_RATE_FRACTION_DIGITS;

const RATE = new RegExp(`^(\\d{1,${MAX_RATE_INTEGER_DIGITS}})(?:\\.(\\d{1,${MAX_RATE_FRACTION_DIGITS}}))?$`);

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y) [x, y] = [y, x % y];
  return x;
}

export function rational(num: bigint, den: bigint): Rational {
  if (den === 0n) throw new RangeError("a rate cannot have a zero denominator");
  const sign = den < 0n ? -1n : 1n;
  const divisor = gcd(num, den) || 1n;
  return { num: (sign * num) / divisor, den: (sign * den) / divisor };
}

const pow10 = (exponent: number) => 10n ** BigInt(exponent);

/** "4.0625" → 65/16. Null for anything that is not a positive plain decimal: "0", "-1", "1e3", "4,06". */
export function parseRate(text: string): Rational | null {
  const match = RATE.exec(text.trim());
  if (!match) return null;
  const [, whole = "", fraction = ""] = match;
  const value = rational(BigInt(whole + fraction), pow10(fraction.length));
  return value.num > 0n ? value : null;
}

export function invert(rate: Rational): Rational {
  if (rate.num === 0n) throw new RangeError("a zero rate has no inverse");
  return rational(rate.den, rate.num);
}

/** Chains two rates: (EUR→USD) × (USD→PLN) = EUR→PLN. */
export function multiply(a: Rational, b: Rational): Rational {
  return rational(a.num * b.num, a.den * b.den);
}

/** Integer division rounding half away from zero: 2.5 → 3, -2.5 → -3 (commercial rounding, as invoices expect). */
export function divideRounded(num: bigint, den: bigint): bigint {
  if (den < 0n) return divideRounded(-num, -den);
  const negative = num < 0n;
  const magnitude = negative ? -num : num;
  const quotient = (2n * magnitude + den) / (2n * den);
  return negative ? -quotient : quotient;
}

/**
 * Converts an amount in minor units of one currency into minor units of another:
 * 12345 cents USD × 4.0625 = 501.515625 PLN → 50152 grosze. The exponents are the two currencies'
 * ISO 4217 minor units (JPY 0, USD 2, KWD 3).
 */
export function convertMinor(amountMinor: bigint, rate: Rational, fromExponent: number, toExponent: number): bigint {
  return divideRounded(amountMinor * rate.num * pow10(toExponent), rate.den * pow10(fromExponent));
}

/**
 * A positive rate as a plain decimal with at most `significantDigits` significant digits, rounded half
 * away from zero, trailing zeros dropped: 65/16 → "4.0625", 16/65 → "0.2461538462" at 10 digits.
 */
export function formatRate(rate: Rational, significantDigits = 10): string {
  if (rate.num <= 0n) throw new RangeError("only positive rates are printed");
  const floor = pow10(significantDigits - 1);
  let scale = 0;
  while ((rate.num * pow10(scale)) / rate.den < floor) scale++;
  const digits = divideRounded(rate.num * pow10(scale), rate.den).toString();
  if (scale === 0) return digits;
  const padded = digits.padStart(scale + 1, "0");
  const fraction = padded.slice(-scale).replace(/0+$/, "");
  const whole = padded.slice(0, -scale);
  return fraction ? `${whole}.${fraction}` : whole;
}
