import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectBrowser, newContext, signIn, textWhen } from "./browser.js";

const EXPORTER = "aminah@kelapa-nusantara.example";

/** A fresh install knows every HS 2022 subheading, not only the few the demo goods use. */
describe("the HS 2022 nomenclature on a fresh install", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("names coconut oil (1513.11) for an exporter listing it", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, EXPORTER);
    await page.goto("/selling/listings/new");
    await page.locator('input[name="hsCode"]').fill("1513.11");
    expect(await textWhen(page.getByTestId("hs-hint"), /coconut \(copra\) oil/)).toContain("1513.11");
    await context.close();
  });
});
