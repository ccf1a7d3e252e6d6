import { drawTable, GREY, labelText } from "../pdf/layout.js";
import { ltr } from "../pdf/text.js";
import { invoiceTotalMinor, linesTotalMinor, sumKg, type DocumentSnapshot } from "../snapshot.js";
import { boxRow, countryName, kg, money, partyText, quantity, isoDate, paragraph, type Sheet } from "./frame.js";
import { lineMarks, meansText, originDestination, place } from "./goods.js";

/**
 * Commercial invoice, boxes after the UN Layout Key: seller top left, document references top
 * right, consignee and buyer below, then terms, transport, the goods table and the declaration.
 */
export function drawCommercialInvoice(sheet: Sheet): void {
  const s: DocumentSnapshot = sheet.snapshot;
  const c = s.currency;
  const { origin, destination } = originDestination(sheet);
  boxRow(sheet, [
    { label: "seller", value: partyText(s.seller, sheet.label), share: 1.15 },
    {
      label: "references",
      value: [
        `${labelText(sheet.label("invoiceNumber"))}: ${ltr(sheet.meta.number)}`,
        `${labelText(sheet.label("invoiceDate"))}: ${isoDate(sheet.meta.issuedAt)}`,
        `${labelText(sheet.label("orderReference"))}: ${ltr(s.orderReference)}`,
        ...(s.buyerReference ? [`${labelText(sheet.label("buyerReference"))}: ${ltr(s.buyerReference)}`] : []),
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
    { label: "termsOfDelivery", value: `${ltr(s.incoterm)} ${s.incotermPlace} (Incoterms® 2020)`, share: 1.3 },
    { label: "currency", value: ltr(c), share: 0.6 },
  ]);
  boxRow(sheet, [
    { label: "transport", value: meansText(sheet), share: 1.4 },
    { label: "portOfLoading", value: place(s.transport.portOfLoading) },
    { label: "portOfDischarge", value: place(s.transport.portOfDischarge) },
    { label: "paymentTerms", value: s.paymentTerms, share: 1.5 },
  ]);
  sheet.flow.y += 6;
  const footer: string[][] = [["", "", labelText(sheet.label("subtotal")), "", "", "", "", money(linesTotalMinor(s), c)]];
  if (s.freightMinor) footer.push(["", "", labelText(sheet.label("freight")), "", "", "", "", money(s.freightMinor, c)]);
  if (s.insuranceMinor) footer.push(["", "", labelText(sheet.label("insurance")), "", "", "", "", money(s.insuranceMinor, c)]);
  footer.push(["", "", labelText(sheet.label("invoiceTotal", { incoterm: s.incoterm })), "", "", "", "", money(invoiceTotalMinor(s), c)]);
  drawTable(
    sheet.flow,
    [
      { label: sheet.label("lineNo"), share: 0.45 },
      { label: sheet.label("marks"), share: 1.5 },
      { label: sheet.label("description"), share: 3.05 },
      { label: sheet.label("hsCode"), share: 0.95 },
      { label: sheet.label("origin"), share: 0.95 },
      { label: sheet.label("quantity"), share: 1.1, align: "right" },
      { label: sheet.label("unitPrice"), share: 1.1, align: "right" },
      { label: sheet.label("amount"), share: 1.5, align: "right" },
    ],
    s.lines.map((line) => [
      ltr(String(line.lineNo)),
      lineMarks(s, line),
      line.description,
      ltr(line.hsCode),
      ltr(line.originCountry),
      quantity(line.quantity, line.unit),
      money(line.unitPriceMinor, c),
      money(line.amountMinor, c),
    ]),
    { footerRows: footer },
  );
  sheet.flow.y += 6;
  const packages = s.packages.length;
  boxRow(sheet, [
    { label: "packages", value: packages > 0 ? `${ltr(String(packages))} × ${[...new Set(s.packages.map((p) => p.typeName))].join(", ")}` : "—" },
    { label: "netWeight", value: kg(sumKg(s.lines.map((l) => l.netWeightKg))) },
    { label: "grossWeight", value: kg(sumKg(packages > 0 ? s.packages.map((p) => p.grossWeightKg) : s.lines.map((l) => l.grossWeightKg))) },
    { label: "countryOfOrigin", value: countryName(s.originCountry) },
  ]);
  sheet.flow.y += 4;
  declaration(sheet, "invoiceDeclaration");
}

/** The exporter's declaration and signatory, kept together on one page. */
export function declaration(sheet: Sheet, key: "invoiceDeclaration" | "packingDeclaration"): void {
  const s = sheet.snapshot;
  sheet.flow.ensure(70);
  const text = sheet.label(key);
  paragraph(sheet, text.en);
  if (text.second && text.second !== text.en) paragraph(sheet, text.second, { color: GREY });
  boxRow(sheet, [
    { label: "placeAndDate", value: `${s.signatory.place}, ${isoDate(sheet.meta.issuedAt)}` },
    { label: "signatory", value: `${s.signatory.name}\n${s.signatory.title}`, share: 1.4, minHeight: 36 },
  ]);
}
