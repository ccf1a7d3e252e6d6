import { createHash } from "node:crypto";
import sharp from "sharp";
import { afterEach, beforeEach, expect, it } from "vitest";
import { createApiToken } from "../../graph/identity/service.js";
import { createListing, publishListing } from "../../graph/listings/service.js";
import { exporter, type Company } from "../support/companies.js";
import { describeEachDatabase } from "../support/db.js";
import { startApi, type HttpClient, type RunningApi } from "../support/http.js";
import { coconuts } from "../support/listings.js";
import { loadReferenceData } from "../support/reference.js";
import { HEADER_LINE, generatedLine } from "./csv-generator.js";

/** A real 1×1 PNG and small real JPEG and WebP images: what the server must recognise by their bytes. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
const husk = () => sharp({ create: { width: 40, height: 30, channels: 3, background: "#8a5a2b" } });
const JPEG = await husk().jpeg().toBuffer();
const WEBP = await husk().webp().toBuffer();
/** A JPEG's first bytes and nothing of a picture after them. */
const JPEG_HEADER_ONLY = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]), Buffer.alloc(64, 7), Buffer.from([0xff, 0xd9])]);

const LISTING = /* GraphQL */ `
  query Listing($id: ID!) {
    listing(id: $id) {
      id status title externalRef
      localized { locale title }
      hsCode originCountry { code name } unit { code symbol }
      priceTiers { minQuantity unitPrice { amount currency } }
      priceFrom { amount currency } priceFromUsd { amount currency }
      moq availableQuantity leadTimeDays
      incoterms { code namedPlace incoterm { name seaAndInlandWaterwayOnly } }
      shipFromPort { locode name isSeaport }
      certifications { kind reference }
      photos { id url contentType byteSize width height srcset }
      seller { id legalName country verified }
      sellerVerified viewerCanEdit
      statusHistory { fromStatus toStatus }
    }
  }
`;
const CREATE = /* GraphQL */ `
  mutation Create($input: CreateListingInput!) {
    createListing(input: $input) { listing { id status priceFrom { amount currency } } userErrors { field code message } }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($id: ID!, $input: UpdateListingInput!) {
    updateListing(id: $id, input: $input) { listing { id title } userErrors { field code message } }
  }
`;
const PUBLISH = /* GraphQL */ `
  mutation Publish($id: ID!) { publishListing(id: $id) { listing { status } userErrors { field code message } } }
`;
const DELETE_PHOTO = /* GraphQL */ `
  mutation DeletePhoto($id: ID!) { deleteListingPhoto(id: $id) { listing { photos { id } } userErrors { code } } }
`;
const IMPORT = /* GraphQL */ `
  mutation Import($csv: String!) {
    importListingsCsv(csv: $csv) {
      result { rowsRead created updated failed errors { row column code message } errorsOmitted }
      userErrors { field code message }
    }
  }
`;

function coconutInput() {
  const { certifications, ...rest } = coconuts();
  return { ...rest, certifications: certifications!.map((c) => ({ kind: c.kind.toUpperCase(), reference: c.reference ?? null })) };
}

