import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { canonicalSerialisation, chainHash, GENESIS_HASH, verifyLinks, type ChainedFields } from "../../graph/customs/access-chain.js";
import { documentAccessLog, logAccess } from "../../graph/customs/access-log.js";
import { verifyAccessLog } from "../../graph/customs/audit.js";
import { requireOfficer } from "../../graph/customs/officer.js";
import { describeEachDatabase } from "../support/db.js";
import { ownerOf } from "../support/identity.js";
import { adminOf, officerOf } from "../support/companies.js";
import { tamper } from "./support.js";

const row = (seq: number, prevHash: string): ChainedFields & { hash: string } => {
  const fields: ChainedFields = {
    seq,
    id: `acc_${seq}`,
    at: "2026-12-07T08:00:00.000Z",
    action: "view_shipment",
    outcome: "granted",
    actorUserId: "usr_jan",
    actorOrganisationId: "org_kas",
    actorName: "Jan Kowalski",
    actorOrganisationName: "Krajowa Administracja Skarbowa",
    jurisdiction: "PL",
    shipmentId: "shp_coconut",
    documentId: null,
    documentIssuerOrganisationId: "org_kelapa",
    detail: "{}",
    ip: "198.51.100.20",
    userAgent: "vitest",
    prevHash,
  };
  return { ...fields, hash: chainHash(fields) };
};

describe("the access log's hash chain", () => {
  const first = row(1, GENESIS_HASH);
  const second = row(2, first.hash);

  it("serialises every field in one fixed order, so the same row always hashes the same", () => {
    expect(canonicalSerialisation(first)).toBe(
      '["caravan-access-log-v1",1,"acc_1","2026-12-07T08:00:00.000Z","view_shipment","granted","usr_jan","org_kas","Jan Kowalski","Krajowa Administracja Skarbowa","PL","shp_coconut",null,"org_kelapa","{}","198.51.100.20","vitest","0000000000000000000000000000000000000000000000000000000000000000"]',
    );
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(chainHash(second)).not.toBe(first.hash);
  });

  it.each([
    ["an intact chain", [first, second], null],
    ["an edited IP address", [first, { ...second, ip: "192.0.2.1" }], { seq: 2, problem: "hash_mismatch" }],
    ["a row edited and re-hashed, which breaks the next link", [{ ...row(1, GENESIS_HASH), actorName: "Nobody", hash: chainHash({ ...first, actorName: "Nobody" }) }, second], { seq: 2, problem: "broken_link" }],
    ["a deleted first row", [second], { seq: 2, problem: "sequence_gap" }],
    ["rows out of order", [second, first], { seq: 2, problem: "sequence_gap" }],
  ])("%s", (_, rows, fault) => {
    const result = verifyLinks(rows);
    if (fault === null) expect(result).toEqual({ last: { seq: 2, hash: second.hash } });
    else expect(result).toMatchObject({ fault });
  });
});

describeEachDatabase("the customs access log", (db) => {
  it("records who, what, when and from where; the issuing company sees it; audit:verify passes", async () => {
    const exporter = await ownerOf(db());
    const officer = requireOfficer((await officerOf(db(), await adminOf(db()), "PL")).viewer);
    const ctx = { ...exporter.ctx, viewer: officer, request: { ip: "198.51.100.20", userAgent: "Firefox" } };
    await logAccess(ctx, officer, [
      { action: "view_shipment", outcome: "granted", shipmentId: "shp_coconut", documentIssuerOrganisationId: exporter.organisationId },
      { action: "download_document", outcome: "granted", shipmentId: "shp_coconut", documentId: "doc_ci", documentIssuerOrganisationId: exporter.organisationId, detail: { format: "pdf" } },
    ]);
    await logAccess(ctx, officer, [{ action: "view_shipment", outcome: "refused", shipmentId: "shp_other" }]);

    const seen = await documentAccessLog(exporter.ctx, { first: 10 });
    expect(seen.totalCount).toBe(2);
    expect(seen.edges.map((e) => [e.node.action, e.node.actorName, e.node.actorOrganisationName, e.node.ip, e.node.detail])).toEqual([
      ["download_document", "Jan Kowalski", "Krajowa Administracja Skarbowa", "198.51.100.20", { format: "pdf" }],
      ["view_shipment", "Jan Kowalski", "Krajowa Administracja Skarbowa", "198.51.100.20", {}],
    ]);
    const older = await documentAccessLog(exporter.ctx, { first: 1, after: seen.edges[0]!.cursor });
    expect(older.edges.map((e) => e.node.action)).toEqual(["view_shipment"]);

    expect(await verifyAccessLog(ctx)).toMatchObject({ rowsChecked: 3, fault: null, head: { seq: 3 } });
  });

  it("refuses updates and deletes, and a row edited or deleted behind the guard is named by the audit", async () => {
    const officerCtx = await officerOf(db(), await adminOf(db()), "PL");
    const officer = requireOfficer(officerCtx.viewer);
    for (const shipmentId of ["shp_1", "shp_2", "shp_3"]) await logAccess(officerCtx, officer, [{ action: "view_shipment", outcome: "granted", shipmentId }]);

    await expect(db().db.updateTable("customs_access_log").set({ ip: "192.0.2.1" }).where("seq", "=", 2).execute()).rejects.toThrow(/append-only/);
    await expect(db().db.deleteFrom("customs_access_log").where("seq", "=", 3).execute()).rejects.toThrow(/append-only/);
    expect((await verifyAccessLog(officerCtx)).fault).toBeNull();

    await tamper(db(), sql`UPDATE customs_access_log SET ip = '192.0.2.1' WHERE seq = 2`);
    expect(await verifyAccessLog(officerCtx)).toMatchObject({ rowsChecked: 1, fault: { seq: 2, problem: "hash_mismatch" } });
  });

  it("notices the last row deleted, which no later row could reveal", async () => {
    const officerCtx = await officerOf(db(), await adminOf(db()), "PL");
    const officer = requireOfficer(officerCtx.viewer);
    for (const shipmentId of ["shp_1", "shp_2"]) await logAccess(officerCtx, officer, [{ action: "view_shipment", outcome: "granted", shipmentId }]);
    await tamper(db(), sql`DELETE FROM customs_access_log WHERE seq = 2`);
    expect(await verifyAccessLog(officerCtx)).toMatchObject({ rowsChecked: 1, fault: { seq: 2, problem: "head_mismatch" } });
  });

  it("keeps one unbroken chain under concurrent appends", async () => {
    const officerCtx = await officerOf(db(), await adminOf(db()), "PL");
    const officer = requireOfficer(officerCtx.viewer);
    await Promise.all(
      Array.from({ length: 24 }, (_, i) => logAccess(officerCtx, officer, [{ action: "search", outcome: "granted", detail: { page: i } }])),
    );
    expect(await verifyAccessLog(officerCtx)).toMatchObject({ rowsChecked: 24, fault: null, head: { seq: 24 } });
  });
});
