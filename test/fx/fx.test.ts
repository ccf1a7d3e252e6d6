import { describe, expect, it } from "vitest";
import { convertMinor, divideRounded, formatRate, invert, multiply, parseRate, rational } from "../../graph/fx/fx.js";
import { minorUnitOf } from "../../graph/shared/money.js";

const rate = (text: string) => {
  const parsed = parseRate(text);
  if (!parsed) throw new Error(`test rate ${text} must parse`);
  return parsed;
};

describe("parsing a rate", () => {
  it.each([
    ["4.0625", 65n, 16n],
    ["0.92", 23n, 25n],
    ["150", 150n, 1n],
    ["0150.500", 301n, 2n],
    ["0.000000000001", 1n, 1_000_000_000_000n],
    [" 3.6725 ", 1469n, 400n],
  ])("%s is exactly %i/%i", (text, num, den) => {
    expect(parseRate(text)).toEqual({ num, den });
  });

  it.each([
    ["0", "zero"],
    ["0.000", "zero with decimals"],
    ["-4.06", "negative"],
    ["4,0625", "a decimal comma"],
    ["1e3", "an exponent"],
    ["+4", "a plus sign"],
    [".5", "no integer digit"],
    ["4.", "no fraction digit after the point"],
    ["0.0000000000001", "13 decimal places"],
    ["1000000000000", "13 integer digits"],
    ["four", "words"],
    ["", "nothing"],
    ["NaN", "NaN"],
  ])("%s is refused (%s)", (text) => {
    expect(parseRate(text)).toBeNull();
  });
});

describe("rounding half away from zero", () => {
  it.each([
    [5n, 2n, 3n],
    [-5n, 2n, -3n],
    [7n, 3n, 2n],
    [-7n, 3n, -2n],
    [8n, 3n, 3n],
    [1n, 2n, 1n],
    [-1n, 2n, -1n],
    [1n, 3n, 0n],
    [0n, 7n, 0n],
    [5n, -2n, -3n],
  ])("%i/%i → %i", (num, den, expected) => {
    expect(divideRounded(num, den)).toBe(expected);
  });
});

describe("converting minor units between currencies", () => {
  it.each([
    // $123.45 × 4.0625 = 501.515625 PLN
    ["USD→PLN", 12345, "USD", "PLN", rate("4.0625"), 50152],
    // ¥12,345 × 0.002047 = 25.270215 KWD: three decimals, so fils
    ["JPY (0 decimals) → KWD (3 decimals)", 12345, "JPY", "KWD", rate("0.002047"), 25270],
    // 1 KWD = 488.52 JPY: 25.270 KWD → ¥12,344.9004
    ["KWD (3 decimals) → JPY (0 decimals)", 25270, "KWD", "JPY", rate("488.52"), 12345],
    // ¥1 × 0.0005 = 0.0005 KWD = 0.5 fils: exactly half rounds up
    ["a half fil rounds away from zero", 1, "JPY", "KWD", rate("0.0005"), 1],
    ["a negative half fil (a refund) rounds away from zero too", -1, "JPY", "KWD", rate("0.0005"), -1],
    // 1,000.00 EUR at 1.085 = 1,085.00 USD, exactly
    ["an exact result is not rounded", 100000, "EUR", "USD", rate("1.085"), 108500],
    // ₩1 at 0.000684 = $0.000684: less than half a cent
    ["a won is less than half a cent, so zero", 1, "KRW", "USD", rate("0.000684"), 0],
    // ₩1,000 = $0.684 → 68.4 cents
    ["a thousand won are 68 cents", 1000, "KRW", "USD", rate("0.000684"), 68],
    // $9,007,199,254,740.99 × 1450 = 13,060,438,919,374,435.5 RWF: beyond 2^53, still exact, half rounds up
    ["a large amount stays exact", 900719925474099n, "USD", "RWF", rate("1450"), 13060438919374436n],
  ])("%s", (_name, amount, from, to, r, expected) => {
    expect(convertMinor(BigInt(amount), r, minorUnitOf(from), minorUnitOf(to))).toBe(BigInt(expected));
  });

  it("the inverse of USD→PLN takes zloty back to the same dollars", () => {
    const usdPln = rate("4.0625");
    const plnUsd = invert(usdPln);
    expect(plnUsd).toEqual({ num: 16n, den: 65n });
    expect(convertMinor(50152n, plnUsd, 2, 2)).toBe(12345n);
  });

  it("a cross rate through USD is exact and rounded only once", () => {
    // EUR→USD is the inverse of USD→EUR 0.92; USD→PLN 4.0625. EUR→PLN = 4.0625 / 0.92 = 4.41576086956…
    const eurPln = multiply(invert(rate("0.92")), rate("4.0625"));
    expect(eurPln).toEqual({ num: 1625n, den: 368n });
    // 100.00 EUR → 441.576086… PLN. Rounding the rate first (4.42) would give 442.00.
    expect(convertMinor(10000n, eurPln, 2, 2)).toBe(44158n);
    // 1,000,000.00 EUR: the last grosz is still right (441,576,086.956… grosze)
    expect(convertMinor(100_000_000n, eurPln, 2, 2)).toBe(441_576_087n);
  });

  it("rational keeps fractions in lowest terms with a positive denominator", () => {
    expect(rational(10n, -4n)).toEqual({ num: -5n, den: 2n });
    expect(() => rational(1n, 0n)).toThrow(RangeError);
  });
});

describe("printing a rate", () => {
  it.each([
    [rate("4.0625"), 10, "4.0625"],
    [invert(rate("4.0625")), 10, "0.2461538462"],
    [invert(rate("4.0625")), 6, "0.246154"],
    [rate("1452"), 10, "1452"],
    [invert(rate("1452")), 10, "0.0006887052342"],
    [multiply(invert(rate("0.92")), rate("4.0625")), 10, "4.41576087"],
    [rate("0.000000000001"), 24, "0.000000000001"],
    [rate("999999999999.999999999999"), 24, "999999999999.999999999999"],
    [rational(99999999999n, 10000000000n), 10, "10"],
  ])("%o at %i significant digits is %s", (r, digits, expected) => {
    expect(formatRate(r, digits)).toBe(expected);
  });
});
