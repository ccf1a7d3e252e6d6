import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from "playwright-core";
import { inject } from "vitest";
import { DEMO_PASSWORD } from "../../db/seed/index.js";
import type { ReceivedMail } from "../support/smtp.js";

export { DEMO_PASSWORD };

export const RESULTS_DIR = path.resolve(import.meta.dirname, "../../test-results");

/** The suite's one Chromium, started by global-setup.ts. */
export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject("wsEndpoint"));
}

/** A fresh browser profile (no cookies) on the test server, in English unless the test says otherwise. */
export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: inject("baseUrl"), locale: "en-GB", viewport: { width: 1280, height: 800 }, ...options });
  // A page answers in well under a second; a missing element should fail the test quickly, not hang it.
  context.setDefaultTimeout(10_000);
  if (options.javaScriptEnabled !== false) {
    const newPage = context.newPage.bind(context);
    context.newPage = async () => awaitingHydration(await newPage());
  }
  return context;
}

/**
 * A page whose goto returns once React has hydrated it (for the app's own HTML pages): a test that
 * types or clicks earlier acts on the server's HTML, whose fields React may reset and whose forms
 * post without JavaScript.
 */
function awaitingHydration(page: Page): Page {
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    const ours = new URL(page.url()).origin === new URL(inject("baseUrl")).origin;
    if (ours && response?.headers()["content-type"]?.startsWith("text/html")) await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
    return response;
  };
  return page;
}

/** Signs in through the form, by field names so it works in any language. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  if (!page.url().includes("/sign-in")) await page.goto("/sign-in");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('main form button[type="submit"]').click();
  // Signed in once the header offers to sign out (folded in the account menu), whether the form went by fetch or by page load.
  await page.locator('form[action="/sign-out"]').waitFor({ state: "attached" });
}

/** Opens a disclosure of the header (the phone menu, the account menu) unless it is open. */
export async function openDisclosure(details: Locator): Promise<void> {
  if ((await details.getAttribute("open")) === null) await details.locator("> summary").click();
}

export async function signOut(page: Page): Promise<void> {
  const menu = page.locator("details.site-menu");
  if (await menu.locator("> summary").isVisible()) await openDisclosure(menu);
  await openDisclosure(page.locator("details.account-menu"));
  await page.locator('form[action="/sign-out"] button').click();
  await page.locator('header a[href="/sign-in"]').waitFor();
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, name);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The message tied to a field through aria-describedby: what a screen reader reads with it. */
export async function describedBy(page: Page, selector: string): Promise<string> {
  const ids = (await page.locator(selector).getAttribute("aria-describedby")) ?? "";
  const texts = await Promise.all(ids.split(/\s+/).filter(Boolean).map((id) => page.locator(`[id="${id}"]`).innerText()));
  return texts.join(" ");
}

/**
 * The text of the first element the locator finds, once one of them shows `expected`. With
 * JavaScript a form answers without a page load, so the test waits for the answer to appear.
 */
export async function textWhen(locator: Locator, expected: string | RegExp): Promise<string> {
  const match = locator.filter({ hasText: expected }).first();
  await match.waitFor();
  return match.innerText();
}

/** Errors the browser reports while the page loads and hydrates: a server/client mismatch shows up here. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    // A form answered with 400 (field errors) is logged as a failed resource; that is expected.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) errors.push(message.text());
  });
  return errors;
}

/**
 * The newest mail sent to an address whose subject matches, as the SMTP server received it; waits
 * for the job worker to send it.
 */
export async function mailTo(address: string, subject: RegExp, timeoutMs = 10_000): Promise<ReceivedMail> {
  const dir = inject("mailDir");
  const until = Date.now() + timeoutMs;
  for (;;) {
    const mails = fs
      .readdirSync(dir)
      .sort()
      .reverse()
      .map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as ReceivedMail);
    const mail = mails.find((m) => m.to.includes(address) && subject.test(m.subject));
    if (mail) return mail;
    if (Date.now() > until) throw new Error(`no mail to ${address} with a subject like ${subject} (${mails.length} mails sent)`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The path of the first link in a mail that leads to `prefix` on the test server, as a user would click it. */
export function linkIn(mail: ReceivedMail, prefix: string): string {
  const base = inject("baseUrl");
  const link = mail.body.match(/https?:\/\/[^\s"<>]+/g)?.find((url) => url.startsWith(base + prefix));
  if (!link) throw new Error(`the mail "${mail.subject}" has no link to ${prefix}`);
  return link.slice(base.length);
}
