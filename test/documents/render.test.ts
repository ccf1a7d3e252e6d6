import { describe, expect, it } from "vitest";
import { PdfWriter } from "../../graph/documents/pdf/writer.js";
import { isValidAirWaybillNumber } from "../../graph/documents/rules.js";
import type { DocumentKind, DocumentSnapshot } from "../../graph/documents/snapshot.js";
import { renderDocument } from "../../graph/documents/types/index.js";
import {
  ARABIC_BUYER,
  CHINESE_ADDRESS,
  coconutByAir,
  coconutByPost,
  coconutSnapshot,
  coconutToKyiv,
  coconutToShanghai,
  ENDORSEMENT,
  issueMeta,
} from "./coconut.js";
import { difference, inkIn, pdfAttachments, pdfjsItems, pdfjsLinks, pdfjsText, pdftotext, renderPage, type TextItem } from "./pdf-tools.js";
import { validateUbl } from "./ubl-schema.js";

/**
 * Kelapa Emas ships coconut products from Port Klang to Gdańsk; each document it issues is read
 * back the way a customs officer's tools read it: poppler and pdf.js extract the text, pdftoppm
 * renders the page, xmllint checks the embedded UBL against the OASIS schemas.
 */

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");
const flat = (text: string) => text.replace(/\s+/g, " ");

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

interface Case {
  name: string;
  kind: DocumentKind;
  snapshot: DocumentSnapshot;
  number: string;
  endorsed?: boolean;
  /** What customs and carriers look for on this form. */
  fields: string[];
  ublRoot: string;
}

const sea = coconutSnapshot();

