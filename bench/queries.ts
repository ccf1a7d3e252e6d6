import type { SearchListingsArgs } from "../graph/search/service.js";
import { prng } from "./generate.js";
import { CERTIFICATIONS, FAMILIES, TITLE_ADJECTIVES } from "./vocabulary.js";

/**
 * The searches the benchmarks time, grouped in mixes. Every mix is part of the realistic mix that the
 * target applies to; each is also reported on its own. They are GraphQL variables as much as service
 * arguments, so the HTTP bench sends exactly the same searches. Words come from bench/vocabulary.ts:
 * "organic", "premium", "quality" match 14–48 % of the million listings, "vanilla" 0.7 %.
 */
export interface BenchSearch {
  mix: string;
  name: string;
  args: SearchListingsArgs;
  /** Time the page after the first one (the cursor is fetched untimed first). */
  nextPage?: boolean;
}

const pln = (amount: string) => ({ amount, currency: "PLN" });
const eur = (amount: string) => ({ amount, currency: "EUR" });
const usd = (amount: string) => ({ amount, currency: "USD" });

const words = (mix: string, queries: string[]): BenchSearch[] => queries.map((query) => ({ mix, name: query, args: { query, first: 20 } }));

export const BENCH_SEARCHES: BenchSearch[] = [
  ...words("rare word", ["vanilla", "saffron", "quinoa", "manuka", "moringa", "jacquard", "bifacial", "lifepo4"]),
  ...words("common word", ["organic", "coffee", "premium", "rice", "frozen", "quality", "natural", "oil"]),
  ...words("two words", ["organic coffee", "palm oil", "frozen shrimp", "cashew nuts", "jasmine rice", "steel rebar", "solar panels", "black pepper"]),
  ...words("partial word", ["coff", "cash", "shri", "organic cof", "palm o", "vanil", "premium ri", "solar pan"]),
  ...words("translation or accents", ["kokos", "kawa", "café", "ryż", "咖啡", "gdansk", "sao paulo", "da nang"]),
  ...(
    [
      ["coffee from VN", { query: "coffee", filters: { originCountry: "VN" } }],
      ["rice, HS 1006, FOB", { query: "rice", filters: { hsCode: "1006", incoterm: "FOB" } }],
      ["organic, verified, 8–40 PLN", { query: "organic", filters: { verifiedSellersOnly: true, priceMin: pln("8"), priceMax: pln("40") } }],
      ["cashew, can supply 20 t", { query: "cashew", filters: { quantity: 20, unit: "TNE" } }],
      ["palm oil from MY, CIF", { query: "palm oil", filters: { originCountry: "MY", incoterm: "CIF" } }],
      ["frozen shrimp, EC, verified", { query: "frozen shrimp", filters: { originCountry: "EC", verifiedSellersOnly: true } }],
      ["premium, HS 09", { query: "premium", filters: { hsCode: "09" } }],
      ["coffee from MY (none)", { query: "coffee", filters: { originCountry: "MY" } }],
    ] as [string, SearchListingsArgs][]
  ).map(([name, args]): BenchSearch => ({ mix: "words + filters", name, args: { ...args, first: 20 } })),
  ...(
    [
      ["HS 09 from BR", { filters: { hsCode: "09", originCountry: "BR" } }],
      ["CIF, verified, by price", { filters: { incoterm: "CIF", verifiedSellersOnly: true }, sort: "PRICE_ASC" }],
      ["MY, HS 1511, by lead time", { filters: { originCountry: "MY", hsCode: "1511" }, sort: "LEAD_TIME" }],
      ["5–6 USD, by price", { filters: { priceMin: usd("5"), priceMax: usd("6") }, sort: "PRICE_ASC" }],
      ["IN, can supply 50 t", { filters: { originCountry: "IN", quantity: 50, unit: "TNE" } }],
      ["HS 0801, FOB, verified", { filters: { hsCode: "0801", incoterm: "FOB", verifiedSellersOnly: true } }],
      ["newest", { sort: "NEWEST" }],
      ["HS 090111, 2–4 EUR", { filters: { hsCode: "090111", priceMin: eur("2"), priceMax: eur("4") } }],
    ] as [string, SearchListingsArgs][]
  ).map(([name, args]): BenchSearch => ({ mix: "filters only", name, args: { ...args, first: 20 } })),
  ...(
    [
      ["coffee by price", { query: "coffee", sort: "PRICE_ASC" }],
      ["organic by lead time", { query: "organic", sort: "LEAD_TIME" }],
      ["premium by price, highest", { query: "premium", sort: "PRICE_DESC" }],
      ["rice, HS 1006, by price", { query: "rice", filters: { hsCode: "1006" }, sort: "PRICE_ASC" }],
      ["quality, newest", { query: "quality", sort: "NEWEST" }],
      ["vanilla by price", { query: "vanilla", sort: "PRICE_ASC" }],
      ["HS 09 by lead time", { filters: { hsCode: "09" }, sort: "LEAD_TIME" }],
      ["CN by price, highest", { filters: { originCountry: "CN" }, sort: "PRICE_DESC" }],
    ] as [string, SearchListingsArgs][]
  ).map(([name, args]): BenchSearch => ({ mix: "other sorts", name, args: { ...args, first: 20 } })),
  ...(
    [
      ["organic, page 2", { query: "organic" }],
      ["organic coffee, page 2", { query: "organic coffee" }],
      ["coffee by price, page 2", { query: "coffee", sort: "PRICE_ASC" }],
      ["HS 09 from BR, page 2", { filters: { hsCode: "09", originCountry: "BR" } }],
    ] as [string, SearchListingsArgs][]
  ).map(([name, args]): BenchSearch => ({ mix: "next page", name, args: { ...args, first: 20 }, nextPage: true })),
  ...buyerSearches(60),
];

/**
 * What buyers send most (issue 9's independent measurement): 1–3 words of one product family, the
 * country they source from and a price range inside the family's band, first page. Drawn with a
 * fixed seed from the same vocabulary as the bench data, so the searches find what the data holds.
 */
function buyerSearches(count: number): BenchSearch[] {
  const rand = prng(0xb0e7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  return Array.from({ length: count }, () => {
    const family = pick(FAMILIES);
    const product = pick([family.noun, ...family.varieties]).split(" ");
    const qualifier = pick([...TITLE_ADJECTIVES.map(([word]) => word), ...CERTIFICATIONS]);
    const wordCount = 1 + Math.floor(rand() * 3);
    const words = wordCount === 3 ? [qualifier, ...product].slice(0, 3) : product.slice(-wordCount);
    const [low, high] = family.usdCents;
    const from = low + Math.floor(rand() * 0.5 * (high - low));
    const to = from + Math.ceil((0.2 + rand() * 0.4) * (high - low));
    const origin = pick(family.origins);
    const query = words.join(" ");
    const dollars = (cents: number) => (cents / 100).toFixed(2);
    return {
      mix: "buyer: words + origin + price",
      name: `${query} from ${origin}, ${dollars(from)}–${dollars(to)} USD`,
      args: { query, filters: { originCountry: origin, priceMin: usd(dollars(from)), priceMax: usd(dollars(to)) }, first: 20 },
    };
  });
}

/** The mixes in report order, and the realistic mix: all of them together. */
export const MIXES = [...new Set(BENCH_SEARCHES.map((s) => s.mix))];
export const REALISTIC = "realistic mix (all of the above)";
