import { findCountry, findUnit } from "../../../db/reference/index.js";
import { formatMinor } from "../../shared/money.js";
import { boxHeight as boxHeightOf, CONTENT_WIDTH, drawBoxRow, finishPages, Flow, GREY, labelText, MARGIN, type BoxOptions, type Label } from "../pdf/layout.js";
import { ltr, measure } from "../pdf/text.js";
import { PAGE_HEIGHT, PAGE_WIDTH, PdfWriter, type PageCanvas, type Rgb } from "../pdf/writer.js";
import type { DocumentKind, DocumentSnapshot, PartySnapshot } from "../snapshot.js";
import { labeller, type LabelKey, type Labeller } from "./labels.js";

/** What the issuing side (doc-issue) tells the renderer about the document it is issuing. */
export interface IssueMeta {
  documentId: string;
  number: string;
  version: number;
  /** ISO 8601 instant. */
  issuedAt: string;
  verifyUrl: string;
  keyId: string;
  supersedesNumber?: string | null;
  preview?: boolean;
  /** An issuing authority's endorsement (chamber of commerce) of a certificate of origin. */
  endorsement?: { authorityName: string; officerName: string; endorsedAt: string } | null;
}

/** Everything a document type's body draws with. */
export interface Sheet {
  writer: PdfWriter;
  flow: Flow;
  label: Labeller;
  snapshot: DocumentSnapshot;
  meta: IssueMeta;
}

const thousands = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** 16813000 PLN → "168,130.00 PLN", in the currency's own minor units, as one left-to-right isolate. */
export function money(amountMinor: number, currency: string): string {
  const [whole = "", fraction] = formatMinor(amountMinor, currency).split(".");
  return ltr(`${thousands(whole)}${fraction === undefined ? "" : `.${fraction}`} ${currency}`);
}

/** Decimal digits with thousands separators, exact (no float): "20400.5" → "20,400.5". */
export function decimal(value: string): string {
  const [whole = "", fraction] = value.split(".");
  return `${thousands(whole)}${fraction === undefined ? "" : `.${fraction}`}`;
}

/** Kilograms as entered, without trailing zeros after the point (they say nothing): "8150.500" → "8,150.5 kg". */
export const kg = (value: string) => ltr(`${decimal(value.includes(".") ? value.replace(/\.?0+$/, "") : value)} kg`);

/** "25000" KGM → "25,000 kg"; a unit without a symbol is written with its code. */
export function quantity(value: string, unit: string): string {
  return ltr(`${decimal(value)} ${findUnit(unit)?.symbol ?? unit}`);
}

/** ISO dates: read the same way in every country the document crosses. */
export const isoDate = (instant: string) => ltr(instant.slice(0, 10));

export function countryName(code: string): string {
  return `${findCountry(code)?.name ?? code} (${ltr(code)})`;
}

/** A party as a form prints it: name, address, country, and the identifiers customs ask for. */
export function partyText(party: PartySnapshot, label: Labeller): string {
  const ids: string[] = [];
  if (party.taxId) ids.push(`${labelText(label("taxId"))}: ${ltr(party.taxId)}`);
  if (party.eori) ids.push(`EORI: ${ltr(party.eori)}`);
  if (party.registrationNumber) ids.push(`${labelText(label("registrationNumber"))}: ${ltr(party.registrationNumber)}`);
  if (party.contact) ids.push(party.contact);
  return [party.name, ...party.addressLines, countryName(party.country), ...ids].join("\n");
}

export interface Cell {
  label: LabelKey | Label;
  value: string;
  share?: number;
  options?: BoxOptions;
  minHeight?: number;
}