const CASES: Case[] = [
  {
    name: "commercial invoice",
    kind: "commercial_invoice",
    snapshot: sea,
    number: "CI-2026-000123",
    ublRoot: "Invoice",
    fields: [
      "Commercial invoice", "Seller (exporter)", "Buyer", "Consignee", "Invoice no.", "Invoice date", "Order ref. · Nr zamówienia: ORD-2026-004217",
      "CIF Gdańsk (Incoterms® 2020)", "Currency", "PLN", "Terms of payment", "Letter of credit at sight", "Country of origin", "Malaysia (MY)",
      "Marks and numbers", "KE/GDN/2026/001", "12,000 kg", "11.50 PLN", "138,000.00 PLN", "Net weight", "26,200 kg", "Gross weight",
      "27,002.5 kg", "Freight", "18,400.00 PLN", "Insurance", "965.00 PLN", "Invoice total (CIF)", "363,005.00 PLN", "4 × Pallet",
      "Tan Mei Ling", "Export Manager", "We certify that this invoice",
    ],
  },
  {
    name: "packing list",
    kind: "packing_list",
    snapshot: sea,
    number: "PL-2026-000045",
    ublRoot: "PackingList",
    fields: [
      "Packing list", "Package", "Type", "Pallet (PX)", "Marks and numbers", "KE/GDN/2026/004", "Contents", "Net weight", "12,000 kg",
      "Gross weight", "12,240 kg", "Dimensions", "120×100×160 cm", "Volume", "1.920 m³", "Totals", "Packages: 4", "26,200 kg", "27,002.5 kg",
      "7.680 m³",
    ],
  },
  {
    name: "non-preferential certificate of origin, endorsed by a chamber",
    kind: "certificate_of_origin",
    snapshot: sea,
    number: "CO-2026-000031",
    endorsed: true,
    ublRoot: "CertificateOfOrigin",
    fields: [
      "Certificate of origin", "Exporter", "Consignee", "Country of origin", "Malaysia (MY)", "Country of destination", "Poland (PL)",
      "Declaration by the exporter", "originate in Malaysia (MY)", "Certification", "ENDORSED", ENDORSEMENT.authorityName,
      `Officer · Urzędnik: ${ENDORSEMENT.officerName}`, "2026-12-08",
    ],
  },
  {
    name: "Form E for an ASEAN–China lane",
    kind: "certificate_of_origin",
    snapshot: coconutToShanghai(),
    number: "CO-2026-000032",
    ublRoot: "CertificateOfOrigin",
    fields: [
      "Form E", "1. Goods consigned from", "2. Goods consigned to", "3. Means of transport and route", "4. For official use",
      "5. Item no.", "6. Marks and numbers", "7. Number and type of packages", "8. Origin criterion", "9. Gross weight or other",
      "10. Number and date of", "11. Declaration by the exporter", "12. Certification", "13. Special cases", "WO", "CTH",
      "RVC 45%", "FOB 52,920.00 USD", "produced in Malaysia (MY)", "exported to China (CN)", "Not yet endorsed by an issuing authority",
      "上海市浦东新区世纪大道100号环球金融中心",
    ],
  },
  {
    name: "EUR.1 for an EU lane",
    kind: "certificate_of_origin",
    snapshot: coconutToKyiv(),
    number: "CO-2026-000033",
    ublRoot: "CertificateOfOrigin",
    fields: [
      "Movement certificate EUR.1", "1. Exporter", "2. Certificate used in preferential trade between Poland (PL) and Ukraine (UA)",
      "3. Consignee", "4. Country, group of countries", "5. Country, group of countries or territory of destination", "6. Transport details",
      "7. Remarks", "8. Item number", "9. Gross mass", "10. Invoices", "11. Customs or competent governmental authority endorsement",
      "12. Declaration by the exporter", "ТОВ «Кокосовий Імпорт»",
    ],
  },
  {
    name: "CN22 for a parcel of samples under 300 SDR",
    kind: "postal_declaration",
    snapshot: coconutByPost(8_500),
    number: "CN-2026-000011",
    ublRoot: "DespatchAdvice",
    fields: [
      "CN 22", "Sender", "Addressee", "Category of item", "Gift", "Commercial sample", "Sale of goods", "Detailed description of contents",
      "Quantity", "Net weight", "Value", "HS code", "Country of origin", "Total gross weight", "4.5 kg", "Total value", "85.00 SDR",
      "does not contain any dangerous article",
    ],
  },
  {
    name: "CN23 above 300 SDR",
    kind: "postal_declaration",
    snapshot: coconutByPost(120_000),
    number: "CN-2026-000012",
    ublRoot: "DespatchAdvice",
    fields: ["CN 23", "Importer's reference", "PL5842781234", "Invoice no.", "Postal charges", "1,200.00 SDR"],
  },
  {
    name: "negotiable bill of lading to order",
    kind: "bill_of_lading",
    snapshot: sea,
    number: "BL-2026-000019",
    ublRoot: "BillOfLading",
    fields: [
      "Bill of lading", "Shipper", "Consignee", "To the order of Bank Pekao S.A., Gdańsk", "Negotiable — to order", "Notify party",
      "Baltic Customs Agency", "Carrier", "Maersk A/S", "Vessel / voyage", "Maersk Kinloss / 450W", "Port of loading", "MYPKG",
      "Port of discharge", "PLGDN", "Place of receipt", "Port Klang CY", "Place of delivery", "Gdańsk DCT", "Number of original bills of lading",
      "Number and kind of packages", "Measurement", "7.680 m³", "Freight payable", "Prepaid", "Shipped on board", "Signed for the carrier",
    ],
  },
  {
    name: "straight bill of lading",
    kind: "bill_of_lading",
    snapshot: coconutSnapshot({ transport: { ...sea.transport, billOfLadingType: "straight", toOrderOf: null, originals: 1, freightPayable: "collect" } }),
    number: "BL-2026-000020",
    ublRoot: "BillOfLading",
    fields: ["Straight — not negotiable", "Collect"],
  },
  {
    name: "air waybill",
    kind: "air_waybill",
    snapshot: coconutByAir(),
    number: "AWB-2026-000007",
    ublRoot: "Waybill",
    fields: [
      "Air waybill", "232-44118255", "Not negotiable", "Malaysia Airlines", "Shipper", "Consignee", "Airport of departure", "KUL",
      "Airport of destination", "WAW", "MH0020 / 2026-12-09", "Pieces", "Gross weight", "Chargeable weight", "865 kg", "432.5 kg",
      "Nature and quantity of goods", "120×100×160 cm", "1.920 m³", "Declared value for carriage", "NVD", "Declared value for customs",
      "Shipper certifies", "Executed on",
    ],
  },
];

