import { expect, it } from "vitest";
import type { Database } from "../../db/database.js";
import { DEMO_FX_RATES, seedDemoFxRates } from "../../db/seed/fx-demo.js";
import type { ServiceContext } from "../../graph/context.js";
import { serviceContext, systemContext } from "../../graph/runtime.js";
import { DomainError, UserInputProblems, type FieldProblem } from "../../graph/errors.js";
import { authenticate, createPlatformAdmin, signIn } from "../../graph/identity/service.js";
import { translateProblem } from "../../graph/shared/user-errors.js";
import { convertMoney, findRate, importFxRates, listFxRates, setFxRate } from "../../graph/fx/service.js";
import { describeEachDatabase } from "../support/db.js";
import { errorOf } from "../support/errors.js";
import { countRows, ctxAs, GOOD_PASSWORD, ownerOf } from "../support/identity.js";

const ADMIN_EMAIL = "rates@caravan.example";

async function adminCtx(database: Database): Promise<ServiceContext & { viewer: { kind: "user"; userId: string } }> {
  await createPlatformAdmin(systemContext(database), { email: ADMIN_EMAIL, displayName: "Rates Desk", password: GOOD_PASSWORD });
  const signedIn = await signIn(ctxAs(database), { email: ADMIN_EMAIL, password: GOOD_PASSWORD });
  const viewer = await authenticate(ctxAs(database), { sessionToken: signedIn.session.token });
  if ("error" in viewer || viewer.kind !== "user") throw new Error("the admin must authenticate");
  return { ...ctxAs(database, viewer), viewer };
}

/** Rates as the platform enters them, without signing anyone in. */
async function store(database: Database, rates: [base: string, quote: string, rate: string, asOf: string][]): Promise<void> {
  for (const [base, quote, rate, asOf] of rates) await setFxRate(systemContext(database), { base, quote, rate, asOf });
}

async function problemsOf(promise: Promise<unknown>): Promise<FieldProblem[]> {
  const error = await errorOf(promise);
  if (!(error instanceof UserInputProblems)) throw new Error(`expected user input problems, got ${String(error)}`);
  return error.problems;
}

const usd = (amount: number) => ({ amountMinor: amount, currency: "USD" });

