import { expect, it } from "vitest";
import { UserInputProblems } from "../../graph/errors.js";
import { checkHsCode, getHsCode, hsCodeChildren, searchHsCodes, sectionOf } from "../../graph/catalog/service.js";
import { describeEachDatabase } from "../support/db.js";
import { ctxAs } from "../support/identity.js";

async function problemOf(promise: Promise<unknown>): Promise<{ field: string | null; code: string }> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof UserInputProblems)) throw new Error(`expected a user input problem, got ${String(error)}`);
  return { field: error.problems[0]!.field, code: error.problems[0]!.code };
}

const codesOf = (page: { edges: { node: { code: string } }[] }) => page.edges.map((e) => e.node.code);

describeEachDatabase("checking the HS code on a listing", (db) => {
  it.each([
    ["08", "08", "08"],
    ["0801", "0801", "0801"],
    ["080119", "080119", "080119"],
    ["0801.19", "080119", "080119"],
    ["0801.19.0010", "0801190010", "080119"],
    ["0801 19 00", "08011900", "080119"],
  ])("%s is accepted and stored as %s under %s", async (input, code, nomenclature) => {
    const checked = await checkHsCode(ctxAs(db()), input);
    expect(checked.code).toBe(code);
    expect(checked.hsCode.code).toBe(nomenclature);
  });

  it.each([
    ["0801.99", "HS_CODE_UNKNOWN", "a well-formed subheading that HS 2022 does not have"],
    ["0801.99.0010", "HS_CODE_UNKNOWN", "national digits under an unknown subheading"],
    ["99", "HS_CODE_UNKNOWN", "Comtrade's chapter 99, not WCO nomenclature"],
    ["0801.1", "HS_CODE_FORMAT", "five digits"],
    ["0801.19.00100", "HS_CODE_FORMAT", "five national digits"],
    ["coconuts", "HS_CODE_FORMAT", "words"],
  ])("%s is refused with %s (%s)", async (input, code) => {
    expect(await problemOf(checkHsCode(ctxAs(db()), input))).toEqual({ field: "hsCode", code });
  });

  it("the problem names the caller's field", async () => {
    expect(await problemOf(checkHsCode(ctxAs(db()), "0801.1", "listing.hsCode"))).toEqual({ field: "listing.hsCode", code: "HS_CODE_FORMAT" });
  });

  it("a fresh database knows the whole nomenclature it ships: coconut oil is 1513.11 without any import", async () => {
    expect((await checkHsCode(ctxAs(db()), "08")).hsCode.description).toBe("Fruit and nuts, edible; peel of citrus fruit or melons");
    expect((await checkHsCode(ctxAs(db()), "1513.11")).hsCode.description).toBe("Vegetable oils; coconut (copra) oil and its fractions, crude, not chemically modified");
  });
});

describeEachDatabase("browsing and searching the HS nomenclature", (db) => {
  it("a subheading knows its heading, chapter and section", async () => {
    const ctx = ctxAs(db());
    const desiccated = await getHsCode(ctx, "0801.11");
    expect(desiccated).toEqual({
      code: "080111",
      level: 6,
      description: "Nuts, edible; coconuts, desiccated",
      section: "II",
      parentCode: "0801",
      edition: "HS2022",
    });
    expect(sectionOf(desiccated!)).toEqual({ section: "II", name: "Vegetable products" });
    expect((await getHsCode(ctx, desiccated!.parentCode!))?.parentCode).toBe("08");
    expect((await getHsCode(ctx, "0801.19.0010"))?.code).toBe("080119");
    expect(await getHsCode(ctx, "0801.99")).toBeNull();
    expect(await getHsCode(ctx, "not a code")).toBeNull();
  });

  it("without arguments the 96 chapters come first, in code order", async () => {
    const page = await searchHsCodes(ctxAs(db()), { first: 3 });
    expect(codesOf(page)).toEqual(["01", "02", "03"]);
    expect(page.totalCount).toBe(96);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it("a heading's children are its subheadings; pages follow on from the cursor", async () => {
    const ctx = ctxAs(db());
    expect((await hsCodeChildren(ctx, "0801")).map((c) => c.code)).toEqual(["080111", "080112", "080119", "080121", "080122", "080131", "080132"]);

    const first = await searchHsCodes(ctx, { parent: "08", first: 5 });
    expect(codesOf(first)).toEqual(["0801", "0802", "0803", "0804", "0805"]);
    expect(first.totalCount).toBe(14);
    const rest = await searchHsCodes(ctx, { parent: "08", first: 10, after: first.pageInfo.endCursor });
    expect(codesOf(rest)).toEqual(["0806", "0807", "0808", "0809", "0810", "0811", "0812", "0813", "0814"]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it("a buyer searching for coconut finds every code that mentions it, in tariff order", async () => {
    const page = await searchHsCodes(ctxAs(db()), { query: "Coconut", first: 20 });
    expect(codesOf(page)).toEqual(["0801", "080111", "080112", "080119", "0802", "1513", "151311", "151319", "2009", "230650", "5305", "530500", "570220"]);
    expect(page.totalCount).toBe(13);
  });

  it("every word must match, and a search can stay under one code", async () => {
    const ctx = ctxAs(db());
    // Literal words: "other than desiccated" matches too, which is why results show the description.
    expect(codesOf(await searchHsCodes(ctx, { query: "coconuts desiccated" }))).toEqual(["080111", "080119"]);
    expect(codesOf(await searchHsCodes(ctx, { parent: "0802", query: "walnuts" }))).toEqual(["080231", "080232"]);
  });

  it("LIKE wildcards typed into the search match nothing special: alone they are no search at all", async () => {
    const ctx = ctxAs(db());
    const wildcards = await searchHsCodes(ctx, { query: "%_%", first: 3 });
    expect(codesOf(wildcards)).toEqual(["01", "02", "03"]);
    expect(wildcards.totalCount).toBe(96);
    expect(codesOf(await searchHsCodes(ctx, { query: "saffron%" }))).toEqual(["0910", "091020"]);
  });

  it("digits search by code prefix", async () => {
    expect(codesOf(await searchHsCodes(ctxAs(db()), { query: "0801.3" }))).toEqual(["080131", "080132"]);
  });

  it("a parent that is not an HS code is a problem on the parent field", async () => {
    expect(await problemOf(searchHsCodes(ctxAs(db()), { parent: "08x" }))).toEqual({ field: "parent", code: "HS_CODE_FORMAT" });
    expect(await problemOf(searchHsCodes(ctxAs(db()), { parent: "0801.19.00" }))).toEqual({ field: "parent", code: "HS_CODE_FORMAT" });
  });
});
