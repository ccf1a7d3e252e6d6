import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectBrowser, newContext, signIn } from "./browser.js";

/**
 * Every form of the app, submitted with every field empty and then with every field malformed, as
 * a careless user or a client that skips the browser's checks would send it: each answer must be
 * the same page with the form and its errors in the user's language (or, for a search, results),
 * never a server error, a raw GraphQL message or a stack trace. Twice: without JavaScript (plain
 * form posts) and with it (Remix's fetch submissions).
 */

/** Where the forms are, and who may open them. `{...}` parts are found on the way. */
const PAGES: { who: string | null; path: string; skipMalformed?: boolean }[] = [
  { who: null, path: "/sign-in" },
  { who: null, path: "/sign-up" },
  { who: null, path: "/forgot-password" },
  { who: null, path: "/catalogue" },
  { who: null, path: "/track" },
  { who: "aminah@kelapa-nusantara.example", path: "/selling/listings/new" },
  { who: "aminah@kelapa-nusantara.example", path: "{editListing}" },
  { who: "aminah@kelapa-nusantara.example", path: "/selling/requests" },
  { who: "aminah@kelapa-nusantara.example", path: "{quoteRequest}" },
  { who: "aminah@kelapa-nusantara.example", path: "/company" },
  { who: "aminah@kelapa-nusantara.example", path: "/settings/api-tokens" },
  { who: "khalid@riyadh-trading.example", path: "/sourcing/requests/new" },
  { who: "khalid@riyadh-trading.example", path: "{checkout}" },
  { who: "admin@caravan.example", path: "/admin/fx" },
  { who: "admin@caravan.example", path: "/admin/customs-authorities" },
  { who: "admin@caravan.example", path: "/admin/sale-events" },
  // A reason that passed would reject the company that the other suites expect to wait in the queue.
  { who: "admin@caravan.example", path: "/admin/verifications", skipMalformed: true },
  { who: "jan.kowalski@customs.pl.example", path: "/customs" },
];

/** Text no field should accept as it is: letters where numbers go, markup, and a right-to-left override. */
const MALFORMED_TEXT = "Fuzz 12,3.4.5 <b>x</b> \u202e";
const MARKER = "Fuzz";

/** What a page must never show: a crash, the API's raw wording, or code. */
const LEAKS = [/Unexpected Server Error/i, /Variable "\$/, /GraphQLError/, /TypeError|ReferenceError|SyntaxError/, /\bat \S+ \(.*:\d+:\d+\)/, /node_modules/];

type Mode = "empty" | "malformed";

/** The forms of the page's main part that a user fills in: not those of the header, not bare buttons. */
function fillableForms(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("main form")].flatMap((form, index) =>
      form.querySelector("input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=checkbox]):not([type=radio]):not([type=file]), textarea, select") ? [index] : [],
    ),
  );
}

/** Sets every field of the form as the mode says, with the browser's own checks turned off. */
async function fill(page: Page, formIndex: number, mode: Mode): Promise<string> {
  return page.evaluate(
    ({ formIndex, mode, text }) => {
      const form = document.querySelectorAll("main form")[formIndex] as HTMLFormElement;
      form.noValidate = true;
      for (const field of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>("input, textarea, select")) {
        const type = field.getAttribute("type") ?? "";
        if (["hidden", "submit", "button", "checkbox", "radio", "file"].includes(type)) continue;
        field.removeAttribute("required");
        field.removeAttribute("pattern");
        if (field instanceof HTMLSelectElement) {
          if (mode === "empty") {
            field.add(new Option("", ""));
            field.value = "";
          } else {
            field.add(new Option("NOT-A-CODE", "NOT-A-CODE"));
            field.value = "NOT-A-CODE";
          }
          continue;
        }
        // A client that skips the browser sends whatever it likes, whatever the input's type.
        if (field instanceof HTMLInputElement && type !== "text" && type !== "search") field.type = "text";
        field.value = mode === "empty" ? "" : type === "date" ? "2026-02-31" : type === "email" ? "Fuzz, not an address" : text;
      }
      return form.method.toLowerCase();
    },
    { formIndex, mode, text: MALFORMED_TEXT },
  );
}

