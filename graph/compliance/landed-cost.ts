/**
 * Landed cost as pure rules: who pays what under each Incoterm, the customs value on the
 * destination's basis, duty, import taxes and de minimis. Every amount is integer minor units of one
 * currency (the buyer's): the service converts the inputs first and I/O stays outside this file.
 */
import { findIncoterm, type IncotermCode } from "../../db/reference/index.js";
import { divideRounded } from "../fx/fx.js";
import type { DeMinimis } from "./data/de-minimis.js";
import { inChapters, type ImportTax, type ValuationBasis } from "./data/taxes.js";

export type Payer = "BUYER" | "SELLER";

export interface IncotermAllocation {
  /** The main carriage from the place of shipment to the destination. */
  mainCarriage: Payer;
  /** Cargo insurance for the main carriage. */
  insurance: Payer;
  exportClearance: Payer;
  /** Import duty and taxes at the destination. */
  importDutiesAndTaxes: Payer;
}

/**
 * Incoterms® 2020: under E and F rules the buyer pays the main carriage; under C and D rules the
 * seller does. Insurance is the seller's under CIF and CIP (an obligation) and under the D rules
 * (the goods travel at its risk); the buyer's otherwise. Only DDP puts import duty and taxes on the seller.
 */
export function incotermAllocation(code: IncotermCode): IncotermAllocation {
  const term = findIncoterm(code);
  if (!term) throw new RangeError(`unknown Incoterm ${code}`);
  const sellerCarries = term.group === "C" || term.group === "D";
  return {
    mainCarriage: sellerCarries ? "SELLER" : "BUYER",
    insurance: term.sellerInsures || term.group === "D" ? "SELLER" : "BUYER",
    exportClearance: term.sellerClearsExport ? "SELLER" : "BUYER",
    importDutiesAndTaxes: term.sellerClearsImport ? "SELLER" : "BUYER",
  };
}

/** `amountMinor` × `rateBp` / 10,000, rounded half away from zero once. */
export function applyRate(amountMinor: number, rateBp: number): number {
  return Number(divideRounded(BigInt(amountMinor) * BigInt(rateBp), 10_000n));
}

export interface ValueFacts {
  incoterm: IncotermCode;
  valuation: ValuationBasis;
  /** The price of the goods at the Incoterm's point. */
  goodsMinor: number;
  /** What the buyer pays a carrier on top of the price (E and F rules); null when not known. */
  freightMinor: number | null;
  insuranceMinor: number | null;
  /** Freight and insurance inside a C or D price, which an FOB country takes out; null when not known. */
  freightInPriceMinor: number | null;
}

export interface CustomsValue {
  valueMinor: number;
  /** What the value could not take into account: freight to add (CIF) or to take out (FOB). */
  missing: ("FREIGHT" | "FREIGHT_IN_PRICE")[];
}

/**
 * The customs value on the destination's basis. CIF countries add the freight and insurance the
 * buyer pays to the border; FOB countries (the US) take out what a C or D price includes, when known.
 */
export function customsValue(facts: ValueFacts): CustomsValue {
  const allocation = incotermAllocation(facts.incoterm);
  const buyerCarries = allocation.mainCarriage === "BUYER";
  if (facts.valuation === "CIF") {
    if (!buyerCarries) return { valueMinor: facts.goodsMinor, missing: [] };
    const insurance = allocation.insurance === "BUYER" ? (facts.insuranceMinor ?? 0) : 0;
    return {
      valueMinor: facts.goodsMinor + (facts.freightMinor ?? 0) + insurance,
      missing: facts.freightMinor === null ? ["FREIGHT"] : [],
    };
  }
  if (buyerCarries) return { valueMinor: facts.goodsMinor, missing: [] };
  if (facts.freightInPriceMinor === null) return { valueMinor: facts.goodsMinor, missing: ["FREIGHT_IN_PRICE"] };
  return { valueMinor: Math.max(0, facts.goodsMinor - facts.freightInPriceMinor), missing: [] };
}

/** A de minimis threshold already converted to the buyer's currency. */
export interface Relief {
  rule: DeMinimis;
  dutyUpToMinor: number | null;
  taxUpToMinor: number | null;
}

