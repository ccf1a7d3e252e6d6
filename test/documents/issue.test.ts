import { unzipSync } from "fflate";
import { expect, it } from "vitest";
import { documentAccessLog } from "../../graph/customs/access-log.js";
import { documentFile, documentsOfShipment, issueDocument, previewDocument, requiredDocuments, revokeDocument, shipmentDocumentsZip } from "../../graph/documents/service.js";
import { verifyDocumentById, verifyDocumentBytes } from "../../graph/documents/verify.js";
import { DomainError, UserInputProblems } from "../../graph/errors.js";
import { at, officerOf } from "../support/companies.js";
import { describeEachDatabase } from "../support/db.js";
import { errorOf } from "../support/errors.js";
import { shipped, shippingWorld } from "../support/shipping.js";
import { documentCount } from "./issue-support.js";
import { pdftotext } from "./pdf-tools.js";

const codeOf = (error: unknown) => (error instanceof DomainError ? error.code : error instanceof UserInputProblems ? error.problems.map((p) => p.code).join(",") : String(error));

describeEachDatabase("issuing and serving a shipment's documents", (db) => {
  it("the seller issues, corrects and revokes; the buyer and the destination's officer download (logged); others get nothing", async () => {
    const world = await shippingWorld(db());
    const shipment = await shipped(world, 20);
    const seller = at(world.seller.ctx, "2026-12-07T10:00:00Z");

    expect((await requiredDocuments(seller, shipment.id)).map((r) => [r.kind, r.inForce])).toEqual([
      ["commercial_invoice", null], ["packing_list", null], ["certificate_of_origin", null], ["bill_of_lading", null],
    ]);

    const invoice = await issueDocument(seller, { shipmentId: shipment.id, kind: "commercial_invoice", signatoryTitle: "Director" });
    const packing = await issueDocument(seller, { shipmentId: shipment.id, kind: "packing_list", signatoryTitle: "Director" });
    expect([invoice.number, invoice.version, packing.number]).toEqual(["CI-2026-000001", 1, "PL-2026-000001"]);

    const twice = await errorOf(issueDocument(seller, { shipmentId: shipment.id, kind: "commercial_invoice", signatoryTitle: "Director" }));
    expect(twice).toMatchObject({ code: "CONFLICT", messageKey: "DOCUMENT_ALREADY_ISSUED" });
    const corrected = await issueDocument(seller, { shipmentId: shipment.id, kind: "commercial_invoice", signatoryTitle: "Director", correctionReason: "Buyer's reference added" });
    expect([corrected.number, corrected.version, corrected.supersedesId]).toEqual(["CI-2026-000001", 2, invoice.id]);
    const second = await shipped(world, 20);
    expect((await issueDocument(seller, { shipmentId: second.id, kind: "commercial_invoice", signatoryTitle: "Director" })).number).toBe("CI-2026-000002");

    const heads = await documentsOfShipment(world.buyer.ctx, shipment.id);
    expect(heads.map((h) => [h.kind, h.version, h.status])).toEqual([
      ["commercial_invoice", 1, "superseded"], ["commercial_invoice", 2, "issued"], ["packing_list", 1, "issued"],
    ]);
    expect((await requiredDocuments(seller, shipment.id)).filter((r) => r.inForce).map((r) => r.inForce!.id)).toEqual([corrected.id, packing.id]);

    const pdf = await documentFile(world.buyer.ctx, corrected.id, "pdf");
    expect(pdf.filename).toBe("commercial-invoice-CI-2026-000001-v2.pdf");
    expect((await verifyDocumentBytes(world.system, pdf.bytes)).verdict).toBe("genuine");
    const flipped = Uint8Array.from(pdf.bytes);
    const middle = Math.floor(flipped.length / 2);
    flipped[middle] = flipped[middle]! ^ 0x01;
    expect((await verifyDocumentBytes(world.system, flipped)).verdict).toBe("altered");
    expect((await documentFile(world.buyer.ctx, packing.id, "xml")).filename).toBe("packing-list-PL-2026-000001-v1.xml");

    const pl = at(await officerOf(db(), world.admin, "PL"), "2026-12-08T09:00:00Z");
    const zip = unzipSync(await shipmentDocumentsZip(pl, shipment.id).then((f) => f.bytes));
    expect(Object.keys(zip).sort()).toEqual([
      "commercial-invoice-CI-2026-000001-v2.pdf", "commercial-invoice-CI-2026-000001-v2.xml", "packing-list-PL-2026-000001-v1.pdf", "packing-list-PL-2026-000001-v1.xml",
    ]);
    await documentFile(pl, packing.id, "pdf");
    expect((await documentsOfShipment(pl, shipment.id)).length).toBe(3);

    const de = await officerOf(db(), world.admin, "DE");
    expect(await errorOf(shipmentDocumentsZip(de, shipment.id))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(documentFile(de, packing.id, "pdf"))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(documentFile(world.stranger.ctx, packing.id, "pdf"))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(documentsOfShipment(world.stranger.ctx, shipment.id))).toMatchObject({ code: "NOT_FOUND" });

    const log = await documentAccessLog(world.seller.ctx, { first: 20 });
    expect(log.edges.map((e) => [e.node.action, e.node.outcome, e.node.jurisdiction, e.node.documentId]).reverse()).toEqual([
      ["download_zip", "granted", "PL", null],
      ["download_document", "granted", "PL", packing.id],
    ]);

    const before = await documentCount(db());
    const refusals = await Promise.all([
      errorOf(issueDocument(world.buyer.ctx, { shipmentId: shipment.id, kind: "packing_list", signatoryTitle: "Buyer" })),
      errorOf(issueDocument(world.stranger.ctx, { shipmentId: shipment.id, kind: "packing_list", signatoryTitle: "Stranger" })),
      errorOf(issueDocument(seller, { shipmentId: shipment.id, kind: "air_waybill", signatoryTitle: "Director" })),
      errorOf(revokeDocument(world.buyer.ctx, { documentId: packing.id, reason: "No" })),
    ]);
    expect(refusals.map(codeOf)).toEqual(["FORBIDDEN", "NOT_FOUND", "DOCUMENT_NOT_AIR,DOCUMENT_AWB_NUMBER_MISSING", "NOT_FOUND"]);
    expect(await documentCount(db())).toBe(before);

    const revoked = await revokeDocument(seller, { documentId: packing.id, reason: "Wrong pallet count" });
    expect(revoked.status).toBe("revoked");
    expect(await verifyDocumentById(world.system, packing.id)).toMatchObject({ verdict: "revoked", document: { revoked: { reason: "Wrong pallet count" } } });
    expect(await errorOf(revokeDocument(seller, { documentId: packing.id, reason: "Again" }))).toMatchObject({ code: "CONFLICT", messageKey: "DOCUMENT_NOT_IN_FORCE" });
  });

  it("the seller previews a packing list before issuing it: marked as a preview, nothing numbered or stored, the same refusals", async () => {
    const world = await shippingWorld(db());
    const shipment = await shipped(world, 20);
    const seller = at(world.seller.ctx, "2026-12-07T10:00:00Z");
    const before = await documentCount(db());

    const preview = await previewDocument(seller, { shipmentId: shipment.id, kind: "packing_list", signatoryTitle: "Director" });
    expect([preview.filename, preview.contentType]).toEqual(["preview-packing-list.pdf", "application/pdf"]);
    const text = pdftotext(preview.bytes);
    expect(text).toMatch(/PREVIEW/);
    expect(text).not.toMatch(/PL-2026-\d{6}/);
    expect(await documentCount(db())).toBe(before);

    const refusals = await Promise.all([
      errorOf(previewDocument(world.buyer.ctx, { shipmentId: shipment.id, kind: "packing_list", signatoryTitle: "Buyer" })),
      errorOf(previewDocument(seller, { shipmentId: shipment.id, kind: "air_waybill", signatoryTitle: "Director" })),
      errorOf(previewDocument(seller, { shipmentId: shipment.id, kind: "packing_list", signatoryTitle: "" })),
    ]);
    expect(refusals.map(codeOf)).toEqual(["FORBIDDEN", "DOCUMENT_NOT_AIR,DOCUMENT_AWB_NUMBER_MISSING", "REQUIRED"]);
    // The first issued document still takes the first number: a preview took none.
    expect((await issueDocument(seller, { shipmentId: shipment.id, kind: "packing_list", signatoryTitle: "Director" })).number).toBe("PL-2026-000001");
  });
});
