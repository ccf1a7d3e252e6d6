import { newStemmer } from "snowball-stemmers";

/**
 * Decodes an uploaded or imported file: UTF-8 (with or without a byte-order mark) when it is valid
 * UTF-8, else Windows-1252/Latin-1, which is what spreadsheets and older UNECE releases write.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: "utf-8" | "windows-1252" } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}

// ---------------------------------------------------------------------------- words for search

/** A word of a text as search sees it: `word` folded (for prefixes), `forms` what the index holds and queries match. */
export interface SearchWord {
  word: string;
  forms: string[];
}

// Letters NFKD does not decompose, so that "Lodz" finds "Łódź" and "Orebro" finds "Ørebro".
const LETTER_FOLDS: Record<string, string> = { ł: "l", ø: "o", đ: "d", ħ: "h", ı: "i", ß: "ss", æ: "ae", œ: "oe", þ: "th" };
// Arabic letters people write interchangeably: alef wasla, alef maqsura for ya, ta marbuta for ha.
// (Hamza-carrying alefs, harakat and shadda are marks NFKD splits off.)
const ARABIC_FOLDS: Record<string, string> = { "\u0671": "\u0627", "\u0649": "\u064a", "\u0629": "\u0647" };

/**
 * Snowball stemmers (snowball-stemmers) of Caravan's languages, by the script their words are written in.
 * A word gets the stem of every language of its script, so a buyer's "coconuts" meets a seller's
 * "coconut" whichever of those languages either wrote in. Polish, Ukrainian, Malay and Hebrew have no
 * Snowball stemmer: their words match as written (folded), Ukrainian also through the Russian stems.
 */
const STEMMED_SCRIPTS: [RegExp, string[]][] = [
  [/\p{Script=Latin}/u, ["english", "spanish", "french", "portuguese"]],
  [/\p{Script=Cyrillic}/u, ["russian"]],
  [/\p{Script=Arabic}/u, ["arabic"]],
];
const stemmers = new Map<string, { stem(word: string): string }>();
function stemmer(language: string): { stem(word: string): string } {
  let found = stemmers.get(language);
  if (!found) stemmers.set(language, (found = newStemmer(language)));
  return found;
}

/** Scripts written without spaces between words (Korean has spaces, but its particles cling to words). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc]+/u;

/** A Chinese, Japanese or Korean character or pair: one character already says something ("椰"). */
export function isUnspaced(word: string): boolean {
  return UNSPACED.test(word);
}

function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[łøđħıßæœþ]/g, (c) => LETTER_FOLDS[c]!)
    .replace(/[\u0671\u0649\u0629]/g, (c) => ARABIC_FOLDS[c]!);
}

// A catalogue repeats its words endlessly; stemming each once keeps indexing an import fast.
const FORMS_CACHE_SIZE = 200_000;
const formsCache = new Map<string, string[]>();

function formsOf(word: string): string[] {
  let forms = formsCache.get(word);
  if (forms) return forms;
  const languages = STEMMED_SCRIPTS.find(([script]) => script.test(word))?.[1] ?? [];
  const stems = languages.map((language) => fold(stemmer(language).stem(word)));
  forms = [...new Set(stems.length ? stems.filter(Boolean) : [fold(word)])];
  if (formsCache.size >= FORMS_CACHE_SIZE) formsCache.clear();
  formsCache.set(word, forms);
  return forms;
}

/**
 * The one normalisation of search: the index runs it over a listing's text and the search over the
 * query, so both sides always agree. Lower-cases, splits on anything that is not a letter or digit
 * ("0801.19" is two words, "jute-bag" too), drops diacritics (Arabic harakat, Hebrew niqqud, accents)
 * and the Arabic tatweel, folds either alef form to one, stems, and cuts Chinese, Japanese and Korean
 * into overlapping pairs of characters, so "椰子" finds "新鲜椰子" without a dictionary.
 */
export function searchWords(text: string): SearchWord[] {
  const out: SearchWord[] = [];
  const lowered = text.toLowerCase().normalize("NFKC").replace(/\u0640/g, "");
  for (const run of lowered.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) {
    for (const part of run.split(new RegExp(`(${UNSPACED.source})`, "u")).filter(Boolean)) {
      if (UNSPACED.test(part)) {
        // Not folded: NFKD would take Hangul apart into letters and Katakana voicing off its syllables.
        const chars = [...part];
        const pairs = chars.length === 1 ? chars : chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
        for (const pair of pairs) out.push({ word: pair, forms: [pair] });
      } else {
        const word = fold(part);
        if (word) out.push({ word, forms: formsOf(part) });
      }
    }
  }
  return out;
}
