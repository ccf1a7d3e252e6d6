import { findCurrency, findCountry } from "../db/reference/index.js";
import type { SourcingRequestsTable } from "../db/types.js";
import type { ListingFacets } from "../db/search.js";
import { findUnit } from "../db/reference/units.js";
import {
  CERTIFICATIONS,
  COUNTRY_CURRENCY,
  FAMILIES,
  INCOTERM_CHOICES,
  PORTS,
  QUALITY_WORDS,
  TITLE_ADJECTIVES,
  TRANSLATION_LOCALES,
  type ProductFamily,
} from "./vocabulary.js";

/**
 * Deterministic marketplace data for the benchmarks: the same arguments always give the same rows,
 * byte for byte, so figures taken on different days or databases compare.
 */

/** mulberry32: tiny, fast and good enough to spread synthetic data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const BENCH_SEED = 20261127;
/** Listings are published in the minutes before this instant, the newest last. */
export const BENCH_EPOCH = Date.parse("2026-11-01T00:00:00Z");
export const BENCH_RATE_DATE = "2026-01-01";
/** One listing in this many is not active (draft, paused, archived): search must skip them. */
export const INACTIVE_EVERY = 20;

export const SELLER_COUNTRIES = Object.keys(COUNTRY_CURRENCY);

export interface BenchOrganisation {
  id: string;
  kind: "exporter" | "buyer";
  legal_name: string;
  country: string;
  preferred_currency: string;
  verification_status: "verified" | "unverified";
  verified_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface BenchListing {
  id: string;
  search_key: number;
  organisation_id: string;
  status: string;
  external_ref: string;
  title: string;
  description: string;
  locale: string;
  hs_code: string;
  origin_country: string;
  unit: string;
  currency: string;
  price_from_minor: number;
  price_from_usd_cents: number;
  moq: number;
  available_quantity: number;
  moq_base: number;
  available_base: number;
  lead_time_days: number;
  ship_from_port: string | null;
  net_weight_kg: number | null;
  gross_weight_kg: number | null;
  volume_m3: number | null;
  packaging: string;
  seller_verified: number;
  published_at: string | null;
  created_at: string;
  updated_at: string;
  tiers: { min_quantity: number; unit_price_minor: number }[];
  incoterms: { incoterm: string; named_place: string }[];
  translations: { locale: string; title: string; description: string }[];
  certifications: string[];
}

/** A sourcing request row exactly as the migration defines it. */
export type BenchRequest = SourcingRequestsTable;

const iso = (ms: number) => new Date(ms).toISOString();
const pad = (n: number) => n.toString(36).padStart(7, "0");

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

function between(rand: () => number, [lo, hi]: [number, number]): number {
  return lo + Math.floor(rand() * (hi - lo + 1));
}

/** Log-uniform: prices spread over orders of magnitude the way real ones do. */
function logBetween(rand: () => number, [lo, hi]: [number, number]): number {
  return Math.round(Math.exp(Math.log(lo) + rand() * (Math.log(hi) - Math.log(lo))));
}

const cap = (s: string) => s.replace(/(^|\s)(\p{L})/gu, (_m, space: string, c: string) => space + c.toUpperCase());

export function organisations(sellers: number, buyers: number): BenchOrganisation[] {
  const rand = prng(BENCH_SEED ^ 0x0e6);
  const out: BenchOrganisation[] = [];
  for (let i = 0; i < sellers + buyers; i++) {
    const seller = i < sellers;
    const country = SELLER_COUNTRIES[i % SELLER_COUNTRIES.length]!;
    const verified = rand() < (seller ? 0.6 : 0.4);
    const created = iso(BENCH_EPOCH - 400 * 86_400_000 + i * 1000);
    out.push({
      id: `org_bench${pad(i)}`,
      kind: seller ? "exporter" : "buyer",
      legal_name: `${seller ? "Exporter" : "Buyer"} ${country} ${i}`,
      country,
      preferred_currency: COUNTRY_CURRENCY[country]![0],
      verification_status: verified ? "verified" : "unverified",
      verified_at: verified ? created : null,
      created_at: created,
      updated_at: created,
    });
  }
  return out;
}

// Families get listed with a skewed frequency: the first ones are the staples of the marketplace.
const FAMILY_WEIGHTS = FAMILIES.map((_f, r) => 1 / (r + 4));
const FAMILY_CUMULATIVE = FAMILY_WEIGHTS.map(
  (
    (sum) => (w: number) =>
      (sum += w)
  )(0),
);
const FAMILY_TOTAL = FAMILY_CUMULATIVE.at(-1)!;

function pickFamily(rand: () => number): ProductFamily {
  const x = rand() * FAMILY_TOTAL;
  let lo = 0;
  let hi = FAMILY_CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (FAMILY_CUMULATIVE[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return FAMILIES[lo]!;
}

const ORIGINS = new Map(FAMILIES.map((f) => [f, f.origins.filter((c) => c in COUNTRY_CURRENCY)]));
const PORTS_BY_COUNTRY = new Map<string, [string, string][]>();
for (const [country, code, name] of PORTS) PORTS_BY_COUNTRY.set(country, [...(PORTS_BY_COUNTRY.get(country) ?? []), [code, name]]);

const MOQ_BY_UNIT: Record<string, [number, number]> = {
  TNE: [1, 25], KGM: [100, 5000], H87: [100, 10000], LTR: [500, 20000], MTK: [100, 2000], MTQ: [10, 100], MTR: [500, 10000],
};

const STATUSES_INACTIVE = ["draft", "paused", "archived"];

function toMinor(usdCents: number, currency: string, usdRate: number): number {
  const exponent = findCurrency(currency)!.minorUnit;
  return Math.max(1, Math.round((usdCents / 100) * usdRate * 10 ** exponent));
}

/**
 * The listings in search_key order. `sellers` are the exporter organisations; a listing's seller is
 * one from its origin country, so "verified only" and "origin" filters are independent of the text.
 */
export function* listings(count: number, sellers: BenchOrganisation[]): Generator<BenchListing> {
  const rand = prng(BENCH_SEED);
  const sellersByCountry = new Map<string, BenchOrganisation[]>();
  for (const s of sellers) sellersByCountry.set(s.country, [...(sellersByCountry.get(s.country) ?? []), s]);
  const total = count + Math.floor(count / (INACTIVE_EVERY - 1));
  for (let i = 0; i < total; i++) {
    const family = pickFamily(rand);
    const origins = ORIGINS.get(family)!;
    const origin = origins.length ? pick(rand, origins) : pick(rand, SELLER_COUNTRIES);
    const seller = pick(rand, sellersByCountry.get(origin) ?? sellers);
    const [currency, usdRate] = COUNTRY_CURRENCY[seller.country]!;
    const countryName = findCountry(origin)?.name ?? origin;

    const adjectives = TITLE_ADJECTIVES.filter(([, share]) => rand() < share);
    const variety = rand() < 0.6 ? pick(rand, family.varieties) : null;
    const headWord = family.noun.split(" ").at(-1)!;
    const noun = variety && rand() < 0.5 && !variety.includes(headWord) ? `${variety} ${family.noun}` : (variety ?? family.noun);
    const packaging = pick(rand, family.packaging);
    const ports = PORTS_BY_COUNTRY.get(origin) ?? [];
    const port = ports.length && rand() < 0.8 ? pick(rand, ports) : null;
    const titleParts = [...adjectives.map(([a]) => a), noun];
    if (rand() < 0.25) titleParts.push(`from ${countryName}`);
    if (rand() < 0.3) titleParts.push(`– ${packaging}`);
    const title = cap(titleParts.join(" "));

    const certifications = CERTIFICATIONS.filter(() => rand() < 0.08);
    if (adjectives.some(([a]) => a === "organic") && !certifications.includes("organic")) certifications.push("organic");
    const sentences = [
      `We supply ${noun} from ${countryName}${port ? `, shipped from ${port[1]}` : ""}.`,
      `${cap(pick(rand, QUALITY_WORDS))}, ${pick(rand, QUALITY_WORDS)} and ${pick(rand, QUALITY_WORDS)}.`,
      `Packed in ${packaging}; also available: ${pick(rand, family.varieties)}, ${pick(rand, family.varieties)}.`,
    ];
    if (certifications.length) sentences.push(`Certified ${certifications.join(", ")}.`);
    if (rand() < 0.5) sentences.push(`Monthly capacity ${between(rand, [2, 500])} containers, inspection by SGS on request.`);
    const description = sentences.join(" ");

    const translations: BenchListing["translations"] = [];
    const translated = rand();
    const translationCount = translated < 0.05 ? 2 : translated < 0.2 ? 1 : 0;
    for (let t = 0; t < translationCount; t++) {
      const index = Math.floor(rand() * TRANSLATION_LOCALES.length);
      const locale = TRANSLATION_LOCALES[index]!;
      if (translations.some((x) => x.locale === locale)) continue;
      const words = [...adjectives.map(([, , tr]) => tr[index]!), family.tr[index]!];
      translations.push({ locale, title: cap(words.join(" ")), description: `${family.tr[index]} · ${countryName}${port ? ` · ${port[1]}` : ""}` });
    }

    const unit = findUnit(family.unit)!;
    const moq = between(rand, MOQ_BY_UNIT[unit.code]!);
    const available = moq * between(rand, [5, 200]);
    const baseCents = logBetween(rand, family.usdCents);
    const tierCount = between(rand, [1, 3]);
    const tiers = Array.from({ length: tierCount }, (_v, t) => ({
      min_quantity: moq * 5 ** t,
      unit_price_minor: toMinor(Math.max(1, Math.round(baseCents * (1 - 0.05 * t))), currency, usdRate),
    }));
    const lowestUsd = Math.max(1, Math.round(baseCents * (1 - 0.05 * (tierCount - 1))));

    const incoterms: BenchListing["incoterms"] = [];
    for (const term of INCOTERM_CHOICES) {
      const share = term === "FOB" ? 0.55 : term === "CIF" ? 0.35 : term === "EXW" ? 0.25 : 0.08;
      if (rand() < share) incoterms.push({ incoterm: term, named_place: ["EXW", "FCA"].includes(term) ? countryName : (port?.[1] ?? countryName) });
    }
    if (!incoterms.length) incoterms.push({ incoterm: "FOB", named_place: port?.[1] ?? countryName });

    const active = i % INACTIVE_EVERY !== INACTIVE_EVERY - 1;
    const publishedMs = BENCH_EPOCH - (total - i) * 30_000;
    const hs = pick(rand, family.hs);
    const weight = unit.quantity === "mass" ? unit.toBase : rand() < 0.5 ? Math.round(rand() * 5000) / 100 : null;
    yield {
      id: `lst_bench${pad(i)}`,
      search_key: i + 1,
      organisation_id: seller.id,
      status: active ? "active" : STATUSES_INACTIVE[i % STATUSES_INACTIVE.length]!,
      external_ref: `BENCH-${i}`,
      title,
      description,
      locale: "en",
      hs_code: rand() < 0.1 ? `${hs}${pick(rand, ["10", "90", "00"])}` : hs,
      origin_country: origin,
      unit: unit.code,
      currency,
      price_from_minor: tiers.at(-1)!.unit_price_minor,
      price_from_usd_cents: lowestUsd,
      moq,
      available_quantity: available,
      moq_base: moq * unit.toBase,
      available_base: available * unit.toBase,
      lead_time_days: between(rand, family.leadDays),
      ship_from_port: port?.[0] ?? null,
      net_weight_kg: weight,
      gross_weight_kg: weight === null ? null : Math.round(weight * 1.04 * 1000) / 1000,
      volume_m3: unit.quantity === "volume" ? unit.toBase : null,
      packaging,
      seller_verified: seller.verification_status === "verified" ? 1 : 0,
      published_at: active ? iso(publishedMs) : null,
      created_at: iso(publishedMs - 3_600_000),
      updated_at: iso(publishedMs),
      tiers,
      incoterms,
      translations,
      certifications,
    };
  }
}

const DESTINATIONS = SELLER_COUNTRIES;

export function* requests(count: number, buyers: BenchOrganisation[]): Generator<BenchRequest> {
  const rand = prng(BENCH_SEED ^ 0x5eed);
  const total = count + Math.floor(count / 10);
  for (let i = 0; i < total; i++) {
    const family = pickFamily(rand);
    const buyer = pick(rand, buyers);
    const adjectives = TITLE_ADJECTIVES.filter(([, share]) => rand() < share / 2).map(([a]) => a);
    const variety = rand() < 0.5 ? pick(rand, family.varieties) : family.noun;
    const unit = findUnit(family.unit)!;
    const quantity = between(rand, MOQ_BY_UNIT[unit.code]!) * between(rand, [1, 40]);
    const hs = pick(rand, family.hs);
    const hsRoll = rand();
    const ports = PORTS_BY_COUNTRY.get(buyer.country) ?? [];
    const targetCents = rand() < 0.6 ? logBetween(rand, family.usdCents) : null;
    const [currency, usdRate] = COUNTRY_CURRENCY[buyer.country]!;
    const createdMs = BENCH_EPOCH - (total - i) * 240_000;
    const open = i % 11 !== 10;
    yield {
      id: `req_bench${pad(i)}`,
      organisation_id: buyer.id,
      status: open ? "open" : pick(rand, ["closed", "awarded"]),
      title: cap(`${quantity} ${unit.symbol} ${[...adjectives, variety].join(" ")}`),
      description: `Looking for ${[...adjectives, variety].join(" ")} delivered to ${findCountry(buyer.country)?.name ?? buyer.country}. ${cap(pick(rand, QUALITY_WORDS))} required.`,
      hs_code: hsRoll < 0.5 ? hs.slice(0, 6) : hsRoll < 0.75 ? hs.slice(0, 4) : null,
      keywords: [...adjectives, variety, family.noun].join(" "),
      quantity,
      unit: unit.code,
      quantity_base: quantity * unit.toBase,
      target_price_minor: targetCents === null ? null : toMinor(targetCents, currency, usdRate),
      target_currency: targetCents === null ? null : currency,
      destination_country: pick(rand, DESTINATIONS.length ? DESTINATIONS : [buyer.country]),
      destination_port: ports.length ? pick(rand, ports)[0] : null,
      incoterm: pick(rand, ["FOB", "CIF", "CFR", "DAP", "EXW", "FCA"]),
      needed_by: iso(BENCH_EPOCH + between(rand, [30, 200]) * 86_400_000).slice(0, 10),
      visibility: rand() < 0.8 ? "all" : "verified",
      quote_cap: 10,
      quote_deadline: null,
      created_at: iso(createdMs),
      updated_at: iso(createdMs),
    };
  }
}

/** The seed's FX rates: one unit of USD in each seller currency, dated BENCH_RATE_DATE. */
export function fxRates(): { base_currency: string; quote_currency: string; rate: string; as_of: string }[] {
  const seen = new Map<string, number>();
  for (const [currency, rate] of Object.values(COUNTRY_CURRENCY)) if (currency !== "USD") seen.set(currency, rate);
  return [...seen].map(([quote, rate]) => ({ base_currency: "USD", quote_currency: quote, rate: String(rate), as_of: BENCH_RATE_DATE }));
}

/** The text a listing is searched by, split as the listings service splits it (graph/listings searchDocumentOf). */
export function searchDocument(listing: BenchListing): { title: string; body: string } {
  return {
    title: [listing.title, ...listing.translations.map((t) => t.title)].join("\n"),
    body: [listing.description, ...listing.translations.map((t) => t.description), listing.packaging].join("\n"),
  };
}

export function facetsOf(listing: BenchListing): ListingFacets {
  return {
    hsCode: listing.hs_code,
    originCountry: listing.origin_country,
    unit: listing.unit,
    incoterms: listing.incoterms.map((i) => i.incoterm),
    priceUsdCents: listing.price_from_usd_cents,
    leadTimeDays: listing.lead_time_days,
  };
}