/** A row of labelled boxes in the flow; moves to a new page first when the row does not fit. */
export function boxRow(sheet: Sheet, cells: Cell[], width = CONTENT_WIDTH, x = MARGIN): number {
  const resolved = cells.map((cell) => ({
    label: typeof cell.label === "string" ? sheet.label(cell.label) : cell.label,
    value: cell.value,
    share: cell.share ?? 1,
    options: cell.options,
    minHeight: cell.minHeight,
  }));
  const height = rowHeight(resolved, width);
  sheet.flow.ensure(height);
  drawBoxRow(sheet.writer, sheet.flow.canvas, x, sheet.flow.y, width, resolved);
  sheet.flow.y += height;
  return height;
}

function rowHeight(cells: { label: Label; value: string; share: number; options?: BoxOptions; minHeight?: number }[], width: number): number {
  const total = cells.reduce((sum, cell) => sum + cell.share, 0);
  return Math.max(
    ...cells.map((cell) => {
      const w = (width * cell.share) / total;
      return Math.max(cell.minHeight ?? 0, boxHeightOf(cell.label, cell.value, w, cell.options?.size));
    }),
  );
}

/** A sentence under the boxes (declarations, notes), wrapped to the content width. */
export function paragraph(sheet: Sheet, text: string, options: { size?: number; bold?: boolean; color?: Rgb } = {}): void {
  const size = options.size ?? 7.5;
  const { writer, flow } = sheet;
  const lines = text.split("\n");
  for (const line of lines) {
    const height = writer.paragraph(flow.canvas, line, MARGIN, flow.y, CONTENT_WIDTH, { size, bold: options.bold, color: options.color, leading: size * 1.3 });
    flow.y += height;
  }
  flow.y += 3;
}

const QR_SIZE = 60;
const HEADER_HEIGHT = 74;
const STAMP_BLUE: Rgb = [0.1, 0.25, 0.65];
const PREVIEW_RED: Rgb = [0.8, 0.1, 0.1];

function drawHeader(writer: PdfWriter, canvas: PageCanvas, title: Label, sheetMeta: { meta: IssueMeta; label: Labeller }): void {
  const { meta, label } = sheetMeta;
  const textWidth = CONTENT_WIDTH - QR_SIZE - 10;
  // Form E's title is a sentence: it gets a smaller size rather than running under the QR code.
  const fit = (text: string, size: number, bold: boolean) => (measure(text, size, { bold }) <= textWidth ? size : Math.max(7, (size * textWidth) / measure(text, size, { bold })));
  writer.text(canvas, title.en, MARGIN, MARGIN + 15, { size: fit(title.en, 15, true), bold: true });
  if (title.second && title.second !== title.en) writer.text(canvas, title.second, MARGIN, MARGIN + 29, { size: fit(title.second, 10, false), color: GREY });
  const facts = [
    `${labelText(label("documentNumber"))}: ${ltr(meta.number)}`,
    `${labelText(label("version"))}: ${ltr(String(meta.version))}`,
    `${labelText(label("issueDate"))}: ${isoDate(meta.issuedAt)}`,
  ];
  writer.paragraph(canvas, facts.join("   "), MARGIN, MARGIN + 34, textWidth, { size: 7.5, align: "left" });
  if (meta.supersedesNumber) {
    writer.text(canvas, labelText(label("supersedes", { number: meta.supersedesNumber })), MARGIN, MARGIN + 56, { size: 7, color: GREY });
  }
  const qrX = PAGE_WIDTH - MARGIN - QR_SIZE;
  writer.qr(canvas, meta.verifyUrl, qrX, MARGIN - 4, QR_SIZE);
  writer.link(canvas, meta.verifyUrl, qrX, MARGIN - 4, QR_SIZE, QR_SIZE);
  if (meta.preview) {
    writer.rect(canvas, MARGIN + textWidth - 150, MARGIN, 150, 16, { stroke: PREVIEW_RED, lineWidth: 1 });
    writer.text(canvas, labelText(label("previewMark")), MARGIN + textWidth - 150, MARGIN + 11, {
      size: 7,
      bold: true,
      color: PREVIEW_RED,
      align: "center",
      width: 150,
    });
  }
  writer.line(canvas, MARGIN, MARGIN + HEADER_HEIGHT - 6, PAGE_WIDTH - MARGIN, MARGIN + HEADER_HEIGHT - 6, [0, 0, 0], 0.8);
}

