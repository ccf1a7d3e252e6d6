import { drawTable, labelText } from "../pdf/layout.js";
import { ltr } from "../pdf/text.js";
import { airWaybillNumber, chargeableWeightKg, packageVolumeM3 } from "../rules.js";
import { invoiceTotalMinor, sumKg } from "../snapshot.js";
import { boxRow, fixedRow, isoDate, kg, money, partyText, paragraph, type Sheet } from "./frame.js";
import { place } from "./goods.js";
import { packageCountText, packagesOfLine } from "./bill-of-lading.js";

/**
 * Air waybill: never negotiable; its number is the airline's three-digit prefix, a seven-digit
 * serial and the serial's check digit modulo 7. Charged on the greater of the gross and the
 * volumetric weight.
 */
export function drawAirWaybill(sheet: Sheet): void {
  const s = sheet.snapshot;
  const t = s.transport;
  const awb = t.airlinePrefix && t.awbSerial ? airWaybillNumber(t.airlinePrefix, t.awbSerial) : "—";
  boxRow(sheet, [
    { label: "awbNumber", value: ltr(awb), options: { size: 14, bold: true }, share: 1.2 },
    { label: "issuingCarrier", value: [t.carrier ?? "—", labelText(sheet.label("notNegotiable"))].join("\n"), options: { bold: true } },
  ]);
  boxRow(sheet, [
    { label: "shipper", value: partyText(s.seller, sheet.label), share: 1.2 },
    { label: "consignee", value: partyText(s.consignee, sheet.label) },
  ]);
  boxRow(sheet, [
    { label: "airportOfDeparture", value: place(t.portOfLoading) },
    { label: "airportOfDestination", value: place(t.portOfDischarge) },
    { label: "flightDate", value: [t.flight ? ltr(t.flight) : "—", t.flightDate ? ltr(t.flightDate) : ""].filter(Boolean).join(" / ") },
    { label: "currency", value: ltr(s.currency), share: 0.6 },
    { label: "charges", value: labelText(sheet.label(t.freightPayable === "collect" ? "collect" : "prepaid")), share: 0.8 },
  ]);
  boxRow(sheet, [
    { label: "declaredValueCarriage", value: labelText(sheet.label("noValueDeclared")) },
    { label: "declaredValueCustoms", value: money(invoiceTotalMinor(s), s.currency) },
    { label: "handlingInformation", value: s.notifyParty ? `${labelText(sheet.label("notifyParty"))}: ${s.notifyParty.name}` : "—", share: 1.6 },
  ]);
  sheet.flow.y += 4;
  drawTable(
    sheet.flow,
    [
      { label: sheet.label("pieces"), share: 1 },
      { label: sheet.label("grossWeight"), share: 1, align: "right" },
      { label: sheet.label("chargeableWeight"), share: 1, align: "right" },
      { label: sheet.label("natureAndQuantity"), share: 3.6 },
    ],
    s.lines.map((line) => {
      const packages = packagesOfLine(sheet, line);
      const volume = packages.reduce((sum, p) => sum + packageVolumeM3(p), 0);
      const dims = packages.map((p) => ltr(`${p.lengthCm}×${p.widthCm}×${p.heightCm} cm`));
      return [
        packageCountText(sheet, line),
        kg(line.grossWeightKg),
        packages.length > 0 ? kg(chargeableWeightKg(packages)) : "",
        [`${line.description} (HS ${ltr(line.hsCode)})`, [...new Set(dims)].join(", "), ltr(`${volume.toFixed(3)} m³`)].filter(Boolean).join("\n"),
      ];
    }),
    {
      footerRows: [
        [
          ltr(String(s.packages.length)),
          kg(sumKg(s.packages.map((p) => p.grossWeightKg))),
          kg(chargeableWeightKg(s.packages)),
          labelText(sheet.label("totals")),
        ],
      ],
    },
  );
  sheet.flow.y += 4;
  const certification = sheet.label("shipperCertification");
  sheet.flow.ensure(90);
  paragraph(sheet, certification.en);
  if (certification.second && certification.second !== certification.en) paragraph(sheet, certification.second);
  fixedRow(sheet, 44, [
    { label: "signatory", value: `${s.signatory.name}, ${s.signatory.title}` },
    { label: "executedOn", value: `${isoDate(sheet.meta.issuedAt)}, ${s.signatory.place}\n${t.carrier ?? ""}` },
  ]);
}
