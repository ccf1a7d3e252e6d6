import { formatMinor } from "../../shared/money.js";
import { chargeableWeightKg, packageVolumeM3 } from "../rules.js";
import { sumKg, type DocumentSnapshot, type LineSnapshot, type PackageSnapshot, type PartySnapshot, type TransportMode } from "../snapshot.js";
import type { IssueMeta } from "../types/frame.js";
import { el, val, type Content } from "./xml.js";

/** The UBL building blocks every document shares: parties, amounts, the shipment with its goods. */

export const amount = (name: string, minor: number, currency: string) => val(name, formatMinor(minor, currency), { currencyID: currency });

export const kgMeasure = (name: string, value: string) => val(name, value, { unitCode: "KGM" });

export const issueDate = (meta: IssueMeta) => val("cbc:IssueDate", meta.issuedAt.slice(0, 10));

/** ID, UUID (the Caravan document id) and issue date, in the order every root's sequence starts. */
export function header(meta: IssueMeta): { id: string; uuid: string; date: string } {
  return { id: val("cbc:ID", meta.number), uuid: val("cbc:UUID", meta.documentId), date: issueDate(meta) };
}

/** Notes every document carries: what it replaces, and that a preview is not a document. */
export function notes(meta: IssueMeta): string[] {
  const out: string[] = [];
  if (meta.preview) out.push(val("cbc:Note", "PREVIEW — NOT ISSUED"));
  if (meta.supersedesNumber) out.push(val("cbc:Note", `Supersedes ${meta.supersedesNumber}`));
  return out;
}

export function country(name: string, code: string): string {
  return el(name, val("cbc:IdentificationCode", code));
}

/** The content of a cac:Party (PartyType), without the wrapping element. */
export function partyContent(party: PartySnapshot): Content[] {
  return [
    party.registrationNumber ? el("cac:PartyIdentification", val("cbc:ID", party.registrationNumber)) : null,
    party.eori ? el("cac:PartyIdentification", val("cbc:ID", party.eori, { schemeID: "EORI" })) : null,
    el("cac:PartyName", val("cbc:Name", party.name)),
    el(
      "cac:PostalAddress",
      party.addressLines.map((line) => el("cac:AddressLine", val("cbc:Line", line))),
      country("cac:Country", party.country),
    ),
    party.taxId ? el("cac:PartyTaxScheme", val("cbc:CompanyID", party.taxId), el("cac:TaxScheme", val("cbc:ID", "VAT"))) : null,
    el("cac:PartyLegalEntity", val("cbc:RegistrationName", party.name)),
    party.contact ? el("cac:Contact", val("cbc:Name", party.contact)) : null,
  ];
}

export const party = (name: string, p: PartySnapshot) => el(name, partyContent(p));

/** UN/ECE Recommendation 19 transport mode codes. */
const MODE_CODE: Record<TransportMode, string> = { sea: "1", rail: "2", road: "3", air: "4", post: "5" };

export function item(line: LineSnapshot): string {
  return el(
    "cac:Item",
    val("cbc:Description", line.description),
    val("cbc:Name", line.description.slice(0, 200)),
    country("cac:OriginCountry", line.originCountry),
    el("cac:CommodityClassification", val("cbc:ItemClassificationCode", line.hsCode, { listID: "HS", listVersionID: "2022" })),
  );
}

export interface ShipmentOptions {
  /** Goods items with their values (customs value per line, FOB value for origin). */
  lineValues?: boolean;
  /** The origin criterion per goods item (certificates of origin). */
  originCriteria?: boolean;
  /** The chargeable weight of an air consignment. */
  chargeable?: boolean;
  /** Consignment parties: consignee, consignor, notify party. */
  consignment?: boolean;
}

function goodsItem(snapshot: DocumentSnapshot, line: LineSnapshot, options: ShipmentOptions): string {
  const criterion = line.originCriterion === "RVC" ? `RVC${line.rvcPercent ?? ""}` : line.originCriterion;
  return el(
    "cac:GoodsItem",
    val("cbc:ID", String(line.lineNo)),
    val("cbc:Description", line.description),
    options.lineValues ? amount("cbc:DeclaredCustomsValueAmount", line.amountMinor, snapshot.currency) : null,
    options.originCriteria && line.fobValueMinor != null ? amount("cbc:FreeOnBoardValueAmount", line.fobValueMinor, snapshot.currency) : null,
    options.lineValues ? amount("cbc:ValueAmount", line.amountMinor, snapshot.currency) : null,
    kgMeasure("cbc:GrossWeightMeasure", line.grossWeightKg),
    kgMeasure("cbc:NetWeightMeasure", line.netWeightKg),
    val("cbc:Quantity", line.quantity, { unitCode: line.unit }),
    options.originCriteria && criterion ? val("cbc:PreferenceCriterionCode", criterion) : null,
    item(line),
  );
}

