/**
 * The match score: pure, so every signal is table-tested without a database. The service gathers
 * the facts (lanes, embargoes, exchange rate, seller record) and this file decides.
 */
import { convertQuantity, findIncoterm, incotermFitsMode } from "../../db/reference/index.js";
import { tierPrice } from "../listings/pricing.js";
import type { FreightMode as LaneMode, Lane } from "../logistics/service.js";
import { findEmbargo, type Embargo } from "../compliance/service.js";
import {
  HS_DEPTH_CREDIT,
  INCOTERM_SAME_GROUP_CREDIT,
  LANE_MAYBE_CREDIT,
  MODE_PREFERENCE,
  PRICE_ZERO_CREDIT_RATIO,
  QUOTES_FOR_FULL_CREDIT,
  WEIGHTS,
  type SignalName,
} from "./weights.js";

export interface MatchRequest {
  id: string;
  organisationId: string;
  /** Digits only: a chapter (2), heading (4), subheading (6) or a national code (8+). */
  hsCode: string | null;
  /** From the title and keywords, through `words()`. */
  words: readonly string[];
  quantity: number;
  unit: string;
  /** Per one `unit`. */
  targetPrice: { amountMinor: number; currency: string } | null;
  destinationCountry: string;
  incoterm: string;
  /** YYYY-MM-DD */
  neededBy: string;
}

export interface MatchListing {
  id: string;
  organisationId: string;
  hsCode: string;
  originCountry: string;
  /** Where the goods leave from (the ship-from port's country), which may differ from where they were made. */
  shipFromCountry: string;
  unit: string;
  moq: number;
  availableQuantity: number;
  leadTimeDays: number;
  currency: string;
  /** Per one `unit`, in minor units of `currency`. */
  priceTiers: readonly { minQuantity: number; unitPriceMinor: number }[];
  incoterms: readonly { code: string; namedPlace: string }[];
  sellerVerified: boolean;
  /** From the title, description and translations, through `words()`. */
  words: ReadonlySet<string>;
}

export interface MatchEnvironment {
  /** YYYY-MM-DD: the day the goods could be ordered. */
  today: string;
  /** The lanes from the listing's ship-from country to the destination, estimates included. */
  lanes: readonly Lane[];
  /** Embargoes that may concern the pair; the scorer checks origin, destination, HS code and dates itself. */
  embargoes: readonly Embargo[];
  /**
   * Minor units of the target currency per minor unit of the listing's currency; null when no rate is
   * known. Used only when the request has a target price.
   */
  fxFactor: number | null;
  /** Requests the seller has answered with a quote. */
  quotesAnswered: number;
}

export type ReasonParams = Record<string, string | number>;

/** A reason in words-to-be: `code` is a key under matching.reason in the locale files. */
export interface Reason {
  signal: SignalName;
  code: string;
  positive: boolean;
  params: ReasonParams;
}

export interface SignalResult {
  name: SignalName;
  weight: number;
  /** 0 to 1. */
  value: number;
  /** False when the request gives nothing to compare (no HS code, no target price, no words). */
  applicable: boolean;
}

export type OnTime = "yes" | "maybe" | "no";

export interface DeliveryWindow {
  mode: LaneMode;
  leadTimeDays: number;
  transitDaysMin: number;
  transitDaysMax: number;
  /** YYYY-MM-DD: today + lead time + transit. */
  earliest: string;
  latest: string;
  estimated: boolean;
  onTime: OnTime;
  source: string;
}

export interface MatchScore {
  /** 0 to 1, three decimals; 0 when excluded. */
  score: number;
  /** An embargo forbids the trade: never ranked, whatever the other signals say. */
  excluded: boolean;
  embargo: Embargo | null;
  signals: SignalResult[];
  reasons: Reason[];
  delivery: DeliveryWindow | null;
  /** The tier price that applies to the requested quantity, per listing unit. */
  unitPriceMinor: number;
}

// ---------------------------------------------------------------------------- helpers

const EPSILON = 1e-9;

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** "080119" → "0801.19", "0801" → "0801", "08" → "08": the way tariffs print them. */
export function formatHs(code: string): string {
  return code.length >= 6 ? `${code.slice(0, 4)}.${code.slice(4, 6)}` : code;
}

