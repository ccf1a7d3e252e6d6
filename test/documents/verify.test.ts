import { expect, it } from "vitest";
import type { ServiceContext } from "../../graph/context.js";
import { documentAccessLog } from "../../graph/customs/access-log.js";
import { systemContext } from "../../graph/runtime.js";
import { verifyDocumentById, verifyDocumentBytes } from "../../graph/documents/verify.js";
import { describeEachDatabase } from "../support/db.js";
import { adminOf, company, officerOf, verifiedCompany } from "../support/companies.js";
import { NOW } from "../support/sourcing.js";
import { contractPdf, sealFixture } from "./issue-support.js";

describeEachDatabase("verifying a document file", (db) => {
  async function kelapa(admin?: ServiceContext) {
    admin ??= await adminOf(db(), NOW);
    return verifiedCompany(db(), admin, { email: "aminah@kelapa.example", legalName: "Kelapa Nusantara Sdn. Bhd.", country: "MY", kind: "exporter" }, NOW);
  }

  it("the file as issued is genuine: three checks pass and the summary names the issuer, the date and the goods", async () => {
    const seller = await kelapa();
    const ctx = systemContext(db());
    const issued = await sealFixture(ctx, seller.organisationId);
    const verification = await verifyDocumentBytes(ctx, issued.pdf);
    expect(verification.verdict).toBe("genuine");
    expect(verification.checks.integrity).toMatchObject({ passed: true, code: "INTACT" });
    expect(verification.checks.status).toMatchObject({ passed: true, code: "IN_FORCE" });
    expect(verification.checks.issuer).toMatchObject({ passed: true, code: "CURRENT_KEY_VERIFIED_COMPANY" });
    expect(verification.document).toMatchObject({
      number: issued.number,
      issuedAt: issued.issued_at,
      issuer: { name: "Kelapa Nusantara Sdn. Bhd.", country: "MY", verified: true },
      hsCodes: ["080111"],
      totalMinor: 16_400_000,
      currency: "MYR",
    });
  });

  it("an officer's verifications, by id and by a file handed over, are written to the issuer's access log with their verdicts; a visitor's are not", async () => {
    const admin = await adminOf(db(), NOW);
    const seller = await kelapa(admin);
    const ctx = systemContext(db());
    const issued = await sealFixture(ctx, seller.organisationId);
    await verifyDocumentById(ctx, issued.id);
    expect((await documentAccessLog(seller.ctx, {})).edges).toEqual([]);

    const officer = await officerOf(db(), admin, "PL");
    await verifyDocumentById(officer, issued.id);
    const edited = Uint8Array.from(issued.pdf);
    const middle = Math.floor(edited.length / 2);
    edited[middle] = edited[middle]! ^ 0xff;
    await verifyDocumentBytes(officer, edited);

    const log = (await documentAccessLog(seller.ctx, {})).edges.map((e) => e.node);
    expect(log.map((entry) => [entry.action, entry.outcome, entry.documentId, entry.detail])).toEqual([
      ["verify_upload", "granted", issued.id, { verdict: "altered", number: issued.number }],
      ["verify_document", "granted", issued.id, { verdict: "genuine", number: issued.number }],
    ]);
    expect(log.every((entry) => entry.jurisdiction === "PL")).toBe(true);
  });

  it("one byte changed anywhere makes it altered, and nothing from the file or the claimed document is shown", async () => {
    const seller = await kelapa();
    const ctx = systemContext(db());
    const issued = await sealFixture(ctx, seller.organisationId);
    for (const offset of [20, Math.floor(issued.pdf.length / 2), issued.pdf.length - 3]) {
      const edited = Uint8Array.from(issued.pdf);
      edited[offset] = edited[offset]! ^ 0x01;
      const verification = await verifyDocumentBytes(ctx, edited);
      expect(verification.verdict).toBe("altered");
      expect(verification.checks.integrity).toMatchObject({ passed: false, code: "BYTES_CHANGED" });
      expect(verification.document).toBeNull();
      expect(JSON.stringify(verification)).not.toContain("Kelapa");
    }
  });

  it("a truncated file is altered; a file with no Caravan id, or an id never issued, is unknown", async () => {
    const seller = await kelapa();
    const ctx = systemContext(db());
    const issued = await sealFixture(ctx, seller.organisationId);
    expect((await verifyDocumentBytes(ctx, issued.pdf.slice(0, issued.pdf.length - 200))).verdict).toBe("altered");
    const stranger = await verifyDocumentBytes(ctx, Buffer.from("%PDF-1.7\n%%EOF\n"));
    expect(stranger).toMatchObject({ verdict: "unknown", document: null, checks: { integrity: { code: "NO_DOCUMENT_ID" } } });
    const forged = await contractPdf("doc_neverissued00", "CI-2026-000999", "<Invoice/>");
    expect((await verifyDocumentBytes(ctx, forged)).checks.integrity.code).toBe("NOT_ISSUED_HERE");
  });

  it("a stored file edited in the database fails by id too; a stored UBL edited fails as a UBL mismatch", async () => {
    const seller = await kelapa();
    const ctx = systemContext(db());
    const first = await sealFixture(ctx, seller.organisationId);
    const second = await sealFixture(ctx, seller.organisationId, { shipmentId: "shp_other" });
    const edited = Uint8Array.from(first.pdf);
    edited[100] = edited[100]! ^ 0x20;
    await db().db.updateTable("documents").set({ pdf: edited }).where("id", "=", first.id).execute();
    expect((await verifyDocumentById(ctx, first.id)).checks.integrity.code).toBe("BYTES_CHANGED");
    await db().db.updateTable("documents").set({ ubl: "<Invoice><ID>forged</ID></Invoice>" }).where("id", "=", second.id).execute();
    expect(await verifyDocumentById(ctx, second.id)).toMatchObject({ verdict: "altered", document: null, checks: { integrity: { code: "UBL_MISMATCH" } } });
  });

  it("a signature that does not hold (the stored hash rewritten to match a forged file) is altered", async () => {
    const seller = await kelapa();
    const ctx = systemContext(db());
    const issued = await sealFixture(ctx, seller.organisationId);
    const forged = await contractPdf(issued.id, issued.number, issued.ubl.replace("<Invoice>", "<Invoice><Note>x</Note>"));
    const { sha256Hex } = await import("../../graph/documents/signing.js");
    await db().db.updateTable("documents").set({ pdf_sha256: sha256Hex(forged) }).where("id", "=", issued.id).execute();
    expect((await verifyDocumentBytes(ctx, forged)).checks.integrity.code).toBe("SIGNATURE_INVALID");
  });

  it("a company that is not verified issues nothing anyone can vouch for: the issuer check fails", async () => {
    const manila = await company(db(), { email: "jose@manilanuts.example", legalName: "Manila Nuts Inc.", country: "PH", kind: "exporter" }, NOW);
    const ctx = systemContext(db());
    const issued = await sealFixture(ctx, manila.organisationId);
    const verification = await verifyDocumentById(ctx, issued.id);
    expect(verification.checks.issuer).toMatchObject({ passed: false, code: "ISSUER_NOT_VERIFIED" });
    expect(verification.verdict).toBe("unknown");
  });
});
