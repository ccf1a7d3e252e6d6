import { RELEVANCE_WINDOW, searchTokens, type ListingSearchSpec } from "../../db/search.js";
import { isUnspaced, searchWords } from "../../db/text.js";
import { findUnit } from "../../db/reference/units.js";
import { searchDocument, type BenchListing } from "../../bench/generate.js";

/**
 * Search the slow, obvious way: every listing read, every rule applied in plain code. The engine's
 * indexes, facets, windows and bucket walks must give exactly this order.
 */
export class ReferenceSearch {
  private readonly docs;

  constructor(listings: BenchListing[]) {
    this.docs = listings
      .filter((l) => l.status === "active")
      .map((l) => {
        const doc = searchDocument(l);
        const title = searchTokens(doc.title);
        return { l, title, words: new Set([...title, ...searchTokens(doc.body)]) };
      });
  }

  keys(spec: ListingSearchSpec): number[] {
    const typing = !/\s$/.test(spec.text ?? "");
    const seen = new Set<string>();
    let words = searchWords(spec.text ?? "")
      .filter((w) => !seen.has(w.word) && seen.add(w.word))
      .slice(0, 8);
    const telling = (word: string) => [...word].length >= 2 || isUnspaced(word);
    if (typing && words.length > 1 && !telling(words.at(-1)!.word)) words = words.slice(0, -1);
    const last = words.at(-1);
    const open = !!last && typing && telling(last.word) && !this.docs.some((d) => last.forms.some((f) => d.words.has(f)));
    const has = (tokens: Iterable<string>, word: (typeof words)[number], i: number) => {
      const isPrefix = open && i === words.length - 1;
      for (const t of tokens) if (isPrefix ? t.startsWith(word.word) : word.forms.includes(t)) return true;
      return false;
    };
    const hs = (spec.hsPrefix ?? "").replace(/\D/g, "");
    const matched = this.docs.filter(({ l, words: all }) => {
      if (words.length) {
        const hits = words.map((w, i) => has(all, w, i));
        if (spec.anyWord ? !hits.some(Boolean) : !hits.every(Boolean)) return false;
      }
      const price = l.price_from_usd_cents;
      return (
        (!hs || l.hs_code.startsWith(hs)) &&
        (!spec.originCountry || l.origin_country === spec.originCountry) &&
        (spec.priceMinUsdCents == null || (price !== null && price >= spec.priceMinUsdCents)) &&
        (spec.priceMaxUsdCents == null || (price !== null && price <= spec.priceMaxUsdCents)) &&
        (!spec.quantity || (findUnit(l.unit)?.quantity === spec.quantity.kind && l.moq_base <= spec.quantity.base && l.available_base >= spec.quantity.base)) &&
        (!spec.incoterm || l.incoterms.some((t) => t.incoterm === spec.incoterm)) &&
        (!spec.verifiedOnly || l.seller_verified === 1)
      );
    });
    const newestFirst = (a: { l: BenchListing }, b: { l: BenchListing }) => b.l.search_key - a.l.search_key;
    if (spec.sort === "relevance" && words.length) {
      const byAge = [...matched].sort(newestFirst);
      const out: number[] = [];
      for (let i = 0; i < byAge.length; i += RELEVANCE_WINDOW) {
        const window = byAge.slice(i, i + RELEVANCE_WINDOW).map((d) => {
          let score = 0;
          words.forEach((w, j) => (score += has(d.title, w, j) ? 2 : has(d.words, w, j) ? 1 : 0));
          // As the engine scores a phrase: the leading words' first forms, then any form of the last word.
          const phraseWords = words.map((w, j) => (j < words.length - 1 ? { ...w, forms: [w.forms[0]!] } : w));
          const phrase = d.title.some((_t, s) => s + words.length <= d.title.length && phraseWords.every((w, j) => has([d.title[s + j]!], w, j)));
          if (words.length > 1 && phrase) score += 1;
          return { key: d.l.search_key, score };
        });
        window.sort((a, b) => b.score - a.score || b.key - a.key);
        out.push(...window.map((w) => w.key));
      }
      return out;
    }
    if (spec.sort === "relevance" || spec.sort === "newest") return matched.sort(newestFirst).map((d) => d.l.search_key);
    const column = spec.sort === "lead_time" ? "lead_time_days" : "price_from_usd_cents";
    const direction = spec.sort === "price_desc" ? -1 : 1;
    return matched
      .sort((a, b) => {
        const x = a.l[column];
        const y = b.l[column];
        if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0) || newestFirst(a, b);
        return direction * (x - y) || newestFirst(a, b);
      })
      .map((d) => d.l.search_key);
  }
}
