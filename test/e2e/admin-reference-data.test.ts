import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectErrors, connectBrowser, DEMO_PASSWORD, describedBy, newContext, signIn, signOut, textWhen } from "./browser.js";

/**
 * The platform admin keeps the reference data the README promises screens for: exchange rates (one
 * at a time or a CSV file) and customs authorities with their first officer, who can then sign in.
 */
describe("the platform admin's reference data", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await connectBrowser();
    context = await newContext(browser);
    page = await context.newPage();
    errors = collectErrors(page);
    await signIn(page, "admin@caravan.example");
  });

  afterAll(async () => {
    await context.close();
    await browser.close();
  });

  it("reaches both pages from the admin's home card", async () => {
    await page.goto("/");
    await page.getByRole("link", { name: "Exchange rates" }).click();
    await page.getByRole("heading", { name: "Exchange rates", level: 1 }).waitFor();
    await page.goto("/");
    await page.getByRole("link", { name: "Customs authorities" }).click();
    await page.getByRole("heading", { name: "Customs authorities", level: 1 }).waitFor();
  });

  it("refuses a malformed rate next to its field, keeps the pair, then saves a good one", async () => {
    await page.goto("/admin/fx");
    await page.getByLabel("From currency").selectOption("USD");
    await page.getByLabel("To currency").selectOption("PLN");
    await page.getByLabel("Rate", { exact: true }).fill("four");
    await page.getByRole("button", { name: "Save the rate" }).click();
    await page.locator('input[name="rate"][aria-invalid="true"]').waitFor();
    await expect(describedBy(page, 'input[name="rate"]')).resolves.not.toBe("");
    await expect(page.getByTestId("error-summary").count()).resolves.toBe(1);
    await expect(page.getByLabel("To currency").inputValue()).resolves.toBe("PLN");

    await page.getByLabel("Rate", { exact: true }).fill("3.9712");
    await page.getByLabel("Valid from").fill("2026-12-01");
    await page.getByRole("button", { name: "Save the rate" }).click();
    await textWhen(page.getByRole("status"), "Saved: USD/PLN is now 3.9712.");
    await textWhen(page.locator("table tbody tr", { hasText: "USD/PLN" }), "3.9712");
  });

  it("imports a CSV file of rates all or nothing, naming the bad line", async () => {
    await page.goto("/admin/fx");
    await page.getByLabel("CSV rows").fill("base,quote,rate,as_of\nEUR,PLN,4.2710,2026-12-02\nEUR,XXX,1,2026-12-02\n");
    await page.getByRole("button", { name: "Import" }).click();
    await page.getByTestId("error-summary").waitFor();
    await expect(page.getByLabel("CSV rows").inputValue()).resolves.toContain("EUR,XXX");
    await expect(page.locator("table tbody tr", { hasText: "EUR/PLN" }).filter({ hasText: "4.271" }).count()).resolves.toBe(0);

    await page.getByLabel("CSV rows").fill("base,quote,rate,as_of\nEUR,PLN,4.2710,2026-12-02\n");
    await page.getByRole("button", { name: "Import" }).click();
    await textWhen(page.getByRole("status"), "1 rows read: 1 new, 0 changed, 0 unchanged.");
  });

  it("creates a customs authority for Kenya whose officer then signs in to the desk", async () => {
    await page.goto("/admin/customs-authorities");
    await page.getByRole("button", { name: "Create the authority" }).click();
    await page.locator('input[name="legalName"][aria-invalid="true"]').waitFor();

    await page.getByLabel("Official name").fill("Kenya Revenue Authority, Customs and Border Control");
    await page.getByLabel("Country whose border it watches").selectOption("KE");
    await page.getByLabel("Officer's name").fill("Wanjiru Kamau");
    await page.getByLabel("Officer's email address").fill("wanjiru@customs.ke.example");
    await page.getByLabel("Officer's first password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Create the authority" }).click();
    await textWhen(page.getByRole("status"), "Kenya Revenue Authority, Customs and Border Control is created");
    await textWhen(page.locator("table tbody tr", { hasText: "Kenya Revenue Authority" }), "Kenya");
    await signOut(page);

    await signIn(page, "wanjiru@customs.ke.example");
    await page.goto("/customs");
    await page.getByRole("heading", { name: "Customs desk", level: 1 }).waitFor();
    await expect(page.locator("main").innerText()).resolves.toContain("Kenya");
    await signOut(page);
  });

  it("ran every page without a script error or a hydration mismatch", () => {
    expect(errors).toEqual([]);
  });
});
