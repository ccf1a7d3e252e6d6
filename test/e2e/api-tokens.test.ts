import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { collectErrors, connectBrowser, newContext, signIn, textWhen } from "./browser.js";

const VIEWER_QUERY = "{ viewer { organisation { legalName } } }";

async function askAs(token: string) {
  const response = await fetch(`${inject("baseUrl")}/graphql`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ query: VIEWER_QUERY }),
  });
  return { status: response.status, body: (await response.json()) as { data?: { viewer: { organisation: { legalName: string } } }; errors?: { extensions: { code: string } }[] } };
}

describe("API tokens", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let token: string;
  let browserErrors: string[];

  beforeAll(async () => {
    browser = await connectBrowser();
    context = await newContext(browser);
    page = await context.newPage();
    browserErrors = collectErrors(page);
    await signIn(page, "aminah@kelapa-nusantara.example");
  });

  afterAll(async () => {
    await context.close();
    await browser.close();
  });

  it("asks for a name before it creates a token", async () => {
    await page.goto("/settings/api-tokens");
    await expect(page.title()).resolves.toBe("API tokens · Caravan");
    await page.getByRole("button", { name: "Create token" }).click();
    await page.locator('input[name="name"][aria-invalid="true"]').waitFor();
    await expect(page.getByTestId("new-token").count()).resolves.toBe(0);
  });

  it("shows a new token once, with a curl example that uses it", async () => {
    await page.getByLabel("Token name").fill("ERP production");
    await page.getByRole("button", { name: "Create token" }).click();
    token = await page.getByTestId("new-token").inputValue();
    expect(token.length).toBeGreaterThan(20);
    await expect(page.locator(".new-token").innerText()).resolves.toContain("this is the only time Caravan shows it");
    const curl = await page.locator(".new-token pre").innerText();
    expect(curl).toBe(
      `curl -H "Authorization: Bearer ${token}" -H "Content-Type: application/json" --data '{"query":"${VIEWER_QUERY}"}' ${inject("baseUrl")}/graphql`,
    );
    await textWhen(page.locator("table"), "ERP production");

    await page.reload();
    await expect(page.locator("table").innerText()).resolves.toContain(token.slice(0, 10));
    await expect(page.content()).resolves.not.toContain(token);
  });

  it("lets an integration call /graphql with it", async () => {
    const { status, body } = await askAs(token);
    expect(status).toBe(200);
    expect(body.data?.viewer.organisation.legalName).toBe("Kelapa Nusantara Sdn. Bhd.");
  });

  it("revokes it, after which /graphql refuses it", async () => {
    await page.getByRole("button", { name: "Revoke ERP production" }).click();
    await textWhen(page.getByRole("status"), "is revoked");
    await textWhen(page.locator("table"), "Revoked");
    const { status, body } = await askAs(token);
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    expect(browserErrors).toEqual([]);
  });
});