/** The big diagonal "PREVIEW — NOT ISSUED" across a page, drawn light so the form stays legible. */
function drawPreviewWatermark(writer: PdfWriter, canvas: PageCanvas, text: string): void {
  const size = 40;
  const width = measure(text, size, { bold: true });
  const angle = Math.atan2(PAGE_HEIGHT, PAGE_WIDTH);
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)].map((v) => Math.round(v * 10000) / 10000) as [number, number];
  const start = canvas.ops.length;
  canvas.ops.push(`q ${cos} ${sin} ${-sin} ${cos} ${PAGE_WIDTH / 2} ${PAGE_HEIGHT / 2} cm`);
  // Rotated space has its origin at the page centre: a baseline of PAGE_HEIGHT is y = 0 there.
  writer.text(canvas, text, -width / 2, PAGE_HEIGHT + size / 3, { size, bold: true, color: [0.93, 0.72, 0.72] });
  canvas.ops.push("Q");
  // Drawn first, under the form, so that it never hides a value.
  canvas.ops.unshift(...canvas.ops.splice(start));
}

function drawFooter(writer: PdfWriter, canvas: PageCanvas, page: number, pages: number, sheetMeta: { meta: IssueMeta; label: Labeller }): void {
  const { meta, label } = sheetMeta;
  const top = PAGE_HEIGHT - MARGIN - 22;
  writer.line(canvas, MARGIN, top, PAGE_WIDTH - MARGIN, top, GREY, 0.4);
  const pageText = labelText(label("pageOf", { page: ltr(String(page)), pages: ltr(String(pages)) }));
  const pageWidth = writer.text(canvas, pageText, MARGIN, top + 10, { size: 7, align: "right", width: CONTENT_WIDTH });
  const verify = `${labelText(label("verifyAt"))}: ${ltr(meta.verifyUrl)}`;
  writer.paragraph(canvas, verify, MARGIN, top + 2, CONTENT_WIDTH - pageWidth - 12, { size: 6.5, color: GREY, align: "left" });
  writer.text(canvas, `${ltr(meta.number)} · ${labelText(label("signingKey"))}: ${ltr(meta.keyId)}`, MARGIN, top + 19, { size: 6, color: GREY });
}

/**
 * The endorsement stamp of an issuing authority: its name, the officer and the date, framed in
 * blue as a rubber stamp is. Without an endorsement the box stays empty for the authority.
 */
export function drawStamp(sheet: Sheet, x: number, y: number, width: number): number {
  const endorsement = sheet.meta.endorsement;
  if (!endorsement) return 0;
  const { writer, flow } = sheet;
  const lines = [
    labelText(sheet.label("endorsed")),
    endorsement.authorityName,
    `${labelText(sheet.label("officer"))}: ${endorsement.officerName}`,
    `${labelText(sheet.label("date"))}: ${isoDate(endorsement.endorsedAt)}`,
  ];
  const height = 12 + lines.length * 10;
  writer.rect(flow.canvas, x, y, width, height, { stroke: STAMP_BLUE, lineWidth: 1.4 });
  writer.rect(flow.canvas, x + 2.5, y + 2.5, width - 5, height - 5, { stroke: STAMP_BLUE, lineWidth: 0.5 });
  lines.forEach((line, i) => {
    writer.text(flow.canvas, line, x + 6, y + 14 + i * 10, { size: i === 0 ? 8.5 : 7.5, bold: i === 0, color: STAMP_BLUE, align: "left", width: width - 12 });
  });
  return height;
}

export interface FormSpec {
  kind: DocumentKind;
  title: LabelKey | Label;
  snapshot: DocumentSnapshot;
  meta: IssueMeta;
  /** The UBL of the same data, embedded as the PDF's associated file. */
  ubl: string;
  body: (sheet: Sheet) => void;
}

