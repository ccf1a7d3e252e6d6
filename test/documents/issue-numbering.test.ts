import { expect, it } from "vitest";
import { withTransaction } from "../../graph/context.js";
import { systemContext } from "../../graph/runtime.js";
import { allocateNumber } from "../../graph/documents/seal.js";
import { describeEachDatabase } from "../support/db.js";

describeEachDatabase("document numbers", (db) => {
  it("each issuer has its own gap-free series per kind and year, even when issues race and some fail", async () => {
    const ctx = systemContext(db());
    const issue = (issuer: string, fail: boolean) =>
      withTransaction(ctx, async (tx) => {
        const number = await allocateNumber(tx, issuer, "commercial_invoice", 2026);
        await new Promise((resolve) => setTimeout(resolve, 2));
        if (fail) throw new Error("rendering failed");
        return number;
      }).catch(() => null);
    const results = await Promise.all(Array.from({ length: 24 }, (_, i) => issue(i % 2 ? "org_kelapa" : "org_mekong", i % 5 === 0)));
    for (const issuer of ["org_kelapa", "org_mekong"]) {
      const numbers = results.filter((n, i) => n !== null && (i % 2 ? "org_kelapa" : "org_mekong") === issuer).sort();
      expect(numbers).toEqual(numbers.map((_, i) => `CI-2026-${String(i + 1).padStart(6, "0")}`));
    }
    const packingList = await withTransaction(ctx, (tx) => allocateNumber(tx, "org_kelapa", "packing_list", 2026));
    const nextYear = await withTransaction(ctx, (tx) => allocateNumber(tx, "org_kelapa", "commercial_invoice", 2027));
    expect([packingList, nextYear]).toEqual(["PL-2026-000001", "CI-2027-000001"]);
  });
});
