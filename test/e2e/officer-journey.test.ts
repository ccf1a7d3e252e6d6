import { unzipSync } from "fflate";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_CUSTOMS } from "../../db/seed/index.js";
import { DEMO_TRACKING_NUMBER } from "../../db/seed/trade.js";
import { collectErrors, connectBrowser, describedBy, newContext, screenshot, signIn, textWhen } from "./browser.js";
import { graphql, paidCoconutOrder, payload } from "./trade.js";

const SELLER = "aminah@kelapa-nusantara.example";
const BUYER = "marta@gdansk-foods.example";
const EXPORTER_NAME = "Kelapa Nusantara Sdn. Bhd.";
const IMPORTER_NAME = "Gdańsk Fresh Foods Sp. z o.o.";
const HOLD_REASON = "Phytosanitary check of container 3 at the Gdańsk border post";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * A second coconut container, already arrived in Gdańsk: the one the officer holds and releases.
 * The demo container stays at sea for the other suites (the buyer's journey and the shipping page
 * expect it "In transit"), and at sea the desk offers no decision: an import is decided once the
 * goods have arrived.
 */
async function arrivedCoconutShipment(seller: Page, buyer: Page): Promise<{ id: string; trackingNumber: string }> {
  const orderId = await paidCoconutOrder(seller, buyer, "e2e-officer");
  const now = Date.now();
  const created = await graphql<{ createShipment: { shipment: { id: string; trackingNumber: string } | null; userErrors: unknown[] } }>(
    seller,
    "mutation($input: CreateShipmentInput!) { createShipment(input: $input) { shipment { id trackingNumber } userErrors { field code message } } }",
    {
      input: {
        orderId,
        mode: "SEA",
        carrierName: "Straits Line",
        vesselName: "Straits Pioneer",
        voyageNumber: "047W",
        portOfLoading: "MYPKG",
        portOfDischarge: "PLGDN",
        bookedAt: new Date(now - 30 * DAY_MS).toISOString(),
        timeZone: "Asia/Kuala_Lumpur",
        packages: [{ count: 20, packageType: "PX", grossWeightKg: 1030, netWeightKg: 1000, lengthCm: 120, widthCm: 100, heightCm: 200, marks: "KN/GFF 1-20" }],
        lines: [{ orderLineId: `${orderId}#1`, quantity: 20 }],
      },
    },
  );
  const shipment = payload(created.createShipment).shipment!;
  const events = [
    { code: "DEPARTED", occurredAt: new Date(now - 28 * DAY_MS).toISOString(), timeZone: "Asia/Kuala_Lumpur", place: "Port Klang", locode: "MYPKG" },
    { code: "ARRIVED", occurredAt: new Date(now - 2 * HOUR_MS).toISOString(), timeZone: "Europe/Warsaw", place: "Gdańsk", locode: "PLGDN" },
  ];
  for (const input of events) {
    const added = await graphql<{ addTrackingEvent: { userErrors: unknown[] } }>(
      seller,
      "mutation($id: ID!, $input: TrackingEventInput!) { addTrackingEvent(shipmentId: $id, input: $input) { userErrors { field code message } } }",
      { id: shipment.id, input },
    );
    payload(added.addTrackingEvent);
  }
  return shipment;
}

/**
 * The Polish customs officer's day at the desk, on the demo world: from the home page to the desk,
 * a search by direction, HS chapter and mode that finds Kelapa Nusantara's coconuts at sea to
 * Gdańsk (and a malformed chapter named next to its field), the shipment with its parties, goods,
 * packages, tracking and documents, all documents as one ZIP, a document verified from its link, a
 * hold (refused without a reason) and its release on a container that has arrived; then the
 * exporter reads in its access log what the officer opened and downloaded.
 */
