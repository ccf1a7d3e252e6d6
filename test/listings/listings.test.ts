import { sql } from "kysely";
import { beforeEach, expect, it } from "vitest";
import type { Database, DialectName } from "../../db/database.js";
import { searchTokens } from "../../db/search.js";
import { systemContext } from "../../graph/runtime.js";
import { DomainError, UserInputProblems } from "../../graph/errors.js";
import { rejectVerification, requestVerification, updateOrganisation } from "../../graph/identity/service.js";
import {
  archiveListing,
  createListing,
  getListing,
  listingsByIds,
  listingStatusHistory,
  myListings,
  pauseListing,
  publishListing,
  refreshSellerVerification,
  updateListing,
} from "../../graph/listings/service.js";
import { exporter } from "../support/companies.js";
import { describeEachDatabase } from "../support/db.js";
import { ctxAs } from "../support/identity.js";
import { errorOf } from "../support/errors.js";
import { coconuts, ledLamps, oliveOil } from "../support/listings.js";
import { loadReferenceData } from "../support/reference.js";

function problemsOf(error: unknown): { field: string | null; code: string }[] {
  expect(error).toBeInstanceOf(UserInputProblems);
  return (error as UserInputProblems).problems.map(({ field, code }) => ({ field, code }));
}

async function listingCount(database: Database): Promise<number> {
  const row = await database.db.selectFrom("listings").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The search keys of the listings the full-text index finds for one word (any of its forms), on either database. */
async function indexedFor(database: Database, dialect: DialectName, word: string): Promise<number[]> {
  const term = searchTokens(word).join(dialect === "sqlite" ? " OR " : " | ");
  const rows =
    dialect === "sqlite"
      ? await sql<{ key: number }>`select rowid as key from listing_search where listing_search match ${term}`.execute(database.db)
      : await sql<{ key: number }>`select search_key as key from listings where search_vector @@ to_tsquery('simple', ${term})`.execute(database.db);
  return rows.rows.map((r) => Number(r.key));
}

describeEachDatabase("listings", (db, dialect) => {
  beforeEach(async () => {
    await loadReferenceData(db());
  });

  it("a new listing is a draft with its quantities in base units and its lowest price in US cents", async () => {
    const kelapa = await exporter(db(), { verified: true });
    const listing = await createListing(kelapa.ctx, coconuts());
    expect(listing).toMatchObject({
      status: "draft",
      hsCode: "080119",
      unit: "TNE",
      moq: 5,
      availableQuantity: 400,
      moqBase: 5000,
      availableBase: 400_000,
      priceTiers: [
        { minQuantity: 5, unitPriceMinor: 125_000 },
        { minQuantity: 20, unitPriceMinor: 118_000 },
      ],
      priceFromMinor: 118_000,
      // 1180.00 MYR at 4.135 MYR per USD = 285.3688… USD
      priceFromUsdCents: 28_537,
      incoterms: [
        { code: "FOB", namedPlace: "Port Klang" },
        { code: "CIF", namedPlace: "Gdańsk" },
      ],
      shipFromPort: "MYPKG",
      certifications: [
        { kind: "halal", reference: null },
        { kind: "organic", reference: "MYORG-2026-118" },
      ],
      translations: [{ locale: "ms", title: "Kelapa segar dikupas, Gred A" }],
      sellerVerified: true,
      publishedAt: null,
    });
    expect(await listingStatusHistory(kelapa.ctx, listing.id)).toMatchObject([{ fromStatus: null, toStatus: "draft", actorUserId: kelapa.userId }]);

    const spain = await exporter(db(), { verified: true, email: "lucia@olivar.example", country: "ES" });
    const oil = await createListing(spain.ctx, oliveOil());
    // 1000 l is one cubic metre; 5.95 EUR at 0.8625 EUR per USD = 6.8985… USD
    expect(oil).toMatchObject({ moqBase: 1, availableBase: 60, priceFromMinor: 595, priceFromUsdCents: 690 });

    const shenzhen = await exporter(db(), { verified: true, email: "li@bright.example", country: "CN" });
    const lamps = await createListing(shenzhen.ctx, ledLamps());
    // 2.75 CNY at 7.104 CNY per USD = 0.3871… USD
    expect(lamps).toMatchObject({ moqBase: 5000, availableBase: 800_000, priceFromMinor: 275, priceFromUsdCents: 39 });
  });

  it("refuses zero and negative prices and quantities, naming each field, and saves nothing", async () => {
    const kelapa = await exporter(db(), { verified: true });
    const error = await errorOf(
      createListing(
        kelapa.ctx,
        coconuts({
          moq: 0,
          availableQuantity: -40,
          priceTiers: [
            { minQuantity: 5, unitPrice: "0.00" },
            { minQuantity: 20, unitPrice: "-1180.00" },
          ],
          netWeightKg: -1,
        }),
      ),
    );
    expect(problemsOf(error)).toEqual([
      { field: "moq", code: "NOT_POSITIVE" },
      { field: "availableQuantity", code: "NOT_POSITIVE" },
      { field: "priceTiers.0.unitPrice", code: "NOT_POSITIVE" },
      { field: "priceTiers.1.unitPrice", code: "NOT_POSITIVE" },
      { field: "netWeightKg", code: "NOT_POSITIVE" },
    ]);
    expect(await listingCount(db())).toBe(0);
  });

  it("refuses an MOQ above the quantity available", async () => {
    const kelapa = await exporter(db(), { verified: true });
    const error = await errorOf(createListing(kelapa.ctx, coconuts({ availableQuantity: 4 })));
    expect(problemsOf(error)).toEqual([{ field: "moq", code: "MOQ_ABOVE_AVAILABLE" }]);
    expect((error as UserInputProblems).problems[0]!.params).toEqual({ moq: 5, available: 4 });
  });

  it("refuses price tiers out of order, not starting at the MOQ, or dearer for more", async () => {
    const kelapa = await exporter(db(), { verified: true });
    const outOfOrder = await errorOf(
      createListing(
        kelapa.ctx,
        coconuts({
          priceTiers: [
            { minQuantity: 5, unitPrice: "1250.00" },
            { minQuantity: 50, unitPrice: "1150.00" },
            { minQuantity: 20, unitPrice: "1180.00" },
          ],
        }),
      ),
    );
    expect(problemsOf(outOfOrder)).toEqual([
      { field: "priceTiers.2.minQuantity", code: "PRICE_TIER_BREAKS_ORDER" },
      { field: "priceTiers.2.unitPrice", code: "PRICE_TIER_PRICE_RISES" },
    ]);

    const notAtMoq = await errorOf(createListing(kelapa.ctx, coconuts({ priceTiers: [{ minQuantity: 10, unitPrice: "1250.00" }] })));
    expect(problemsOf(notAtMoq)).toEqual([{ field: "priceTiers.0.minQuantity", code: "PRICE_TIER_FIRST_BREAK" }]);

    const dearer = await errorOf(
      createListing(
        kelapa.ctx,
        coconuts({
          priceTiers: [
            { minQuantity: 5, unitPrice: "1250.00" },
            { minQuantity: 20, unitPrice: "1250.01" },
          ],
        }),
      ),
    );
    expect(problemsOf(dearer)).toEqual([{ field: "priceTiers.1.unitPrice", code: "PRICE_TIER_PRICE_RISES" }]);
    expect(await listingCount(db())).toBe(0);
  });

  it("refuses FOB from an airport: FOB needs a sea port", async () => {
    const kelapa = await exporter(db(), { verified: true });
    // Kuala Lumpur (MYKUL) is an airport and road terminal, not a sea port.
    const error = await errorOf(createListing(kelapa.ctx, coconuts({ shipFromPort: "MYKUL", incoterms: [{ code: "FCA", namedPlace: "KLIA" }, { code: "FOB", namedPlace: "KLIA" }] })));
    expect(problemsOf(error)).toEqual([{ field: "incoterms.1.code", code: "INCOTERM_NEEDS_SEA_PORT" }]);
    expect(kelapa.ctx.t(`errors:INCOTERM_NEEDS_SEA_PORT`, (error as UserInputProblems).problems[0]!.params)).toMatch(/^FOB needs a sea port: MYKUL is not one/);

    const byAir = await createListing(kelapa.ctx, coconuts({ shipFromPort: "MYKUL", incoterms: [{ code: "FCA", namedPlace: "KLIA cargo terminal" }] }));
    expect(byAir.incoterms).toEqual([{ code: "FCA", namedPlace: "KLIA cargo terminal" }]);
  });

  it("refuses an HS code that is not in the nomenclature, an unknown port, unit or country", async () => {
    const kelapa = await exporter(db(), { verified: true });
    const error = await errorOf(createListing(kelapa.ctx, coconuts({ hsCode: "0801.99", shipFromPort: "MYXXX", unit: "BAG", originCountry: "XX" })));
    expect(problemsOf(error)).toEqual([
      { field: "originCountry", code: "COUNTRY_UNKNOWN" },
      { field: "unit", code: "UNIT_UNKNOWN" },
      { field: "hsCode", code: "HS_CODE_UNKNOWN" },
      { field: "shipFromPort", code: "PORT_UNKNOWN" },
    ]);
    expect(problemsOf(await errorOf(createListing(kelapa.ctx, coconuts({ hsCode: "8O1" }))))).toEqual([{ field: "hsCode", code: "HS_CODE_FORMAT" }]);
    const national = await createListing(kelapa.ctx, coconuts({ hsCode: "0801.19.0010" }));
    expect(national.hsCode).toBe("0801190010");
  });

  it("an unverified exporter saves drafts but cannot publish; once verified it can, and search finds the listing", async () => {
    const kelapa = await exporter(db(), { verified: false });
    const draft = await createListing(kelapa.ctx, coconuts());
    expect(draft.sellerVerified).toBe(false);
    const refused = await errorOf(publishListing(kelapa.ctx, draft.id));
    expect((refused as DomainError).messageKey).toBe("SELLER_NOT_VERIFIED");
    expect((await getListing(kelapa.ctx, draft.id))!.status).toBe("draft");
    expect(await indexedFor(db(), dialect, "coconuts")).toEqual([]);

    const buyer = await exporter(db(), { verified: false, email: "marta@gdansk.example", country: "PL", kind: "buyer" });
    expect(await errorOf(createListing(buyer.ctx, coconuts()))).toMatchObject({ code: "FORBIDDEN", messageKey: "EXPORTER_REQUIRED" });

    const verified = await exporter(db(), { verified: true, email: "siti@kelapa2.example" });
    const live = await publishListing(verified.ctx, (await createListing(verified.ctx, coconuts())).id);
    expect(live).toMatchObject({ status: "active", sellerVerified: true });
    expect(live.publishedAt).not.toBeNull();
    expect(await indexedFor(db(), dialect, "coconuts")).toEqual([live.searchKey]);
    // The Malay translation is searchable too.
    expect(await indexedFor(db(), dialect, "kelapa")).toEqual([live.searchKey]);
  });

  it("goes draft → active → paused → active → paused → archived, each step a history row, search following; archived is final", async () => {
    const company = await exporter(db(), { verified: true });
    // A frozen clock: every step lands in the same millisecond, and the history still keeps their order.
    const kelapa = { ...company, ctx: { ...company.ctx, now: () => new Date("2026-11-27T10:00:00.000Z") } };
    const { id, searchKey } = await createListing(kelapa.ctx, coconuts());
    await publishListing(kelapa.ctx, id);
    await pauseListing(kelapa.ctx, id);
    expect(await indexedFor(db(), dialect, "coconuts")).toEqual([]);
    await publishListing(kelapa.ctx, id);
    expect(await indexedFor(db(), dialect, "coconuts")).toEqual([searchKey]);

    const twice = await errorOf(publishListing(kelapa.ctx, id));
    expect(twice).toMatchObject({ code: "CONFLICT", messageKey: "LISTING_TRANSITION_NOT_ALLOWED", params: { from: "active", to: "active" } });
    await pauseListing(kelapa.ctx, id);
    const archived = await archiveListing(kelapa.ctx, id);
    expect(archived.status).toBe("archived");

    expect(await errorOf(publishListing(kelapa.ctx, id))).toMatchObject({ code: "CONFLICT", messageKey: "LISTING_TRANSITION_NOT_ALLOWED" });
    expect(await errorOf(updateListing(kelapa.ctx, id, { title: "Back again" }))).toMatchObject({ code: "CONFLICT", messageKey: "LISTING_ARCHIVED" });
    const history = await listingStatusHistory(kelapa.ctx, id);
    expect(history.map((h) => `${h.fromStatus ?? "∅"}→${h.toStatus}`).reverse()).toEqual([
      "∅→draft",
      "draft→active",
      "active→paused",
      "paused→active",
      "active→paused",
      "paused→archived",
    ]);
    expect(history.map((h) => h.at).reverse()).toEqual([0, 1, 2, 3, 4, 5].map((ms) => new Date(Date.parse("2026-11-27T10:00:00.000Z") + ms).toISOString()));

    // A draft that never went live, and a live listing withdrawn for good, are archived directly.
    const draft = await createListing(kelapa.ctx, coconuts({ externalRef: "KLP-COCO-002" }));
    expect((await archiveListing(kelapa.ctx, draft.id)).status).toBe("archived");
    const live = await publishListing(kelapa.ctx, (await createListing(kelapa.ctx, coconuts({ externalRef: "KLP-COCO-003", title: "Mature coconuts" }))).id);
    expect(await indexedFor(db(), dialect, "mature")).toEqual([live.searchKey]);
    expect((await archiveListing(kelapa.ctx, live.id)).status).toBe("archived");
    expect(await indexedFor(db(), dialect, "mature")).toEqual([]);
  });

  it("another company cannot edit, publish or pause a listing: FORBIDDEN, and nothing changes", async () => {
    const kelapa = await exporter(db(), { verified: true });
    const listing = await publishListing(kelapa.ctx, (await createListing(kelapa.ctx, coconuts())).id);
    const rival = await exporter(db(), { verified: true, email: "boss@rival.example" });

    expect(await errorOf(updateListing(rival.ctx, listing.id, { priceTiers: [{ minQuantity: 5, unitPrice: "1.00" }] }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await errorOf(pauseListing(rival.ctx, listing.id))).toMatchObject({ code: "FORBIDDEN" });
    expect(await errorOf(updateListing(ctxAs(db()), listing.id, { title: "Free coconuts" }))).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await getListing(kelapa.ctx, listing.id)).toEqual(listing);
    expect(await listingStatusHistory(kelapa.ctx, listing.id)).toHaveLength(2);

    // A rival's draft is not even visible: NOT_FOUND rather than a hint that it exists.
    const draft = await createListing(kelapa.ctx, coconuts({ externalRef: "KLP-COCO-DRAFT" }));
    expect(await errorOf(updateListing(rival.ctx, draft.id, { title: "x" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await getListing(rival.ctx, draft.id)).toBeNull();
    expect(await getListing(ctxAs(db()), listing.id)).toMatchObject({ id: listing.id, externalRef: null });
  });

  it("an update keeps what it leaves out, checks the whole listing again and reindexes a live one", async () => {
    const kelapa = await exporter(db(), { verified: true });
    const live = await publishListing(kelapa.ctx, (await createListing(kelapa.ctx, coconuts())).id);
    const updated = await updateListing(kelapa.ctx, live.id, {
      title: "Fresh young coconuts, Grade A",
      priceTiers: [
        { minQuantity: 5, unitPrice: "1300.00" },
        { minQuantity: 20, unitPrice: "1200.00" },
        { minQuantity: 100, unitPrice: "1100.00" },
      ],
      packaging: null,
    });
    expect(updated).toMatchObject({ status: "active", priceFromMinor: 110_000, priceFromUsdCents: 26_602, packaging: null, moq: 5, leadTimeDays: 21 });
    expect(updated.translations).toHaveLength(1);
    expect(await indexedFor(db(), dialect, "young")).toEqual([live.searchKey]);

    const bad = await errorOf(updateListing(kelapa.ctx, live.id, { moq: 10 }));
    expect(problemsOf(bad)).toEqual([{ field: "priceTiers.0.minQuantity", code: "PRICE_TIER_FIRST_BREAK" }]);
    expect((await getListing(kelapa.ctx, live.id))!.moq).toBe(5);
  });

  it("publishing needs a USD rate for the listing's currency: FX_RATE_MISSING until one exists", async () => {
    const kelapa = await exporter(db(), { verified: true });
    const draft = await createListing(kelapa.ctx, coconuts({ currency: "SGD", priceTiers: [{ minQuantity: 5, unitPrice: "390.00" }] }));
    expect(draft.priceFromUsdCents).toBeNull();
    const refused = await errorOf(publishListing(kelapa.ctx, draft.id));
    expect(refused).toMatchObject({ code: "CONFLICT", messageKey: "FX_RATE_MISSING", params: { from: "SGD", to: "USD" } });

    const { setFxRate } = await import("../../graph/fx/service.js");
    await setFxRate(systemContext(db()), { base: "USD", quote: "SGD", rate: "1.3015", asOf: "2026-11-20" });
    // 390.00 SGD at 1.3015 SGD per USD = 299.6542… USD
    expect(await publishListing(kelapa.ctx, draft.id)).toMatchObject({ status: "active", priceFromUsdCents: 29_965 });
  });

  it("seller_verified follows the organisation: read at each write, and refreshed when verification changes", async () => {
    const kelapa = await exporter(db(), { verified: true });
    const live = await publishListing(kelapa.ctx, (await createListing(kelapa.ctx, coconuts())).id);
    await db().db.updateTable("organisations").set({ verification_status: "rejected" }).where("id", "=", kelapa.organisationId).execute();
    expect((await getListing(kelapa.ctx, live.id))!.sellerVerified).toBe(true);
    expect(await refreshSellerVerification(systemContext(db()), kelapa.organisationId)).toBe(1);
    expect((await getListing(kelapa.ctx, live.id))!.sellerVerified).toBe(false);

    const rival = await exporter(db(), { verified: true, email: "boss@rival.example" });
    expect(await errorOf(refreshSellerVerification(rival.ctx, kelapa.organisationId))).toMatchObject({ code: "FORBIDDEN" });
    // Verification is asked for again and decided: the next update reads it.
    await db().db.updateTable("organisations").set({ verification_status: "unverified" }).where("id", "=", kelapa.organisationId).execute();
    await requestVerification(kelapa.ctx);
    await rejectVerification(systemContext(db()), kelapa.organisationId, "Tax ID does not match");
    expect((await updateListing(kelapa.ctx, live.id, { leadTimeDays: 18 })).sellerVerified).toBe(false);
  });

  it("search and matching hydrate results in one call, in their order, without others' drafts", async () => {
    const kelapa = await exporter(db(), { verified: true });
    const a = await publishListing(kelapa.ctx, (await createListing(kelapa.ctx, coconuts())).id);
    const b = await createListing(kelapa.ctx, coconuts({ externalRef: "KLP-COCO-002", title: "Dried coconuts" }));
    const spain = await exporter(db(), { verified: true, email: "lucia@olivar.example", country: "ES" });
    const c = await publishListing(spain.ctx, (await createListing(spain.ctx, oliveOil())).id);

    const anonymous = ctxAs(db());
    expect((await listingsByIds(anonymous, [c.id, b.id, "lst_missing", a.id])).map((l) => l.id)).toEqual([c.id, a.id]);
    expect((await listingsByIds(kelapa.ctx, [b.id, a.id])).map((l) => l.id)).toEqual([b.id, a.id]);

    const mine = await myListings(kelapa.ctx, { first: 1 });
    expect(mine.totalCount).toBe(2);
    expect(mine.edges.map((e) => e.node.id)).toEqual([b.id]);
    const next = await myListings(kelapa.ctx, { first: 1, after: mine.pageInfo.endCursor });
    expect(next.edges.map((e) => e.node.id)).toEqual([a.id]);
    expect(next.pageInfo.hasNextPage).toBe(false);
    expect((await myListings(kelapa.ctx, { status: "active" })).edges.map((e) => e.node.id)).toEqual([a.id]);
  });
});

describeEachDatabase("a seller's verification badge in search", (db) => {
  it("changing the tax ID of a verified exporter takes the verified mark off its live listings at once", async () => {
    await loadReferenceData(db());
    const kelapa = await exporter(db(), { verified: true });
    const listing = await createListing(kelapa.ctx, coconuts());
    await publishListing(kelapa.ctx, listing.id);
    const flag = async () =>
      (await db().db.selectFrom("listings").select("seller_verified").where("id", "=", listing.id).executeTakeFirstOrThrow()).seller_verified;
    expect(await flag()).toBe(1);
    await updateOrganisation(kelapa.ctx, { taxId: "C0000000001" });
    expect(await flag()).toBe(0);
  });
});