describeEachDatabase("converting money at stored rates", (db) => {
  it("USD to PLN uses the newest rate dated on or before the day asked for", async () => {
    await store(db(), [
      ["USD", "PLN", "4.0625", "2026-11-18"],
      ["USD", "PLN", "4.1", "2026-11-20"],
      ["USD", "PLN", "4.2", "2026-11-25"],
    ]);
    const ctx = ctxAs(db());
    // $123.45 × 4.1 = 506.145 zł: the half grosz rounds away from zero
    expect(await convertMoney(ctx, usd(12345), "PLN", "2026-11-21")).toMatchObject({
      from: { amountMinor: 12345, currency: "USD" },
      to: { amountMinor: 50615, currency: "PLN" },
      rate: "4.1",
      asOf: "2026-11-20",
      source: "manual",
      derivation: "direct",
    });
    expect((await convertMoney(ctx, usd(12345), "PLN", "2026-11-20")).asOf).toBe("2026-11-20");
    expect((await convertMoney(ctx, usd(12345), "PLN", "2026-11-19")).to.amountMinor).toBe(50152);
    const before = await errorOf(convertMoney(ctx, usd(12345), "PLN", "2026-11-17"));
    expect(before).toBeInstanceOf(DomainError);
    expect(before).toMatchObject({ code: "NOT_FOUND", messageKey: "FX_RATE_MISSING", params: { from: "USD", to: "PLN", date: "2026-11-17" } });
  });

  it("without a date, today's newest rate is used", async () => {
    await store(db(), [
      ["USD", "PLN", "4.0625", "2026-11-18"],
      ["USD", "PLN", "4.2", "2026-11-25"],
    ]);
    const ctx = serviceContext(db(), { now: () => new Date("2026-11-24T23:59:00Z") });
    expect(await findRate(ctx, "usd", "pln")).toMatchObject({ rateText: "4.0625", asOf: "2026-11-18", derivation: "direct" });
  });

  it("PLN to USD inverts the stored USD→PLN rate", async () => {
    await store(db(), [["USD", "PLN", "4.0625", "2026-11-20"]]);
    expect(await convertMoney(ctxAs(db()), { amountMinor: 50152, currency: "PLN" }, "USD", "2026-11-20")).toMatchObject({
      to: { amountMinor: 12345, currency: "USD" },
      rate: "0.2461538462",
      asOf: "2026-11-20",
      derivation: "inverse",
    });
  });

  it("a fresh inverse rate wins over a stale direct one", async () => {
    await store(db(), [
      ["USD", "PLN", "3.98", "2026-01-02"],
      ["PLN", "USD", "0.2439", "2026-11-20"],
    ]);
    const found = await findRate(ctxAs(db()), "USD", "PLN", "2026-11-21");
    expect(found).toMatchObject({ rateText: "4.100041", asOf: "2026-11-20", derivation: "inverse" });
    expect(found.legs.map((l) => [l.base, l.quote, l.rate])).toEqual([["PLN", "USD", "0.2439"]]);
  });

  it("EUR to PLN goes through USD, dated by its older leg, rounded once", async () => {
    await store(db(), [
      ["USD", "EUR", "0.92", "2026-11-19"],
      ["USD", "PLN", "4.0625", "2026-11-20"],
    ]);
    const conversion = await convertMoney(ctxAs(db()), { amountMinor: 10000, currency: "EUR" }, "PLN", "2026-11-20");
    // 100 EUR × (4.0625 / 0.92) = 441.576… zł; a rate rounded to 4.42 first would give 442.00
    expect(conversion).toMatchObject({
      to: { amountMinor: 44158, currency: "PLN" },
      rate: "4.41576087",
      asOf: "2026-11-19",
      source: "manual",
      derivation: "cross_via_usd",
    });
    expect(conversion.legs.map((l) => `${l.base}→${l.quote} ${l.rate} ${l.asOf}`)).toEqual(["USD→EUR 0.92 2026-11-19", "USD→PLN 4.0625 2026-11-20"]);
  });

  it("yen to Kuwaiti dinar crosses from 0 to 3 decimals exactly", async () => {
    await store(db(), [
      ["USD", "JPY", "154.85", "2026-11-20"],
      ["USD", "KWD", "0.3068", "2026-11-20"],
    ]);
    // ¥1,000,000 / 154.85 × 0.3068 = 1,981.2722… KWD → 1,981.272
    const conversion = await convertMoney(ctxAs(db()), { amountMinor: 1_000_000, currency: "JPY" }, "KWD", "2026-11-20");
    expect(conversion.to).toEqual({ amountMinor: 1_981_272, currency: "KWD" });
    expect(conversion.derivation).toBe("cross_via_usd");
  });

  it("the same currency converts at 1 without needing a rate", async () => {
    expect(await convertMoney(ctxAs(db()), usd(999), "USD", "2026-11-20")).toMatchObject({ to: usd(999), rate: "1", derivation: "same_currency", legs: [] });
  });

  it("a pair with no rate either way and no USD legs is a NOT_FOUND with the pair and the day", async () => {
    await store(db(), [["USD", "MYR", "4.135", "2026-11-20"]]);
    const error = await errorOf(findRate(ctxAs(db()), "MYR", "RWF", "2026-11-20"));
    expect(error).toMatchObject({ code: "NOT_FOUND", messageKey: "FX_RATE_MISSING", params: { from: "MYR", to: "RWF", date: "2026-11-20" } });
    expect(ctxAs(db()).t("errors:FX_RATE_MISSING", (error as DomainError).params)).toBe("There is no exchange rate from MYR to RWF on or before 2026-11-20.");
  });

  it("unknown currencies and impossible dates are problems on their fields", async () => {
    expect(await problemsOf(convertMoney(ctxAs(db()), { amountMinor: 100, currency: "XYZ" }, "ABC", "2026-02-29"))).toEqual([
      { field: "amount.currency", code: "CURRENCY_UNKNOWN" },
      { field: "to", code: "CURRENCY_UNKNOWN" },
      { field: "on", code: "DATE_INVALID" },
    ]);
  });
});