export { tierPrice };

type Outcome = { value: number; applicable: boolean; reasons: Reason[] };

const reason = (signal: SignalName, code: string, positive: boolean, params: ReasonParams = {}): Reason => ({ signal, code, positive, params });

// ---------------------------------------------------------------------------- signals

/** Same six digits beat the same heading, which beats the same chapter. A request that names only a heading is fully met by any code under it. */
export function hsSignal(requestCode: string | null, listingCode: string): Outcome {
  if (!requestCode) return { value: 0, applicable: false, reasons: [] };
  const requested = requestCode.length >= 6 ? 6 : requestCode.length >= 4 ? 4 : 2;
  const depth = ([6, 4, 2] as const).find((d) => d <= requested && requestCode.slice(0, d) === listingCode.slice(0, d)) ?? 0;
  if (depth === 0) {
    return { value: HS_DEPTH_CREDIT.none, applicable: true, reasons: [reason("hsCode", "hsNone", false, { code: formatHs(listingCode.slice(0, 4)) })] };
  }
  const level = depth === 6 ? "subheading" : depth === 4 ? "heading" : "chapter";
  const value = depth === requested ? 1 : HS_DEPTH_CREDIT[level];
  const code = `hs${level[0]!.toUpperCase()}${level.slice(1)}`;
  return { value, applicable: true, reasons: [reason("hsCode", code, true, { code: formatHs(listingCode.slice(0, depth)) })] };
}

/** The share of the buyer's words found in the listing. */
export function textSignal(requestWords: readonly string[], listingWords: ReadonlySet<string>): Outcome {
  if (!requestWords.length) return { value: 0, applicable: false, reasons: [] };
  const found = requestWords.filter((w) => listingWords.has(w));
  if (!found.length) return { value: 0, applicable: true, reasons: [reason("text", "textNone", false)] };
  return {
    value: found.length / requestWords.length,
    applicable: true,
    reasons: [reason("text", "textMatch", true, { count: found.length, total: requestWords.length, words: found.slice(0, 5).join(", ") })],
  };
}

/** MOQ ≤ requested ≤ available earns full credit; a seller short of stock earns the share it can supply. */
export function quantitySignal(request: Pick<MatchRequest, "quantity" | "unit">, listing: Pick<MatchListing, "unit" | "moq" | "availableQuantity">): Outcome {
  const wanted = convertQuantity(request.quantity, request.unit, listing.unit);
  const moq = convertQuantity(listing.moq, listing.unit, request.unit);
  const available = convertQuantity(listing.availableQuantity, listing.unit, request.unit);
  if (wanted === undefined || moq === undefined || available === undefined) {
    return { value: 0, applicable: true, reasons: [reason("quantity", "quantityUnitMismatch", false, { unit: listing.unit, requestUnit: request.unit })] };
  }
  const base = { quantity: request.quantity, unit: request.unit };
  if (wanted < listing.moq * (1 - EPSILON)) {
    return { value: 0, applicable: true, reasons: [reason("quantity", "quantityBelowMoq", false, { ...base, moq })] };
  }
  if (wanted > listing.availableQuantity * (1 + EPSILON)) {
    return {
      value: listing.availableQuantity / wanted,
      applicable: true,
      reasons: [reason("quantity", "quantityPartial", false, { ...base, available })],
    };
  }
  return { value: 1, applicable: true, reasons: [reason("quantity", "quantityFits", true, { ...base, moq })] };
}

