import { CONTENT_WIDTH, drawTable, labelText, MARGIN } from "../pdf/layout.js";
import { ltr } from "../pdf/text.js";
import { packageVolumeM3 } from "../rules.js";
import { sumKg } from "../snapshot.js";
import { declaration } from "./commercial-invoice.js";
import { boxRow, isoDate, kg, partyText, quantity, type Sheet } from "./frame.js";
import { meansText, originDestination, place } from "./goods.js";

const m3 = (value: number) => ltr(`${value.toFixed(3)} m³`);

/** Packing list: one row per package with its marks, contents, weights, dimensions and volume; totals. */
export function drawPackingList(sheet: Sheet): void {
  const s = sheet.snapshot;
  const { origin, destination } = originDestination(sheet);
  boxRow(sheet, [
    { label: "seller", value: partyText(s.seller, sheet.label), share: 1.15 },
    {
      label: "references",
      value: [
        `${labelText(sheet.label("documentNumber"))}: ${ltr(sheet.meta.number)}`,
        `${labelText(sheet.label("issueDate"))}: ${isoDate(sheet.meta.issuedAt)}`,
        `${labelText(sheet.label("orderReference"))}: ${ltr(s.orderReference)}`,
        `${labelText(sheet.label("shipmentReference"))}: ${ltr(s.shipmentId)}`,
      ].join("\n"),
    },
  ]);
  boxRow(sheet, [
    { label: "consignee", value: partyText(s.consignee, sheet.label), share: 1.15 },
    { label: "buyer", value: partyText(s.buyer, sheet.label) },
  ]);
  boxRow(sheet, [
    { label: "countryOfOrigin", value: origin },
    { label: "countryOfDestination", value: destination },
    { label: "transport", value: meansText(sheet), share: 1.4 },
    { label: "portOfLoading", value: place(s.transport.portOfLoading) },
    { label: "portOfDischarge", value: place(s.transport.portOfDischarge) },
  ]);
  sheet.flow.y += 6;
  const volume = s.packages.reduce((sum, p) => sum + packageVolumeM3(p), 0);
  const linesOf = (nos: number[]) => s.lines.filter((l) => nos.includes(l.lineNo));
  drawTable(
    sheet.flow,
    [
      { label: sheet.label("packageNo"), share: 0.6 },
      { label: sheet.label("packageType"), share: 0.9 },
      { label: sheet.label("marks"), share: 1.5 },
      { label: sheet.label("contents"), share: 2.5 },
      { label: sheet.label("quantity"), share: 1, align: "right" },
      { label: sheet.label("netWeight"), share: 1.05, align: "right" },
      { label: sheet.label("grossWeight"), share: 1.05, align: "right" },
      { label: sheet.label("dimensions"), share: 1.55, align: "right" },
      { label: sheet.label("volume"), share: 0.85, align: "right" },
    ],
    s.packages.map((p) => [
      ltr(p.number),
      `${p.typeName} (${ltr(p.typeCode)})`,
      ltr(p.marks),
      [p.contents, ...linesOf(p.lineNos).map((l) => `HS ${ltr(l.hsCode)}`)].join("\n"),
      quantity(p.quantity, linesOf(p.lineNos)[0]?.unit ?? "C62"),
      kg(p.netWeightKg),
      kg(p.grossWeightKg),
      ltr(`${p.lengthCm}×${p.widthCm}×${p.heightCm} cm`),
      m3(packageVolumeM3(p)),
    ]),
    {
      footerRows: [
        [
          "",
          "",
          labelText(sheet.label("totals")),
          labelText(sheet.label("packageTotal", { n: ltr(String(s.packages.length)) })),
          "",
          kg(sumKg(s.packages.map((p) => p.netWeightKg))),
          kg(sumKg(s.packages.map((p) => p.grossWeightKg))),
          "",
          m3(volume),
        ],
      ],
    },
  );
  sheet.flow.y += 8;
  traceCode(sheet);
  declaration(sheet, "packingDeclaration");
}

const TRACE_QR = 52;

/**
 * The packing list travels with the packages: its second QR code opens the shipment's public trace
 * page (producer, batch and inspections, then the journey) for whoever handles or receives them.
 */
function traceCode(sheet: Sheet): void {
  const url = sheet.snapshot.traceUrl;
  if (!url) return;
  const { writer, flow } = sheet;
  flow.ensure(TRACE_QR + 8);
  writer.qr(flow.canvas, url, MARGIN, flow.y, TRACE_QR);
  writer.link(flow.canvas, url, MARGIN, flow.y, TRACE_QR, TRACE_QR);
  const x = MARGIN + TRACE_QR + 8;
  const width = CONTENT_WIDTH - TRACE_QR - 8;
  const used = writer.paragraph(flow.canvas, labelText(sheet.label("traceGoods")), x, flow.y + 10, width, { size: 7.5, leading: 9.75 });
  writer.paragraph(flow.canvas, ltr(url), x, flow.y + 12 + used, width, { size: 7.5, leading: 9.75 });
  flow.y += TRACE_QR + 8;
}