describe("the customs officer's journey", () => {
  let browser: Browser;
  let officerContext: BrowserContext;
  let exporterContext: BrowserContext;
  let buyerContext: BrowserContext;
  let officer: Page;
  let exporter: Page;
  let errors: string[];
  let exporterErrors: string[];
  let demoShipmentPath: string;
  let arrived: { id: string; trackingNumber: string };

  beforeAll(async () => {
    browser = await connectBrowser();
    officerContext = await newContext(browser);
    exporterContext = await newContext(browser);
    buyerContext = await newContext(browser);
    officer = await officerContext.newPage();
    exporter = await exporterContext.newPage();
    errors = collectErrors(officer);
    exporterErrors = collectErrors(exporter);
    const buyer = await buyerContext.newPage();
    await signIn(exporter, SELLER);
    await signIn(buyer, BUYER);
    arrived = await arrivedCoconutShipment(exporter, buyer);
  });

  afterAll(async () => {
    await officerContext.close();
    await exporterContext.close();
    await buyerContext.close();
    await browser.close();
  });

  it("signs in and reaches the customs desk from the home page", async () => {
    await officer.goto("/");
    await officer.locator('header a[href="/sign-in"]').first().click();
    await officer.waitForURL(/\/sign-in/);
    await signIn(officer, DEMO_CUSTOMS.officerEmail);
    await officer.goto("/");
    const card = officer.getByTestId("customs-card");
    await expect(card.innerText()).resolves.toContain("Poland");
    await card.getByRole("link", { name: "Open the customs desk" }).click();
    await officer.waitForURL(/\/customs$/);
    await officer.getByRole("heading", { name: "Customs desk", level: 1 }).waitFor();
    await expect(officer.locator("main .lead").innerText()).resolves.toBe("Shipments leaving or entering Poland, newest departure first.");
    await officer.getByTestId("customs-results").getByRole("link", { name: DEMO_TRACKING_NUMBER }).waitFor();
    await screenshot(officer, "customs-desk.png");
  });

  it("finds the demo coconuts by direction, HS chapter and mode, and names a malformed chapter next to its field", async () => {
    const search = officer.getByRole("search", { name: "Search shipments" });
    await search.getByLabel("Direction").selectOption("IMPORT");
    await search.getByLabel("HS chapter").fill("08");
    await search.getByLabel("Mode of transport").selectOption("sea");
    await search.getByRole("button", { name: "Search" }).click();
    await officer.waitForURL((url) => url.searchParams.get("hsChapter") === "08" && url.searchParams.get("direction") === "IMPORT" && url.searchParams.get("mode") === "sea");
    await textWhen(officer.getByRole("status"), /^Shipments found: \d+$/);

    const row = officer.getByTestId("customs-results").locator("tbody tr", { has: officer.getByRole("link", { name: DEMO_TRACKING_NUMBER }) });
    const text = await row.innerText();
    for (const seen of ["Sea", "Import: MY → PL", EXPORTER_NAME, IMPORTER_NAME, "08", "Not decided"]) expect(text).toContain(seen);
    // Every shipment found is what was asked for.
    for (const route of await officer.getByTestId("customs-results").locator("tbody tr").allInnerTexts()) {
      expect(route).toContain("Import:");
      expect(route).toContain("Sea");
    }

    await search.getByLabel("HS chapter").fill("8x");
    await search.getByRole("button", { name: "Search" }).click();
    await officer.locator('input[name="hsChapter"][aria-invalid="true"]').waitFor();
    await expect(describedBy(officer, 'input[name="hsChapter"]')).resolves.toContain("An HS chapter is two digits, like 08.");
    await expect(officer.getByTestId("error-summary").count()).resolves.toBe(1);
    await textWhen(officer.getByRole("status"), "Correct the filters to see shipments.");
    await expect(search.getByLabel("HS chapter").inputValue()).resolves.toBe("8x");
    await expect(search.getByLabel("Direction").inputValue()).resolves.toBe("IMPORT");
    await expect(officer.getByTestId("customs-results").count()).resolves.toBe(0);
    await expect(officer.title()).resolves.not.toMatch(/Unexpected|Application Error/i);
  });

  it("opens the shipment: parties, goods, packages, tracking and its four documents in force", async () => {
    await officer.goto("/customs?direction=IMPORT&hsChapter=08&mode=sea");
    await officer.getByTestId("customs-results").getByRole("link", { name: DEMO_TRACKING_NUMBER }).click();
    await officer.waitForURL(/\/customs\/shipments\/shp_/);
    demoShipmentPath = new URL(officer.url()).pathname;
    await officer.getByRole("heading", { name: `Shipment ${DEMO_TRACKING_NUMBER}`, level: 1 }).waitFor();
    await expect(officer.locator("main .lead").innerText()).resolves.toBe("Import: MY → PL · Sea · Straits Line");
    await expect(officer.getByTestId("clearance").innerText()).resolves.toContain("Not decided");

    const parties = await officer.getByRole("region", { name: "Parties and transport" }).innerText();
    expect(parties).toMatch(/Exporter \(seller\)\s+Kelapa Nusantara Sdn\. Bhd\.\s+Lot 12, Jalan Kelapa Emas, 42000, Port Klang MY/);
    expect(parties).toMatch(/Importer \(buyer\)\s+Gdańsk Fresh Foods Sp\. z o\.o\./);
    expect(parties).toMatch(/CIF Gdańsk \(PLGDN\)/);
    expect(parties).toContain("MYPKG → PLGDN Straits Pioneer 051W");

    const goods = await officer.getByRole("region", { name: "Goods" }).innerText();
    for (const seen of ["0801.19", "Fresh semi-husked coconuts", "40", "MY", "JHR-2611-07"]) expect(goods).toContain(seen);
    const packages = await officer.getByRole("region", { name: "Packages" }).innerText();
    for (const seen of ["40 × PX", "1,030 / 1,000", "120 × 100 × 200", "KN/GFF GDANSK 1-40"]) expect(packages).toContain(seen);
    const tracking = await officer.getByTestId("tracking").innerText();
    expect(tracking).toMatch(/Booked[\s\S]*Picked up[\s\S]*Batu Pahat, Johor[\s\S]*Export cleared[\s\S]*Port Klang[\s\S]*Departed[\s\S]*Port Klang/);

    const documents = officer.getByTestId("customs-documents");
    const rows = documents.locator("tbody tr");
    await expect(rows.count()).resolves.toBe(4);
    await expect(rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-status")))).resolves.toEqual(["issued", "issued", "issued", "issued"]);
    const listed = (await rows.allInnerTexts()).join("\n");
    for (const kind of [/Commercial invoice CI-\d{4}-\d{6} · version 1/i, /Packing list PL-\d{4}-\d{6}/, /Certificate of origin/, /Bill of lading/]) expect(listed).toMatch(kind);
    expect(listed.match(/In force/g)).toHaveLength(4);
    for (const name of ["PDF", "UBL XML", "Verify"]) await expect(rows.first().getByRole("link", { name, exact: true }).count()).resolves.toBe(1);
  });

  it("downloads all the documents as one ZIP of their PDFs and UBL files", async () => {
    const link = officer.getByTestId("customs-documents").getByRole("link", { name: "Download all (ZIP)" });
    const href = (await link.getAttribute("href"))!;
    expect(href).toBe(`${demoShipmentPath}/documents.zip`);
    const zip = await officer.request.get(href);
    expect(zip.status()).toBe(200);
    expect(zip.headers()["content-type"]).toBe("application/zip");
    expect(zip.headers()["content-disposition"]).toMatch(/^attachment; filename="shp_[^"]+-documents\.zip"/);
    expect(zip.headers()["cache-control"]).toBe("private, no-store");
    const bytes = await zip.body();
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");

    const files = unzipSync(new Uint8Array(bytes));
    const names = Object.keys(files).sort();
    const pdfs = names.filter((n) => n.endsWith(".pdf"));
    expect(pdfs).toHaveLength(4);
    expect(names.filter((n) => n.endsWith(".xml"))).toHaveLength(4);
    for (const prefix of ["commercial-invoice-CI-", "packing-list-PL-", "certificate-of-origin-", "bill-of-lading-"]) expect(pdfs.some((n) => n.startsWith(prefix))).toBe(true);
    for (const pdf of pdfs) expect(Buffer.from(files[pdf]!.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
  });

  it("verifies the commercial invoice from its Verify link: genuine, with its three named checks passed", async () => {
    const invoice = officer.getByTestId("customs-documents").locator("tbody tr", { hasText: "Commercial invoice" });
    const invoiceId = (await invoice.getAttribute("data-document"))!;
    await invoice.getByRole("link", { name: "Verify", exact: true }).click();
    await officer.waitForURL(`**/verify/${invoiceId}`);
    await officer.getByRole("heading", { name: "Verify a trade document", level: 1 }).waitFor();
    const verification = officer.getByTestId("verification");
    await expect(verification.getAttribute("data-verdict")).resolves.toBe("GENUINE");
    await expect(officer.getByRole("heading", { name: "Genuine", level: 2 }).count()).resolves.toBe(1);
    await textWhen(verification.getByRole("status"), "This is the document as Caravan issued it, and it is in force.");
    const checks = officer.getByTestId("checks").locator("li");
    await expect(checks.count()).resolves.toBe(3);
    for (const name of ["Integrity", "Status", "Issuer"]) {
      await expect(checks.filter({ has: officer.getByText(name, { exact: true }) }).innerText()).resolves.toMatch(new RegExp(`^${name} passed`));
    }
    const summary = await officer.getByTestId("document-summary").innerText();
    expect(summary).toContain(EXPORTER_NAME);
    expect(summary).toContain(IMPORTER_NAME);
    expect(summary).toMatch(/Commercial invoice CI-\d{4}-\d{6}/);
  });

  it("refuses to hold the arrived container without a reason, next to the reason field", async () => {
    await officer.goto(`/customs?direction=IMPORT&mode=sea`);
    await officer.getByTestId("customs-results").getByRole("link", { name: arrived.trackingNumber }).click();
    await officer.getByRole("heading", { name: `Shipment ${arrived.trackingNumber}`, level: 1 }).waitFor();
    const decide = officer.getByRole("form", { name: "Record a clearance decision" });
    await decide.getByRole("button", { name: "Hold" }).click();
    await officer.locator('textarea[name="reason"][aria-invalid="true"]').waitFor();
    await expect(describedBy(officer, 'textarea[name="reason"]')).resolves.toContain("This field is required.");
    await expect(officer.getByTestId("error-summary").count()).resolves.toBe(1);
    await expect(officer.getByTestId("clearance").locator(".badge").innerText()).resolves.toBe("Not decided");
  });

  it("holds it with a reason, sees it held on the desk, then releases it; its tracking shows both customs events", async () => {
    const decide = officer.getByRole("form", { name: "Record a clearance decision" });
    await decide.getByLabel("Reason or note").fill(HOLD_REASON);
    await decide.getByRole("button", { name: "Hold" }).click();
    await textWhen(officer.getByRole("status"), "Held. The shipment's tracking shows it and both companies have been told why.");
    const clearance = officer.getByTestId("clearance");
    // The answer shows before the page's data has reloaded: wait for the badge to follow it.
    await textWhen(clearance.locator(".badge"), /^Held$/);
    await expect(clearance.innerText()).resolves.toContain(HOLD_REASON);
    await expect(clearance.locator(".timeline li").innerText()).resolves.toMatch(new RegExp(`Not decided → Held ${HOLD_REASON}$`));
    await textWhen(officer.getByTestId("tracking").locator('li[data-code="held_by_customs"]'), HOLD_REASON);
    await screenshot(officer, "customs-held.png");

    // From the home card, the officer's list of held shipments has it, and not the demo container.
    await officer.goto("/");
    await officer.getByTestId("customs-card").getByRole("link", { name: "Shipments on hold" }).click();
    await officer.waitForURL((url) => url.searchParams.get("clearanceStatus") === "HELD");
    const held = officer.getByTestId("customs-results").locator("tbody tr", { has: officer.getByRole("link", { name: arrived.trackingNumber }) });
    await expect(held.innerText()).resolves.toContain("Held");
    await expect(officer.getByTestId("customs-results").getByRole("link", { name: DEMO_TRACKING_NUMBER }).count()).resolves.toBe(0);
    await held.getByRole("link", { name: arrived.trackingNumber }).click();
    await officer.getByRole("heading", { name: `Shipment ${arrived.trackingNumber}`, level: 1 }).waitFor();

    await expect(decide.getByRole("button").allInnerTexts()).resolves.toEqual(["Release"]);
    await decide.getByRole("button", { name: "Release" }).click();
    await textWhen(officer.getByRole("status"), "Released. The shipment's tracking shows it and both companies have been told.");
    await textWhen(clearance.locator(".badge"), /^Released$/);
    await expect(clearance.locator(".timeline li").allInnerTexts()).resolves.toEqual([expect.stringMatching(/Not decided → Held/), expect.stringMatching(/Held → Released$/)]);

    const tracking = officer.getByTestId("tracking");
    const codes = await tracking.locator("li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-code")));
    expect(codes).toEqual(["booked", "departed", "arrived", "held_by_customs", "released"]);
    const heldEvent = await tracking.locator('li[data-code="held_by_customs"]').innerText();
    expect(heldEvent).toMatch(/^Held by customs · .+ · Krajowa Administracja Skarbowa \(PL customs\), Poland/);
    expect(heldEvent).toContain(HOLD_REASON);
    expect(heldEvent).toContain("recorded by customs");
    await expect(tracking.locator('li[data-code="released"]').innerText()).resolves.toMatch(/^Released by customs · [\s\S]*recorded by customs$/);
  });

  it("is offered no decision on the demo container at sea, and told why; it stays undecided for everyone else", async () => {
    await officer.goto(demoShipmentPath);
    await expect(officer.getByTestId("clearance").locator(".badge").innerText()).resolves.toBe("Not decided");
    await expect(officer.getByRole("form", { name: "Record a clearance decision" }).count()).resolves.toBe(0);
    await expect(officer.locator("main").innerText()).resolves.toContain("No clearance decision can be recorded at this point of the journey: an export is decided before the goods leave, an import once they have arrived.");
    await expect(officer.getByTestId("tracking").locator("li").last().getAttribute("data-code")).resolves.toBe("departed");
  });

  it("shows the exporter, in its access log, the officer's views, downloads, verification and decisions", async () => {
    await exporter.goto("/");
    await exporter.getByTestId("exporter-card").getByRole("link", { name: "Who at customs read your papers" }).click();
    await exporter.getByRole("heading", { name: "Who at customs read your papers", level: 1 }).waitFor();
    const log = exporter.getByTestId("access-log");
    const demoId = demoShipmentPath.split("/").pop()!;
    const about = (shipmentId: string, action: string) => log.locator(`tbody tr[data-action="${action}"]`, { has: exporter.locator(`a[href="/shipments/${shipmentId}"]`) });

    const opened = about(demoId, "VIEW_SHIPMENT").first();
    await expect(opened.innerText()).resolves.toMatch(/Jan Kowalski · Krajowa Administracja Skarbowa \(PL customs\) PL[\s\S]*Opened the shipment · the shipment/);
    await expect(opened.innerText()).resolves.toMatch(/127\.0\.0\.1|::1|::ffff:127\.0\.0\.1/);
    await expect(about(demoId, "DOWNLOAD_ZIP").first().innerText()).resolves.toContain("Downloaded in the ZIP of all documents");
    await expect(about(demoId, "VERIFY_DOCUMENT").first().innerText()).resolves.toContain("Verified");
    await expect(about(arrived.id, "DECIDE").count()).resolves.toBe(2);
    await expect(about(arrived.id, "VIEW_SHIPMENT").count()).resolves.toBeGreaterThan(0);
  });

  it("ran every page without a script error or a hydration mismatch", () => {
    expect(errors).toEqual([]);
    expect(exporterErrors).toEqual([]);
  });
});
