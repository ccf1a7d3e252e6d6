import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectErrors, connectBrowser, describedBy, newContext, openDisclosure, screenshot, signIn, textWhen } from "./browser.js";

const BUYER = "marta@gdansk-foods.example";
const EXPORTER = "aminah@kelapa-nusantara.example";
const ADMIN = "admin@caravan.example";
const REQUEST_TITLE = "Fresh coconuts for Polish retail, 40 t";
const COCONUTS = "Fresh semi-husked coconuts, Grade A";
const SELLER = "Kelapa Nusantara Sdn. Bhd.";

/** Playwright's own text helpers see U+00A0 and U+202F where Intl puts them; the assertions read plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

const IMPORT_CSV = [
  "external_ref,title,description,hs_code,origin_country,unit,currency,price_tiers,moq,available_quantity,lead_time_days,incoterms",
  "KLP-E2E-YOUNG,Young green coconuts,Trimmed drinking coconuts,0801.19,MY,TNE,USD,5:980.00|20:940.00,5,200,10,FOB:Port Klang (MYPKG)",
  "KLP-E2E-SHELL,Coconut shell halves,Cleaned and sun-dried shell halves,0801.19,MY,TNE,USD,5:900.00|2:850.00,5,100,12,FOB:Port Klang (MYPKG)",
].join("\r\n");

/** A 1×1 PNG: the media endpoint reads the type from these bytes. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

function isoDay(daysAhead: number): string {
  return new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The coconut story in the browser: Gdańsk Fresh Foods' request for 40 t of coconuts ranks Kelapa
 * Nusantara's listing first; Kelapa sees the lead and quotes in US dollars; the buyer compares the
 * quote in złoty, with the rate and its date, and accepts it. Around it: the public catalogue,
 * the CSV import, a sale event and an Arabic page.
 */
