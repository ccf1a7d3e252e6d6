import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectErrors, connectBrowser, newContext, openDisclosure, screenshot, signIn } from "./browser.js";

const PHONE = { width: 390, height: 844 };

/** Tables wider than the page, or than the box they sit in: on a phone each should have become cards. */
function overflowingTables(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll("main table")].filter((table) => {
        const box = table.getBoundingClientRect();
        return box.right > window.innerWidth + 1 || box.left < -1 || table.scrollWidth > (table.parentElement?.clientWidth ?? 0) + 1;
      }).length,
  );
}

async function headerHeight(page: Page): Promise<number> {
  return (await page.locator("header.site-header").boundingBox())!.height;
}

/**
 * Caravan on a 390 × 844 phone and a 1280 px laptop: the header is one short row, the menu folds
 * behind one button on the phone, the catalogue's results start on the first screen and its filters
 * wait in a drawer, and record tables become cards instead of scrolling sideways.
 */
describe("the layout on a phone and on a laptop", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await connectBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it("shows a phone visitor the first catalogue result without scrolling, filters in a drawer, the menu behind one button", async () => {
    const context = await newContext(browser, { viewport: PHONE });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto("/catalogue?q=coconut");
    await page.waitForLoadState("networkidle");

    expect(await headerHeight(page)).toBeLessThan(80);
    const firstResult = (await page.locator(".results .listing-cards > li").first().boundingBox())!;
    expect(firstResult.y).toBeLessThan(PHONE.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    // The filters fold away; opening the drawer shows them, and they still narrow the search.
    const hs = page.getByLabel("HS code starts with");
    await expect(hs.isVisible()).resolves.toBe(false);
    await page.locator("details.filters-drawer > summary").click();
    await hs.fill("0801.11");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("status").filter({ hasText: "1 listing" }).waitFor();
    await expect(page.locator("details.filters-drawer > summary").innerText()).resolves.toBe("1 filter on");

    // The main menu: hidden behind "Menu", in reach once opened.
    const catalogueLink = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Catalogue" });
    await expect(catalogueLink.isVisible()).resolves.toBe(false);
    await page.locator("details.site-menu > summary").click();
    await expect(catalogueLink.isVisible()).resolves.toBe(true);
    await expect(page.locator("header").getByRole("link", { name: "Sign in" }).isVisible()).resolves.toBe(true);
    await page.locator("details.site-menu > summary").click();
    await screenshot(page, "catalogue-phone.png");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows each listing's photo at the width a card needs, and a gallery on the listing page", async () => {
    const context = await newContext(browser, { viewport: PHONE });
    const page = await context.newPage();
    // Other suites add coconut listings of their own; desiccated coconut is the demo world's alone.
    await page.goto("/catalogue?q=desiccated");
    const thumb = page.locator(".listing-cards > li").first().locator("img.listing-thumb");
    await thumb.scrollIntoViewIfNeeded();
    await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    // A 390 px phone at 1× loads the 320 or 640 px WebP, never the 1280 px original.
    await expect(thumb.evaluate((img: HTMLImageElement) => img.currentSrc)).resolves.toMatch(/\?w=(320|640)$/);

    await page.locator(".listing-cards > li").first().getByRole("link").first().click();
    const main = page.locator("img.gallery-main");
    await main.waitFor();
    await expect(main.getAttribute("alt")).resolves.toMatch(/, photo 1$/);
    await expect.poll(() => main.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    await screenshot(page, "listing-phone.png");
    await context.close();
  });

  it("turns an exporter's tables into labelled cards on a phone, and signs out from the folded menu", async () => {
    const context = await newContext(browser, { viewport: PHONE });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await signIn(page, "aminah@kelapa-nusantara.example");
    for (const path of ["/selling/listings", "/selling/quotes", "/settings/api-tokens", "/orders?side=selling"]) {
      await page.goto(path);
      await page.locator("main h1").waitFor();
      expect({ path, overflowing: await overflowingTables(page) }).toEqual({ path, overflowing: 0 });
    }
    await page.goto("/selling/listings");
    const firstRow = page.locator("main table tbody tr").first();
    // Each value carries its column's name, since the header row is out of sight.
    await expect(firstRow.locator('td[data-label="HS code"]').innerText()).resolves.toMatch(/^\d{4}\.\d{2}$/);
    const label = await firstRow.locator('td[data-label="Status"]').evaluate((td) => getComputedStyle(td, "::before").content);
    expect(label).toBe('"Status"');
    await screenshot(page, "my-listings-phone.png");

    await openDisclosure(page.locator("details.site-menu"));
    await openDisclosure(page.locator("details.account-menu"));
    await page.locator('form[action="/sign-out"] button').click();
    await page.locator('header a[href="/sign-in"]').waitFor({ state: "attached" });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("keeps the signed-in header on one row at 1280 px, for the busiest menus too", async () => {
    for (const email of ["piotr@baltic-amber.example", "admin@caravan.example", "khalid@riyadh-trading.example"]) {
      const context = await newContext(browser);
      const page = await context.newPage();
      await signIn(page, email);
      await page.goto("/");
      await page.locator("main h1").waitFor();
      expect({ email, oneRow: (await headerHeight(page)) < 80 }).toEqual({ email, oneRow: true });
      await context.close();
    }
  });

  it("groups the admin's pages under one entry that opens on click", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, "admin@caravan.example");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Exchange rates" }).isVisible()).resolves.toBe(false);
    await page.locator("details.nav-group > summary").click();
    await nav.getByRole("link", { name: "Exchange rates" }).click();
    await page.getByRole("heading", { name: "Exchange rates", level: 1 }).waitFor();
    await context.close();
  });
});
