import { describe, expect, it } from "vitest";
import { PdfWriter } from "../../graph/documents/pdf/writer.js";
import { renderDocument } from "../../graph/documents/types/index.js";
import type { DocumentKind, DocumentSnapshot } from "../../graph/documents/snapshot.js";
import { ARABIC_BUYER, CHINESE_ADDRESS, coconutSnapshot, issueMeta } from "./coconut.js";
import { difference, inkIn, pdfAttachments, pdfjsItems, pdfjsText, pdftotext, renderPage, type TextItem } from "./pdf-tools.js";
import { validateUbl } from "./ubl-schema.js";

/**
 * Kelapa Emas ships coconut products from Port Klang to Gdańsk; each document it issues is read
 * back the way a customs officer's tools read it: poppler and pdf.js extract the text, pdftoppm
 * renders the page, xmllint checks the embedded UBL against the OASIS schemas.
 */

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

/** Where pdf.js says a text is drawn, and whether the page shows those glyphs there. */
async function drawnAsAlone(bytes: Uint8Array, text: string, page = 1): Promise<{ item: TextItem; ink: number; difference: number }> {
  const items = await pdfjsItems(bytes, page);
  const item = items.find((i) => i.str.includes(text));
  if (!item) throw new Error(`pdf.js finds no item with ${text}: ${items.map((i) => i.str).join(" | ")}`);
  // The same text drawn alone at the same place and size: a reference the engine tests prove right.
  const writer = await PdfWriter.create();
  const canvas = writer.addPage();
  writer.text(canvas, item.str, item.x, item.baseline, { size: item.size });
  const reference = renderPage(await writer.finish());
  const raster = renderPage(bytes, page);
  const area = { x: item.x, y: item.baseline - item.size, width: item.width, height: item.size * 1.35 };
  return { item, ink: inkIn(raster, area), difference: difference(raster, area, reference, area) };
}

async function readBack(kind: DocumentKind, snapshot: DocumentSnapshot, number: string) {
  const meta = issueMeta(number);
  const { pdf, ubl } = await renderDocument(kind, snapshot, meta);
  return { pdf, ubl, meta, poppler: pdftotext(pdf), pdfjs: (await pdfjsText(pdf)).join("\n") };
}

