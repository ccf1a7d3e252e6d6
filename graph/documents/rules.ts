import type { DocumentKind, DocumentSnapshot, LineSnapshot, PackageSnapshot, TransportMode } from "./snapshot.js";

/** Small pure rules of the trade documents, tested with tables of cases. */

/**
 * Air waybill numbers: a three-digit airline prefix, a seven-digit serial and a check digit that is
 * the serial modulo 7 (IATA Resolution 600a). "176-1234567" → check digit 1234567 mod 7 = 5.
 */
export function awbCheckDigit(serial: string): number {
  if (!/^\d{7}$/.test(serial)) throw new RangeError("an air waybill serial has seven digits");
  return Number(BigInt(serial) % 7n);
}

export function airWaybillNumber(prefix: string, serial: string): string {
  if (!/^\d{3}$/.test(prefix)) throw new RangeError("an airline prefix has three digits");
  return `${prefix}-${serial}${awbCheckDigit(serial)}`;
}

export function isValidAirWaybillNumber(value: string): boolean {
  const digits = value.replace(/[\s-]/g, "");
  if (!/^\d{11}$/.test(digits)) return false;
  return awbCheckDigit(digits.slice(3, 10)) === Number(digits.slice(10));
}

/** CN22 up to 300 SDR of declared value, CN23 above (UPU Convention, Article 20 regulations). */
export const CN22_LIMIT_SDR_MINOR = 300_00;

export function postalForm(valueSdrMinor: number): "CN22" | "CN23" {
  return valueSdrMinor <= CN22_LIMIT_SDR_MINOR ? "CN22" : "CN23";
}

const ASEAN = new Set(["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"]);
const EU = new Set([
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL",
  "PL", "PT", "RO", "SK", "SI", "ES", "SE",
]);
/** Partners whose agreements with the EU prove origin with a movement certificate EUR.1. */
const EUR1_PARTNERS = new Set([
  "CH", "LI", "NO", "IS", "FO", "TR", "AL", "BA", "ME", "MK", "RS", "XK", "MA", "DZ", "TN", "EG", "JO", "LB", "IL", "PS",
  "GE", "MD", "UA", "ZA", "MX", "CL",
]);

export type OriginForm = "non_preferential" | "form_e" | "eur1";

/** The certificate a lane's trade agreement asks for: ACFTA Form E between China and ASEAN, EUR.1 on EU lanes. */
export function originFormFor(origin: string, destination: string): OriginForm {
  const china = (c: string) => c === "CN";
  if ((china(origin) && ASEAN.has(destination)) || (ASEAN.has(origin) && china(destination))) return "form_e";
  if ((EU.has(origin) && EUR1_PARTNERS.has(destination)) || (EUR1_PARTNERS.has(origin) && EU.has(destination))) return "eur1";
  return "non_preferential";
}

export type LineOriginProblem = "ORIGIN_CRITERION_REQUIRED" | "RVC_BELOW_40" | "FOB_VALUE_REQUIRED";

/** A preferential certificate states a criterion per line; RVC needs at least 40 % and the FOB value. */
export function lineOriginProblem(line: LineSnapshot): LineOriginProblem | null {
  if (!line.originCriterion) return "ORIGIN_CRITERION_REQUIRED";
  if (line.originCriterion === "RVC") {
    if (line.rvcPercent == null || line.rvcPercent < 40) return "RVC_BELOW_40";
    if (line.fobValueMinor == null || line.fobValueMinor <= 0) return "FOB_VALUE_REQUIRED";
  }
  return null;
}

/** How an origin criterion is written in box 8 of Form E and on the lines of a certificate. */
export function originCriterionText(line: LineSnapshot): string {
  if (line.originCriterion === "RVC") return `RVC ${line.rvcPercent ?? 0}%`;
  return line.originCriterion ?? "";
}

export interface RequiredDocument {
  kind: DocumentKind;
  /** Why the lane and mode need it, as a stable code the page translates. */
  reason: "ALWAYS" | "PREFERENTIAL_ORIGIN" | "ORIGIN_PROOF" | "SEA_TRANSPORT" | "AIR_TRANSPORT" | "POSTAL_CUSTOMS";
}

