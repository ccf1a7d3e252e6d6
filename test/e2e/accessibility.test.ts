import { createRequire } from "node:module";
import fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_TRACKING_NUMBER } from "../../db/seed/trade.js";
import { connectBrowser, newContext, signIn } from "./browser.js";

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's WCAG 2.1 A and AA rules on the page as it stands; only what blocks or seriously hinders users. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
}

/** The main pages of each role, in a left-to-right and a right-to-left language. */
const PAGES: { who: string | null; paths: string[] }[] = [
  { who: null, paths: ["/", "/catalogue?q=coconut", "{listing}", "/sign-in", "/sign-up", "/track?number=" + DEMO_TRACKING_NUMBER, "{trace}", "/verify"] },
  { who: "marta@gdansk-foods.example", paths: ["/", "/sourcing/requests", "/sourcing/requests/new", "/orders", "{order}", "{shipment}", "{checkout}", "/saved", "/messages"] },
  { who: "aminah@kelapa-nusantara.example", paths: ["/selling/listings", "/selling/listings/new", "/selling/leads", "/selling/requests", "/inbox", "/company"] },
  { who: "jan.kowalski@customs.pl.example", paths: ["/customs", "{deskShipment}", "/customs/access-log"] },
  { who: "admin@caravan.example", paths: ["/admin/verifications", "/admin/fx", "/admin/screening", "/admin/payments"] },
];

describe("accessibility of the main pages (axe-core, WCAG 2.1 AA)", () => {
  let browser: Browser;
  const found: Record<string, string> = {};

  beforeAll(async () => {
    browser = await connectBrowser();
    const page = await (await newContext(browser)).newPage();
    await signIn(page, "marta@gdansk-foods.example");
    await page.goto("/catalogue?q=coconut");
    const listing = (await page.locator("main .listing-cards a").first().getAttribute("href"))!;
    found.listing = listing;
    found.checkout = `/orders/new?listing=${listing.split("/").pop()}`;
    await page.goto("/orders");
    found.order = (await page.getByRole("link", { name: /^ord_/ }).last().getAttribute("href"))!;
    await page.goto(`/shipments?order=${found.order.split("/").pop()}`);
    found.shipment = (await page.getByRole("link", { name: DEMO_TRACKING_NUMBER }).getAttribute("href"))!;
    await page.goto(found.shipment);
    found.trace = (await page.locator('main a[href^="/trace/"]').getAttribute("href"))!;
    found.deskShipment = `/customs/shipments/${found.shipment.split("/").pop()}`;
    await page.context().close();
  });

  afterAll(async () => {
    await browser.close();
  });

  for (const locale of ["en", "ar"]) {
    for (const { who, paths } of PAGES) {
      it(`${who ?? "a visitor"} in ${locale}: ${paths.join(", ")}`, async () => {
        const context = await newContext(browser);
        // The language switcher's cookie: it wins over each demo user's own preferred language.
        await context.addCookies([{ name: "lng", value: locale, url: inject("baseUrl") }]);
        const page = await context.newPage();
        if (who) await signIn(page, who);
        const problems: string[] = [];
        for (const path of paths) {
          const url = path.replace(/^\{(\w+)\}$/, (_, key: string) => found[key]!);
          await page.goto(url);
          await page.locator("main h1").first().waitFor();
          if (locale === "ar") await expect(page.locator("html").getAttribute("dir")).resolves.toBe("rtl");
          problems.push(...(await seriousViolations(page)).map((v) => `${url}: ${v}`));
        }
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }
});
