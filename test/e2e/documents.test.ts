import { request, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_CUSTOMS } from "../../db/seed/index.js";
import { collectErrors, connectBrowser, describedBy, newContext, screenshot, signIn, textWhen } from "./browser.js";
import { graphql, paidCoconutOrder, payload } from "./trade.js";

const SELLER = "aminah@kelapa-nusantara.example";
const BUYER = "marta@gdansk-foods.example";

/**
 * The demo world has no shipment, so the journey makes its own: Gdańsk Fresh Foods orders 20 t of
 * Kelapa Nusantara's coconuts CIF Gdańsk into escrow, and Kelapa Nusantara books it by sea.
 */
async function coconutShipment(seller: Page, buyer: Page): Promise<string> {
  const orderId = await paidCoconutOrder(seller, buyer, "e2e-documents");
  const shipped = await graphql<{ createShipment: { shipment: { id: string } | null; userErrors: unknown[] } }>(
    seller,
    "mutation($input: CreateShipmentInput!) { createShipment(input: $input) { shipment { id } userErrors { field code message } } }",
    {
      input: {
        orderId,
        mode: "SEA",
        carrierName: "Straits Line",
        vesselName: "Straits Pioneer",
        voyageNumber: "042W",
        portOfLoading: "MYPKG",
        portOfDischarge: "PLGDN",
        timeZone: "Asia/Kuala_Lumpur",
        packages: [{ count: 20, packageType: "PX", grossWeightKg: 1030, netWeightKg: 1000, lengthCm: 120, widthCm: 100, heightCm: 200, marks: "KN/GFF 1-20" }],
        lines: [{ orderLineId: `${orderId}#1`, quantity: 20 }],
      },
    },
  );
  return payload(shipped.createShipment).shipment!.id;
}