/** The de minimis rule in force on a day (YYYY-MM-DD), if the country has one. */
export function deMinimisOn(rules: readonly DeMinimis[] | undefined, on: string): DeMinimis | null {
  return rules?.find((r) => r.validFrom <= on && (!r.validTo || r.validTo >= on)) ?? null;
}

/** Whether an amount is relieved: the value (or, for a tax-amount rule, the charge itself) is at or under the threshold. */
export function relieved(relief: Relief | null, kind: "duty" | "tax", valueMinor: number, chargeMinor: number): boolean {
  const threshold = relief ? (kind === "duty" ? relief.dutyUpToMinor : relief.taxUpToMinor) : null;
  if (threshold === null || !relief) return false;
  return (relief.rule.on === "VALUE" ? valueMinor : chargeMinor) <= threshold;
}

/** The tax's rate for an HS code: a reduced rate where its chapters say so, else the standard one. */
export function taxRateFor(tax: ImportTax, hsCode: string): number {
  return tax.reduced?.find((r) => inChapters(r.chapters, hsCode))?.rateBp ?? tax.rateBp;
}

/** The taxes in force on a day. */
export function taxesOn(taxes: readonly ImportTax[], on: string): ImportTax[] {
  return taxes.filter((t) => t.validFrom <= on && (!t.validTo || t.validTo >= on));
}

export interface TaxCharge {
  tax: ImportTax;
  rateBp: number;
  baseMinor: number;
  amountMinor: number;
  relieved: boolean;
}

/**
 * Import taxes in order, each on its base: the customs value, that plus duty (VAT nearly everywhere),
 * or that plus duty and the taxes charged before it (Brazil's ICMS on top of PIS/COFINS).
 */
export function importTaxes(taxes: readonly ImportTax[], hsCode: string, customsValueMinor: number, dutyMinor: number, relief: Relief | null): TaxCharge[] {
  const charges: TaxCharge[] = [];
  for (const tax of taxes) {
    const before = charges.reduce((sum, c) => sum + c.amountMinor, 0);
    const baseMinor =
      tax.base === "CUSTOMS_VALUE" ? customsValueMinor : tax.base === "CUSTOMS_VALUE_PLUS_DUTY" ? customsValueMinor + dutyMinor : customsValueMinor + dutyMinor + before;
    const rateBp = taxRateFor(tax, hsCode);
    const due = applyRate(baseMinor, rateBp);
    const free = relieved(relief, "tax", customsValueMinor, due);
    charges.push({ tax, rateBp, baseMinor, amountMinor: free ? 0 : due, relieved: free && due > 0 });
  }
  return charges;
}

export interface DutyRate {
  rateBp: number;
  /** The agreement whose preference applies; null for the MFN rate. */
  agreement: string | null;
}

/**
 * The preference applies only with a proof of origin and for chapters the agreement covers; the
 * lowest of the rates that apply wins, as an importer would claim it.
 */
export function dutyRate(
  mfnBp: number,
  hsCode: string,
  agreements: readonly { code: string; rateBp: number; excludedChapters: readonly string[] }[],
  proofOfOrigin: boolean,
): DutyRate {
  let best: DutyRate = { rateBp: mfnBp, agreement: null };
  if (!proofOfOrigin) return best;
  for (const a of agreements) {
    if (a.excludedChapters.includes(hsCode.slice(0, 2))) continue;
    if (a.rateBp < best.rateBp) best = { rateBp: a.rateBp, agreement: a.code };
  }
  return best;
}

/** The rate with the longest prefix of the code: a subheading beats its heading, a heading its chapter. */
export function mostSpecific<T extends { hsPrefix: string }>(rates: readonly T[], hsCode: string): T | null {
  let best: T | null = null;
  for (const rate of rates) {
    if (hsCode.startsWith(rate.hsPrefix) && (!best || rate.hsPrefix.length > best.hsPrefix.length)) best = rate;
  }
  return best;
}

/** The prefixes of a code a tariff row may be keyed by: "080119" → "", "08", "0801", "080119". */
export function hsPrefixesOf(hsCode: string): string[] {
  const prefixes = [""];
  for (let length = 2; length <= hsCode.length; length += 2) prefixes.push(hsCode.slice(0, length));
  if (hsCode.length % 2) prefixes.push(hsCode);
  return prefixes;
}
