import { describe, expect, it } from "vitest";
import { systemContext } from "../../graph/runtime.js";
import { activeSigningKey, revokeSigningKey, rotateSigningKey, signingKeys } from "../../graph/documents/keys.js";
import { describeEachDatabase } from "../support/db.js";
import { verifyDocumentById } from "../../graph/documents/verify.js";
import { adminOf, verifiedCompany } from "../support/companies.js";
import { NOW } from "../support/sourcing.js";
import { sealFixture } from "./issue-support.js";

describeEachDatabase("platform signing keys", (db) => {
  it("the first document creates the key; its private half is stored encrypted, never as PKCS#8", async () => {
    const ctx = systemContext(db());
    const { key } = await activeSigningKey(ctx);
    const again = await activeSigningKey(ctx);
    expect(again.key.id).toBe(key.id);
    expect(key.id).toMatch(/^cvk-\d{4}-\d{2}-\d{2}-[0-9a-z]+$/);
    const row = await db().db.selectFrom("document_signing_keys").selectAll().executeTakeFirstOrThrow();
    expect(row.private_key_encrypted.startsWith("v1.")).toBe(true);
    expect(row.private_key_encrypted).not.toContain("MC4CAQAwBQYDK2Vw");
    expect(Buffer.from(row.public_key, "base64url")).toHaveLength(32);
  });

  it("rotation retires the signing key, which still verifies what it signed; a new key signs from then on", async () => {
    const admin = await adminOf(db(), NOW);
    const kelapa = await verifiedCompany(db(), admin, { email: "aminah@kelapa.example", legalName: "Kelapa Nusantara Sdn. Bhd.", country: "MY", kind: "exporter" }, NOW);
    const ctx = systemContext(db());
    const before = await sealFixture(ctx, kelapa.organisationId);
    const { active, retired } = await rotateSigningKey(ctx);
    expect(retired?.id).toBe(before.key_id);
    expect(retired?.status).toBe("retired");
    const after = await sealFixture(ctx, kelapa.organisationId, { shipmentId: "shp_second" });
    expect(after.key_id).toBe(active.id);
    expect((await verifyDocumentById(ctx, before.id)).verdict).toBe("genuine");
    expect((await verifyDocumentById(ctx, after.id)).verdict).toBe("genuine");
    expect((await signingKeys(ctx)).map((k) => k.status).sort()).toEqual(["active", "retired"]);
  });

  it("a revoked key vouches for nothing: its documents fail the issuer check, and it cannot be revoked twice", async () => {
    const admin = await adminOf(db(), NOW);
    const kelapa = await verifiedCompany(db(), admin, { email: "aminah@kelapa.example", legalName: "Kelapa Nusantara Sdn. Bhd.", country: "MY", kind: "exporter" }, NOW);
    const ctx = systemContext(db());
    const document = await sealFixture(ctx, kelapa.organisationId);
    await rotateSigningKey(ctx);
    const revoked = await revokeSigningKey(ctx, document.key_id, "laptop with the secret stolen");
    expect(revoked.status).toBe("revoked");
    const verification = await verifyDocumentById(ctx, document.id);
    expect(verification.checks.integrity.passed).toBe(true);
    expect(verification.checks.issuer).toMatchObject({ passed: false, code: "KEY_REVOKED" });
    expect(verification.verdict).toBe("unknown");
    await expect(revokeSigningKey(ctx, document.key_id, "again")).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("the signing secret", () => {
  it("a key stored under one secret cannot be used under another", async () => {
    const { freshSqlite } = await import("../support/db.js");
    const database = await freshSqlite();
    const ctx = systemContext(database);
    process.env.CARAVAN_SIGNING_SECRET = "first secret of the test";
    try {
      await activeSigningKey(ctx);
      await database.db.updateTable("document_signing_keys").set({ id: "cvk-moved" }).execute();
      process.env.CARAVAN_SIGNING_SECRET = "another secret";
      await expect(activeSigningKey(ctx)).rejects.toThrow(/CARAVAN_SIGNING_SECRET/);
    } finally {
      delete process.env.CARAVAN_SIGNING_SECRET;
      await database.close();
    }
  });
});
