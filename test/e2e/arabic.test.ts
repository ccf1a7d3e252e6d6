import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectErrors, connectBrowser, describedBy, newContext, screenshot, signIn, textWhen } from "./browser.js";

async function switchLanguage(page: Page, label: string, language: string, button: string) {
  await page.getByLabel(label, { exact: true }).selectOption(language);
  await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: button, exact: true }).click()]);
}

describe("Arabic, right to left", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await connectBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it("switches the language without JavaScript and lays the page out right to left", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await switchLanguage(page, "Language", "ar", "Change");

    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("ar");
    await expect(page.locator("html").getAttribute("dir")).resolves.toBe("rtl");
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("تسجيل الدخول");
    await expect(page.title()).resolves.toBe("تسجيل الدخول · كارافان");

    const [lng] = (await context.cookies()).filter((c) => c.name === "lng");
    expect(lng?.value).toBe("ar");
    expect(lng?.sameSite).toBe("Lax");
    expect(lng!.expires * 1000 - Date.now()).toBeGreaterThan(360 * 24 * 3600 * 1000);

    await switchLanguage(page, "اللغة", "en", "تغيير");
    await expect(page.locator("html").getAttribute("dir")).resolves.toBe("ltr");
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Sign in");
    await context.close();
  });

  it("renders the home page in Arabic, mirrored, and hydrates without errors", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto("/");
    await switchLanguage(page, "Language", "ar", "Change");
    await expect(page.locator("html").getAttribute("dir")).resolves.toBe("rtl");
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toContain("بِع واشترِ عبر الحدود");
    await page.waitForLoadState("networkidle");

    // Mirrored: the brand starts at the right edge, the language switcher sits at the left.
    const width = page.viewportSize()!.width;
    const brand = (await page.locator(".brand").boundingBox())!;
    const switcher = (await page.locator(".language-switcher").boundingBox())!;
    expect(brand.x + brand.width).toBeGreaterThan(width * 0.85);
    expect(switcher.x).toBeLessThan(width * 0.3);
    // The hero's accent border is on its start edge, which in Arabic is the right.
    const heroBorders = await page.locator(".hero").evaluate((el) => {
      const style = getComputedStyle(el);
      return { right: style.borderRightWidth, left: style.borderLeftWidth };
    });
    expect(heroBorders).toEqual({ right: "6px", left: "1px" });

    await screenshot(page, "home-ar.png");
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, "home-ar-mobile.png");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows an Arabic user's pages and field errors in Arabic", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto("/sign-in");
    await switchLanguage(page, "Language", "ar", "Change");
    await page.locator('input[name="email"]').fill("khalid@riyadh-trading.example");
    await page.locator('input[name="password"]').fill("كلمة مرور خاطئة");
    await page.locator("main form button[type=submit]").click();
    await page.locator('input[name="password"][aria-invalid="true"]').waitFor();
    await expect(describedBy(page, 'input[name="password"]')).resolves.toBe("البريد الإلكتروني أو كلمة المرور غير صحيحة.");
    await screenshot(page, "sign-in-error-ar.png");

    await signIn(page, "khalid@riyadh-trading.example");
    await page.goto("/company");
    await textWhen(page.getByRole("heading", { level: 1 }), "ملف الشركة");
    await expect(page.getByTestId("verified-badge").innerText()).resolves.toContain("موثَّقة");
    await expect(page.getByLabel("الدولة").locator("option:checked").innerText()).resolves.toBe("السعودية");
    await screenshot(page, "company-ar.png");
    expect(errors).toEqual([]);
    await context.close();
  });
});
