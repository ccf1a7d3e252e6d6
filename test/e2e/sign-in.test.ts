import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectBrowser, describedBy, newContext, openDisclosure, signIn } from "./browser.js";

describe("signing in", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await connectBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it("shows a wrong password next to the password field and keeps the email", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill("aminah@kelapa-nusantara.example");
    await page.getByLabel("Password").fill("not the right password");
    await page.locator("main").getByRole("button", { name: "Sign in" }).click();

    await page.locator('input[name="password"][aria-invalid="true"]').waitFor();
    await expect(describedBy(page, 'input[name="password"]')).resolves.toBe("The email address or the password is not right.");
    await expect(page.getByLabel("Email address").inputValue()).resolves.toBe("aminah@kelapa-nusantara.example");
    await expect(page.getByLabel("Email address").getAttribute("aria-invalid")).resolves.toBeNull();
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await context.close();
  });

  it("answers an unknown email exactly as a wrong password, so the page reveals no accounts", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill("nobody@nowhere.example");
    await page.getByLabel("Password").fill("whatever it is");
    await page.locator("main").getByRole("button", { name: "Sign in" }).click();
    await page.locator('input[name="password"][aria-invalid="true"]').waitFor();
    await expect(describedBy(page, 'input[name="password"]')).resolves.toBe("The email address or the password is not right.");
    await expect(page.getByLabel("Email address").getAttribute("aria-invalid")).resolves.toBeNull();
    await context.close();
  });

  it("works without JavaScript: sign in, see the dashboard, sign out", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/company");
    expect(page.url()).toMatch(/\/sign-in\?redirectTo=%2Fcompany$/);
    await page.getByLabel("Email address").fill("marta@gdansk-foods.example");
    await page.getByLabel("Password").fill("caravan-demo-2026");
    await Promise.all([page.waitForURL("/company"), page.locator("main").getByRole("button", { name: "Sign in" }).click()]);
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Company profile");
    await expect(page.getByTestId("verified-badge").innerText()).resolves.toContain("Verified");

    await Promise.all([page.waitForURL("/"), page.getByRole("link", { name: "Home" }).click()]);
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Welcome, Marta Wiśniewska");
    await expect(page.locator("main").innerText()).resolves.toContain("Sourcing");

    // The account menu is a plain disclosure: it opens without JavaScript too.
    await openDisclosure(page.locator("details.account-menu"));
    await Promise.all([page.waitForURL("/"), page.getByRole("button", { name: "Sign out" }).click()]);
    await expect(page.locator("header").getByRole("link", { name: "Sign in" }).count()).resolves.toBe(1);
    await context.close();
  });

  it("answers a page the viewer may not open with a 403 page in the layout", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, "khalid@riyadh-trading.example");
    const response = await page.goto("/admin/verifications");
    expect(response?.status()).toBe(403);
    // Khalid reads Caravan in Arabic (his profile's language): the refusal is in Arabic too.
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("ar");
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("لا يمكنك فتح هذه الصفحة");
    await expect(page.locator(".error-detail").innerText()).resolves.toBe("لا يقوم بهذا إلا مسؤول المنصة.");
    await expect(page.locator("header").innerText()).resolves.toContain("Khalid Al-Harbi");
    await context.close();
  });

  it("answers an unknown address with a 404 page in the layout, without details", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const response = await page.goto("/no/such/page");
    expect(response?.status()).toBe(404);
    await expect(page.title()).resolves.toBe("Page not found · Caravan");
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Page not found");
    await expect(page.getByRole("navigation", { name: "Main" }).count()).resolves.toBe(1);
    // What the visitor reads, and the HTML around it, carry no stack trace or server path. (The
    // page's translations ship with it and include the error summary's "Error:" prefix.)
    await expect(page.locator("body").innerText()).resolves.not.toMatch(/at \w+ \(|node_modules|\w*Error: /);
    await expect(page.content()).resolves.not.toMatch(/\n\s+at \S+ \(|node_modules|\/work\/|\w+Error: /);
    await context.close();
  });
});
