import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectErrors, connectBrowser, describedBy, newContext, screenshot, signIn, textWhen } from "./browser.js";
import { DEMO_TRACKING_NUMBER } from "../../db/seed/trade.js";
import { paidCoconutOrder } from "./trade.js";

const SELLER = "aminah@kelapa-nusantara.example";
const BUYER = "marta@gdansk-foods.example";

/**
 * Kelapa Nusantara ships a paid coconut order by sea from Port Klang to Gdańsk from its order page:
 * a package weight that is no number is refused beside its field with everything else kept, the
 * shipment is booked, a tracking event is added; the buyer follows it from the order, and anyone
 * with the tracking number sees the journey, never the parties or the price.
 */
describe("shipping an order", () => {
  let browser: Browser;
  let seller: Page;
  let buyer: Page;
  let errors: string[];
  let orderId: string;
  let trackingNumber: string;

  beforeAll(async () => {
    browser = await connectBrowser();
    seller = await (await newContext(browser)).newPage();
    buyer = await (await newContext(browser)).newPage();
    errors = collectErrors(seller);
    await signIn(seller, SELLER);
    await signIn(buyer, BUYER);
    orderId = await paidCoconutOrder(seller, buyer, "e2e-shipping");
  });

  afterAll(async () => {
    await browser.close();
  });

  it("books the shipment from the order page, with a bad weight refused beside its field first", async () => {
    await seller.goto(`/orders/${orderId}`);
    await seller.getByTestId("ship-order").click();
    await seller.getByRole("heading", { name: "Ship goods", level: 1 }).waitFor();
    await seller.getByLabel("Mode").selectOption("SEA");
    await seller.getByLabel("Carrier").fill("Straits Line");
    await seller.getByLabel("Vessel").fill("Straits Pioneer");
    await seller.getByLabel("Port of loading").fill("MYPKG");
    await seller.getByLabel("Port of discharge").fill("plgdn");
    const row = seller.getByRole("group", { name: "Package row 1" });
    await row.getByLabel("Number of packages").fill("20");
    await row.getByLabel("Package type").selectOption("PX");
    await row.getByLabel("Gross weight per package (kg)").fill("heavy");
    await row.getByLabel("Net weight per package (kg)").fill("1000");
    await row.getByLabel("Length (cm)").fill("120");
    await row.getByLabel("Width (cm)").fill("100");
    await row.getByLabel("Height (cm)").fill("200");
    await seller.getByRole("button", { name: "Book the shipment" }).click();

    await seller.locator('input[name="packages.0.grossWeightKg"][aria-invalid="true"]').waitFor();
    await expect(describedBy(seller, 'input[name="packages.0.grossWeightKg"]')).resolves.not.toBe("");
    await expect(seller.getByLabel("Carrier").inputValue()).resolves.toBe("Straits Line");
    await expect(seller.getByTestId("error-summary").count()).resolves.toBe(1);

    await row.getByLabel("Gross weight per package (kg)").fill("1030");
    await seller.getByRole("button", { name: "Book the shipment" }).click();
    await seller.waitForURL(/\/shipments\/shp_/);
    await seller.getByRole("heading", { name: /^Shipment/, level: 1 }).waitFor();
    await expect(seller.getByTestId("shipment-packages").innerText()).resolves.toContain("20 × PX");
    await expect(seller.locator("main").innerText()).resolves.toContain("PLGDN");
    trackingNumber = (await seller.locator("h1 bdi").innerText()).trim();
    expect(trackingNumber).not.toBe("");
  });

  it("adds a tracking event in the place's local time", async () => {
    const code = seller.getByLabel("Event", { exact: true });
    const first = await code.locator("option").first().getAttribute("value");
    await code.selectOption(first!);
    // Ten minutes after booking, written as the clock in Port Klang shows it.
    const inPortKlang = new Date(Date.now() + 10 * 60_000).toLocaleString("sv-SE", { timeZone: "Asia/Kuala_Lumpur", hour12: false }).slice(0, 16).replace(" ", "T");
    await seller.getByLabel("When, local time there").fill(inPortKlang);
    await seller.getByLabel("Time zone of the place").selectOption("Asia/Kuala_Lumpur");
    await seller.getByLabel("Place", { exact: true }).fill("Port Klang");
    await seller.getByRole("button", { name: "Add the event" }).click();
    await textWhen(seller.getByRole("status"), "The event is added to the tracking.");
    await expect(seller.getByTestId("tracking-timeline").innerText()).resolves.toContain("Port Klang");
    await screenshot(seller, "shipment-seller.png");
    expect(errors).toEqual([]);
  });

  it("lets the buyer follow it from the order, and anyone track it without seeing the trade", async () => {
    await buyer.goto(`/shipments?order=${orderId}`);
    await buyer.getByRole("link", { name: trackingNumber }).click();
    await buyer.getByTestId("shipment-status").waitFor();
    await expect(buyer.getByRole("button", { name: "Add the event" }).count()).resolves.toBe(0);

    const visitor = await (await newContext(browser)).newPage();
    await visitor.goto("/");
    await visitor.getByRole("link", { name: "Track a shipment" }).click();
    await visitor.getByLabel("Tracking number").fill(trackingNumber);
    await visitor.getByRole("button", { name: "Track" }).click();
    const tracking = visitor.getByTestId("public-tracking");
    await tracking.waitFor();
    const text = await tracking.innerText();
    expect(text).toContain("Port Klang");
    expect(text).toContain("Poland");
    for (const secret of ["Gdańsk Fresh Foods", "Kelapa Nusantara", "USD", "PLN", "coconut"]) expect(text).not.toContain(secret);

    await visitor.goto("/track?number=NO-SUCH-NUMBER");
    await textWhen(visitor.getByRole("status"), "No shipment has the tracking number NO-SUCH-NUMBER.");
    await screenshot(visitor, "track-unknown.png");
  });

  it("shows the demo buyer its coconuts already at sea, and whoever scans the packing list where they were grown", async () => {
    await buyer.goto("/orders");
    await buyer.getByRole("link", { name: /^ord_/ }).last().click();
    await textWhen(buyer.locator("main"), "Shipped");
    await buyer.getByRole("link", { name: "Shipments of this order" }).click();
    await buyer.getByRole("link", { name: DEMO_TRACKING_NUMBER }).click();
    await textWhen(buyer.getByTestId("shipment-status"), "In transit");
    await expect(buyer.getByTestId("tracking-timeline").innerText()).resolves.toMatch(/Booked[\s\S]*Picked up[\s\S]*Export cleared[\s\S]*Departed · Port Klang/);

    const trace = await buyer.getByRole("link", { name: "Trace page (the packing list's QR code)" }).getAttribute("href");
    const visitor = await (await newContext(browser)).newPage();
    await visitor.goto(trace!);
    const goods = visitor.getByTestId("traced-goods");
    await expect(goods.innerText()).resolves.toMatch(/Fresh semi-husked coconuts[\s\S]*HS 0801\.19[\s\S]*Ladang Kelapa Sri Medan, Batu Pahat, Johor, Malaysia[\s\S]*phytosanitary · passed/);
    const page = await visitor.locator("main").innerText();
    expect(page).toContain("Packages: 40");
    for (const secret of ["Gdańsk Fresh Foods", "USD", "PLN", "Escrow"]) expect(page).not.toContain(secret);
    await screenshot(visitor, "trace.png");

    const unknown = await visitor.goto("/trace/no-such-code");
    expect(unknown!.status()).toBe(404);
    await textWhen(visitor.locator("main"), "No goods are traced under this code.");
  });
});
