import { afterEach, beforeEach, expect, it } from "vitest";
import { seedDemoFxRates } from "../../db/seed/fx-demo.js";
import { systemContext } from "../../graph/runtime.js";
import { createPlatformAdmin } from "../../graph/identity/service.js";
import { describeEachDatabase } from "../support/db.js";
import { startApi, type HttpClient, type RunningApi } from "../support/http.js";
import { countRows, GOOD_PASSWORD } from "../support/identity.js";

const CONVERT = `query Convert($amount: MoneyInput!, $to: String!, $on: Date) {
  convertMoney(amount: $amount, to: $to, on: $on) {
    from { amount currency } to { amount currency } rate rateDate source derivation rates { base quote rate asOf }
  }
}`;
const SET_RATE = `mutation Set($input: SetFxRateInput!) {
  setFxRate(input: $input) { fxRate { base quote rate asOf source } userErrors { field code message } }
}`;
const IMPORT = `mutation Import($csv: String!) {
  importFxRates(csv: $csv) { result { read created updated unchanged } userErrors { field code message } }
}`;

describeEachDatabase("FX over GraphQL", (db) => {
  let api: RunningApi;
  beforeEach(async () => {
    api = await startApi(db());
  });
  afterEach(async () => {
    await api.close();
  });

  async function signedInAdmin(): Promise<HttpClient> {
    await createPlatformAdmin(systemContext(db()), { email: "rates@caravan.example", displayName: "Rates Desk", password: GOOD_PASSWORD });
    const client = api.client();
    const res = await client.graphql(`mutation { signIn(input: { email: "rates@caravan.example", password: "${GOOD_PASSWORD}" }) { userErrors { code } } }`);
    expect(res.body.data.signIn.userErrors).toEqual([]);
    return client;
  }

  it("a Polish buyer prices RM 2,500.00 of coconuts in złoty, with the rate and where it came from", async () => {
    await seedDemoFxRates(db());
    const res = await api.client().graphql(CONVERT, { amount: { amount: "2500.00", currency: "MYR" }, to: "PLN", on: "2026-11-27" });
    expect(res.body).toEqual({
      data: {
        convertMoney: {
          from: { amount: "2500.00", currency: "MYR" },
          // 2,500 ÷ 4.135 × 3.655 = 2,209.794…
          to: { amount: "2209.79", currency: "PLN" },
          rate: "0.8839177751",
          rateDate: "2026-11-20",
          source: "demo",
          derivation: "CROSS_VIA_USD",
          rates: [
            { base: "USD", quote: "MYR", rate: "4.135", asOf: "2026-11-20" },
            { base: "USD", quote: "PLN", rate: "3.655", asOf: "2026-11-20" },
          ],
        },
      },
    });
  });

  it("an amount with more decimals than the currency has is BAD_USER_INPUT on the amount", async () => {
    const res = await api.client().graphql(CONVERT, { amount: { amount: "100.5", currency: "JPY" }, to: "USD" });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", userErrors: [{ field: "amount.amount", code: "MONEY_TOO_PRECISE" }] });
  });

  it("a missing rate is NOT_FOUND with a readable message", async () => {
    const res = await api.client().graphql(CONVERT, { amount: { amount: "10", currency: "RWF" }, to: "KRW", on: "2026-11-20" });
    expect(res.body.errors?.[0]).toMatchObject({
      message: "There is no exchange rate from RWF to KRW on or before 2026-11-20.",
      extensions: { code: "NOT_FOUND", from: "RWF", to: "KRW", date: "2026-11-20" },
    });
  });

  it("anonymous callers cannot set rates; a signed-in admin can, and mistakes come back as userErrors", async () => {
    const anonymous = await api.client().graphql(SET_RATE, { input: { base: "USD", quote: "PLN", rate: "3.655", asOf: "2026-11-20" } });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await countRows(db(), "fx_rates")).toBe(0);

    const admin = await signedInAdmin();
    const saved = await admin.graphql(SET_RATE, { input: { base: "USD", quote: "PLN", rate: "3.655", asOf: "2026-11-20" } });
    expect(saved.body.data.setFxRate).toEqual({ fxRate: { base: "USD", quote: "PLN", rate: "3.655", asOf: "2026-11-20", source: "manual" }, userErrors: [] });

    const wrong = await admin.graphql(SET_RATE, { input: { base: "USD", quote: "USD", rate: "-1", asOf: "2026-11-20" } });
    expect(wrong.body.data.setFxRate).toEqual({
      fxRate: null,
      userErrors: [
        { field: "rate", code: "FX_RATE_INVALID", message: "An exchange rate is a positive decimal number, like 4.0625." },
        { field: "quote", code: "FX_SAME_CURRENCY", message: "Choose two different currencies." },
      ],
    });
  });

  it("an admin's CSV import reports each bad line and saves nothing until the file is right", async () => {
    const admin = await signedInAdmin();
    const bad = await admin.graphql(IMPORT, { csv: "base,quote,rate,as_of\nUSD,EUR,0.8625,2026-11-20\nUSD,PLN,3,655,2026-11-20\n" });
    expect(bad.body.data.importFxRates).toEqual({
      result: null,
      userErrors: [
        { field: "csv", code: "FX_IMPORT_ROWS", message: "1 row of the file has a problem; nothing was saved." },
        { field: "csv", code: "FX_IMPORT_VALUE_COUNT", message: "Line 3: 5 values where the header has 4. Write rates with a decimal point (3.655), not a comma." },
      ],
    });
    expect(await countRows(db(), "fx_rates")).toBe(0);

    const good = await admin.graphql(IMPORT, { csv: "base,quote,rate,as_of\nUSD,EUR,0.8625,2026-11-20\nUSD,PLN,3.655,2026-11-20\n" });
    expect(good.body.data.importFxRates).toEqual({ result: { read: 2, created: 2, updated: 0, unchanged: 0 }, userErrors: [] });
    const listed = await api.client().graphql(`{ fxRates(base: "USD", first: 5) { totalCount edges { node { quote rate asOf source } } } }`);
    expect(listed.body.data.fxRates).toEqual({
      totalCount: 2,
      edges: [
        { node: { quote: "EUR", rate: "0.8625", asOf: "2026-11-20", source: "import" } },
        { node: { quote: "PLN", rate: "3.655", asOf: "2026-11-20", source: "import" } },
      ],
    });
  });
});
