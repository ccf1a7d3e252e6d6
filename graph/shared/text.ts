import { remove as withoutConfusables } from "confusables";

/**
 * Text that people type and other people read: names, titles, addresses, email addresses. Issue 7
 * showed what gets through without these checks: NUL bytes stored and published, a right-to-left
 * override (U+202E) that turns "Acme Trading<RLO>gpj.exe" around on screen, accounts under `\u0430dmin@`
 * (Cyrillic a) or `admin\u200b@` (zero-width space) that read as the admin's address. Every module's input schemas
 * reach these through graph/shared/validation.ts.
 */

export type TextProblem = "TEXT_CONTROL_CHARACTER" | "TEXT_BIDI_UNPAIRED";
export type EmailProblem = "EMAIL_INVISIBLE_CHARACTER" | "EMAIL_MIXED_SCRIPT";

// C0 and C1 controls and DEL. Tab, line feed and carriage return are whitespace, not controls:
// multi-line text keeps them and a one-line name has them made spaces (cleanText).
const CONTROL_BUT_LINE_BREAKS = /[^\P{Cc}\t\n\r]/u;
const LINE_BREAKS = /[\t\n\r\u2028\u2029]+/gu;

// Embeddings and overrides (LRE RLE LRO RLO) end with PDF; isolates (LRI RLI FSI) end with PDI.
const OPENS_EMBEDDING = new Set(["\u202A", "\u202B", "\u202D", "\u202E"]);
const OPENS_ISOLATE = new Set(["\u2066", "\u2067", "\u2068"]);
const CLOSES_EMBEDDING = "\u202C";
const CLOSES_ISOLATE = "\u2069";

/**
 * True when every bidi embedding, override and isolate is closed inside its own line, in order.
 * An unclosed override reverses whatever the page prints after the value (the next column, the
 * price); a stray closer ends the page's own isolate early.
 */
export function bidiControlsPaired(value: string): boolean {
  for (const line of value.split(/[\n\r\u2029]/u)) {
    const open: string[] = [];
    for (const ch of line) {
      if (OPENS_EMBEDDING.has(ch)) open.push(CLOSES_EMBEDDING);
      else if (OPENS_ISOLATE.has(ch)) open.push(CLOSES_ISOLATE);
      else if (ch === CLOSES_EMBEDDING || ch === CLOSES_ISOLATE) {
        if (open.pop() !== ch) return false;
      }
    }
    if (open.length) return false;
  }
  return true;
}

/**
 * Why a name, title or other user text cannot be stored as sent, or null when it can. Refused rather
 * than cleaned: a NUL or an override silently dropped from a legal name changes what it says, and a
 * form that asks again is the smaller surprise. Bidi controls pair up within each line.
 */
export function textProblem(value: string): TextProblem | null {
  if (CONTROL_BUT_LINE_BREAKS.test(value)) return "TEXT_CONTROL_CHARACTER";
  if (!bidiControlsPaired(value)) return "TEXT_BIDI_UNPAIRED";
  return null;
}

/**
 * What is stored: trimmed, NFC (so "é" typed as one character or as e + accent is one name in search
 * and comparison), and for one-line fields (names, titles) line breaks and tabs made one space.
 */
export function cleanText(value: string, options: { multiline?: boolean } = {}): string {
  const text = value.trim().normalize("NFC");
  return options.multiline ? text : text.replace(LINE_BREAKS, " ");
}

// Default-ignorable code points (UTS #39 removes them from identifiers: zero-width spaces and joiners,
// soft hyphens, variation selectors, bidi controls) draw nothing, so two addresses that differ only
// by them look the same. Plus every control and format character and the line separators.
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** NFKC folds fullwidth and compatibility forms (ａdmin → admin), then case: the address an account is known by. */
export function normalizeEmail(email: string): string {
  return email.normalize("NFKC").trim().toLowerCase();
}

