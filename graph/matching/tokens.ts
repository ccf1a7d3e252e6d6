/**
 * Words for text relevance: lower case, accents folded (Gdańsk = gdansk), numbers and filler dropped,
 * and a plural "s" taken off so "coconuts" meets "coconut". Text is split on anything that is not a
 * letter or digit; runs in scripts written without spaces (Chinese, Japanese, Thai…) go through the
 * locale-aware word segmenter, which is too slow to run on every description.
 */
const SEGMENTER = new Intl.Segmenter("und", { granularity: "word" });
const RUNS = /[\p{L}\p{N}]+/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

const STOP_WORDS = new Set([
  "a", "an", "and", "are", "as", "at", "be", "buy", "by", "for", "from", "in", "into", "is", "it", "of", "on", "or", "our",
  "per", "the", "to", "we", "with", "need", "needed", "want", "looking", "bulk", "quality", "grade", "supply", "supplier",
  "kg", "t", "ton", "tons", "tonne", "tonnes", "mt", "pcs", "piece", "pieces", "unit", "units",
]);

function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
}

function* split(text: string): Generator<string> {
  for (const [run] of fold(text).matchAll(RUNS)) {
    if (!UNSPACED.test(run)) yield run;
    else for (const segment of SEGMENTER.segment(run)) if (segment.isWordLike) yield segment.segment;
  }
}

function stem(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return word.slice(0, -3) + "y";
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) return word.slice(0, -1);
  return word;
}

function meaningful(text: string): string[] {
  const found: string[] = [];
  for (const word of split(text)) {
    if (/^\d+$/.test(word) || STOP_WORDS.has(stem(word)) || [...word].length < 2) continue;
    found.push(word);
  }
  return found;
}

/** The distinct words of a text, stemmed, in order of first appearance. */
export function words(text: string): string[] {
  return [...new Set(meaningful(text).map(stem))];
}

/**
 * Words to look a text up by in the full-text index, which does not stem: `all` as written, to ask
 * for listings holding every one; `any` adds their stems and simple plurals ("coconut" finds
 * "coconuts"), to ask for listings holding some. Most telling first, as the index takes only a few.
 */
export function lookupWords(text: string): { all: string[]; any: string[] } {
  const written = [...new Set(meaningful(text))];
  const stems = written.map(stem);
  const plurals = stems.filter((w) => /^\p{Script=Latin}+$/u.test(w) && !w.endsWith("s")).map((w) => `${w}s`);
  return { all: written, any: [...new Set([...written, ...stems, ...plurals])] };
}
