export type HsCodeParse =
  | {
      ok: true;
      /** Every digit the user gave, separators dropped: "0801.19.0010" → "0801190010". */
      digits: string;
      /** The part the HS nomenclature defines (chapter, heading or subheading): "080119". */
      nomenclature: string;
      /** The national tariff digits after the six HS digits, "" when there are none. */
      extension: string;
    }
  | { ok: false };

/**
 * Chapter, heading and subheading come in pairs of digits, optionally split by a dot or space
 * ("08", "0801", "0801.19", "0801 19"); after six digits a country may add up to four digits of its
 * own, written as one group ("0801.19.0010") or two ("0801.19.00.10", "0801 19 00").
 */
const HS_CODE = /^\d{2}(?:[. ]?\d{2}(?:[. ]?\d{2}(?:[. ]?\d{1,4}|[. ]?\d{2}[. ]?\d{1,2})?)?)?$/;

/** Pure format check of a user's HS code; whether the code exists is for the database to say. */
export function parseHsCode(input: string): HsCodeParse {
  const text = input.trim();
  if (!HS_CODE.test(text)) return { ok: false };
  const digits = text.replace(/[. ]/g, "");
  return { ok: true, digits, nomenclature: digits.slice(0, 6), extension: digits.slice(6) };
}

/** The half-open range of codes that start with `prefix`: digits only, so it sorts the same under any collation. */
export function hsRange(prefix: string): { from: string; to: string | null } {
  const next = (BigInt(prefix) + 1n).toString().padStart(prefix.length, "0");
  return { from: prefix, to: next.length > prefix.length ? null : next };
}

/** The prefixes to search, narrowest first: 080119 → 080119, 0801, 08. */
export function hsLevels(code: string): string[] {
  return [6, 4, 2].filter((n) => code.length >= n).map((n) => code.slice(0, n));
}