/**
 * The scripts a code point is written in, by its Script_Extensions (a kana prolonged sound mark
 * belongs to both Hiragana and Katakana), or null for Common and Inherited characters (digits,
 * punctuation, combining marks), which go with any script.
 */
const SCRIPTS = [
  "Latin", "Cyrillic", "Greek", "Armenian", "Georgian", "Hebrew", "Arabic", "Syriac", "Thaana", "Devanagari",
  "Bengali", "Gurmukhi", "Gujarati", "Oriya", "Tamil", "Telugu", "Kannada", "Malayalam", "Sinhala", "Thai", "Lao",
  "Tibetan", "Myanmar", "Khmer", "Mongolian", "Ethiopic", "Cherokee", "Han", "Hiragana", "Katakana", "Bopomofo", "Hangul",
] as const;
const SCRIPT_PATTERNS = SCRIPTS.map((name) => [name, new RegExp(`\\p{Script_Extensions=${name}}`, "u")] as const);
const OTHER_LETTER = /[\p{L}\p{N}]/u;
const COMMON_OR_INHERITED = /[\p{Script=Common}\p{Script=Inherited}]/u;

// UTS #39 §5.1: Han writes Japanese with kana, Korean with Hangul, Chinese with Bopomofo.
const AUGMENTED: Record<string, string[]> = {
  Han: ["Han", "Jpan", "Kore", "Hanb"],
  Hiragana: ["Hiragana", "Jpan"],
  Katakana: ["Katakana", "Jpan"],
  Hangul: ["Hangul", "Kore"],
  Bopomofo: ["Bopomofo", "Hanb"],
};

function scriptsOf(ch: string): Set<string> | null {
  if (COMMON_OR_INHERITED.test(ch) && !SCRIPT_PATTERNS.some(([, p]) => p.test(ch))) return null;
  const found = new Set<string>();
  for (const [name, pattern] of SCRIPT_PATTERNS) if (pattern.test(ch)) for (const s of AUGMENTED[name] ?? [name]) found.add(s);
  // A letter of a script not listed above is its own script, unlike any other.
  if (!found.size && OTHER_LETTER.test(ch)) found.add(`U+${ch.codePointAt(0)!.toString(16)}`);
  return found.size ? found : null;
}

/**
 * UTS #39 single-script check: the resolved script set (the intersection of every character's
 * scripts) is not empty. "админ" (all Cyrillic) and "東京タワー" (Han with katakana) pass;
 * "аdmin" (a Cyrillic а among Latin letters) does not.
 */
export function isSingleScript(value: string): boolean {
  let resolved: string[] | null = null;
  for (const ch of value) {
    const scripts = scriptsOf(ch);
    if (!scripts) continue;
    resolved = resolved ? resolved.filter((s) => scripts.has(s)) : [...scripts];
    if (!resolved.length) return false;
  }
  return true;
}

/**
 * Why an email address (already NFKC-normalised) is refused as a look-alike, or null. The local part
 * and each label of the domain are checked apart: "иван@caravan.example" is a Cyrillic name at a
 * Latin domain, an honest address; "pаypal" within one label is not.
 */
export function emailProblem(email: string): EmailProblem | null {
  if (INVISIBLE.test(email)) return "EMAIL_INVISIBLE_CHARACTER";
  const [local = "", domain = ""] = email.split("@");
  const parts = [local, ...domain.split(".")];
  return parts.every(isSingleScript) ? null : "EMAIL_MIXED_SCRIPT";
}

/**
 * A confusables skeleton (UTS #39 §4: NFKC, drop default-ignorables, map each character to the one
 * it is confused with, here by the maintained `confusables` table, then case-fold) with runs of
 * spaces made one: two names with the same skeleton look alike on screen. "Kеlapa Sdn. Bhd." with a
 * Cyrillic е has the skeleton of "Kelapa Sdn. Bhd.".
 */
export function skeleton(value: string): string {
  const visible = [...value.normalize("NFKC")].filter((ch) => !INVISIBLE.test(ch)).join("");
  return withoutConfusables(visible).normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();
}
