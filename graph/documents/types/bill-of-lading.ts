import { drawTable, labelText } from "../pdf/layout.js";
import { ltr } from "../pdf/text.js";
import { packageVolumeM3 } from "../rules.js";
import { sumKg, type LineSnapshot } from "../snapshot.js";
import { boxRow, fixedRow, isoDate, kg, partyText, paragraph, type Sheet } from "./frame.js";
import { lineMarks, place } from "./goods.js";

const m3 = (value: number) => ltr(`${value.toFixed(3)} m³`);

export function packagesOfLine(sheet: Sheet, line: LineSnapshot) {
  return sheet.snapshot.packages.filter((p) => p.lineNos.includes(line.lineNo));
}

export function packageCountText(sheet: Sheet, line: LineSnapshot): string {
  const packages = packagesOfLine(sheet, line);
  return packages.length === 0 ? "" : `${ltr(String(packages.length))} × ${[...new Set(packages.map((p) => p.typeName))].join(", ")}`;
}

/**
 * Ocean bill of lading: negotiable "to order" (the consignee box names whose order the goods are
 * delivered to, and the holder of an endorsed original takes them) or straight (a named consignee),
 * with the number of originals issued as a set.
 */
export function drawBillOfLading(sheet: Sheet): void {
  const s = sheet.snapshot;
  const t = s.transport;
  const toOrder = t.billOfLadingType === "to_order";
  const originals = t.originals ?? 3;
  boxRow(sheet, [
    { label: "shipper", value: partyText(s.seller, sheet.label), share: 1.2 },
    {
      label: "references",
      value: [
        `${labelText(sheet.label("documentNumber"))}: ${ltr(sheet.meta.number)}`,
        `${labelText(sheet.label("orderReference"))}: ${ltr(s.orderReference)}`,
        labelText(sheet.label(toOrder ? "negotiableToOrder" : "straightNotNegotiable")),
        `${labelText(sheet.label("numberOfOriginals"))}: ${ltr(String(originals))}`,
      ].join("\n"),
      options: { bold: false },
    },
  ]);
  const consignee = toOrder
    ? [labelText(sheet.label("toOrderOf", { party: t.toOrderOf ?? s.buyer.name })), "", partyText(s.consignee, sheet.label)].join("\n")
    : partyText(s.consignee, sheet.label);
  boxRow(sheet, [
    { label: "consignee", value: consignee, share: 1.2 },
    { label: "carrier", value: t.carrier ?? "—" },
  ]);
  boxRow(sheet, [
    { label: "notifyParty", value: s.notifyParty ? partyText(s.notifyParty, sheet.label) : partyText(s.buyer, sheet.label), share: 1.2 },
    { label: "placeOfReceipt", value: t.placeOfReceipt ?? "—", share: 0.5 },
    { label: "placeOfDelivery", value: t.placeOfDelivery ?? "—", share: 0.5 },
  ]);
  boxRow(sheet, [
    { label: "vesselVoyage", value: [t.vessel ?? "—", t.voyage ? ltr(t.voyage) : ""].filter(Boolean).join(" / "), share: 1.2 },
    { label: "portOfLoading", value: place(t.portOfLoading), share: 0.5 },
    { label: "portOfDischarge", value: place(t.portOfDischarge), share: 0.5 },
  ]);
  sheet.flow.y += 4;
  const lineVolume = (line: LineSnapshot) => packagesOfLine(sheet, line).reduce((sum, p) => sum + packageVolumeM3(p), 0);
  drawTable(
    sheet.flow,
    [
      { label: sheet.label("marks"), share: 1.5 },
      { label: sheet.label("kindOfPackages"), share: 1.2 },
      { label: sheet.label("description"), share: 3.3 },
      { label: sheet.label("grossWeight"), share: 1.1, align: "right" },
      { label: sheet.label("measurement"), share: 1, align: "right" },
    ],
    s.lines.map((line) => [
      lineMarks(s, line),
      packageCountText(sheet, line),
      `${line.description}\nHS ${ltr(line.hsCode)}`,
      kg(line.grossWeightKg),
      m3(lineVolume(line)),
    ]),
    {
      footerRows: [
        [
          labelText(sheet.label("totals")),
          labelText(sheet.label("packageTotal", { n: ltr(String(s.packages.length)) })),
          "",
          kg(sumKg(s.packages.length > 0 ? s.packages.map((p) => p.grossWeightKg) : s.lines.map((l) => l.grossWeightKg))),
          m3(s.packages.reduce((sum, p) => sum + packageVolumeM3(p), 0)),
        ],
      ],
    },
  );
  sheet.flow.y += 4;
  boxRow(sheet, [
    { label: "freightPayable", value: labelText(sheet.label(t.freightPayable === "collect" ? "collect" : "prepaid")) },
    { label: "termsOfDelivery", value: `${ltr(s.incoterm)} ${s.incotermPlace}` },
    { label: "numberOfOriginals", value: ltr(String(originals)) },
    { label: "placeAndDateOfIssue", value: `${s.signatory.place}, ${isoDate(sheet.meta.issuedAt)}` },
  ]);
  sheet.flow.y += 2;
  const clause = sheet.label("blClause");
  sheet.flow.ensure(90);
  paragraph(sheet, clause.en);
  if (clause.second && clause.second !== clause.en) paragraph(sheet, clause.second);
  fixedRow(sheet, 44, [
    { label: "shipper", value: `${s.signatory.name}, ${s.signatory.title}` },
    { label: "signedForCarrier", value: t.carrier ?? "" },
  ]);
}