/** At or under the target earns full credit, falling in a line to nothing at PRICE_ZERO_CREDIT_RATIO times it. */
export function priceSignal(
  request: Pick<MatchRequest, "quantity" | "unit" | "targetPrice">,
  listing: Pick<MatchListing, "unit" | "currency" | "priceTiers">,
  fxFactor: number | null,
): Outcome {
  const target = request.targetPrice;
  if (!target || target.amountMinor <= 0) return { value: 0, applicable: false, reasons: [] };
  const listingUnitsPerRequestUnit = convertQuantity(1, request.unit, listing.unit);
  if (listingUnitsPerRequestUnit === undefined) return { value: 0, applicable: false, reasons: [] };
  if (fxFactor === null) {
    return { value: 0, applicable: false, reasons: [reason("price", "priceNoRate", false, { from: listing.currency, to: target.currency })] };
  }
  const unitPrice = tierPrice(listing.priceTiers, convertQuantity(request.quantity, request.unit, listing.unit));
  const ratio = (unitPrice * listingUnitsPerRequestUnit * fxFactor) / target.amountMinor;
  const percent = Math.round(Math.abs(ratio - 1) * 100);
  if (percent === 0) return { value: 1, applicable: true, reasons: [reason("price", "priceAtTarget", true)] };
  if (ratio < 1) return { value: 1, applicable: true, reasons: [reason("price", "priceUnder", true, { percent })] };
  const value = Math.max(0, 1 - (ratio - 1) / (PRICE_ZERO_CREDIT_RATIO - 1));
  return { value, applicable: true, reasons: [reason("price", "priceOver", false, { percent })] };
}

/** The modes both the buyer's Incoterm and one of the seller's allow: CIF wanted means a ship. */
export function compatibleModes(requestTerm: string, offered: readonly { code: string }[]): LaneMode[] {
  const requestFits = (mode: LaneMode) => {
    const term = findIncoterm(requestTerm);
    return !term || incotermFitsMode(term.code, mode);
  };
  const offeredFits = (mode: LaneMode) =>
    !offered.length ||
    offered.some((o) => {
      const term = findIncoterm(o.code);
      return !!term && incotermFitsMode(term.code, mode);
    });
  return MODE_PREFERENCE.filter((mode) => requestFits(mode) && offeredFits(mode));
}

/**
 * The delivery window by the cheapest compatible mode that arrives by the needed-by date; when none
 * does, the fastest one, which may still make it (its earliest day is in time) or not.
 */
export function deliveryWindow(
  request: Pick<MatchRequest, "incoterm" | "neededBy">,
  listing: Pick<MatchListing, "leadTimeDays" | "incoterms">,
  lanes: readonly Lane[],
  today: string,
): DeliveryWindow | null {
  const modes = compatibleModes(request.incoterm, listing.incoterms);
  const windows = modes.flatMap((mode) =>
    lanes
      .filter((lane) => lane.mode === mode)
      .map((lane): DeliveryWindow => {
        const earliest = addDays(today, listing.leadTimeDays + lane.transitDaysMin);
        const latest = addDays(today, listing.leadTimeDays + lane.transitDaysMax);
        return {
          mode,
          leadTimeDays: listing.leadTimeDays,
          transitDaysMin: lane.transitDaysMin,
          transitDaysMax: lane.transitDaysMax,
          earliest,
          latest,
          estimated: lane.estimated,
          onTime: latest <= request.neededBy ? "yes" : earliest <= request.neededBy ? "maybe" : "no",
          source: lane.source,
        };
      }),
  );
  const inTime = windows.find((w) => w.onTime === "yes");
  if (inTime) return inTime;
  return [...windows].sort((a, b) => a.earliest.localeCompare(b.earliest) || a.latest.localeCompare(b.latest))[0] ?? null;
}

export function laneSignal(delivery: DeliveryWindow | null, neededBy: string): Outcome {
  if (!delivery) return { value: 0, applicable: true, reasons: [reason("lane", "laneUnknown", false)] };
  const params: ReasonParams = {
    min: delivery.leadTimeDays + delivery.transitDaysMin,
    max: delivery.leadTimeDays + delivery.transitDaysMax,
    mode: delivery.mode,
    neededBy,
    estimated: delivery.estimated ? 1 : 0,
  };
  if (delivery.onTime === "yes") return { value: 1, applicable: true, reasons: [reason("lane", "laneInTime", true, params)] };
  if (delivery.onTime === "maybe") return { value: LANE_MAYBE_CREDIT, applicable: true, reasons: [reason("lane", "laneMaybe", false, params)] };
  return { value: 0, applicable: true, reasons: [reason("lane", "laneLate", false, params)] };
}

