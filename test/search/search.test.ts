import { beforeEach, expect, it } from "vitest";
import { UserInputProblems } from "../../graph/errors.js";
import { archiveListing, createListing, pauseListing, publishListing, updateListing } from "../../graph/listings/service.js";
import { searchListings, type SearchListingsArgs, type ListingSortName } from "../../graph/search/service.js";
import { describeEachDatabase } from "../support/db.js";
import { ctxAs } from "../support/identity.js";
import { coconuts, listed } from "../support/listings.js";
import { catalogue, titlesFor, type Catalogue } from "./support.js";

const COCONUTS = "Fresh husked coconuts, Grade A";
const OLIVE_OIL = "Extra virgin olive oil, Picual, 5 l tins";
const LED = "LED bulb A60 9 W E27 2700 K";
const COFFEE = "Robusta coffee beans, grade 1, screen 18";

async function problemsOf(promise: Promise<unknown>): Promise<{ field: string | null; code: string }[]> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserInputProblems);
  return (error as UserInputProblems).problems.map(({ field, code }) => ({ field, code }));
}

describeEachDatabase("searching the catalogue", (db) => {
  let world: Catalogue;
  const titles = (args: SearchListingsArgs) => titlesFor(db(), args);

  beforeEach(async () => {
    world = await catalogue(db());
  });

  it("finds a listing by a word of its title, its description or a translation, in any case and without accents", async () => {
    expect(await titles({ query: "coconuts" })).toEqual([COCONUTS]);
    expect(await titles({ query: "Johor" })).toEqual([COCONUTS]);
    expect(await titles({ query: "KOKOSY" })).toEqual([COCONUTS]);
    expect(await titles({ query: "Gdansk" })).toEqual([COCONUTS]);
    expect(await titles({ query: "jaen" })).toEqual([OLIVE_OIL]);
    expect(await titles({ query: "dak lak" })).toEqual([COFFEE]);
    expect(await titles({ query: "picual tins" })).toEqual([OLIVE_OIL]);
    // Every word must match.
    expect(await titles({ query: "coconuts olive" })).toEqual([]);
    expect(await titles({ query: "durian" })).toEqual([]);
  });

  it("matches the last word as a prefix while it is not yet a whole word, as when typing", async () => {
    // "kokos" is in no listing: the translated title's "kokosy" starts with it.
    expect(await titles({ query: "kokos" })).toEqual([COCONUTS]);
    expect(await titles({ query: "robusta cof" })).toEqual([COFFEE]);
    // A space after the word says it is complete.
    expect(await titles({ query: "robusta cof " })).toEqual([]);
  });

  it("finds plurals both ways: \"coconuts\" finds \"Desiccated coconut\" and \"coconut\" finds coconuts, typed or complete", async () => {
    const desiccated = await createListing(world.kelapa.ctx, coconuts({ externalRef: "KLP-DESICC", title: "Desiccated coconut, fine grade" }));
    await publishListing(world.kelapa.ctx, desiccated.id);
    const both = [COCONUTS, "Desiccated coconut, fine grade"].sort();
    for (const query of ["coconut", "coconut ", "coconuts", "coconuts ", "Coconuts desiccated"]) {
      expect((await titles({ query })).sort(), query).toEqual(query.startsWith("Coconuts d") ? ["Desiccated coconut, fine grade"] : both);
    }
  });

  // A listing in each script, and the queries a buyer would type for it.
  const scripts: { title: string; description: string; locale: string; found: string[]; missed: string[] }[] = [
    { title: "新鲜椰子，海南产", description: "半去壳，每袋25公斤。", locale: "zh", found: ["椰子", "新鲜椰子", "海南", "椰"], missed: ["芒果", "椰奶"] },
    { title: "有機ココナッツオイル 業務用", description: "マレーシア産のバージンココナッツオイル。", locale: "ja", found: ["ココナッツ", "オイル", "業務用", "ココナッツオイル"], missed: ["コーヒー"] },
    { title: "코코넛 오일 대용량", description: "말레이시아산 버진 코코넛 오일.", locale: "ko", found: ["코코넛", "오일", "코코넛 오일"], missed: ["커피"] },
    { title: "تُمُورٌ مجدول فاخرة", description: "تمور من المدينة المنورة، معبأة في كراتين.", locale: "ar", found: ["تمور", "التمور", "تُمُور", "مجدول"], missed: ["قمح"] },
    { title: "أرز بسمتي إكسترا", description: "أرز طويل الحبة.", locale: "ar", found: ["ارز", "الأرز", "إرز", "بسمتي"], missed: ["تمور"] },
    { title: "Свежие кокосы из Малайзии", description: "Кокосовые орехи, очищенные наполовину.", locale: "ru", found: ["кокос", "кокосов", "кокосами", "свежий", "малайзия"], missed: ["кофе"] },
    { title: "Świeże kokosy z Malezji", description: "Kokosy częściowo obrane.", locale: "pl", found: ["swieze", "Świeże", "swieże kokosy", "malezji"], missed: ["kawa"] },
    { title: "Naranjas de Valencia, calibre 3", description: "Naranjas frescas en cajas de 15 kg.", locale: "es", found: ["naranja", "naranjas", "valencia", "cajas"], missed: ["limones"] },
    { title: "Huile de noix de coco vierge", description: "Huiles pressées à froid.", locale: "fr", found: ["huile", "huiles", "pressee", "vierges"], missed: ["arachide"] },
    { title: "שמן קוקוס אורגני", description: "שֶׁמֶן קוקוס כתית מעולה.", locale: "he", found: ["שמן", "קוקוס", "שֶׁמֶן"], missed: ["זית"] },
  ];

  it.each(scripts)("finds \"$title\" by the words a buyer would type, in its own script", async ({ title, description, locale, found, missed }) => {
    const listing = await createListing(world.kelapa.ctx, coconuts({ externalRef: "KLP-SCRIPT", title, description, locale, translations: [] }));
    await publishListing(world.kelapa.ctx, listing.id);
    for (const query of found) expect(await titles({ query }), query).toEqual([title]);
    for (const query of missed) expect(await titles({ query }), query).toEqual([]);
  });

  it("filters by HS chapter, heading, subheading and national digits", async () => {
    for (const hsCode of ["08", "0801", "0801.19", "080119"]) expect(await titles({ filters: { hsCode } })).toEqual([COCONUTS]);
    expect(await titles({ filters: { hsCode: "15" } })).toEqual([OLIVE_OIL]);
    expect(await titles({ filters: { hsCode: "0901 11" } })).toEqual([COFFEE]);
    expect(await titles({ filters: { hsCode: "08011900" } })).toEqual([]);
    expect(await titles({ filters: { hsCode: "09" }, query: "coconuts" })).toEqual([]);
  });

  it("filters by origin, Incoterm and verified sellers", async () => {
    expect(await titles({ filters: { originCountry: "es" } })).toEqual([OLIVE_OIL]);
    expect(await titles({ filters: { incoterm: "FCA" } })).toEqual([OLIVE_OIL]);
    expect(await titles({ filters: { incoterm: "fob" } })).toEqual([COFFEE, LED, COCONUTS]);
    expect(await titles({ filters: { incoterm: "CIF" } })).toEqual([COCONUTS]);
    expect(await titles({ filters: { verifiedSellersOnly: true } })).toEqual([LED, OLIVE_OIL, COCONUTS]);
    expect(await titles({ filters: { verifiedSellersOnly: false } })).toEqual([COFFEE, LED, OLIVE_OIL, COCONUTS]);
  });

  it("filters by a price range in the buyer's currency, converted to US dollars at the latest rate", async () => {
    // PLN 3.655 per USD: 10 PLN is 2.74 USD; the lamps cost 0.39 USD, the coffee 2.10 USD a unit.
    expect(await titles({ filters: { priceMax: { amount: "10", currency: "PLN" } } })).toEqual([COFFEE, LED]);
    // 20–50 PLN is 5.47–13.68 USD: the olive oil at 6.90 USD a litre.
    expect(await titles({ filters: { priceMin: { amount: "20", currency: "PLN" }, priceMax: { amount: "50.00", currency: "PLN" } } })).toEqual([OLIVE_OIL]);
    // The coconuts: 1180 MYR a tonne is 285.37 USD, 1043 PLN.
    expect(await titles({ filters: { priceMin: { amount: "1000", currency: "PLN" } } })).toEqual([COCONUTS]);
    expect(await titles({ filters: { priceMin: { amount: "300", currency: "USD" } } })).toEqual([]);
  });

  it("finds the listings that can supply a quantity: at least the MOQ, at most what is available, in a comparable unit", async () => {
    // Coconuts: 5–400 t. Coffee: 1,000–60,000 kg.
    expect(await titles({ filters: { quantity: 40, unit: "TNE" } })).toEqual([COFFEE, COCONUTS]);
    expect(await titles({ filters: { quantity: 2000, unit: "KGM" } })).toEqual([COFFEE]);
    expect(await titles({ filters: { quantity: 500, unit: "TNE" } })).toEqual([]);
    // Olive oil: 1,000–60,000 l, so 2 m³ fits; a volume never meets a mass.
    expect(await titles({ filters: { quantity: 2, unit: "MTQ" } })).toEqual([OLIVE_OIL]);
    expect(await titles({ filters: { quantity: 100, unit: "H87" } })).toEqual([]);
    expect(await titles({ query: "coconuts", filters: { quantity: 40, unit: "TNE", originCountry: "MY", incoterm: "CIF", verifiedSellersOnly: true } })).toEqual([COCONUTS]);
  });

  it("sorts by price, lead time and newest", async () => {
    expect(await titles({ sort: "PRICE_ASC" })).toEqual([LED, COFFEE, OLIVE_OIL, COCONUTS]);
    expect(await titles({ sort: "PRICE_DESC" })).toEqual([COCONUTS, OLIVE_OIL, COFFEE, LED]);
    expect(await titles({ sort: "LEAD_TIME" })).toEqual([COFFEE, OLIVE_OIL, COCONUTS, LED]);
    expect(await titles({ sort: "NEWEST" })).toEqual([COFFEE, LED, OLIVE_OIL, COCONUTS]);
    // Relevance with no words is newest first too.
    expect(await titles({ sort: "RELEVANCE" })).toEqual([COFFEE, LED, OLIVE_OIL, COCONUTS]);
  });

  it("ranks a listing with the words in its title above a newer one that only mentions them", async () => {
    const mixed = await listed(
      world.kelapa,
      coconuts({ externalRef: "KLP-MIX-01", title: "Tropical fruit, mixed lot", description: "Young husked coconuts, pineapples and mangoes.", translations: [] }),
    );
    expect(await titles({ query: "coconuts" })).toEqual([COCONUTS, mixed.title]);
    expect(await titles({ query: "husked coconuts", sort: "NEWEST" })).toEqual([mixed.title, COCONUTS]);
    const page = await searchListings(ctxAs(db()), { query: "coconuts" });
    expect(page).toMatchObject({ totalCount: 2, totalCountIsExact: true, relevanceIsExact: true });
  });

  it("never shows drafts, paused or archived listings, and follows every change of an active one", async () => {
    const draft = await createListing(world.kelapa.ctx, coconuts({ externalRef: "KLP-DESICC", title: "Desiccated coconut, fine grade" }));
    expect(await titles({ query: "desiccated" })).toEqual([]);
    await publishListing(world.kelapa.ctx, draft.id);
    expect(await titles({ query: "desiccated" })).toEqual(["Desiccated coconut, fine grade"]);
    await pauseListing(world.kelapa.ctx, draft.id);
    expect(await titles({ query: "desiccated" })).toEqual([]);
    await publishListing(world.kelapa.ctx, draft.id);
    expect(await titles({ query: "desiccated" })).toEqual(["Desiccated coconut, fine grade"]);

    await updateListing(world.kelapa.ctx, draft.id, { title: "Coconut flakes, fine grade" });
    expect(await titles({ query: "desiccated" })).toEqual([]);
    expect(await titles({ query: "flakes" })).toEqual(["Coconut flakes, fine grade"]);
    await updateListing(world.kelapa.ctx, draft.id, { incoterms: [{ code: "FCA", namedPlace: "Port Klang" }], leadTimeDays: 3 });
    expect(await titles({ filters: { incoterm: "FCA" } })).toEqual(["Coconut flakes, fine grade", OLIVE_OIL]);
    expect(await titles({ sort: "LEAD_TIME", first: 1 })).toEqual(["Coconut flakes, fine grade"]);
    await updateListing(world.kelapa.ctx, draft.id, { priceTiers: [{ minQuantity: 5, unitPrice: "20000.00" }] });
    expect(await titles({ sort: "PRICE_DESC", first: 1 })).toEqual(["Coconut flakes, fine grade"]);

    await pauseListing(world.kelapa.ctx, draft.id);
    await archiveListing(world.kelapa.ctx, draft.id);
    expect(await titles({ query: "flakes" })).toEqual([]);
    expect(await titles({ filters: { incoterm: "FCA" } })).toEqual([OLIVE_OIL]);
  });

  it("pages through every result exactly once, in every sort", async () => {
    for (let i = 0; i < 19; i++) {
      await listed(
        world.kelapa,
        coconuts({
          externalRef: `KLP-LOT-${i}`,
          title: `Coconuts lot ${i}${i % 3 === 0 ? " husked" : ""}`,
          priceTiers: [{ minQuantity: 5, unitPrice: `${1000 + ((i * 37) % 7) * 50}.00` }],
          leadTimeDays: 7 + (i % 4),
          translations: [],
        }),
      );
    }
    const sorts: ListingSortName[] = ["RELEVANCE", "NEWEST", "PRICE_ASC", "PRICE_DESC", "LEAD_TIME"];
    for (const query of [null, "coconuts husked"]) {
      const all = await searchListings(ctxAs(db()), { query, first: 100 });
      expect(all.totalCount).toBe(query ? 20 : 23);
      for (const sort of sorts) {
        const seen: string[] = [];
        let after: string | null = null;
        for (let pages = 0; pages < 20; pages++) {
          const page = await searchListings(ctxAs(db()), { query, sort, first: 4, after });
          expect(page.totalCount).toBe(all.totalCount);
          seen.push(...page.edges.map((e) => e.node.id));
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        expect(seen).toHaveLength(all.totalCount);
        expect(new Set(seen).size).toBe(all.totalCount);
        const oneGo = await searchListings(ctxAs(db()), { query, sort, first: 100 });
        expect(seen).toEqual(oneGo.edges.map((e) => e.node.id));
      }
    }
  });

  it("refuses a cursor from another search, and bad filters, naming each field", async () => {
    const page = await searchListings(ctxAs(db()), { query: "coconuts", first: 1 });
    expect(await problemsOf(searchListings(ctxAs(db()), { query: "olive", after: page.pageInfo.endCursor }))).toEqual([{ field: "after", code: "CURSOR_INVALID" }]);
    expect(await problemsOf(searchListings(ctxAs(db()), { query: "coconuts", sort: "PRICE_ASC", after: page.pageInfo.endCursor }))).toEqual([
      { field: "after", code: "CURSOR_INVALID" },
    ]);
    expect(await problemsOf(searchListings(ctxAs(db()), { after: "not-a-cursor" }))).toEqual([{ field: "after", code: "CURSOR_INVALID" }]);
    expect(
      await problemsOf(
        searchListings(ctxAs(db()), { filters: { hsCode: "08a1", originCountry: "XX", incoterm: "FOO", quantity: -3, unit: "BARRELS" } }),
      ),
    ).toEqual([
      { field: "filters.hsCode", code: "HS_PREFIX_INVALID" },
      { field: "filters.originCountry", code: "COUNTRY_UNKNOWN" },
      { field: "filters.incoterm", code: "INCOTERM_UNKNOWN" },
      { field: "filters.quantity", code: "QUANTITY_NOT_POSITIVE" },
      { field: "filters.unit", code: "UNIT_UNKNOWN" },
    ]);
    expect(await problemsOf(searchListings(ctxAs(db()), { filters: { quantity: 40 } }))).toEqual([{ field: "filters.unit", code: "REQUIRED" }]);
    expect(
      await problemsOf(searchListings(ctxAs(db()), { filters: { priceMin: { amount: "50", currency: "PLN" }, priceMax: { amount: "10", currency: "PLN" } } })),
    ).toEqual([{ field: "filters.priceMax", code: "PRICE_RANGE_INVALID" }]);
    expect(await problemsOf(searchListings(ctxAs(db()), { filters: { priceMin: { amount: "-1", currency: "EUR" }, priceMax: { amount: "1.234", currency: "EUR" } } }))).toEqual([
      { field: "filters.priceMin.amount", code: "PRICE_NEGATIVE" },
      { field: "filters.priceMax.amount", code: "MONEY_TOO_PRECISE" },
    ]);
    expect(await problemsOf(searchListings(ctxAs(db()), { filters: { priceMax: { amount: "10", currency: "KES" } } }))).toEqual([
      { field: "filters.priceMax.currency", code: "FX_RATE_MISSING" },
    ]);
    expect(await problemsOf(searchListings(ctxAs(db()), { first: 500 }))).toEqual([{ field: "first", code: "PAGE_SIZE_INVALID" }]);
  });
});