export const UBL_ROOT: Record<DocumentKind, string> = {
  commercial_invoice: "Invoice",
  packing_list: "PackingList",
  certificate_of_origin: "CertificateOfOrigin",
  postal_declaration: "DespatchAdvice",
  bill_of_lading: "BillOfLading",
  air_waybill: "Waybill",
};

/**
 * Every document type is drawn through here: the running header with the QR code of the
 * verification page on every page, the body, "page n of m" footers, the preview mark, and the
 * file with its UBL attached and the document id in the Info dictionary.
 */
export async function renderForm(spec: FormSpec): Promise<Uint8Array> {
  const label = labeller(spec.snapshot.secondLanguage);
  const title = typeof spec.title === "string" ? label(spec.title) : spec.title;
  const writer = await PdfWriter.create();
  const chrome = { meta: spec.meta, label };
  const flow = new Flow(
    writer,
    (w) => {
      const canvas = w.addPage();
      drawHeader(w, canvas, title, chrome);
      return { canvas, y: MARGIN + HEADER_HEIGHT };
    },
    PAGE_HEIGHT - MARGIN - 28,
  );
  spec.body({ writer, flow, label, snapshot: spec.snapshot, meta: spec.meta });
  finishPages(writer, (canvas, page, pages) => {
    drawFooter(writer, canvas, page, pages, chrome);
    if (spec.meta.preview) drawPreviewWatermark(writer, canvas, label("previewMark").en);
  });
  const date = new Date(spec.meta.issuedAt);
  return writer.finish({
    title: `${title.en} ${spec.meta.number}`,
    author: spec.snapshot.seller.name,
    language: "en",
    date,
    attachment: {
      filename: `${spec.meta.number}.xml`,
      bytes: new TextEncoder().encode(spec.ubl),
      mimeType: "application/xml",
      description: `UBL 2.1 ${UBL_ROOT[spec.kind]}`,
    },
    metadata: { CaravanDocumentId: spec.meta.documentId, CaravanDocumentNumber: spec.meta.number },
    uncompressedObjects: true,
  });
}

/**
 * Tick boxes of a form (Form E box 13, the CN22 categories): small squares, crossed when chosen,
 * laid out in columns inside an area. Returns the height used.
 */
export function drawChecks(sheet: Sheet, x: number, y: number, width: number, items: { label: Label; checked: boolean }[], columns = 2): number {
  const { writer, flow } = sheet;
  const columnWidth = width / columns;
  const rowHeight = 11;
  items.forEach((item, i) => {
    const left = x + (i % columns) * columnWidth;
    const top = y + Math.floor(i / columns) * rowHeight;
    writer.rect(flow.canvas, left, top, 7, 7, { stroke: [0, 0, 0], lineWidth: 0.6 });
    if (item.checked) {
      writer.line(flow.canvas, left + 1.2, top + 1.2, left + 5.8, top + 5.8, [0, 0, 0], 0.9);
      writer.line(flow.canvas, left + 5.8, top + 1.2, left + 1.2, top + 5.8, [0, 0, 0], 0.9);
    }
    writer.text(flow.canvas, labelText(item.label), left + 10, top + 6.5, { size: 6.5, align: "left" });
  });
  return Math.ceil(items.length / columns) * rowHeight;
}

/** Reserves a row of boxes whose height is known up front, so that drawing inside them stays on one page. */
export function fixedRow(sheet: Sheet, height: number, cells: Cell[], width = CONTENT_WIDTH, x = MARGIN): { y: number; lefts: number[]; widths: number[] } {
  sheet.flow.ensure(height);
  const y = sheet.flow.y;
  const total = cells.reduce((sum, cell) => sum + (cell.share ?? 1), 0);
  const widths = cells.map((cell) => (width * (cell.share ?? 1)) / total);
  const lefts = widths.map((_, i) => x + widths.slice(0, i).reduce((a, b) => a + b, 0));
  boxRow(sheet, cells.map((cell) => ({ ...cell, minHeight: height })), width, x);
  return { y, lefts, widths };
}
