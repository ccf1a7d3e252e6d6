import { invoiceTotalMinor, linesTotalMinor, type DocumentSnapshot } from "../snapshot.js";
import type { IssueMeta } from "../types/frame.js";
import { amount, header, item, notes, party } from "./common.js";
import { document, el, val } from "./xml.js";

/** The commercial invoice as a UBL 2.1 Invoice (type code 380, commercial invoice). */
export function invoiceUbl(snapshot: DocumentSnapshot, meta: IssueMeta): string {
  const c = snapshot.currency;
  const h = header(meta);
  const charges = [
    ["Freight", snapshot.freightMinor],
    ["Insurance", snapshot.insuranceMinor],
  ] as const;
  const chargeTotal = (snapshot.freightMinor ?? 0) + (snapshot.insuranceMinor ?? 0);
  return document(
    "Invoice",
    h.id,
    h.uuid,
    h.date,
    val("cbc:InvoiceTypeCode", "380"),
    notes(meta),
    val("cbc:DocumentCurrencyCode", c),
    val("cbc:BuyerReference", snapshot.buyerReference),
    el("cac:OrderReference", val("cbc:ID", snapshot.orderReference)),
    el("cac:AccountingSupplierParty", party("cac:Party", snapshot.seller)),
    el("cac:AccountingCustomerParty", party("cac:Party", snapshot.buyer)),
    el("cac:Delivery", el("cac:DeliveryParty", el("cac:PartyName", val("cbc:Name", snapshot.consignee.name)))),
    el(
      "cac:DeliveryTerms",
      val("cbc:ID", snapshot.incoterm),
      val("cbc:SpecialTerms", `${snapshot.incoterm} ${snapshot.incotermPlace} (Incoterms 2020)`),
      el("cac:DeliveryLocation", val("cbc:Name", snapshot.incotermPlace)),
    ),
    el("cac:PaymentTerms", val("cbc:Note", snapshot.paymentTerms)),
    charges.map(([reason, minor]) =>
      minor ? el("cac:AllowanceCharge", val("cbc:ChargeIndicator", "true"), val("cbc:AllowanceChargeReason", reason), amount("cbc:Amount", minor, c)) : null,
    ),
    el(
      "cac:LegalMonetaryTotal",
      amount("cbc:LineExtensionAmount", linesTotalMinor(snapshot), c),
      chargeTotal ? amount("cbc:ChargeTotalAmount", chargeTotal, c) : null,
      amount("cbc:PayableAmount", invoiceTotalMinor(snapshot), c),
    ),
    snapshot.lines.map((line) =>
      el(
        "cac:InvoiceLine",
        val("cbc:ID", String(line.lineNo)),
        val("cbc:InvoicedQuantity", line.quantity, { unitCode: line.unit }),
        amount("cbc:LineExtensionAmount", line.amountMinor, c),
        item(line),
        el("cac:Price", amount("cbc:PriceAmount", line.unitPriceMinor, c)),
      ),
    ),
  );
}
