import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectErrors, connectBrowser, newContext, signIn, textWhen } from "./browser.js";

const BUYER = "marta@gdansk-foods.example";
const SELLER = "aminah@kelapa-nusantara.example";
const LISTING = "Desiccated coconut, fine grade";

/**
 * From a listing a buyer can do more than ask for a quote: save it to the company's shortlist
 * and write to the seller, who reads it in the inbox and answers; an empty message is refused
 * beside its field. Saving works without JavaScript too.
 */
describe("a buyer saves a listing and writes to its seller", () => {
  let browser: Browser;
  let buyer: Page;
  let seller: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await connectBrowser();
    buyer = await (await newContext(browser)).newPage();
    seller = await (await newContext(browser)).newPage();
    errors = collectErrors(buyer);
    await signIn(buyer, BUYER);
    await signIn(seller, SELLER);
  });

  afterAll(async () => {
    await browser.close();
  });

  async function openListing(page: Page): Promise<void> {
    await page.goto("/catalogue?q=desiccated");
    await page.locator("main .listing-cards a", { hasText: LISTING }).first().click();
    await page.getByRole("heading", { level: 1, name: LISTING }).waitFor();
  }

  it("saves the listing, finds it on the shortlist, and takes it off again", async () => {
    await openListing(buyer);
    await buyer.getByRole("button", { name: "Save", exact: true }).click();
    await textWhen(buyer.getByTestId("save-listing").getByRole("status"), "Saved in your company's list:");
    await buyer.getByTestId("save-listing").getByRole("link", { name: "Saved listings" }).click();
    await buyer.getByRole("heading", { level: 1, name: "Saved listings" }).waitFor();
    await expect(buyer.getByTestId("saved-listings").innerText()).resolves.toContain(LISTING);

    await openListing(buyer);
    await buyer.getByRole("button", { name: "Remove from saved" }).click();
    await buyer.getByRole("button", { name: "Save", exact: true }).waitFor();
    await buyer.goto("/saved");
    await textWhen(buyer.locator("main"), "Nothing saved yet.");
  });

  it("saves without JavaScript, through a plain form post", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, BUYER);
    await openListing(page);
    await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Save", exact: true }).click()]);
    await expect(page.getByTestId("save-listing").getByRole("status").innerText()).resolves.toContain("Saved in your company's list:");
    await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Remove from saved" }).click()]);
    await context.close();
  });

  it("writes to the seller, who reads it from the inbox and answers", async () => {
    await openListing(buyer);
    await buyer.getByTestId("contact-seller").click();
    await buyer.getByRole("heading", { level: 1, name: "Contact the seller" }).waitFor();
    await buyer.getByRole("button", { name: "Send" }).click();
    await buyer.locator('textarea[name="body"][aria-invalid="true"]').waitFor();
    await textWhen(buyer.getByTestId("error-summary"), "There is a problem");

    await buyer.getByLabel("Your message").fill("Is fine grade available with a moisture certificate for 20 t in January?");
    await buyer.getByRole("button", { name: "Send" }).click();
    await textWhen(buyer.getByTestId("messages"), "moisture certificate for 20 t");

    await seller.goto("/inbox");
    await seller.getByRole("link", { name: `Gdańsk Fresh Foods Sp. z o.o. wrote about “${LISTING}”` }).first().click();
    await textWhen(seller.getByTestId("messages"), "moisture certificate");
    await expect(seller.locator("main .lead").innerText()).resolves.toContain("with Gdańsk Fresh Foods Sp. z o.o., the buyer");
    await seller.getByLabel("Your reply").fill("Yes: moisture ≤ 3 %, certificate from SGS with each lot.");
    await seller.getByRole("button", { name: "Send" }).click();
    await textWhen(seller.getByTestId("messages"), "certificate from SGS");

    await buyer.goto("/messages");
    await buyer.getByTestId("conversations").getByRole("link", { name: LISTING }).click();
    await textWhen(buyer.getByTestId("messages"), "certificate from SGS");
    expect(errors).toEqual([]);
  });
});