/** The term asked for earns full credit; another of its group (CFR for CIF) half. */
export function incotermSignal(requestTerm: string, offered: readonly { code: string; namedPlace: string }[]): Outcome {
  const exact = offered.find((o) => o.code === requestTerm);
  if (exact) return { value: 1, applicable: true, reasons: [reason("incoterm", "incotermOffered", true, { term: exact.code, place: exact.namedPlace })] };
  const group = findIncoterm(requestTerm)?.group;
  const sameGroup = offered.find((o) => group && findIncoterm(o.code)?.group === group);
  if (sameGroup) {
    return {
      value: INCOTERM_SAME_GROUP_CREDIT,
      applicable: true,
      reasons: [reason("incoterm", "incotermSameGroup", false, { term: requestTerm, offered: sameGroup.code, place: sameGroup.namedPlace })],
    };
  }
  return { value: 0, applicable: true, reasons: [reason("incoterm", "incotermMissing", false, { term: requestTerm })] };
}

export function verifiedSignal(verified: boolean): Outcome {
  return { value: verified ? 1 : 0, applicable: true, reasons: [reason("verifiedSeller", verified ? "sellerVerified" : "sellerUnverified", verified)] };
}

export function quotesAnsweredSignal(count: number): Outcome {
  return {
    value: Math.min(1, count / QUOTES_FOR_FULL_CREDIT),
    applicable: true,
    reasons: count > 0 ? [reason("quotesAnswered", "quotesAnswered", true, { count })] : [],
  };
}

// ---------------------------------------------------------------------------- the score

/** The weighted mean of the applicable signals, or 0 with the embargo as the reason when the trade is banned. */
export function scoreMatch(request: MatchRequest, listing: MatchListing, env: MatchEnvironment): MatchScore {
  const delivery = deliveryWindow(request, listing, env.lanes, env.today);
  const until = delivery && delivery.latest > request.neededBy ? delivery.latest : request.neededBy;
  const embargo = findEmbargo(env.embargoes, listing.originCountry, request.destinationCountry, listing.hsCode, env.today, until);
  const unitPriceMinor = tierPrice(listing.priceTiers, convertQuantity(request.quantity, request.unit, listing.unit));

  const outcomes: [SignalName, Outcome][] = [
    ["hsCode", hsSignal(request.hsCode, listing.hsCode)],
    ["text", textSignal(request.words, listing.words)],
    ["quantity", quantitySignal(request, listing)],
    ["price", priceSignal(request, listing, env.fxFactor)],
    ["lane", embargo ? { value: 0, applicable: true, reasons: [] } : laneSignal(delivery, request.neededBy)],
    ["incoterm", incotermSignal(request.incoterm, listing.incoterms)],
    ["verifiedSeller", verifiedSignal(listing.sellerVerified)],
    ["quotesAnswered", quotesAnsweredSignal(env.quotesAnswered)],
    ["ordersCompleted", { value: 0, applicable: true, reasons: [] }],
  ];
  const signals = outcomes.map(([name, o]): SignalResult => ({ name, weight: WEIGHTS[name], value: o.value, applicable: o.applicable }));

  if (embargo) {
    const banned = reason("lane", "laneEmbargoed", false, {
      origin: embargo.origin,
      destination: request.destinationCountry,
      covered: embargo.destination,
      hs: embargo.hsPrefix ?? "",
      since: embargo.validFrom,
      basis: embargo.legalBasis,
    });
    return { score: 0, excluded: true, embargo, signals, reasons: [banned], delivery, unitPriceMinor };
  }

  const counted = signals.filter((s) => s.applicable);
  const totalWeight = counted.reduce((sum, s) => sum + s.weight, 0);
  const score = totalWeight > 0 ? counted.reduce((sum, s) => sum + s.weight * s.value, 0) / totalWeight : 0;
  const reasons = outcomes.flatMap(([, o]) => o.reasons);
  // Strongest news first: what fits, then what does not.
  reasons.sort((a, b) => Number(b.positive) - Number(a.positive));
  return { score: Math.round(score * 1000) / 1000, excluded: false, embargo: null, signals, reasons, delivery, unitPriceMinor };
}

/** Best first; equal scores go to the earlier delivery, then the id, so a page never reshuffles. */
export function compareMatches(a: { score: number; delivery: DeliveryWindow | null; id: string }, b: typeof a): number {
  return b.score - a.score || (a.delivery?.earliest ?? "9999").localeCompare(b.delivery?.earliest ?? "9999") || a.id.localeCompare(b.id);
}
