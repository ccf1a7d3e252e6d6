import { drawTable, labelText, type Label } from "../pdf/layout.js";
import { ltr } from "../pdf/text.js";
import { originCriterionText, originFormFor, type OriginForm } from "../rules.js";
import type { LineSnapshot } from "../snapshot.js";
import { boxRow, countryName, drawChecks, drawStamp, fixedRow, isoDate, kg, money, partyText, type Sheet } from "./frame.js";
import { lineMarks, meansText, place } from "./goods.js";
import type { LabelKey } from "./labels.js";

/**
 * Certificates of origin: the form the lane's agreement asks for (ACFTA Form E between China and
 * ASEAN, EUR.1 on EU lanes, otherwise a chamber's non-preferential certificate), with the exporter's
 * declaration and, once a chamber of commerce endorses it, the authority's stamp.
 */

export const ORIGIN_TITLE: Record<OriginForm, LabelKey> = {
  non_preferential: "certificateOfOrigin",
  form_e: "formETitle",
  eur1: "eur1Title",
};

export function originTitle(sheet: { snapshot: { originCountry: string; destinationCountry: string } }): LabelKey {
  return ORIGIN_TITLE[originFormFor(sheet.snapshot.originCountry, sheet.snapshot.destinationCountry)];
}

const STAMP_WIDTH = 190;

function packagesOf(sheet: Sheet, line: LineSnapshot): string {
  const packages = sheet.snapshot.packages.filter((p) => p.lineNos.includes(line.lineNo));
  if (packages.length === 0) return "";
  const kinds = [...new Set(packages.map((p) => p.typeName))].join(", ");
  return `${ltr(String(packages.length))} × ${kinds}`;
}

function goodsText(sheet: Sheet, line: LineSnapshot): string {
  const packages = packagesOf(sheet, line);
  return [packages, line.description, `HS ${ltr(line.hsCode)}`].filter(Boolean).join("\n");
}

function invoiceReference(sheet: Sheet): string {
  const s = sheet.snapshot;
  return `${ltr(s.invoiceNumber ?? s.orderReference)}\n${isoDate(sheet.meta.issuedAt)}`;
}

/** The authority's box: its certification text, then the stamp when endorsed, else a note that it is not. */
function certificationBox(sheet: Sheet, label: Label, number: string | undefined, text: Label | null, share: number, others: Parameters<typeof fixedRow>[2]): void {
  const endorsed = sheet.meta.endorsement;
  const value = [text ? bilingual(text) : "", endorsed ? "" : labelText(sheet.label("awaitingEndorsement"))].filter(Boolean).join("\n");
  const row = fixedRow(sheet, 118, [...others, { label, value, share, options: { number } }]);
  const i = row.lefts.length - 1;
  const left = row.lefts[i] ?? 0;
  const width = row.widths[i] ?? 0;
  drawStamp(sheet, left + 6, row.y + 52, Math.min(STAMP_WIDTH, width - 12));
}

function declarationValue(sheet: Sheet, text: Label): string {
  const s = sheet.snapshot;
  return [bilingual(text), "", `${s.signatory.place}, ${isoDate(sheet.meta.issuedAt)}`, `${s.signatory.name}, ${s.signatory.title}`].join("\n");
}

function formE(sheet: Sheet): void {
  const s = sheet.snapshot;
  const n = (number: string) => ({ number });
  boxRow(sheet, [
    { label: "goodsConsignedFrom", value: partyText(s.seller, sheet.label), options: n("1") },
    { label: "goodsConsignedTo", value: partyText(s.consignee, sheet.label), options: n("2") },
  ]);
  const t = s.transport;
  boxRow(sheet, [
    {
      label: "meansOfTransport",
      value: [meansText(sheet), `${labelText(sheet.label("portOfLoading"))}: ${place(t.portOfLoading)}`, `${labelText(sheet.label("portOfDischarge"))}: ${place(t.portOfDischarge)}`].join("\n"),
      options: n("3"),
    },
    { label: "officialUse", value: "", options: n("4"), minHeight: 52 },
  ]);
  sheet.flow.y += 4;
  drawTable(
    sheet.flow,
    [
      { label: numbered("5", sheet.label("itemNumber")), share: 0.55 },
      { label: numbered("6", sheet.label("marks")), share: 1.4 },
      { label: numbered("7", sheet.label("packagesAndDescription")), share: 3.2 },
      { label: numbered("8", sheet.label("originCriterion")), share: 0.95 },
      { label: numbered("9", sheet.label("grossWeightAndFob")), share: 1.5, align: "right" },
      { label: numbered("10", sheet.label("invoiceNumberAndDate")), share: 1.2 },
    ],
    s.lines.map((line) => [
      ltr(String(line.lineNo)),
      lineMarks(s, line),
      goodsText(sheet, line),
      ltr(originCriterionText(line)),
      [kg(line.grossWeightKg), `FOB ${money(line.fobValueMinor ?? line.amountMinor, s.currency)}`].join("\n"),
      invoiceReference(sheet),
    ]),
  );
  sheet.flow.y += 4;
  const declaration = sheet.label("formEDeclarationText", { origin: countryName(s.originCountry), destination: countryName(s.destinationCountry) });
  certificationBox(sheet, sheet.label("certification"), "12", sheet.label("certificationText"), 1, [
    { label: "exporterDeclaration", value: declarationValue(sheet, declaration), options: n("11") },
  ]);
  const checks = fixedRow(sheet, 34, [{ label: "specialCases", value: "", options: n("13") }]);
  drawChecks(
    sheet,
    (checks.lefts[0] ?? 0) + 4,
    checks.y + 12,
    (checks.widths[0] ?? 0) - 8,
    (["issuedRetroactively", "exhibition", "movementCertificate", "thirdPartyInvoicing"] as const).map((key) => ({ label: sheet.label(key), checked: false })),
    4,
  );
}

