/**
 * Fuzzy name matching for denied-party screening. Names are transliterated to Latin (any-ascii: Сбербанк
 * → Sberbank, 中国 → ZhongGuo), folded so that common romanisation variants meet (kh/h, ks/x, ph/f,
 * doubled letters), stripped of legal forms (LLC, OOO, GmbH...), and their words sorted, so word order
 * does not matter. Two keys are compared with Jaro-Winkler, word by word and as a whole.
 */
import anyAscii from "any-ascii";

/** Legal forms and filler words that say nothing about who a party is. */
const NOISE = new Set([
  "llc", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "co", "company", "plc", "gmbh", "ag", "sa", "sas", "sarl", "srl",
  "spa", "bv", "nv", "oy", "ab", "as", "kg", "sp", "zoo", "ooo", "oao", "zao", "pao", "ao", "tov", "pjsc", "jsc", "ojsc", "cjsc", "fze",
  "fzco", "fzc", "llp", "lp", "pte", "pty", "sdn", "bhd", "kk", "kabushiki", "kaisha", "the", "and", "of", "de", "la", "el", "al", "und",
]);

/** Romanisations that differ by convention, not by name: Aleksandr/Alexander, Khalid/Halid, Yusuf/Jusuf. */
const FOLDS: [RegExp, string][] = [
  [/kh/g, "h"],
  [/ks/g, "x"],
  [/ph/g, "f"],
  [/ck/g, "k"],
  [/q/g, "k"],
  [/w/g, "v"],
  [/j/g, "y"],
  [/ou/g, "u"],
  [/ee/g, "i"],
  [/(.)\1+/g, "$1"],
];

export function nameWords(name: string): string[] {
  return anyAscii(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter((w) => w && !NOISE.has(w))
    .map((w) => FOLDS.reduce((word, [pattern, to]) => word.replace(pattern, to), w));
}

/** The comparable form of a name: transliterated, folded, without legal forms, words sorted. */
export function nameKey(name: string): string {
  return nameWords(name).sort().join(" ");
}

/** Jaro-Winkler similarity, 0 to 1 (Winkler 1990: prefix scale 0.1, up to 4 characters). */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return a ? 1 : 0;
  if (!a || !b) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = bMatched[j] = true;
      matches++;
      break;
    }
  }
  if (!matches) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[j]) j++;
    if (a[i] !== b[j++]) transpositions++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * How alike two name keys are: the whole sorted strings compared, and each word of the shorter name
 * paired with its best match in the longer one (so an extra word like "Trading" costs little).
 */
export function nameSimilarity(keyA: string, keyB: string): number {
  if (!keyA || !keyB) return 0;
  const whole = jaroWinkler(keyA, keyB);
  const [short, long] = [keyA.split(" "), keyB.split(" ")].sort((x, y) => x.length - y.length) as [string[], string[]];
  const perWord = short.reduce((sum, word) => sum + Math.max(...long.map((other) => jaroWinkler(word, other))), 0) / short.length;
  // Word-by-word pairing ignores the words the longer name has on top: weigh it by the share of words paired.
  const coverage = short.length / long.length;
  return Math.max(whole, perWord * (0.85 + 0.15 * coverage));
}

/** At or above this a name is a possible match; the country must agree, or the name be closer still. */
export const HIT_THRESHOLD = 0.9;
export const HIT_THRESHOLD_OTHER_COUNTRY = 0.96;

/** A party and a listed entry: the similarity when it is a hit, else null. */
export function screeningScore(party: { key: string; country: string | null }, listed: { key: string; country: string | null }): number | null {
  const score = nameSimilarity(party.key, listed.key);
  const sameCountry = !listed.country || !party.country || listed.country === party.country;
  return score >= (sameCountry ? HIT_THRESHOLD : HIT_THRESHOLD_OTHER_COUNTRY) ? Math.round(score * 1000) / 1000 : null;
}