async function submit(page: Page, formIndex: number, javaScript: boolean): Promise<void> {
  const form = page.locator("main form").nth(formIndex);
  // The form's first visible button that submits it: not a hidden default (Enter's target), not "add a row" (formnovalidate).
  const button = form.locator('button[type="submit"]:not([formnovalidate]):not([aria-hidden="true"]), button:not([type]):not([formnovalidate]):not([aria-hidden="true"]), input[type="submit"]').filter({ visible: true }).first();
  const press = (await button.count()) ? button.click() : form.evaluate((f: HTMLFormElement) => f.requestSubmit());
  if (javaScript) {
    // Remix answers the submission with a data request (?_data=…); the page is settled once it and
    // the loaders it revalidates have answered and React has drawn the result.
    await Promise.all([page.waitForResponse((r) => r.url().includes("_data=")), press]);
    await page.waitForLoadState("networkidle");
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  } else {
    await Promise.all([page.waitForEvent("load"), press]);
  }
}

describe.each([
  { javaScript: false, label: "without JavaScript" },
  { javaScript: true, label: "with JavaScript" },
])("every form $label", ({ javaScript }) => {
  let browser: Browser;
  const contexts = new Map<string, BrowserContext>();
  const found: Record<string, string> = {};

  async function pageAs(who: string | null): Promise<Page> {
    const key = who ?? "anonymous";
    let context = contexts.get(key);
    if (!context) {
      context = await newContext(browser, { javaScriptEnabled: javaScript });
      contexts.set(key, context);
      if (who) await signIn(await context.newPage(), who);
    }
    return context.newPage();
  }

  /** The addresses that carry an id: the seller's first listing, an open request, the checkout of a live listing. */
  async function discover(): Promise<void> {
    const seller = await pageAs("aminah@kelapa-nusantara.example");
    await seller.goto("/selling/listings");
    found.editListing = (await seller.locator('main a[href$="/edit"]').first().getAttribute("href"))!;
    await seller.goto("/selling/requests");
    found.quoteRequest = (await seller.locator('main a[href$="/quote"]').first().getAttribute("href"))!;
    await seller.goto("/catalogue?q=coconut");
    const listing = (await seller.locator("main .listing-cards a").first().getAttribute("href"))!;
    found.checkout = `/orders/new?listing=${listing.split("/").pop()}`;
    await seller.close();
  }

  beforeAll(async () => {
    browser = await connectBrowser();
    await discover();
  });

  afterAll(async () => {
    for (const context of contexts.values()) await context.close();
    await browser.close();
  });

  for (const { who, path, skipMalformed } of PAGES) {
    for (const mode of ["empty", "malformed"] as const) {
      if (mode === "malformed" && skipMalformed) continue;
      it(`${path} as ${who ?? "a visitor"}, every field ${mode}`, async () => {
        const page = await pageAs(who);
        const url = path.replace(/^\{(\w+)\}$/, (_, key: string) => found[key]!);
        const failures: string[] = [];
        page.on("response", (response) => {
          if (response.status() >= 500) failures.push(`${response.status()} ${response.url()}`);
        });
        await page.goto(url);
        const forms = await fillableForms(page);
        expect(forms.length, `${url} has a form to fill`).toBeGreaterThan(0);
        for (const formIndex of forms) {
          await page.goto(url);
          // Filled before React hydrates, the fields would be set back to what the page rendered.
          if (javaScript) await page.waitForLoadState("networkidle");
          const method = await fill(page, formIndex, mode);
          await submit(page, formIndex, javaScript);
          if (method === "post") {
            // With JavaScript the answer is drawn some frames after its response: wait for it, not a while.
            await expect
              .poll(() => page.locator('main .error-summary, main [aria-invalid="true"], main [role="alert"]').count(), { message: `${url} form ${formIndex} shows its errors`, timeout: 10_000 })
              .toBeGreaterThan(0);
          }

          const body = await page.locator("body").innerText();
          for (const leak of LEAKS) expect(body, `${url} form ${formIndex}: ${leak}`).not.toMatch(leak);
          await expect(page.locator("main h1").count(), `${url} form ${formIndex} answers inside the layout`).resolves.toBe(1);
          if (method === "post") {
            await expect(page.locator("main form").count(), `${url} form ${formIndex} is still there`).resolves.toBeGreaterThan(0);
            if (mode === "malformed") {
              const kept = await page.evaluate(
                (marker) => [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("main input, main textarea")].some((f) => f.value.includes(marker)),
                MARKER,
              );
              const hadText = await page.locator("main form textarea, main form input[type=text], main form input:not([type])").count();
              if (hadText) expect(kept, `${url} form ${formIndex} keeps what was typed`).toBe(true);
            }
          }
        }
        expect(failures).toEqual([]);
        await page.close();
      });
    }
  }
});
