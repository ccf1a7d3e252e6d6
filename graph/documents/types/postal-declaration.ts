import { drawTable } from "../pdf/layout.js";
import { ltr } from "../pdf/text.js";
import { postalForm } from "../rules.js";
import { linesTotalMinor, sumKg, type DocumentSnapshot, type PostalCategory } from "../snapshot.js";
import { boxRow, decimal, drawChecks, fixedRow, isoDate, kg, money, partyText, paragraph, quantity, type Sheet } from "./frame.js";
import type { LabelKey } from "./labels.js";

const CATEGORIES: [PostalCategory, LabelKey][] = [
  ["gift", "categoryGift"],
  ["documents", "categoryDocuments"],
  ["commercial_sample", "categoryCommercialSample"],
  ["returned_goods", "categoryReturnedGoods"],
  ["sale_of_goods", "categorySaleOfGoods"],
  ["other", "categoryOther"],
];

/** Special drawing rights in hundredths: 8500 → "85.00 SDR". */
const sdr = (minor: number) => ltr(`${decimal(String(Math.trunc(minor / 100)))}.${String(minor % 100).padStart(2, "0")} SDR`);

export function postalTitle(snapshot: DocumentSnapshot): LabelKey {
  return postalForm(snapshot.valueSdrMinor ?? 0) === "CN22" ? "cn22Title" : "cn23Title";
}

/**
 * CN22 or CN23 postal customs declaration: CN22 up to 300 SDR of declared value, CN23 above it
 * (which also names the importer's reference and the invoice). Per article: description, quantity,
 * net weight, value, HS tariff number and country of origin.
 */
export function drawPostalDeclaration(sheet: Sheet): void {
  const s = sheet.snapshot;
  const form = postalForm(s.valueSdrMinor ?? 0);
  boxRow(sheet, [
    { label: "sender", value: partyText(s.seller, sheet.label) },
    { label: "addressee", value: partyText(s.consignee, sheet.label) },
  ]);
  const checks = fixedRow(sheet, 50, [
    { label: "categoryOfItem", value: "", share: 2 },
    { label: "declaredValueSdr", value: sdr(s.valueSdrMinor ?? 0) },
  ]);
  drawChecks(
    sheet,
    (checks.lefts[0] ?? 0) + 4,
    checks.y + 14,
    (checks.widths[0] ?? 0) - 8,
    CATEGORIES.map(([category, key]) => ({ label: sheet.label(key), checked: (s.postalCategory ?? "sale_of_goods") === category })),
    2,
  );
  if (form === "CN23") {
    boxRow(sheet, [
      { label: "importerReference", value: [s.buyer.name, s.buyer.taxId ? ltr(s.buyer.taxId) : "", s.buyer.eori ? `EORI ${ltr(s.buyer.eori)}` : ""].filter(Boolean).join("\n") },
      { label: "invoiceNumber", value: ltr(s.invoiceNumber ?? s.orderReference) },
      { label: "postalCharges", value: s.freightMinor ? money(s.freightMinor, s.currency) : "—" },
    ]);
  }
  sheet.flow.y += 4;
  drawTable(
    sheet.flow,
    [
      { label: sheet.label("detailedDescription"), share: 3.2 },
      { label: sheet.label("quantity"), share: 0.9, align: "right" },
      { label: sheet.label("netWeight"), share: 0.9, align: "right" },
      { label: sheet.label("value"), share: 1.2, align: "right" },
      { label: sheet.label("hsCode"), share: 0.9 },
      { label: sheet.label("countryOfOrigin"), share: 0.9 },
    ],
    s.lines.map((line) => [line.description, quantity(line.quantity, line.unit), kg(line.netWeightKg), money(line.amountMinor, s.currency), ltr(line.hsCode), ltr(line.originCountry)]),
  );
  sheet.flow.y += 4;
  boxRow(sheet, [
    { label: "totalGrossWeight", value: kg(sumKg(s.lines.map((l) => l.grossWeightKg))) },
    { label: "totalValue", value: money(linesTotalMinor(s), s.currency) },
    { label: "declaredValueSdr", value: sdr(s.valueSdrMinor ?? 0) },
  ]);
  const text = sheet.label("postalDeclarationText");
  sheet.flow.ensure(80);
  paragraph(sheet, text.en);
  if (text.second && text.second !== text.en) paragraph(sheet, text.second);
  fixedRow(sheet, 40, [{ label: "dateAndSignature", value: `${s.signatory.place}, ${isoDate(sheet.meta.issuedAt)}\n${s.signatory.name}` }]);
}