describeEachDatabase("keeping FX rates current", (db) => {
  it("a platform admin sets a rate: stored exactly, with who set it; setting it again replaces it", async () => {
    const admin = await adminCtx(db());
    const first = await setFxRate(admin, { base: "usd", quote: "pln", rate: "04.06250", asOf: "2026-11-20" });
    expect(first).toMatchObject({ base: "USD", quote: "PLN", rate: "4.0625", asOf: "2026-11-20", source: "manual", createdByUserId: admin.viewer.userId });
    expect(first.id).toMatch(/^fx_/);
    const corrected = await setFxRate(admin, { base: "USD", quote: "PLN", rate: "4.07", asOf: "2026-11-20" });
    expect(corrected).toMatchObject({ id: first.id, rate: "4.07" });
    expect(await countRows(db(), "fx_rates")).toBe(1);
  });

  it("an exporter cannot set a rate, and nothing is written", async () => {
    const { ctx } = await ownerOf(db());
    expect(await errorOf(setFxRate(ctx, { base: "USD", quote: "MYR", rate: "3.5", asOf: "2026-11-20" }))).toMatchObject({
      code: "FORBIDDEN",
      messageKey: "ADMIN_REQUIRED",
    });
    expect(await errorOf(setFxRate(ctxAs(db()), { base: "USD", quote: "MYR", rate: "3.5", asOf: "2026-11-20" }))).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await countRows(db(), "fx_rates")).toBe(0);
  });

  it.each([
    [{ rate: "0" }, [{ field: "rate", code: "FX_RATE_INVALID" }]],
    [{ rate: "4,06" }, [{ field: "rate", code: "FX_RATE_INVALID" }]],
    [{ rate: "0.0000000000001" }, [{ field: "rate", code: "FX_RATE_INVALID" }]],
    [{ quote: "USD" }, [{ field: "quote", code: "FX_SAME_CURRENCY" }]],
    [{ quote: "ZZZ" }, [{ field: "quote", code: "CURRENCY_UNKNOWN" }]],
    [{ asOf: "2026-13-01" }, [{ field: "asOf", code: "DATE_INVALID" }]],
  ])("%o is refused", async (change, expected) => {
    const input = { base: "USD", quote: "PLN", rate: "4.0625", asOf: "2026-11-20", ...change };
    expect(await problemsOf(setFxRate(systemContext(db()), input))).toEqual(expected);
    expect(await countRows(db(), "fx_rates")).toBe(0);
  });

  it("an admin imports a day's fixing from CSV; the same file again changes nothing", async () => {
    const admin = await adminCtx(db());
    const csv = "base,quote,rate,as_of\nUSD,EUR,0.8625,2026-11-20\nUSD,PLN,3.655,2026-11-20\nUSD,MYR,4.135,2026-11-20\n";
    expect(await importFxRates(admin, csv)).toEqual({ read: 3, created: 3, updated: 0, unchanged: 0 });
    expect(await importFxRates(admin, csv)).toEqual({ read: 3, created: 0, updated: 0, unchanged: 3 });
    expect(await countRows(db(), "fx_rates")).toBe(3);
    const corrected = csv.replace("3.655", "3.6575");
    expect(await importFxRates(admin, corrected)).toEqual({ read: 3, created: 0, updated: 1, unchanged: 2 });
    expect((await findRate(admin, "USD", "PLN", "2026-11-20")).rateText).toBe("3.6575");
  });

  it("a file with bad rows saves nothing and names every bad row by its line", async () => {
    const admin = await adminCtx(db());
    const csv = [
      "Base,Quote,Rate,As_Of",
      "USD,EUR,0.8625,2026-11-20",
      "USD,PLN,-3.655,2026-11-20",
      "USD,MYR,4.135,2026-11-20",
      "",
      "USD,XAU,0.00024,20/11/2026",
      "EUR,EUR,1,2026-11-20",
      "USD,EUR,0.87,2026-11-20",
    ].join("\n");
    const problems = await problemsOf(importFxRates(admin, csv));
    expect(problems.map((p) => translateProblem(admin.t, p).message)).toEqual([
      "4 rows of the file have problems; nothing was saved.",
      'Line 3, rate: "-3.655" is not a positive decimal number with at most 12 decimal places.',
      'Line 6, quote: "XAU" is not an ISO 4217 currency code.',
      'Line 6, as_of: "20/11/2026" is not a real date as YYYY-MM-DD.',
      "Line 7: base and quote are both EUR.",
      "Line 8: USD/EUR on 2026-11-20 is already on line 2 with another rate.",
    ]);
    expect(problems.every((p) => p.field === "csv")).toBe(true);
    expect(await countRows(db(), "fx_rates")).toBe(0);
  });

  it("one bad row is reported in the singular", async () => {
    const problems = await problemsOf(importFxRates(systemContext(db()), "base,quote,rate,as_of\nUSD,PLN,four,2026-11-20\n"));
    expect(translateProblem(ctxAs(db()).t, problems[0]!).message).toBe("1 row of the file has a problem; nothing was saved.");
  });

  it("a file without the four columns, or with a broken quote, is refused as a whole", async () => {
    const ctx = systemContext(db());
    expect(await problemsOf(importFxRates(ctx, "from,to,rate\nUSD,PLN,3.655\n"))).toEqual([{ field: "csv", code: "FX_IMPORT_COLUMNS" }]);
    expect(await problemsOf(importFxRates(ctx, ""))).toEqual([{ field: "csv", code: "FX_IMPORT_COLUMNS" }]);
    expect(await problemsOf(importFxRates(ctx, 'base,quote,rate,as_of\nUSD,PLN,"3.655,2026-11-20\n'))).toEqual([
      { field: "csv", code: "FX_IMPORT_MALFORMED", params: { line: 2 } },
    ]);
  });

  it("only platform admins import", async () => {
    const { ctx } = await ownerOf(db());
    expect(await errorOf(importFxRates(ctx, "base,quote,rate,as_of\nUSD,PLN,3.655,2026-11-20\n"))).toMatchObject({ code: "FORBIDDEN" });
    expect(await countRows(db(), "fx_rates")).toBe(0);
  });

  it("the rate list shows the newest day first and pages on", async () => {
    await store(db(), [
      ["USD", "PLN", "4.0625", "2026-11-18"],
      ["USD", "EUR", "0.92", "2026-11-20"],
      ["USD", "PLN", "4.1", "2026-11-20"],
      ["USD", "MYR", "4.135", "2026-11-19"],
    ]);
    const ctx = ctxAs(db());
    const first = await listFxRates(ctx, { first: 2 });
    expect(first.edges.map((e) => `${e.node.quote} ${e.node.asOf}`)).toEqual(["EUR 2026-11-20", "PLN 2026-11-20"]);
    expect(first.totalCount).toBe(4);
    const rest = await listFxRates(ctx, { first: 5, after: first.pageInfo.endCursor });
    expect(rest.edges.map((e) => `${e.node.quote} ${e.node.asOf}`)).toEqual(["MYR 2026-11-19", "PLN 2026-11-18"]);
    const pln = await listFxRates(ctx, { base: "USD", quote: "PLN" });
    expect(pln.edges.map((e) => e.node.rate)).toEqual(["4.1", "4.0625"]);
  });
});

describeEachDatabase("the demo rates", (db) => {
  it("seed once or twice: one rate per currency, and a Polish buyer can price Malaysian coconuts", async () => {
    expect(await seedDemoFxRates(db())).toBe(DEMO_FX_RATES.length);
    expect(await seedDemoFxRates(db())).toBe(DEMO_FX_RATES.length);
    expect(await countRows(db(), "fx_rates")).toBe(DEMO_FX_RATES.length);
    const quotes = DEMO_FX_RATES.map((r) => r.quote);
    expect(quotes).toEqual(expect.arrayContaining(["EUR", "PLN", "MYR", "CNY", "RUB", "SAR", "RWF", "GBP", "JPY", "KRW", "AED", "INR", "BRL"]));
    // RM 10,000.00 ÷ 4.135 × 3.655 = 8,839.1777… zł → 8,839.18
    const conversion = await convertMoney(ctxAs(db()), { amountMinor: 1_000_000, currency: "MYR" }, "PLN", "2026-11-27");
    expect(conversion).toMatchObject({ to: { amountMinor: 883_918, currency: "PLN" }, asOf: "2026-11-20", source: "demo", derivation: "cross_via_usd" });
  });
});