describe("every document reads back as it was issued", () => {
  const sea = coconutSnapshot();

  it.each([
    ["commercial_invoice", "CI-2026-000123"],
    ["packing_list", "PL-2026-000045"],
  ] as const)("%s: the Arabic buyer, the Chinese address and the HS codes extract and are drawn", async (kind, number) => {
    const { pdf, poppler, pdfjs } = await readBack(kind, sea, number);
    for (const text of [poppler, pdfjs]) {
      expect(text).toContain(ARABIC_BUYER);
      expect(text).toContain(CHINESE_ADDRESS);
      expect(text).toContain(number);
      for (const line of sea.lines) expect(text).toContain(line.hsCode);
      expect(text).toContain("Page 1 of 1");
    }
    for (const text of [ARABIC_BUYER, CHINESE_ADDRESS, number]) {
      const drawn = await drawnAsAlone(pdf, text);
      expect(drawn.ink, text).toBeGreaterThan(20);
      expect(drawn.difference, text).toBeLessThan(0.08);
    }
  });

  it("the invoice carries every field customs expect, amounts in the currency's minor units", async () => {
    const { poppler } = await readBack("commercial_invoice", sea, "CI-2026-000124");
    const flat = poppler.replace(/\s+/g, " ");
    for (const field of [
      "Seller (exporter)", "Buyer", "Consignee", "Invoice no.", "Invoice date", "Order ref.", "ORD-2026-004217",
      "CIF Gdańsk", "Currency", "Terms of payment", "Country of origin", "Marks and numbers", "KE/GDN/2026/001",
      "Net weight", "Gross weight", "26,200 kg", "27,002.5 kg", "Freight", "18,400.00 PLN", "Insurance", "965.00 PLN",
      "363,005.00 PLN", "Tan Mei Ling", "Export Manager", "We certify that this invoice",
    ]) {
      expect(flat).toContain(field);
    }
  });

  it("an amount in a currency without minor units has no decimals; one with three has three", async () => {
    const yen = await readBack("commercial_invoice", coconutSnapshot({ currency: "JPY", freightMinor: 184_000, insuranceMinor: null }), "CI-2026-000125");
    expect(yen.poppler).toContain("184,000 JPY");
    const dinar = await readBack("commercial_invoice", coconutSnapshot({ currency: "KWD", freightMinor: 1_840_125, insuranceMinor: null }), "CI-2026-000126");
    expect(dinar.poppler).toContain("1,840.125 KWD");
  });

  it("writes the document id uncompressed in the Info dictionary and embeds the UBL as an associated file", async () => {
    const { pdf, ubl, meta } = await readBack("commercial_invoice", sea, "CI-2026-000127");
    expect(latin1(pdf)).toContain(`/CaravanDocumentId (${meta.documentId})`);
    expect(latin1(pdf)).toMatch(/\/AFRelationship \/Alternative/);
    expect(latin1(pdf)).toMatch(/\/AF \d+ 0 R|\/AF \[/);
    const files = await pdfAttachments(pdf);
    expect(new TextDecoder().decode(files["CI-2026-000127.xml"])).toBe(ubl);
  });

  it("a preview says so on every page; an issued document does not", async () => {
    const preview = await renderDocument("commercial_invoice", sea, issueMeta("CI-2026-000128", { preview: true }));
    const issued = await renderDocument("commercial_invoice", sea, issueMeta("CI-2026-000128"));
    expect(pdftotext(preview.pdf)).toContain("PREVIEW — NOT ISSUED");
    expect(pdftotext(issued.pdf)).not.toContain("PREVIEW");
  });

  it("labels the fields in the destination's language beside English", async () => {
    const { poppler } = await readBack("commercial_invoice", sea, "CI-2026-000129");
    expect(poppler).toContain("Faktura handlowa");
    const arabic = await readBack("commercial_invoice", coconutSnapshot({ secondLanguage: "ar" }), "CI-2026-000130");
    expect(arabic.poppler).toContain("فاتورة تجارية");
  });

  it("a 60-line invoice repeats its table header on every page and numbers the pages", async () => {
    const long = coconutSnapshot({}, 60);
    const { pdf } = await renderDocument("commercial_invoice", long, issueMeta("CI-2026-000131"));
    const pages = await pdfjsText(pdf);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, i) => {
      expect(text).toContain("Description of goods");
      expect(text).toContain("Unit price");
      expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(text).toContain("CI-2026-000131");
    });
    const last = pages[pages.length - 1] ?? "";
    expect(last).toContain("Invoice total (CIF)");
    expect(pages.join("\n").match(/KE\/GDN\/2026\/0\d\d/g)?.length).toBe(60);
  });
});

describe("UBL 2.1", () => {
  const sea = coconutSnapshot();

  it.each(["commercial_invoice", "packing_list"] as const)("%s validates against the OASIS schema", async (kind) => {
    const { ubl } = await renderDocument(kind, sea, issueMeta("X-2026-000001"));
    const result = await validateUbl(ubl);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("the validator rejects an invoice without its lines", async () => {
    const { ubl } = await renderDocument("commercial_invoice", sea, issueMeta("X-2026-000002"));
    const broken = ubl.replace(/<cac:InvoiceLine>.*<\/cac:InvoiceLine>/s, "");
    expect((await validateUbl(broken)).valid).toBe(false);
  });

  it("the invoice's UBL states the HS code, origin, quantity, price and the total", async () => {
    const { ubl } = await renderDocument("commercial_invoice", sea, issueMeta("X-2026-000003"));
    expect(ubl).toContain('<cbc:ItemClassificationCode listID="HS" listVersionID="2022">0801.11</cbc:ItemClassificationCode>');
    expect(ubl).toContain('<cbc:InvoicedQuantity unitCode="KGM">12000</cbc:InvoicedQuantity>');
    expect(ubl).toContain('<cbc:PayableAmount currencyID="PLN">363005.00</cbc:PayableAmount>');
    expect(ubl).toContain(`<cbc:Name>${ARABIC_BUYER}</cbc:Name>`);
  });
});