describe("trade documents for people", () => {
  let browser: Browser;
  let sellerContext: BrowserContext;
  let buyerContext: BrowserContext;
  let seller: Page;
  let shipmentId: string;
  let invoiceId: string;
  let invoicePdf: Buffer;
  let errors: string[];

  beforeAll(async () => {
    browser = await connectBrowser();
    sellerContext = await newContext(browser);
    buyerContext = await newContext(browser);
    seller = await sellerContext.newPage();
    errors = collectErrors(seller);
    const buyer = await buyerContext.newPage();
    await signIn(seller, SELLER);
    await signIn(buyer, BUYER);
    shipmentId = await coconutShipment(seller, buyer);
  });

  afterAll(async () => {
    await sellerContext.close();
    await buyerContext.close();
    await browser.close();
  });

  it("shows the seller what the lane needs, refuses an invoice without a signatory title next to the field, then issues it", async () => {
    await seller.goto(`/shipments/${shipmentId}/documents`);
    await seller.getByRole("heading", { name: /Documents of shipment/, level: 1 }).waitFor();
    const required = seller.getByTestId("required-documents");
    await expect(required.locator('[data-kind="COMMERCIAL_INVOICE"]').getAttribute("data-state")).resolves.toBe("missing");
    await expect(required.locator('[data-kind="PACKING_LIST"]').getAttribute("data-state")).resolves.toBe("missing");

    const invoice = seller.locator('section[data-issue="COMMERCIAL_INVOICE"]');
    await invoice.locator('input[name="place"]').fill("Port Klang");
    await invoice.locator('select[name="secondLanguage"]').selectOption("pl");
    await invoice.getByRole("button", { name: "Issue the document" }).click();
    await invoice.locator('input[name="signatoryTitle"][aria-invalid="true"]').waitFor();
    await expect(describedBy(seller, 'section[data-issue="COMMERCIAL_INVOICE"] input[name="signatoryTitle"]')).resolves.not.toBe("");
    await expect(invoice.getByTestId("error-summary").count()).resolves.toBe(1);
    await expect(invoice.locator('input[name="place"]').inputValue()).resolves.toBe("Port Klang");
    await expect(invoice.locator('select[name="secondLanguage"]').inputValue()).resolves.toBe("pl");

    await invoice.locator('input[name="signatoryTitle"]').fill("Director");
    await invoice.getByRole("button", { name: "Issue the document" }).click();
    await textWhen(seller.getByRole("status"), /Commercial invoice CI-\d{4}-\d{6} version 1 is issued\./);
    // The answer shows before the page's data has reloaded: wait for the list to follow it.
    await required.locator('[data-kind="COMMERCIAL_INVOICE"][data-state="in-force"]').waitFor();
    const row = seller.locator('[data-testid="documents"] tbody tr', { hasText: "Commercial invoice" });
    invoiceId = (await row.getAttribute("data-document"))!;
    expect(invoiceId).toBeTruthy();
    await screenshot(seller, "shipment-documents.png");
  });

  it("keeps the typed values and names the field when the form is posted without JavaScript", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false, storageState: await sellerContext.storageState() });
    const page = await context.newPage();
    await page.goto(`/shipments/${shipmentId}/documents`);
    const invoice = page.locator('section[data-issue="COMMERCIAL_INVOICE"]');
    await invoice.locator('input[name="signatoryTitle"]').fill("Director");
    await invoice.getByRole("button", { name: "Issue the corrected version" }).click();
    await page.locator('textarea[name="correctionReason"][aria-invalid="true"]').waitFor();
    await expect(page.title()).resolves.toMatch(/^Error: /);
    await expect(page.locator('section[data-issue="COMMERCIAL_INVOICE"] input[name="signatoryTitle"]').inputValue()).resolves.toBe("Director");
    await expect(page.locator("[data-testid=documents] tbody tr").count()).resolves.toBe(1);
    await context.close();
  });

  it("downloads the invoice's PDF as a private attachment, and its UBL", async () => {
    const row = seller.locator(`tr[data-document="${invoiceId}"]`);
    const pdfHref = (await row.getByRole("link", { name: "PDF" }).getAttribute("href"))!;
    expect(pdfHref).toBe(`/documents/${invoiceId}.pdf`);
    const pdf = await seller.request.get(pdfHref);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect(pdf.headers()["content-disposition"]).toMatch(/^attachment; filename="commercial-invoice-CI-\d{4}-\d{6}-v1\.pdf"/);
    expect(pdf.headers()["cache-control"]).toBe("private, no-store");
    expect(pdf.headers()["x-content-type-options"]).toBe("nosniff");
    invoicePdf = await pdf.body();
    expect(invoicePdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");

    const xml = await seller.request.get(`/documents/${invoiceId}.xml`);
    expect(xml.headers()["content-type"]).toMatch(/^application\/xml/);
    await expect(xml.text()).resolves.toContain("<Invoice");
    expect((await seller.request.get(`/documents/${invoiceId}.docx`)).status()).toBe(404);
    const anonymous = await newContext(browser);
    const refused = await anonymous.request.get(pdfHref, { maxRedirects: 0 });
    expect(refused.status()).toBe(302);
    expect(refused.headers().location).toMatch(/^\/sign-in\?redirectTo=/);
    await anonymous.close();
  });

  it("says genuine for the QR code's address and for the PDF uploaded, and altered with no data for a changed copy", async () => {
    await seller.goto(`/verify/${invoiceId}`);
    await expect(seller.getByTestId("verification").getAttribute("data-verdict")).resolves.toBe("GENUINE");
    await expect(seller.getByTestId("checks").locator('[data-passed="true"]').count()).resolves.toBe(3);
    await textWhen(seller.getByTestId("document-summary"), "Kelapa Nusantara Sdn. Bhd.");

    await seller.goto("/verify");
    await seller.locator('input[name="file"]').setInputFiles({ name: "invoice.pdf", mimeType: "application/pdf", buffer: invoicePdf });
    await seller.getByRole("button", { name: "Verify" }).click();
    await seller.locator('[data-testid="verification"][data-verdict="GENUINE"]').waitFor();
    await textWhen(seller.getByTestId("document-summary"), "Gdańsk Fresh Foods");

    const altered = Buffer.from(invoicePdf);
    const middle = Math.floor(altered.length / 2);
    altered[middle] = altered[middle]! ^ 0x01;
    await seller.locator('input[name="file"]').setInputFiles({ name: "invoice-copy.pdf", mimeType: "application/pdf", buffer: altered });
    await seller.getByRole("button", { name: "Verify" }).click();
    await seller.locator('[data-testid="verification"][data-verdict="ALTERED"]').waitFor();
    await expect(seller.getByTestId("document-summary").count()).resolves.toBe(0);
    await seller.getByTestId("no-data").waitFor();
    await expect(seller.locator('[data-check="integrity"]').getAttribute("data-passed")).resolves.toBe("false");

    await seller.locator('input[name="file"]').setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("not a document") });
    await seller.getByRole("button", { name: "Verify" }).click();
    await textWhen(seller.getByTestId("error-summary"), "This file is not a PDF.");
    await screenshot(seller, "verify-upload.png");

    const tooLarge = await seller.request.post("/verify", { multipart: { file: { name: "huge.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(21 * 1024 * 1024, 0x25) } } });
    expect(tooLarge.status()).toBe(413);
    await expect(tooLarge.text()).resolves.toContain("The file is larger than 20 MB.");
  });

  it("previews the packing list as a PDF for a new tab without issuing it", async () => {
    await seller.goto(`/shipments/${shipmentId}/documents`);
    const packing = seller.locator('section[data-issue="PACKING_LIST"]');
    const button = packing.getByRole("button", { name: "Preview" });
    const action = (await button.getAttribute("formaction"))!;
    await expect(button.getAttribute("formtarget")).resolves.toBe("_blank");
    // What the button posts: the form's own fields, to the preview address.
    const form = { intent: "issue", kind: "PACKING_LIST", signatoryTitle: "Director", preview: "1" };
    // A client of its own: the page's keeps connections the server may have closed meanwhile.
    const client = await request.newContext({ baseURL: inject("baseUrl"), storageState: await sellerContext.storageState() });
    const response = await client.post(action, { form });
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["content-disposition"]).toMatch(/^inline;/);
    expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
    const refused = await client.post(action, { form: { ...form, signatoryTitle: "" } });
    expect(refused.status()).toBe(400);
    expect(await refused.text()).not.toMatch(/Error|at \S+ \(/);
    await client.dispose();
    // Nothing was numbered: the packing list is still to issue, and its form still says so.
    await seller.reload();
    await expect(seller.locator('section[data-issue="PACKING_LIST"]').getByRole("button", { name: "Issue the document" }).count()).resolves.toBe(1);
  });

  it("issues the packing list, then revokes the invoice with a reason that /verify shows", async () => {
    await seller.goto(`/shipments/${shipmentId}/documents`);
    const packing = seller.locator('section[data-issue="PACKING_LIST"]');
    await packing.locator('input[name="signatoryTitle"]').fill("Director");
    await packing.getByRole("button", { name: "Issue the document" }).click();
    await textWhen(seller.getByRole("status"), /Packing list PL-\d{4}-\d{6} version 1 is issued\./);

    const row = seller.locator(`tr[data-document="${invoiceId}"]`);
    await row.locator("summary").click();
    await row.getByRole("button", { name: /^Revoke CI-/ }).click();
    await row.locator('textarea[name="reason"][aria-invalid="true"]').waitFor();
    await row.locator('textarea[name="reason"]').fill("Unit price on line 1 was wrong");
    await row.getByRole("button", { name: /^Revoke CI-/ }).click();
    await textWhen(seller.getByRole("status"), /CI-\d{4}-\d{6} version 1 is revoked\./);
    await seller.locator(`tr[data-document="${invoiceId}"][data-status="REVOKED"]`).waitFor();

    await seller.goto(`/verify/${invoiceId}`);
    await expect(seller.getByTestId("verification").getAttribute("data-verdict")).resolves.toBe("REVOKED");
    await expect(seller.getByTestId("revoked-reason").innerText()).resolves.toBe("Unit price on line 1 was wrong");
    await screenshot(seller, "verify-revoked.png");
    expect(errors).toEqual([]);
  });

  it("lets the Polish customs officer see the documents and download them all as a ZIP", async () => {
    const context = await newContext(browser);
    const officer = await context.newPage();
    const officerErrors = collectErrors(officer);
    await signIn(officer, DEMO_CUSTOMS.officerEmail);
    await officer.goto(`/customs/shipments/${shipmentId}`);
    const documents = officer.getByTestId("customs-documents");
    await expect(documents.locator("tbody tr").count()).resolves.toBe(2);
    await expect(documents.locator(`tr[data-document="${invoiceId}"]`).getAttribute("data-status")).resolves.toBe("revoked");
    await expect(documents.locator(`tr[data-document="${invoiceId}"] a[href="/verify/${invoiceId}"]`).count()).resolves.toBe(1);

    const zipHref = (await documents.getByRole("link", { name: "Download all (ZIP)" }).getAttribute("href"))!;
    const zip = await officer.request.get(zipHref);
    expect(zip.status()).toBe(200);
    expect(zip.headers()["content-type"]).toBe("application/zip");
    expect(zip.headers()["cache-control"]).toBe("private, no-store");
    const bytes = await zip.body();
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(bytes.toString("latin1")).toMatch(/packing-list-PL-\d{4}-\d{6}-v1\.pdf/);

    await officer.goto(`/shipments/${shipmentId}/documents`);
    await expect(officer.locator("[data-testid=documents] tbody tr").count()).resolves.toBe(2);
    await expect(officer.locator("section[data-issue]").count()).resolves.toBe(0);
    await expect(officer.locator("form").filter({ has: officer.locator('input[name="intent"]') }).count()).resolves.toBe(0);
    expect(officerErrors).toEqual([]);
    await context.close();
  });
});
