import { describe, expect, it } from "vitest";
import { parseHsCode } from "../../graph/catalog/hs-code.js";

describe("reading an HS code the way exporters type it", () => {
  it.each([
    ["08", "08", "08", ""],
    ["0801", "0801", "0801", ""],
    ["080119", "080119", "080119", ""],
    ["0801.19", "080119", "080119", ""],
    ["08.01", "0801", "0801", ""],
    ["0801 19", "080119", "080119", ""],
    ["  0801.19  ", "080119", "080119", ""],
    ["0801.19.0010", "0801190010", "080119", "0010"],
    ["0801190010", "0801190010", "080119", "0010"],
    ["0801.19.00.10", "0801190010", "080119", "0010"],
    ["0801 19 00", "08011900", "080119", "00"],
    ["8471.30.0100", "8471300100", "847130", "0100"],
    ["0801.19.1", "0801191", "080119", "1"],
  ])("%s is well formed: digits %s, nomenclature %s, national extension %s", (input, digits, nomenclature, extension) => {
    expect(parseHsCode(input)).toEqual({ ok: true, digits, nomenclature, extension });
  });

  it.each([
    ["", "empty"],
    ["8", "one digit"],
    ["080", "three digits: half a heading"],
    ["08011", "five digits: half a subheading"],
    ["08011900101", "eleven digits: more than four national digits"],
    ["0801.19.00100", "a five-digit national group"],
    ["0801..19", "two separators in a row"],
    [".0801", "a leading separator"],
    ["0801.", "a trailing separator"],
    ["0801-19", "a dash"],
    ["HS0801", "letters"],
    ["０８０１", "full-width digits"],
    ["08 01 1 9", "a single digit split off before the sixth"],
  ])("%s is refused (%s)", (input) => {
    expect(parseHsCode(input)).toEqual({ ok: false });
  });
});