function eur1(sheet: Sheet): void {
  const s = sheet.snapshot;
  const n = (number: string) => ({ number });
  boxRow(sheet, [
    { label: "eur1Exporter", value: partyText(s.seller, sheet.label), options: n("1") },
    {
      label: sheet.label("eur1PreferentialTrade", { from: countryName(s.originCountry), to: countryName(s.destinationCountry) }),
      value: `${labelText(sheet.label("documentNumber"))}: ${ltr(sheet.meta.number)}`,
      options: n("2"),
    },
  ]);
  boxRow(sheet, [
    { label: "eur1Consignee", value: partyText(s.consignee, sheet.label), options: n("3"), share: 2 },
    { label: "eur1OriginCountry", value: countryName(s.originCountry), options: n("4") },
    { label: "eur1Destination", value: countryName(s.destinationCountry), options: n("5") },
  ]);
  boxRow(sheet, [
    { label: "eur1Transport", value: [meansText(sheet), `${place(s.transport.portOfLoading)} → ${place(s.transport.portOfDischarge)}`].join("\n"), options: n("6") },
    { label: "remarks", value: "", options: n("7"), minHeight: 40 },
  ]);
  sheet.flow.y += 4;
  drawTable(
    sheet.flow,
    [
      { label: numbered("8", sheet.label("eur1Goods")), share: 4.6 },
      { label: sheet.label("originCriterion"), share: 0.95 },
      { label: numbered("9", sheet.label("eur1GrossMass")), share: 1.2, align: "right" },
      { label: numbered("10", sheet.label("eur1Invoices")), share: 1.2 },
    ],
    s.lines.map((line) => [
      [`${ltr(String(line.lineNo))}. ${lineMarks(s, line).replace(/\n/g, " ")}`, goodsText(sheet, line)].join("\n"),
      ltr(originCriterionText(line)),
      kg(line.grossWeightKg),
      invoiceReference(sheet),
    ]),
  );
  sheet.flow.y += 4;
  certificationBox(sheet, sheet.label("eur1Endorsement"), "11", null, 1, [
    { label: "exporterDeclaration", value: declarationValue(sheet, sheet.label("eur1DeclarationText")), options: n("12") },
  ]);
}

function nonPreferential(sheet: Sheet): void {
  const s = sheet.snapshot;
  boxRow(sheet, [
    { label: "exporter", value: partyText(s.seller, sheet.label) },
    { label: "consignee", value: partyText(s.consignee, sheet.label) },
  ]);
  boxRow(sheet, [
    { label: "countryOfOrigin", value: countryName(s.originCountry) },
    { label: "countryOfDestination", value: countryName(s.destinationCountry) },
    { label: "transport", value: meansText(sheet), share: 1.4 },
    { label: "portOfLoading", value: place(s.transport.portOfLoading), share: 0.7 },
    { label: "portOfDischarge", value: place(s.transport.portOfDischarge), share: 0.7 },
  ]);
  sheet.flow.y += 4;
  drawTable(
    sheet.flow,
    [
      { label: sheet.label("itemNumber"), share: 0.55 },
      { label: sheet.label("marks"), share: 1.4 },
      { label: sheet.label("packagesAndDescription"), share: 3.6 },
      { label: sheet.label("origin"), share: 0.8 },
      { label: sheet.label("grossWeight"), share: 1.2, align: "right" },
      { label: sheet.label("invoiceNumberAndDate"), share: 1.2 },
    ],
    s.lines.map((line) => [
      ltr(String(line.lineNo)),
      lineMarks(s, line),
      goodsText(sheet, line),
      ltr(line.originCountry),
      kg(line.grossWeightKg),
      invoiceReference(sheet),
    ]),
  );
  sheet.flow.y += 4;
  const declaration = sheet.label("coDeclarationText", { origin: countryName(s.originCountry) });
  certificationBox(sheet, sheet.label("certification"), undefined, sheet.label("coCertificationText"), 1, [
    { label: "exporterDeclaration", value: declarationValue(sheet, declaration) },
  ]);
}

/** A declaration in English, then in the second language when there is one. */
function bilingual(text: Label): string {
  return text.second && text.second !== text.en ? `${text.en}\n${text.second}` : text.en;
}

/** "12" and a label → the label with its box number, for the columns of numbered forms. */
function numbered(number: string, label: Label): Label {
  return { en: `${number}. ${label.en}`, second: label.second ? `${number}. ${label.second}` : undefined };
}

export function drawCertificateOfOrigin(sheet: Sheet): void {
  const form = originFormFor(sheet.snapshot.originCountry, sheet.snapshot.destinationCountry);
  if (form === "form_e") formE(sheet);
  else if (form === "eur1") eur1(sheet);
  else nonPreferential(sheet);
}