function handlingUnit(pkg: PackageSnapshot): string {
  const dimension = (attribute: string, cm: number) =>
    el("cac:MeasurementDimension", val("cbc:AttributeID", attribute), val("cbc:Measure", String(cm), { unitCode: "CMT" }));
  return el(
    "cac:TransportHandlingUnit",
    val("cbc:ID", pkg.number),
    val("cbc:TransportHandlingUnitTypeCode", pkg.typeCode),
    val("cbc:ShippingMarks", pkg.marks),
    el(
      "cac:ActualPackage",
      val("cbc:ID", pkg.number),
      val("cbc:Quantity", "1", { unitCode: "C62" }),
      val("cbc:PackagingTypeCode", pkg.typeCode),
      val("cbc:PackingMaterial", pkg.contents),
    ),
    dimension("length", pkg.lengthCm),
    dimension("width", pkg.widthCm),
    dimension("height", pkg.heightCm),
  );
}

function location(name: string, code: string | null | undefined): string {
  return code ? el(name, val("cbc:ID", code)) : "";
}

/** cac:Shipment (ShipmentType), elements in the schema's order. */
export function shipment(snapshot: DocumentSnapshot, options: ShipmentOptions = {}): string {
  const t = snapshot.transport;
  const gross = sumKg(snapshot.packages.length > 0 ? snapshot.packages.map((p) => p.grossWeightKg) : snapshot.lines.map((l) => l.grossWeightKg));
  const net = sumKg(snapshot.lines.map((l) => l.netWeightKg));
  const volume = snapshot.packages.reduce((sum, p) => sum + packageVolumeM3(p), 0);
  const meansContent: Content[] = [
    val("cbc:JourneyID", snapshot.mode === "air" ? t.flight : t.voyage),
    snapshot.mode === "sea" && t.vessel ? el("cac:MaritimeTransport", val("cbc:VesselName", t.vessel)) : null,
    snapshot.mode === "air" && t.flight ? el("cac:AirTransport", val("cbc:AircraftID", t.flight)) : null,
  ];
  const consignment = options.consignment
    ? el(
        "cac:Consignment",
        val("cbc:ID", snapshot.shipmentId),
        options.chargeable ? kgMeasure("cbc:ChargeableWeightMeasure", chargeableWeightKg(snapshot.packages)) : null,
        party("cac:ConsigneeParty", snapshot.consignee),
        party("cac:ConsignorParty", snapshot.seller),
        t.carrier ? el("cac:CarrierParty", el("cac:PartyName", val("cbc:Name", t.carrier))) : null,
        snapshot.notifyParty ? party("cac:NotifyParty", snapshot.notifyParty) : null,
        country("cac:OriginalDepartureCountry", snapshot.originCountry),
        country("cac:FinalDestinationCountry", snapshot.destinationCountry),
        el("cac:DeliveryTerms", val("cbc:ID", snapshot.incoterm), val("cbc:SpecialTerms", `${snapshot.incoterm} ${snapshot.incotermPlace}`)),
      )
    : null;
  return el(
    "cac:Shipment",
    val("cbc:ID", snapshot.shipmentId),
    kgMeasure("cbc:GrossWeightMeasure", gross),
    kgMeasure("cbc:NetWeightMeasure", net),
    volume > 0 ? val("cbc:GrossVolumeMeasure", volume.toFixed(3), { unitCode: "MTQ" }) : null,
    val("cbc:TotalGoodsItemQuantity", String(snapshot.lines.length)),
    snapshot.packages.length > 0 ? val("cbc:TotalTransportHandlingUnitQuantity", String(snapshot.packages.length)) : null,
    consignment,
    snapshot.lines.map((line) => goodsItem(snapshot, line, options)),
    el(
      "cac:ShipmentStage",
      val("cbc:TransportModeCode", MODE_CODE[snapshot.mode]),
      el("cac:TransportMeans", meansContent),
      location("cac:LoadingPortLocation", t.portOfLoading),
      location("cac:UnloadingPortLocation", t.portOfDischarge),
    ),
    snapshot.packages.map(handlingUnit),
    country("cac:ExportCountry", snapshot.originCountry),
  );
}
