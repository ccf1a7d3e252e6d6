import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_TRACKING_NUMBER } from "../../db/seed/trade.js";
import { collectErrors, connectBrowser, newContext, screenshot, signIn } from "./browser.js";

/**
 * The buyer's journey in three languages and two directions: find goods by words of the viewer's
 * own language, open the listing, check out with the landed cost in the buyer's currency, place
 * the order and see it waiting for the seller, then track the demo shipment; every page in that
 * language, the Arabic ones right to left.
 */
const JOURNEYS = [
  {
    locale: "en",
    buyer: "marta@gdansk-foods.example",
    search: "coconuts",
    title: "Fresh semi-husked coconuts, Grade A",
    quantity: "5",
    currency: "PLN",
    landed: "Landed cost in",
    waiting: "Waiting for the seller",
    inTransit: "In transit",
  },
  {
    locale: "ar",
    buyer: "khalid@riyadh-trading.example",
    search: "زيت زيتون",
    title: "زيت زيتون بكر ممتاز، بيكوال، علب 5 لتر",
    quantity: "2000",
    currency: "SAR",
    landed: "التكلفة حتى الباب بعملة",
    waiting: "بانتظار البائع",
    inTransit: "قيد النقل",
  },
  {
    locale: "zh",
    buyer: "marta@gdansk-foods.example",
    search: "椰子",
    title: "新鲜半去壳椰子，A级",
    quantity: "5",
    currency: "PLN",
    landed: "到岸总成本",
    waiting: "等待卖方",
    inTransit: "运输中",
  },
] as const;

describe("the buyer's journey in English, Arabic and Chinese", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await connectBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  for (const journey of JOURNEYS) {
    describe(journey.locale, () => {
      let context: BrowserContext;
      let page: Page;
      let errors: string[];

      beforeAll(async () => {
        context = await newContext(browser);
        // The language switcher's cookie, as if the buyer had chosen the language on an earlier visit.
        await context.addCookies([{ name: "lng", value: journey.locale, url: inject("baseUrl") }]);
        page = await context.newPage();
        errors = collectErrors(page);
        await signIn(page, journey.buyer);
      });

      afterAll(async () => {
        await context.close();
      });

      it("finds the goods by words of its own language and opens the listing in that language", async () => {
        await page.goto(`/catalogue?q=${encodeURIComponent(journey.search)}`);
        await expect(page.locator("html").getAttribute("dir")).resolves.toBe(journey.locale === "ar" ? "rtl" : "ltr");
        await page.locator("main .listing-cards a", { hasText: journey.title }).first().click();
        await page.getByRole("heading", { level: 1, name: journey.title }).waitFor();
        if (journey.locale === "ar") {
          // The seller's Latin packaging line keeps its own order inside the Arabic page ("5 l tins…", not "…180 5").
          await page.locator("dd > bdi", { hasText: "5 l tins, 4 per carton" }).waitFor();
        }
        await page.waitForLoadState("networkidle");
        await screenshot(page, `listing-${journey.locale}.png`);
      });

      it("checks out with the landed cost in its own currency and places the order", async () => {
        await page.getByTestId("order-at-tier-price").click();
        await page.locator('input[name="quantity"]').waitFor();
        await page.locator('input[name="quantity"]').fill(journey.quantity);
        await page.locator('input[name="paymentTerms"][value="escrow" i]').check();
        await page.locator('button[name="intent"][value="preview"]').click();
        const landed = page.getByTestId("landed-cost");
        // The heading names the currency inside a direction isolate: the words are checked, then the code.
        await landed.getByRole("heading", { name: journey.landed }).waitFor();
        await expect(landed.getByRole("heading").innerText()).resolves.toContain(journey.currency);
        await screenshot(page, `checkout-${journey.locale}.png`);

        await page.getByTestId("place-order").click();
        await page.getByTestId("order-page").waitFor();
        await expect(page.getByTestId("order-status").innerText()).resolves.toBe(journey.waiting);
        await expect(page.getByTestId("fx-locked").innerText()).resolves.toContain(journey.currency);
      });

      it("tracks the demo shipment in its own language", async () => {
        await page.goto(`/track?number=${DEMO_TRACKING_NUMBER}`);
        await expect(page.getByTestId("public-tracking").innerText()).resolves.toContain(journey.inTransit);
        expect(errors).toEqual([]);
      });
    });
  }
});