describe("every document reads back as it was issued", () => {
  it.each(CASES)("$name: text extracts with poppler and pdf.js, and is drawn", async (c) => {
    const meta = issueMeta(c.number, c.endorsed ? { endorsement: ENDORSEMENT } : {});
    const { pdf } = await renderDocument(c.kind, c.snapshot, meta);
    const poppler = pdftotext(pdf);
    const pdfjs = (await pdfjsText(pdf)).join("\n");
    const hasArabic = [c.snapshot.seller, c.snapshot.consignee].some((p) => p.name === ARABIC_BUYER);
    const hasChinese = c.snapshot.seller.addressLines.includes(CHINESE_ADDRESS);
    for (const text of [poppler, pdfjs]) {
      if (hasArabic) expect(text).toContain(ARABIC_BUYER);
      if (hasChinese) expect(text).toContain(CHINESE_ADDRESS);
      expect(text).toContain(c.number);
      for (const line of c.snapshot.lines) expect(text).toContain(line.hsCode);
      expect(text).toContain("Page 1 of 1");
    }
    for (const field of c.fields) expect(flat(poppler), field).toContain(field);
    // The page shows them: glyphs drawn where pdf.js finds them, the same as the text drawn alone
    // (joined and right to left for Arabic, digits in order in the number).
    const drawnTexts = [c.number, ...(hasArabic ? [ARABIC_BUYER] : []), ...(hasChinese ? [CHINESE_ADDRESS] : [])];
    for (const text of drawnTexts) {
      const drawn = await drawnAsAlone(pdf, text);
      expect(drawn.ink, text).toBeGreaterThan(20);
      expect(drawn.difference, text).toBeLessThan(0.08);
    }
  });

  it.each(CASES)("$name: UBL validates against the OASIS UBL 2.1 schema and is embedded in the PDF", async (c) => {
    const meta = issueMeta(c.number, c.endorsed ? { endorsement: ENDORSEMENT } : {});
    const { pdf, ubl } = await renderDocument(c.kind, c.snapshot, meta);
    expect(ubl).toContain(`<${c.ublRoot} xmlns="urn:oasis:names:specification:ubl:schema:xsd:${c.ublRoot}-2"`);
    const result = await validateUbl(ubl);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    const files = await pdfAttachments(pdf);
    expect(new TextDecoder().decode(files[`${c.number}.xml`])).toBe(ubl);
    expect(latin1(pdf)).toContain(`/CaravanDocumentId (${meta.documentId})`);
  });

  it("the air waybill number carries the airline prefix and a valid mod-7 check digit", () => {
    expect(isValidAirWaybillNumber("232-44118255")).toBe(true);
  });

  it("an amount in a currency without minor units has no decimals; one with three has three", async () => {
    const yen = await renderDocument("commercial_invoice", coconutSnapshot({ currency: "JPY", freightMinor: 184_000, insuranceMinor: null }), issueMeta("CI-2026-000125"));
    expect(pdftotext(yen.pdf)).toContain("184,000 JPY");
    const dinar = await renderDocument("commercial_invoice", coconutSnapshot({ currency: "KWD", freightMinor: 1_840_125, insuranceMinor: null }), issueMeta("CI-2026-000126"));
    expect(pdftotext(dinar.pdf)).toContain("1,840.125 KWD");
  });

  it("embeds the UBL as an associated file (Factur-X style) and links the QR code on every page to the verification page", async () => {
    const meta = issueMeta("CI-2026-000127");
    const { pdf } = await renderDocument("commercial_invoice", coconutSnapshot({}, 60), meta);
    expect(latin1(pdf)).toMatch(/\/AFRelationship \/Alternative/);
    expect(latin1(pdf)).toMatch(/\/AF \d+ 0 R|\/AF \[/);
    const links = await pdfjsLinks(pdf);
    expect(links.length).toBeGreaterThan(1);
    for (const pageLinks of links) expect(pageLinks).toContain(meta.verifyUrl);
    // The QR code is drawn in the top right corner of every page.
    for (let page = 1; page <= links.length; page++) {
      expect(inkIn(renderPage(pdf, page, 72), { x: 507, y: 24, width: 60, height: 60 })).toBeGreaterThan(800);
    }
  });

  it("the packing list carries a second QR code, to the shipment's trace page, with its address written out", async () => {
    const traceUrl = "https://caravan.example/trace/5f0c2a9e81d34b7a";
    const { pdf } = await renderDocument("packing_list", coconutSnapshot({ traceUrl }), issueMeta("PL-2026-000129"));
    const links = await pdfjsLinks(pdf);
    expect(links.flat()).toContain(traceUrl);
    // In English and in the consignee's language, then the address itself for whoever cannot scan.
    expect(pdftotext(pdf).replace(/\s+/g, " ")).toContain(`Trace the goods from producer to door: scan this code or open · Prześledź drogę towaru od producenta do drzwi: zeskanuj kod lub otwórz ${traceUrl}`);
    const invoice = await renderDocument("commercial_invoice", coconutSnapshot({ traceUrl: null }), issueMeta("CI-2026-000129"));
    expect((await pdfjsLinks(invoice.pdf)).flat()).not.toContain(traceUrl);
  });

  it("a preview says so on every page; an issued document does not", async () => {
    const preview = await renderDocument("commercial_invoice", coconutSnapshot({}, 60), issueMeta("CI-2026-000128", { preview: true }));
    const issued = await renderDocument("commercial_invoice", sea, issueMeta("CI-2026-000128"));
    const pages = await pdfjsText(preview.pdf);
    for (const page of pages) expect(page).toContain("PREVIEW — NOT ISSUED");
    expect(pdftotext(issued.pdf)).not.toContain("PREVIEW");
    expect(preview.ubl).toContain("<cbc:Note>PREVIEW — NOT ISSUED</cbc:Note>");
  });

  it("labels the fields in the destination's language beside English", async () => {
    const polish = await renderDocument("commercial_invoice", sea, issueMeta("CI-2026-000129"));
    expect(pdftotext(polish.pdf)).toContain("Faktura handlowa");
    const arabic = await renderDocument("commercial_invoice", coconutSnapshot({ secondLanguage: "ar" }), issueMeta("CI-2026-000130"));
    expect(pdftotext(arabic.pdf)).toContain("فاتورة تجارية");
    const english = await renderDocument("commercial_invoice", coconutSnapshot({ secondLanguage: null }), issueMeta("CI-2026-000131"));
    expect(pdftotext(english.pdf)).not.toContain("Faktura");
  });

  it("a 60-line invoice repeats its table header on every page and numbers the pages", async () => {
    const { pdf } = await renderDocument("commercial_invoice", coconutSnapshot({}, 60), issueMeta("CI-2026-000132"));
    const pages = await pdfjsText(pdf);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, i) => {
      expect(text).toContain("Description of goods");
      expect(text).toContain("Unit price");
      expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(text).toContain("CI-2026-000132");
    });
    expect(pages[pages.length - 1]).toContain("Invoice total (CIF)");
    expect(pages.join("\n").match(/KE\/GDN\/2026\/0\d\d/g)?.length).toBe(60);
  });

  it("a correction names the document it replaces", async () => {
    const { pdf, ubl } = await renderDocument("commercial_invoice", sea, issueMeta("CI-2026-000134", { version: 2, supersedesNumber: "CI-2026-000123" }));
    expect(pdftotext(pdf)).toContain("Replaces document CI-2026-000123");
    expect(ubl).toContain("Supersedes CI-2026-000123");
  });
});