/** The documents a shipment on a lane and mode needs. */
export function requiredDocuments(origin: string, destination: string, mode: TransportMode): RequiredDocument[] {
  const needed: RequiredDocument[] = [{ kind: "commercial_invoice", reason: "ALWAYS" }];
  if (mode === "post") {
    needed.push({ kind: "postal_declaration", reason: "POSTAL_CUSTOMS" });
    return needed;
  }
  needed.push({ kind: "packing_list", reason: "ALWAYS" });
  const form = originFormFor(origin, destination);
  needed.push({ kind: "certificate_of_origin", reason: form === "non_preferential" ? "ORIGIN_PROOF" : "PREFERENTIAL_ORIGIN" });
  if (mode === "sea") needed.push({ kind: "bill_of_lading", reason: "SEA_TRANSPORT" });
  if (mode === "air") needed.push({ kind: "air_waybill", reason: "AIR_TRANSPORT" });
  return needed;
}

export type SnapshotProblem = "NO_PACKAGES" | "NO_LINES" | "NOT_POSTAL" | "NOT_SEA" | "NOT_AIR" | "AWB_NUMBER_MISSING" | LineOriginProblem;

/** What keeps a snapshot from making a document of a kind; empty when it can be issued. */
export function snapshotProblems(kind: DocumentKind, snapshot: DocumentSnapshot): SnapshotProblem[] {
  const problems: SnapshotProblem[] = [];
  if (snapshot.lines.length === 0) problems.push("NO_LINES");
  if (snapshot.mode !== "post" && snapshot.packages.length === 0) problems.push("NO_PACKAGES");
  if (kind === "postal_declaration" && snapshot.mode !== "post") problems.push("NOT_POSTAL");
  if (kind === "bill_of_lading" && snapshot.mode !== "sea") problems.push("NOT_SEA");
  if (kind === "air_waybill") {
    if (snapshot.mode !== "air") problems.push("NOT_AIR");
    if (!snapshot.transport.airlinePrefix || !snapshot.transport.awbSerial) problems.push("AWB_NUMBER_MISSING");
  }
  if (kind === "certificate_of_origin" && originFormFor(snapshot.originCountry, snapshot.destinationCountry) !== "non_preferential") {
    for (const line of snapshot.lines) {
      const problem = lineOriginProblem(line);
      if (problem && !problems.includes(problem)) problems.push(problem);
    }
  }
  return problems;
}

/** Document number prefixes: CI-2026-000123. */
export const NUMBER_PREFIX: Record<DocumentKind, string> = {
  commercial_invoice: "CI",
  packing_list: "PL",
  certificate_of_origin: "CO",
  postal_declaration: "CN",
  bill_of_lading: "BL",
  air_waybill: "AWB",
};

export function documentNumber(kind: DocumentKind, year: number, sequence: number): string {
  return `${NUMBER_PREFIX[kind]}-${year}-${String(sequence).padStart(6, "0")}`;
}

/** Volume of a package in cubic metres, from its outer dimensions in centimetres. */
export function packageVolumeM3(pkg: PackageSnapshot): number {
  return (pkg.lengthCm * pkg.widthCm * pkg.heightCm) / 1_000_000;
}

const grams = (kg: string) => {
  const [whole = "0", fraction = ""] = kg.split(".");
  return Number(whole) * 1000 + Number((fraction + "000").slice(0, 3));
};

/**
 * Chargeable weight of an air consignment (IATA): the greater of the gross weight and the
 * volumetric weight at 6,000 cm³ per kilogram, rounded up to the next half kilogram.
 */
export function chargeableWeightKg(packages: PackageSnapshot[]): string {
  const gross = packages.reduce((sum, p) => sum + grams(p.grossWeightKg), 0);
  const volumetric = packages.reduce((sum, p) => sum + (p.lengthCm * p.widthCm * p.heightCm) / 6, 0);
  const halves = Math.ceil(Math.max(gross, volumetric) / 500 - 1e-9);
  return (halves / 2).toFixed(1);
}
