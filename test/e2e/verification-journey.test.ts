import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectErrors, connectBrowser, describedBy, linkIn, mailTo, newContext, openDisclosure, signIn, signOut, textWhen } from "./browser.js";

/**
 * The foundation's main journey, in order: a new exporter signs up, is told what is missing before it
 * may ask for verification, completes its profile and asks; the platform admin approves it from the
 * queue; the exporter then carries the verified badge.
 */
describe("a new exporter gets verified", () => {
  const email = `owner.${Date.now()}@nusa-spice.example`;
  const company = "Nusa Spice Exporters PT";
  const password = "cinnamon and clove from the islands";
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let browserErrors: string[];

  beforeAll(async () => {
    browser = await connectBrowser();
    context = await newContext(browser);
    page = await context.newPage();
    browserErrors = collectErrors(page);
  });

  afterAll(async () => {
    await context.close();
    await browser.close();
  });

  it("signs up, is asked to confirm its address, and confirms it from the mail", async () => {
    await page.goto("/");
    await page.getByRole("link", { name: "Create a free account" }).click();
    await page.getByRole("heading", { name: "Create your account" }).waitFor();
    await expect(page.title()).resolves.toBe("Create your account · Caravan");
    await page.getByLabel("Your name").fill("Dewi Lestari");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByLabel("Company legal name").fill(company);
    await page.getByLabel("Country").selectOption("ID");
    await page.getByLabel("Exporter", { exact: true }).check();
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("heading", { name: "Confirm your email address" }).waitFor();
    await expect(page.locator("main").innerText()).resolves.toContain(email);

    const mail = await mailTo(email, /Confirm your email address/);
    await page.goto(linkIn(mail, "/confirm-email/"));
    await textWhen(page.getByRole("status"), "You can now publish, quote and order.");
    await page.getByRole("link", { name: "Go to your company" }).click();
    await page.getByRole("heading", { name: "Company profile" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/company");
    await expect(textWhen(page.locator("header"), company)).resolves.toContain("Dewi Lestari");
    await expect(page.getByTestId("verified-badge").count()).resolves.toBe(0);
    await expect(page.getByLabel("Country").inputValue()).resolves.toBe("ID");
  });

  it("is told which fields are missing when it asks for verification too early", async () => {
    await page.getByRole("button", { name: "Ask for verification" }).click();
    await textWhen(page.getByRole("alert"), "Some details are missing");
    for (const field of ["registrationNumber", "taxId", "addressLine1", "city"]) {
      const input = page.locator(`input[name="${field}"]`);
      await expect(input.getAttribute("aria-invalid")).resolves.toBe("true");
      await expect(describedBy(page, `input[name="${field}"]`)).resolves.toContain("Fill this in before you ask for verification.");
    }
    await expect(page.locator('input[name="legalName"]').getAttribute("aria-invalid")).resolves.toBeNull();
  });

  it("completes the profile, with a field error for a malformed EORI, then asks again", async () => {
    await page.getByLabel("Address", { exact: true }).fill("Jl. Pala 9");
    await page.getByLabel("City").fill("Ambon");
    await page.getByLabel("Postal code").fill("97128");
    await page.getByLabel("Company registration number").fill("NIB 9120001234567");
    await page.getByLabel("Tax ID").fill("01.234.567.8-901.000");
    await page.getByLabel("EORI number").fill("not an eori!");
    await page.getByRole("button", { name: "Save profile" }).click();
    await page.locator('input[name="eori"][aria-invalid="true"]').waitFor();
    await expect(describedBy(page, 'input[name="eori"]')).resolves.toContain("An EORI number is a country code");
    // What the user typed survives the round trip.
    await expect(page.getByLabel("City").inputValue()).resolves.toBe("Ambon");

    await page.getByLabel("EORI number").fill("");
    await page.getByRole("button", { name: "Save profile" }).click();
    await textWhen(page.getByRole("status"), "The profile is saved.");
    await expect(page.locator('input[name="eori"]').getAttribute("aria-invalid")).resolves.toBeNull();

    await page.getByRole("button", { name: "Ask for verification" }).click();
    await textWhen(page.getByRole("status"), "Your request was sent");
    await textWhen(page.locator(".status-line"), "Verification pending");
    await textWhen(page.locator(".history li"), "Not verified → Verification pending");
    await expect(page.getByRole("button", { name: "Ask for verification" }).count()).resolves.toBe(0);
  });

  it("signs out", async () => {
    await signOut(page);
    await textWhen(page.getByRole("heading", { level: 1 }), "Sell and source across borders");
    await expect(page.locator("header").innerText()).resolves.not.toContain(company);
  });

  it("is approved by the platform admin from the verification queue", async () => {
    await page.goto("/admin/verifications");
    expect(page.url()).toMatch(/\/sign-in\?redirectTo=%2Fadmin%2Fverifications$/);
    await signIn(page, "admin@caravan.example");
    expect(new URL(page.url()).pathname).toBe("/admin/verifications");
    await expect(page.title()).resolves.toBe("Verification queue · Caravan");

    const entry = page.locator(".queue-entry", { has: page.getByRole("heading", { name: company }) });
    await expect(entry.innerText()).resolves.toContain("NIB 9120001234567");
    await expect(page.locator(".queue-entry", { hasText: "Kivu Highlands Coffee Ltd" }).count()).resolves.toBe(1);
    await entry.getByRole("button", { name: `Approve ${company}` }).click();
    await textWhen(page.getByRole("status"), `${company} is verified.`);
    await page.getByRole("heading", { name: company }).waitFor({ state: "detached" });
    await signOut(page);
  });

  it("shows the verified badge to the exporter", async () => {
    await signIn(page, email, password);
    await textWhen(page.getByTestId("verified-badge"), "Verified");
    await openDisclosure(page.locator("details.account-menu"));
    await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Company" }).click();
    await page.getByRole("heading", { name: "Company profile" }).waitFor();
    await expect(textWhen(page.locator(".history li"), "Verification pending → Verified")).resolves.toContain("by Platform Admin");
  });

  it("ran every page without a script error or a hydration mismatch", () => {
    expect(browserErrors).toEqual([]);
  });
});