describe("UBL 2.1 content", () => {
  it("the validator rejects an invoice without its lines", async () => {
    const { ubl } = await renderDocument("commercial_invoice", sea, issueMeta("X-2026-000002"));
    const broken = ubl.replace(/<cac:InvoiceLine>.*<\/cac:InvoiceLine>/s, "");
    expect((await validateUbl(broken)).valid).toBe(false);
  });

  it("the invoice states the HS code, origin, quantity, price and the total", async () => {
    const { ubl } = await renderDocument("commercial_invoice", sea, issueMeta("X-2026-000003"));
    expect(ubl).toContain('<cbc:ItemClassificationCode listID="HS" listVersionID="2022">0801.11</cbc:ItemClassificationCode>');
    expect(ubl).toContain('<cbc:InvoicedQuantity unitCode="KGM">12000</cbc:InvoicedQuantity>');
    expect(ubl).toContain('<cbc:PayableAmount currencyID="PLN">363005.00</cbc:PayableAmount>');
    expect(ubl).toContain(`<cbc:Name>${ARABIC_BUYER}</cbc:Name>`);
  });

  it("the Form E states each line's origin criterion and FOB value, and the endorsement once endorsed", async () => {
    const { ubl } = await renderDocument("certificate_of_origin", coconutToShanghai(), issueMeta("X-2026-000004", { endorsement: ENDORSEMENT }));
    expect(ubl).toContain("<cbc:PreferenceCriterionCode>WO</cbc:PreferenceCriterionCode>");
    expect(ubl).toContain("<cbc:PreferenceCriterionCode>RVC45</cbc:PreferenceCriterionCode>");
    expect(ubl).toContain('<cbc:FreeOnBoardValueAmount currencyID="USD">52920.00</cbc:FreeOnBoardValueAmount>');
    expect(ubl).toContain("<cbc:ApprovalStatus>endorsed</cbc:ApprovalStatus>");
    expect(ubl).toContain(`<cbc:Name>${ENDORSEMENT.officerName}</cbc:Name>`);
  });

  it("the bill of lading says whether it is to order; the waybill carries the AWB number and chargeable weight", async () => {
    const bl = await renderDocument("bill_of_lading", sea, issueMeta("X-2026-000005"));
    expect(bl.ubl).toContain("<cbc:ToOrderIndicator>true</cbc:ToOrderIndicator>");
    const awb = await renderDocument("air_waybill", coconutByAir(), issueMeta("X-2026-000006"));
    expect(awb.ubl).toContain("<cbc:CarrierAssignedID>232-44118255</cbc:CarrierAssignedID>");
    expect(awb.ubl).toContain('<cbc:ChargeableWeightMeasure unitCode="KGM">865.0</cbc:ChargeableWeightMeasure>');
  });
});
