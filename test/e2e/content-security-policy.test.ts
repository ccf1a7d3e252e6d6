import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { collectErrors, connectBrowser, newContext, signIn } from "./browser.js";

/** CSP violations as the page itself sees them (the event fires for every refused script, style or frame). */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

describe("the pages work with the Content-Security-Policy on", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await connectBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it("a buyer browses, signs in and navigates client-side without one CSP violation", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors = collectErrors(page);
    const violations = await watchViolations(page);

    const response = await page.goto("/");
    expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    await page.goto("/catalogue");
    await page.locator("main h1").waitFor();
    await signIn(page, "marta@gdansk-foods.example");
    // A click that Remix handles in the browser proves the hydrated scripts ran under the policy.
    await page.locator("details.account-menu > summary").click();
    await page.locator('header a[href="/company"]').click();
    await page.waitForURL("/company");
    await page.locator("main h1").waitFor();

    expect(await violations()).toEqual([]);
    expect(errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("another site cannot show the sign-in page in a frame", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const baseUrl = inject("baseUrl");
    await page.route("http://attacker.example/**", (route) =>
      route.fulfill({ contentType: "text/html", body: `<!doctype html><title>win a prize</title><iframe id="victim" src="${baseUrl}/sign-in"></iframe>` }),
    );
    await page.goto("http://attacker.example/");
    const frameElement = await page.waitForSelector("#victim");
    const frame = (await frameElement.contentFrame())!;
    await frame.waitForLoadState();
    // Chromium replaces a frame refused by frame-ancestors with its own error page: no form of ours inside.
    expect(await frame.locator('input[name="password"]').count()).toBe(0);
    expect(frame.url()).not.toBe(`${baseUrl}/sign-in`);
    await context.close();
  });
});