describe("the marketplace", () => {
  let browser: Browser;
  let buyer: { context: BrowserContext; page: Page; errors: string[] };
  let exporter: { context: BrowserContext; page: Page; errors: string[] };
  let requestUrl: string;

  async function person(email: string) {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await signIn(page, email);
    return { context, page, errors };
  }

  beforeAll(async () => {
    browser = await connectBrowser();
    buyer = await person(BUYER);
    exporter = await person(EXPORTER);
  });

  afterAll(async () => {
    await buyer.context.close();
    await exporter.context.close();
    await browser.close();
  });

  it("finds coconuts in the public catalogue, with the filters in the URL", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Catalogue" }).click();
    await page.getByRole("heading", { name: "Catalogue", level: 1 }).waitFor();
    await page.getByLabel("Words").fill("coconut");
    await page.getByLabel("HS code starts with").fill("0801");
    await page.getByLabel("Country of origin").selectOption("MY");
    await page.getByLabel("Verified sellers only").check();
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/q=coconut/);

    const params = new URL(page.url()).searchParams;
    expect(Object.fromEntries(["q", "hs", "origin", "verified"].map((p) => [p, params.get(p)]))).toEqual({ q: "coconut", hs: "0801", origin: "MY", verified: "1" });
    const cards = page.locator(".listing-card");
    await cards.first().waitFor();
    for (const title of await cards.locator("h2").allInnerTexts()) expect(title.toLowerCase()).toContain("coconut");
    await expect(cards.first().innerText()).resolves.toContain(SELLER);

    // The same search, opened from its URL by someone else, shows the same filters filled in.
    await page.goto(`/catalogue?${params}`);
    await expect(page.getByLabel("HS code starts with").inputValue()).resolves.toBe("0801");
    await expect(page.getByLabel("Country of origin").inputValue()).resolves.toBe("MY");

    // A filter the API refuses is explained next to its field, and the page still works.
    await page.goto("/catalogue?q=coconut&hs=8x");
    await page.locator('input[name="hs"][aria-invalid="true"]').waitFor();
    await expect(describedBy(page, 'input[name="hs"]')).resolves.toContain("Enter the start of an HS code");

    await page.goto(`/catalogue?${params}`);
    await cards.first().getByRole("link").click();
    await page.locator("#listing-title").waitFor();
    await expect(page.locator("main").innerText()).resolves.toContain("Price by quantity");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows the buyer the coconut listing ranked first for her request, with its reasons", async () => {
    const { page } = buyer;
    await page.goto("/");
    await page.getByTestId("buyer-card").getByRole("link", { name: "My sourcing requests" }).click();
    await page.getByRole("link", { name: REQUEST_TITLE }).click();
    await page.getByRole("heading", { name: REQUEST_TITLE, level: 1 }).waitFor();
    requestUrl = new URL(page.url()).pathname;

    const first = page.getByTestId("matches").locator(":scope > li").first();
    await expect(first.locator("h3").innerText()).resolves.toBe(`#1 ${COCONUTS}`);
    const reasons = plain(await first.locator(".reasons").innerText());
    expect(reasons).toContain("same HS subheading 0801.19");
    expect(reasons).toContain("MOQ 5 t ≤ your 40 t");
    expect(reasons).toMatch(/price \d+ % under target/);
    expect(reasons).toContain("offers CIF Gdańsk (PLGDN)");
    expect(plain(await first.innerText())).toMatch(/Could arrive by sea between .+ and .+: in time/);
    await expect(first.getByTestId("seller-verified").count()).resolves.toBe(1);
  });

  it("lets the exporter see the lead and quote in US dollars, with field errors next to the fields", async () => {
    const { page } = exporter;
    await page.goto("/");
    await expect(page.getByTestId("unread-count").innerText()).resolves.toMatch(/\d/);
    await page.getByTestId("exporter-card").getByRole("link", { name: "Leads: requests that match my goods" }).click();
    const lead = page.locator(".match", { has: page.getByRole("heading", { name: REQUEST_TITLE }) });
    expect(plain(await lead.innerText())).toContain("MOQ 5 t ≤ your 40 t");
    await lead.getByRole("link", { name: `Send a quote ${REQUEST_TITLE}` }).click();
    await page.getByRole("heading", { name: `Quote on ${REQUEST_TITLE}` }).waitFor();

    // Filled in from the lead: the listing, its price in its currency and the request's terms.
    await expect(page.getByLabel("For my listing").locator("option:checked").innerText()).resolves.toBe(COCONUTS);
    await expect(page.getByLabel("Currency").inputValue()).resolves.toBe("USD");
    await expect(page.getByLabel("Quantity (t)").inputValue()).resolves.toBe("40");
    await expect(page.getByLabel("Incoterm", { exact: true }).inputValue()).resolves.toBe("CIF");

    await page.getByLabel("Price per t").fill("1150.00");
    await page.getByLabel("Quantity (t)").fill("forty");
    await page.getByRole("button", { name: "Send quote" }).click();
    await page.locator('input[name="quantity"][aria-invalid="true"]').waitFor();
    await expect(describedBy(page, 'input[name="quantity"]')).resolves.toBe("Enter a number.");
    await expect(describedBy(page, 'select[name="paymentTerms"]')).resolves.toBe("This field is required.");
    await expect(page.getByLabel("Price per t").inputValue()).resolves.toBe("1150.00");

    await page.getByLabel("Quantity (t)").fill("40");
    await page.getByLabel("Payment terms").selectOption("LETTER_OF_CREDIT");
    await page.getByLabel("Message to the buyer").fill("Two 40' reefers, loading in Port Klang within 14 days of the L/C.");
    await page.getByRole("button", { name: "Send quote" }).click();
    await textWhen(page.getByRole("status"), "Your quote is sent");
    expect(new URL(page.url()).pathname).toBe("/selling/quotes");
    const row = page.locator("tr", { hasText: REQUEST_TITLE });
    const text = plain(await row.innerText());
    expect(text).toContain("Submitted");
    expect(text).toContain("USD 1,150.00 per t");
    expect(text).toContain("USD 46,000.00");
  });

  it("shows the buyer the quote in złoty with the rate and its date, re-ranks it by her weights, and accepts it", async () => {
    const { page } = buyer;
    await page.goto(requestUrl);
    const table = page.getByTestId("quote-comparison");
    await table.waitFor();
    const cell = (row: string) => table.locator(`td[data-row="${row}"]`).first();
    await expect(cell("seller").innerText()).resolves.toContain(SELLER);
    await expect(cell("price").innerText().then(plain)).resolves.toBe("USD 1,150.00 per t");
    // 1150 USD × 3.655 PLN/USD, the demo rate of 20 November 2026.
    await expect(cell("priceInBuyerCurrency").innerText().then(plain)).resolves.toBe("PLN 4,203.25 per t\n1 USD = 3.655 PLN, rate of Nov 20, 2026");
    await expect(cell("total").innerText().then(plain)).resolves.toBe("PLN 168,130.00 (USD 46,000.00)");
    await expect(cell("paymentTerms").innerText()).resolves.toBe("Letter of credit");

    await page.getByLabel("Price", { exact: true }).fill("70");
    await page.getByLabel("Lead time", { exact: true }).fill("30");
    await page.getByLabel("Minimum order", { exact: true }).fill("0");
    await page.getByLabel("Payment terms", { exact: true }).fill("0");
    await page.getByRole("button", { name: "Rank again" }).click();
    await page.waitForURL(/price=70/);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ price: "70", leadTime: "30", moq: "0", paymentTerms: "0" });
    await expect(page.getByLabel("Price", { exact: true }).inputValue()).resolves.toBe("70");

    await table.getByRole("link", { name: `Accept ${SELLER}` }).click();
    const confirm = page.getByRole("alertdialog");
    await expect(confirm.innerText().then(plain)).resolves.toContain(`Accept the quote of ${SELLER}: PLN 4,203.25 per t, PLN 168,130.00 in total?`);
    await confirm.getByRole("button", { name: `Yes, accept the quote of ${SELLER}` }).click();
    await textWhen(page.getByRole("status"), `You accepted the quote of ${SELLER}`);
    await textWhen(page.locator(".status-line").first(), "Awarded");
    await expect(cell("status").innerText()).resolves.toBe("Accepted");
    await expect(table.getByRole("link", { name: /^Accept/ }).count()).resolves.toBe(0);
  });

  it("tells the exporter in its inbox, where it marks the news read", async () => {
    const { page } = exporter;
    await page.goto("/selling/quotes");
    await textWhen(page.locator("tr", { hasText: REQUEST_TITLE }), "Accepted");
    await page.getByTestId("inbox-link").click();
    await page.getByRole("heading", { name: "Inbox" }).waitFor();
    const news = page.locator(".notification", { hasText: `Gdańsk Fresh Foods Sp. z o.o. accepted your quote for “${REQUEST_TITLE}”` });
    await expect(news.getAttribute("class")).resolves.toContain("notification-unread");
    const before = Number(await page.getByTestId("unread-count").innerText());
    await news.getByRole("button", { name: /^Mark as read/ }).click();
    await textWhen(page.getByRole("status"), "1 notification marked as read.");
    // The list and the header count reload after the answer; wait for the notification to show as read.
    await page.locator(".notification:not(.notification-unread)", { hasText: `accepted your quote for “${REQUEST_TITLE}”` }).waitFor();
    const badge = page.getByTestId("unread-count");
    const after = (await badge.count()) ? Number(await badge.innerText()) : 0;
    expect(after).toBe(before - 1);
  });

  it("creates a listing from the form, with the API's errors next to the row they are about", async () => {
    const { page } = exporter;
    await page.goto("/selling/listings");
    await page.getByRole("link", { name: "New listing" }).click();
    await page.getByRole("heading", { name: "New listing", level: 1 }).waitFor();
    await page.getByLabel("Title", { exact: true }).fill("Coconut water concentrate");
    await page.getByLabel("Description", { exact: true }).fill("Cold-evaporated, 65 °Brix, in 220 l aseptic drums.");
    await page.getByLabel("HS code", { exact: true }).fill("0801.19");
    await expect(page.getByLabel("Country of origin").inputValue()).resolves.toBe("MY");
    await page.getByLabel("Unit of sale").selectOption("TNE");
    await page.getByLabel("Minimum order quantity").fill("5");
    await page.getByLabel("Quantity available").fill("60");
    await page.getByLabel("Lead time in days").fill("20");
    await page.getByLabel("Tier 1: from quantity").fill("5");
    await page.getByLabel("Tier 1: price per unit").fill("2400.00");
    await page.getByLabel("Tier 2: from quantity").fill("2");
    await page.getByLabel("Tier 2: price per unit").fill("2300.00");
    await page.getByLabel("Incoterm 1", { exact: true }).selectOption("FOB");
    await page.getByLabel("Incoterm 1: named place").fill("Port Klang (MYPKG)");
    await page.getByRole("button", { name: "Save draft" }).click();
    await page.locator('input[name="priceTiers.1.minQuantity"][aria-invalid="true"]').waitFor();
    await expect(describedBy(page, 'input[name="priceTiers.1.minQuantity"]')).resolves.toBe("Each quantity break must be larger than the one before it (5).");
    await expect(page.locator('input[name="priceTiers.0.minQuantity"]').getAttribute("aria-invalid")).resolves.toBeNull();

    // Another Incoterm needs another row: the form comes back with one more, and what was typed.
    await page.getByRole("button", { name: "Add a row to Incoterms offered" }).click();
    await page.getByLabel("Incoterm 3", { exact: true }).waitFor();
    await expect(page.getByLabel("Tier 2: from quantity").inputValue()).resolves.toBe("2");
    await page.getByLabel("Incoterm 2", { exact: true }).selectOption("CIF");
    await page.getByLabel("Incoterm 2: named place").fill("Gdańsk (PLGDN)");
    await page.getByLabel("Tier 2: from quantity").fill("20");
    await page.getByRole("button", { name: "Save draft" }).click();
    await textWhen(page.getByRole("status"), "The listing is saved as a draft.");
    await page.getByRole("heading", { name: "Coconut water concentrate", level: 1 }).waitFor();
    await expect(page.getByLabel("Incoterm 2: named place").inputValue()).resolves.toBe("Gdańsk (PLGDN)");
    await expect(page.locator(".status-line").first().innerText()).resolves.toContain("Draft");
  });

  it("imports a CSV file and reports the bad row with its column and reason", async () => {
    const { page } = exporter;
    await page.goto("/selling/import");
    await page.getByLabel("CSV file", { exact: true }).setInputFiles({ name: "coconuts.csv", mimeType: "text/csv", buffer: Buffer.from(IMPORT_CSV) });
    await page.getByRole("button", { name: "Import" }).click();
    const report = page.getByTestId("import-report");
    await report.waitFor();
    await expect(report.getByRole("status").innerText()).resolves.toBe("2 rows read: 1 created, 0 updated, 1 not saved.");
    const rows = report.locator("tbody tr");
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().locator("td").allInnerTexts()).resolves.toEqual(["3", "price_tiers", expect.stringContaining("larger than the one before it")]);

    await page.goto("/selling/listings?status=DRAFT");
    await textWhen(page.locator("table"), "Young green coconuts");
    await expect(page.locator("table").innerText()).resolves.not.toContain("Coconut shell halves");
  });

  it("imports and adds photos without JavaScript too, through plain multipart forms", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, EXPORTER);
    await page.goto("/selling/import");
    await page.getByLabel("CSV file", { exact: true }).setInputFiles({ name: "again.csv", mimeType: "text/csv", buffer: Buffer.from(IMPORT_CSV) });
    await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Import" }).click()]);
    // The same file again updates the good row instead of adding it twice.
    await expect(page.getByTestId("import-report").getByRole("status").innerText()).resolves.toBe("2 rows read: 0 created, 1 updated, 1 not saved.");
    await expect(page.locator(".import-errors tbody tr").first().getAttribute("data-row")).resolves.toBe("3");

    // A photo goes through the page, which hands the bytes to the media endpoint.
    await page.goto("/selling/listings?status=DRAFT");
    await Promise.all([page.waitForEvent("load"), page.getByRole("link", { name: "Coconut water concentrate" }).click()]);
    await page.getByLabel("Add a photo").setInputFiles({ name: "drum.png", mimeType: "image/png", buffer: PNG });
    await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Upload photo" }).click()]);
    await expect(page.getByRole("status").innerText()).resolves.toBe("The photo is added.");
    await page.getByRole("img", { name: "Coconut water concentrate, photo 1" }).waitFor();
    await context.close();
  });

  it("adds a photo to a listing and publishes it, with a refusal for a file that is no image", async () => {
    const { page } = exporter;
    await page.goto("/selling/listings?status=DRAFT");
    await page.getByRole("link", { name: "Young green coconuts" }).click();
    await page.getByRole("heading", { name: "Photos" }).waitFor();
    await page.getByLabel("Add a photo").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("not an image") });
    await page.getByRole("button", { name: "Upload photo" }).click();
    await textWhen(page.locator("#field-photo-error"), "Upload a JPEG, PNG or WebP image.");
    await page.getByLabel("Add a photo").setInputFiles({ name: "coconut.png", mimeType: "image/png", buffer: PNG });
    await page.getByRole("button", { name: "Upload photo" }).click();
    await page.getByRole("img", { name: "Young green coconuts, photo 1" }).waitFor();

    await page.getByRole("button", { name: "Publish" }).click();
    await textWhen(page.getByRole("status"), "The listing is live.");
    await page.getByRole("link", { name: "See it in the catalogue" }).click();
    await page.locator("#listing-title").waitFor();
    const photo = page.getByRole("img", { name: "Young green coconuts, photo 1" });
    // Decoded: with srcset the browser reports the size it draws, not the 1 px of the file.
    await expect(photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).resolves.toBeGreaterThan(0);
  });

  it("lets the platform admin run a local-day sale event that the home page announces in the viewer's time zone", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await signIn(page, ADMIN);
    await openDisclosure(page.locator("details.nav-group"));
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sale events" }).click();
    await page.getByLabel("Name", { exact: true }).fill("Coconut Day");
    await page.locator('input[name="kind"][value="LOCAL_DAY"]').check();
    await page.getByLabel("First day").fill(isoDay(3));
    await page.getByLabel("Countries served").fill("MY, PL");
    await page.getByRole("button", { name: "Create event" }).click();
    await textWhen(page.getByRole("status"), "Coconut Day is created.");
    const row = page.locator("tr", { hasText: "Coconut Day" });
    // Midnight in Malaysia (UTC+8) opens it, the end of the day in Warsaw (UTC+1) closes it: 16:00 to 22:59 UTC.
    const text = await row.innerText();
    expect(text).toMatch(/opens in Asia\/[A-Za-z_]+(, Asia\/[A-Za-z_]+)*, closes in Europe\/Warsaw/);
    expect(text).toMatch(/16:00 GMT.*– .*:59 GMT/);
    expect(text).toContain("Upcoming");
    expect(errors).toEqual([]);
    await context.close();

    await buyer.page.goto("/");
    const banner = buyer.page.getByTestId("sale-event-banner");
    await expect(banner.innerText()).resolves.toContain("Coming up: Coconut Day");
    await expect(banner.innerText()).resolves.toContain("your time zone: Europe/Warsaw");
  });

  it("lays a marketplace page out right to left in Arabic", async () => {
    const { page } = buyer;
    await page.goto(requestUrl);
    await page.getByLabel("Language", { exact: true }).selectOption("ar");
    await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Change", exact: true }).click()]);
    await expect(page.locator("html").getAttribute("dir")).resolves.toBe("rtl");
    await textWhen(page.getByRole("heading", { level: 2 }), "ما طلبته");
    await page.waitForLoadState("networkidle");
    const width = page.viewportSize()!.width;
    const brand = (await page.locator(".brand").boundingBox())!;
    expect(brand.x + brand.width).toBeGreaterThan(width * 0.85);
    // The comparison table starts at the right: its first column (the row names) is the rightmost.
    const [rowName, firstQuote] = await Promise.all([
      page.locator(".comparison tbody tr").first().locator("th").boundingBox(),
      page.locator(".comparison tbody tr").first().locator("td").first().boundingBox(),
    ]);
    expect(rowName!.x).toBeGreaterThan(firstQuote!.x);
    await screenshot(page, "sourcing-request-ar.png");

    await exporter.page.goto("/selling/insights");
    await exporter.page.context().addCookies([{ name: "lng", value: "ar", url: exporter.page.url() }]);
    await exporter.page.reload();
    await expect(exporter.page.locator("html").getAttribute("dir")).resolves.toBe("rtl");
    await exporter.page.getByRole("heading", { name: "مؤشرات الطلب", level: 1 }).waitFor();
    await screenshot(exporter.page, "insights-ar.png");
  });

  it("ran every page without a script error or a hydration mismatch", () => {
    expect(buyer.errors).toEqual([]);
    expect(exporter.errors).toEqual([]);
  });
});
