import { airWaybillNumber, postalForm } from "../rules.js";
import type { DocumentSnapshot } from "../snapshot.js";
import type { IssueMeta } from "../types/frame.js";
import { header, item, notes, party, shipment } from "./common.js";
import { document, el, val } from "./xml.js";

/** Packing list, bill of lading, air waybill and postal declaration as UBL 2.1 documents. */

export function packingListUbl(snapshot: DocumentSnapshot, meta: IssueMeta): string {
  const h = header(meta);
  return document(
    "PackingList",
    h.id,
    h.uuid,
    h.date,
    val("cbc:Name", "Packing list"),
    notes(meta),
    val("cbc:VersionID", String(meta.version)),
    party("cac:ConsignorParty", snapshot.seller),
    shipment(snapshot, { consignment: true }),
    el("cac:DocumentReference", val("cbc:ID", snapshot.orderReference), val("cbc:DocumentType", "Order")),
  );
}

const carrierParty = (snapshot: DocumentSnapshot) =>
  snapshot.transport.carrier ? el("cac:CarrierParty", el("cac:PartyName", val("cbc:Name", snapshot.transport.carrier))) : null;

export function billOfLadingUbl(snapshot: DocumentSnapshot, meta: IssueMeta): string {
  const h = header(meta);
  const t = snapshot.transport;
  const toOrder = t.billOfLadingType === "to_order";
  return document(
    "BillOfLading",
    h.id,
    h.uuid,
    h.date,
    val("cbc:Name", toOrder ? "Negotiable bill of lading" : "Straight bill of lading"),
    notes(meta),
    val("cbc:Note", `Originals issued: ${t.originals ?? 3}`),
    toOrder && t.toOrderOf ? val("cbc:Note", `To order of ${t.toOrderOf}`) : null,
    val("cbc:ToOrderIndicator", toOrder ? "true" : "false"),
    val("cbc:OtherInstruction", t.freightPayable ? `Freight ${t.freightPayable}` : null),
    party("cac:ConsignorParty", snapshot.seller),
    carrierParty(snapshot),
    shipment(snapshot, { consignment: true }),
  );
}

export function waybillUbl(snapshot: DocumentSnapshot, meta: IssueMeta): string {
  const h = header(meta);
  const t = snapshot.transport;
  const awb = t.airlinePrefix && t.awbSerial ? airWaybillNumber(t.airlinePrefix, t.awbSerial) : null;
  return document(
    "Waybill",
    h.id,
    val("cbc:CarrierAssignedID", awb),
    h.uuid,
    h.date,
    val("cbc:Name", "Air waybill (not negotiable)"),
    notes(meta),
    val("cbc:OtherInstruction", t.freightPayable ? `Charges ${t.freightPayable}` : null),
    party("cac:ConsignorParty", snapshot.seller),
    carrierParty(snapshot),
    shipment(snapshot, { consignment: true, chargeable: true }),
  );
}

/** CN22 / CN23 as a DespatchAdvice: the postal item's contents, one line per article. */
export function postalUbl(snapshot: DocumentSnapshot, meta: IssueMeta): string {
  const h = header(meta);
  const form = postalForm(snapshot.valueSdrMinor ?? 0);
  return document(
    "DespatchAdvice",
    h.id,
    h.uuid,
    h.date,
    val("cbc:DespatchAdviceTypeCode", form),
    notes(meta),
    val("cbc:Note", `Category: ${snapshot.postalCategory ?? "sale_of_goods"}`),
    val("cbc:LineCountNumeric", String(snapshot.lines.length)),
    el("cac:OrderReference", val("cbc:ID", snapshot.orderReference)),
    el("cac:DespatchSupplierParty", party("cac:Party", snapshot.seller)),
    el("cac:DeliveryCustomerParty", party("cac:Party", snapshot.consignee)),
    shipment(snapshot, { lineValues: true }),
    snapshot.lines.map((line) =>
      el(
        "cac:DespatchLine",
        val("cbc:ID", String(line.lineNo)),
        val("cbc:DeliveredQuantity", line.quantity, { unitCode: line.unit }),
        el("cac:OrderLineReference", val("cbc:LineID", String(line.lineNo))),
        item(line),
      ),
    ),
  );
}
