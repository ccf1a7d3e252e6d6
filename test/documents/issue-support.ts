import { PDFDict, PDFDocument, PDFName, PDFString, StandardFonts } from "pdf-lib";
import type { Database } from "../../db/database.js";
import type { ServiceContext } from "../../graph/context.js";
import { withTransaction } from "../../graph/context.js";
import { activeSigningKey } from "../../graph/documents/keys.js";
import { allocateNumber, newDocumentId, sealDocument } from "../../graph/documents/seal.js";
import type { DocumentKind, DocumentSnapshot } from "../../graph/documents/snapshot.js";

/**
 * A PDF shaped the way the renderer's contract says (the UBL attached, the document id in the Info
 * dictionary), for the sealing and verifying tests that do not exercise the renderer itself.
 */
export async function contractPdf(id: string, number: string, ubl: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const page = pdf.addPage([595, 842]);
  page.drawText(number, { x: 50, y: 780, size: 14, font: await pdf.embedFont(StandardFonts.Helvetica) });
  await pdf.attach(Buffer.from(ubl, "utf8"), `${number}.xml`, { mimeType: "application/xml", description: "UBL 2.1" });
  pdf.setTitle(number);
  pdf.context.lookup(pdf.context.trailerInfo.Info, PDFDict).set(PDFName.of("CaravanDocumentId"), PDFString.of(id));
  return pdf.save({ useObjectStreams: false });
}

export function coconutSnapshot(sellerOrganisationId: string): DocumentSnapshot {
  return {
    orderId: "ord_fixture",
    orderReference: "ORD-2026-0042",
    shipmentId: "shp_fixture",
    currency: "MYR",
    incoterm: "FOB",
    incotermPlace: "Port Klang",
    paymentTerms: "escrow",
    seller: { organisationId: sellerOrganisationId, name: "Kelapa Nusantara Sdn. Bhd.", addressLines: ["Jalan Pelabuhan 1"], country: "MY" },
    buyer: { organisationId: null, name: "Baltic Fresh Sp. z o.o.", addressLines: ["ul. Portowa 5", "Gdańsk"], country: "PL" },
    consignee: { organisationId: null, name: "Baltic Fresh Sp. z o.o.", addressLines: ["ul. Portowa 5", "Gdańsk"], country: "PL" },
    originCountry: "MY",
    destinationCountry: "PL",
    mode: "sea",
    transport: { vessel: "MSC Aurora", voyage: "AU412W", portOfLoading: "MYPKG", portOfDischarge: "PLGDN" },
    lines: [
      { lineNo: 1, description: "Desiccated coconut", hsCode: "080111", originCountry: "MY", quantity: "20000", unit: "KGM", unitPriceMinor: 820, amountMinor: 16_400_000, netWeightKg: "20000.000", grossWeightKg: "20400.000" },
    ],
    packages: [
      { number: "1", typeCode: "BG", typeName: "bag", marks: "KN/BF 1-800", contents: "Desiccated coconut", quantity: "800", netWeightKg: "20000.000", grossWeightKg: "20400.000", lengthCm: 60, widthCm: 40, heightCm: 20, lineNos: [1] },
    ],
    signatory: { name: "Aminah Rahman", title: "Director", place: "Port Klang" },
  };
}

/** Seals a contract-shaped PDF for the shipment, numbered and signed as issuing does. */
export async function sealFixture(
  ctx: ServiceContext,
  issuerOrganisationId: string,
  options: { kind?: DocumentKind; shipmentId?: string; supersedesId?: string; version?: number; number?: string } = {},
) {
  const kind = options.kind ?? "commercial_invoice";
  return withTransaction(ctx, async (tx) => {
    const { key } = await activeSigningKey(tx);
    const id = newDocumentId();
    const number = options.number ?? (await allocateNumber(tx, issuerOrganisationId, kind, tx.now().getUTCFullYear()));
    const ubl = `<?xml version="1.0" encoding="UTF-8"?><Invoice><ID>${number}</ID></Invoice>`;
    const snapshot = coconutSnapshot(issuerOrganisationId);
    return sealDocument(tx, {
      id, kind, number, version: options.version ?? 1, issuedAt: tx.now().toISOString(), keyId: key.id,
      shipmentId: options.shipmentId ?? snapshot.shipmentId, orderId: snapshot.orderId, issuerOrganisationId,
      snapshot, pdf: await contractPdf(id, number, ubl), ubl, issuedByUserId: null, supersedesId: options.supersedesId ?? null,
    });
  });
}

export async function documentCount(database: Database): Promise<number> {
  const row = await database.db.selectFrom("documents").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}