describeEachDatabase("listings over HTTP", (db) => {
  let api: RunningApi;
  let kelapa: Company;
  let browser: HttpClient;
  beforeEach(async () => {
    await loadReferenceData(db());
    api = await startApi(db());
    kelapa = await exporter(db(), { verified: true });
    browser = api.client({ cookie: `caravan_session=${kelapa.token}` });
  });
  afterEach(async () => {
    await api.close();
  });

  const upload = (client: HttpClient, listingId: string, body: Buffer, contentType = "image/jpeg", method = "PUT") =>
    client.request(`/media/listings/${listingId}/photos`, { method, headers: { "content-type": contentType }, body: new Uint8Array(body) });

  it("creates a listing through GraphQL; userErrors name the input path of each problem", async () => {
    const bad = await browser.graphql(CREATE, {
      input: {
        ...coconutInput(),
        priceTiers: [
          { minQuantity: 5, unitPrice: "1250.00" },
          { minQuantity: 3, unitPrice: "1180.00" },
        ],
        shipFromPort: "MYKUL",
      },
    });
    expect(bad.body.data.createListing).toEqual({
      listing: null,
      userErrors: [
        { field: "priceTiers.1.minQuantity", code: "PRICE_TIER_BREAKS_ORDER", message: "Each quantity break must be larger than the one before it (5)." },
        { field: "incoterms.0.code", code: "INCOTERM_NEEDS_SEA_PORT", message: expect.stringMatching(/^FOB needs a sea port: MYKUL is not one/) },
        { field: "incoterms.1.code", code: "INCOTERM_NEEDS_SEA_PORT", message: expect.stringMatching(/^CIF needs a sea port/) },
      ],
    });

    const created = await browser.graphql(CREATE, { input: coconutInput() });
    expect(created.body.data.createListing).toMatchObject({ listing: { status: "DRAFT", priceFrom: { amount: "1180.00", currency: "MYR" } }, userErrors: [] });
    const id = created.body.data.createListing.listing.id;
    expect((await browser.graphql(PUBLISH, { id })).body.data.publishListing).toEqual({ listing: { status: "ACTIVE" }, userErrors: [] });

    const seen = await api.client().graphql(LISTING, { id });
    expect(seen.body.data.listing).toMatchObject({
      status: "ACTIVE",
      externalRef: null,
      localized: { locale: "en", title: "Fresh husked coconuts, Grade A" },
      hsCode: "080119",
      originCountry: { code: "MY", name: "Malaysia" },
      unit: { code: "TNE", symbol: "t" },
      priceTiers: [
        { minQuantity: 5, unitPrice: { amount: "1250.00", currency: "MYR" } },
        { minQuantity: 20, unitPrice: { amount: "1180.00", currency: "MYR" } },
      ],
      priceFromUsd: { amount: "285.37", currency: "USD" },
      incoterms: [
        { code: "FOB", namedPlace: "Port Klang", incoterm: { name: "Free On Board", seaAndInlandWaterwayOnly: true } },
        { code: "CIF", namedPlace: "Gdańsk", incoterm: { name: "Cost, Insurance and Freight", seaAndInlandWaterwayOnly: true } },
      ],
      shipFromPort: { locode: "MYPKG", isSeaport: true },
      certifications: [
        { kind: "HALAL", reference: null },
        { kind: "ORGANIC", reference: "MYORG-2026-118" },
      ],
      seller: { id: kelapa.organisationId, legalName: "Kelapa Sdn. Bhd.", country: "MY", verified: true },
      sellerVerified: true,
      viewerCanEdit: false,
      statusHistory: [],
    });
    const own = await browser.graphql(LISTING, { id });
    expect(own.body.data.listing).toMatchObject({
      externalRef: "KLP-COCO-001",
      viewerCanEdit: true,
      statusHistory: [
        { fromStatus: "DRAFT", toStatus: "ACTIVE" },
        { fromStatus: null, toStatus: "DRAFT" },
      ],
    });
  });

  it("another company editing the listing gets FORBIDDEN, and the listing is unchanged", async () => {
    const listing = await publishListing(kelapa.ctx, (await createListing(kelapa.ctx, coconuts())).id);
    const rival = await exporter(db(), { verified: true, email: "boss@rival.example" });
    const { token } = await createApiToken(rival.ctx, "ERP sync");
    const erp = api.client({ authorization: `Bearer ${token}` });
    const attempt = await erp.graphql(UPDATE, { id: listing.id, input: { title: "Cheap coconuts" } });
    expect(attempt.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await api.client().graphql(LISTING, { id: listing.id })).body.data.listing.title).toBe("Fresh husked coconuts, Grade A");
  });

  it("stores an uploaded photo by its own bytes' type and serves the same bytes back, with ETag and caching", async () => {
    const listing = await createListing(kelapa.ctx, coconuts());
    // The client claims JPEG; the bytes are PNG, and PNG is what is stored and served.
    const uploaded = await upload(browser, listing.id, PNG, "image/jpeg");
    expect(uploaded.status).toBe(201);
    const { photo } = (await uploaded.json()) as { photo: { id: string; url: string; contentType: string; byteSize: number } };
    expect(photo).toEqual({ id: expect.stringMatching(/^pho_/), url: `/media/photos/${photo.id}`, contentType: "image/png", byteSize: PNG.length });

    const served = await browser.request(photo.url);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    const sha256 = createHash("sha256").update(PNG).digest("hex");
    expect(served.headers.get("etag")).toBe(`"${sha256}"`);
    expect(served.headers.get("cache-control")).toBe("private, no-cache");
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);
    expect((await browser.request(photo.url, { headers: { "if-none-match": `"${sha256}"` } })).status).toBe(304);

    // A draft's photo is for its own company; once the listing is live, anyone sees it and caches may keep it.
    expect((await api.client().request(photo.url)).status).toBe(404);
    await publishListing(kelapa.ctx, listing.id);
    const publicCopy = await api.client().request(photo.url);
    expect(publicCopy.status).toBe(200);
    expect(publicCopy.headers.get("cache-control")).toBe("public, max-age=86400");

    expect((await upload(browser, listing.id, JPEG, "application/octet-stream", "POST")).status).toBe(201);
    expect((await upload(browser, listing.id, WEBP, "image/webp")).status).toBe(201);
    const photos = (await browser.graphql(LISTING, { id: listing.id })).body.data.listing.photos;
    expect(photos.map((p: { contentType: string }) => p.contentType)).toEqual(["image/png", "image/jpeg", "image/webp"]);

    const deleted = await browser.graphql(DELETE_PHOTO, { id: photo.id });
    expect(deleted.body.data.deleteListingPhoto.listing.photos).toHaveLength(2);
    expect((await browser.request(photo.url)).status).toBe(404);
  });

  it("keeps a camera photo upright at the widths pages ask for, in WebP and without the camera's metadata", async () => {
    const listing = await createListing(kelapa.ctx, coconuts());
    // A phone held upright writes a landscape picture and an orientation tag, with where it was taken.
    const camera = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: "#5b7f3a" } })
      .jpeg()
      .withMetadata({ orientation: 6, exif: { IFD3: { GPSLatitudeRef: "N", GPSLatitude: "1/1 30/1 0/1" } } })
      .toBuffer();
    expect((await upload(browser, listing.id, camera, "image/jpeg")).status).toBe(201);
    const [photo] = (await browser.graphql(LISTING, { id: listing.id })).body.data.listing.photos;
    expect(photo).toMatchObject({ contentType: "image/jpeg", width: 1200, height: 1600 });
    expect(photo.srcset).toBe([320, 640, 1200].map((w) => `${photo.url}?w=${w} ${w}w`).join(", "));

    const served = await browser.request(`${photo.url}?w=640`);
    expect(served.headers.get("content-type")).toBe("image/webp");
    const bytes = Buffer.from(await served.arrayBuffer());
    const variant = await sharp(bytes).metadata();
    expect({ format: variant.format, width: variant.width, height: variant.height, exif: variant.exif, orientation: variant.orientation }).toEqual({
      format: "webp",
      width: 640,
      height: 853,
      exif: undefined,
      orientation: undefined,
    });
    expect(bytes.length).toBeLessThan(camera.length);
    // A width it has no variant of gets the original.
    expect((await browser.request(`${photo.url}?w=999`)).headers.get("content-type")).toBe("image/jpeg");
  });

  it("refuses what is not a JPEG, PNG or WebP, a photo over 5 MB, a ninth photo, and other companies", async () => {
    const listing = await createListing(kelapa.ctx, coconuts());
    const broken = await upload(browser, listing.id, JPEG_HEADER_ONLY, "image/jpeg");
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as any).errors[0].extensions.userErrors[0]).toMatchObject({ field: "photo", code: "PHOTO_UNREADABLE" });
    const svg = await upload(browser, listing.id, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), "image/png");
    expect(svg.status).toBe(415);
    expect(((await svg.json()) as any).errors[0].extensions.userErrors[0]).toMatchObject({ field: "photo", code: "PHOTO_TYPE", message: "Upload a JPEG, PNG or WebP image." });

    const huge = await upload(browser, listing.id, Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]));
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as any).errors[0].extensions.userErrors[0].code).toBe("PHOTO_TOO_LARGE");

    for (let i = 0; i < 8; i++) expect((await upload(browser, listing.id, PNG, "image/png")).status).toBe(201);
    const ninth = await upload(browser, listing.id, PNG, "image/png");
    expect(ninth.status).toBe(409);
    expect(((await ninth.json()) as any).errors[0]).toMatchObject({ message: "A listing can have at most 8 photos. Delete one first.", extensions: { code: "CONFLICT" } });

    const rival = await exporter(db(), { verified: true, email: "boss@rival.example" });
    const { token } = await createApiToken(rival.ctx, "ERP sync");
    const other = await upload(api.client({ authorization: `Bearer ${token}` }), listing.id, PNG, "image/png");
    expect(other.status).toBe(404);
    await publishListing(kelapa.ctx, listing.id);
    expect((await upload(api.client({ authorization: `Bearer ${token}` }), listing.id, PNG, "image/png")).status).toBe(403);
    expect((await upload(api.client(), listing.id, PNG, "image/png")).status).toBe(401);
    expect((await upload(api.client({ authorization: "Bearer not-a-token" }), listing.id, PNG, "image/png")).status).toBe(401);
    // A cross-site HTML form can send the cookie with these types; an upload never uses them.
    expect((await upload(browser, listing.id, PNG, "multipart/form-data; boundary=x")).status).toBe(403);
    expect((await browser.graphql(LISTING, { id: listing.id })).body.data.listing.photos).toHaveLength(8);
  });

  it("imports CSV through importListingsCsv with an API token, and refuses wrong columns as a userError", async () => {
    const { token } = await createApiToken(kelapa.ctx, "ERP sync");
    const erp = api.client({ authorization: `Bearer ${token}` });
    const csv = HEADER_LINE + generatedLine(0) + generatedLine(1) + generatedLine(2, new Map([[2, 1]]));
    const imported = await erp.graphql(IMPORT, { csv });
    expect(imported.body.data.importListingsCsv).toEqual({
      result: {
        rowsRead: 3,
        created: 2,
        updated: 0,
        failed: 1,
        errors: [{ row: 4, column: "moq", code: "MOQ_ABOVE_AVAILABLE", message: "The minimum order quantity (500) is more than the quantity available (400)." }],
        errorsOmitted: 0,
      },
      userErrors: [],
    });
    expect((await erp.graphql(IMPORT, { csv })).body.data.importListingsCsv.result).toMatchObject({ created: 0, updated: 2 });

    const refused = await erp.graphql(IMPORT, { csv: "sku,name,price\nA1,Coconuts,12\n" });
    expect(refused.body.data.importListingsCsv.result).toBeNull();
    expect(refused.body.data.importListingsCsv.userErrors).toEqual([
      { field: "csv", code: "CSV_IMPORT_COLUMNS", message: expect.stringMatching(/Missing: external_ref, title, description, hs_code, .*Unknown: sku, name, price\./) },
    ]);
  });
});
