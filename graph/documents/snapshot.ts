/**
 * What a document is issued from: a frozen copy of the order and shipment as they were at issue.
 * A document never reads live data again, so a later change to an order cannot change a document
 * already issued (a correction issues a new version instead).
 *
 * Amounts are integer minor units of `currency`; quantities and weights are decimal strings, exact
 * as entered; countries ISO 3166-1 alpha-2; ports UN/LOCODE; HS 2022 codes.
 */

export type DocumentKind =
  | "commercial_invoice"
  | "packing_list"
  | "certificate_of_origin"
  | "postal_declaration"
  | "bill_of_lading"
  | "air_waybill";

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  "commercial_invoice",
  "packing_list",
  "certificate_of_origin",
  "postal_declaration",
  "bill_of_lading",
  "air_waybill",
];

export type TransportMode = "sea" | "air" | "road" | "rail" | "post";

export interface PartySnapshot {
  organisationId: string | null;
  name: string;
  addressLines: string[];
  country: string;
  taxId?: string | null;
  eori?: string | null;
  registrationNumber?: string | null;
  contact?: string | null;
}

/** Origin criteria of preferential rules: wholly obtained, change of heading or subheading, value content. */
export type OriginCriterion = "WO" | "CTH" | "CTSH" | "RVC";

export interface LineSnapshot {
  lineNo: number;
  description: string;
  hsCode: string;
  originCountry: string;
  quantity: string;
  /** UN/ECE Recommendation 20 unit code (KGM, TNE, C62, ...). */
  unit: string;
  unitPriceMinor: number;
  amountMinor: number;
  netWeightKg: string;
  grossWeightKg: string;
  originCriterion?: OriginCriterion | null;
  /** Regional value content in percent, when the criterion is RVC. */
  rvcPercent?: number | null;
  /** FOB value in minor units of the invoice currency, stated with an RVC criterion. */
  fobValueMinor?: number | null;
}

export interface PackageSnapshot {
  number: string;
  /** UN/ECE Recommendation 21 package code (BG bag, CT carton, PX pallet, ...). */
  typeCode: string;
  typeName: string;
  marks: string;
  contents: string;
  quantity: string;
  netWeightKg: string;
  grossWeightKg: string;
  lengthCm: number;
  widthCm: number;
  heightCm: number;
  /** Order lines packed in it. */
  lineNos: number[];
}

export type PostalCategory = "gift" | "documents" | "commercial_sample" | "returned_goods" | "sale_of_goods" | "other";

export interface TransportSnapshot {
  carrier?: string | null;
  vessel?: string | null;
  voyage?: string | null;
  flight?: string | null;
  flightDate?: string | null;
  portOfLoading?: string | null;
  portOfDischarge?: string | null;
  placeOfReceipt?: string | null;
  placeOfDelivery?: string | null;
  /** Bill of lading: negotiable "to order" or straight (named consignee). */
  billOfLadingType?: "to_order" | "straight" | null;
  toOrderOf?: string | null;
  originals?: number | null;
  /** IATA three-digit airline prefix and seven-digit serial (without the check digit). */
  airlinePrefix?: string | null;
  awbSerial?: string | null;
  freightPayable?: "prepaid" | "collect" | null;
}

export interface DocumentSnapshot {
  orderId: string;
  orderReference: string;
  shipmentId: string;
  /** The shipment's public trace page (/trace/<code>), printed as a QR code on the packing list. */
  traceUrl?: string | null;
  buyerReference?: string | null;
  currency: string;
  incoterm: string;
  incotermPlace: string;
  paymentTerms: string;
  seller: PartySnapshot;
  buyer: PartySnapshot;
  consignee: PartySnapshot;
  notifyParty?: PartySnapshot | null;
  originCountry: string;
  destinationCountry: string;
  mode: TransportMode;
  transport: TransportSnapshot;
  lines: LineSnapshot[];
  packages: PackageSnapshot[];
  freightMinor?: number | null;
  insuranceMinor?: number | null;
  /** Declared value in SDR minor units (hundredths), for the postal CN22/CN23 choice. */
  valueSdrMinor?: number | null;
  postalCategory?: PostalCategory | null;
  /** The commercial invoice the other documents refer to (certificate of origin box 10), when issued. */
  invoiceNumber?: string | null;
  signatory: { name: string; title: string; place: string };
  /** Locale of the labels' second language (the destination's), when chosen. */
  secondLanguage?: string | null;
}

export function linesTotalMinor(snapshot: DocumentSnapshot): number {
  return snapshot.lines.reduce((sum, line) => sum + line.amountMinor, 0);
}

/** Freight and insurance count towards the invoice total only when the Incoterm puts them on the seller. */
export function invoiceTotalMinor(snapshot: DocumentSnapshot): number {
  return linesTotalMinor(snapshot) + (snapshot.freightMinor ?? 0) + (snapshot.insuranceMinor ?? 0);
}

/** Sum of decimal strings with up to three decimals (kilograms), exactly. */
export function sumKg(values: string[]): string {
  const grams = values.reduce((sum, value) => {
    const [whole = "0", fraction = ""] = value.split(".");
    return sum + BigInt(whole) * 1000n + BigInt((fraction + "000").slice(0, 3));
  }, 0n);
  const text = grams.toString().padStart(4, "0");
  return `${text.slice(0, -3)}.${text.slice(-3)}`;
}
