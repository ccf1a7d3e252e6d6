import { describe, expect, it } from "vitest";
import { createI18n, lookup } from "../../app/i18n";
import { acceptedLocale, negotiateLocale, resources } from "../../locales/index.js";

describe("createI18n", () => {
  it("is ready as soon as it is made, so the first server render is already translated", () => {
    const i18n = createI18n("ar", resources.ar);
    expect(i18n.isInitialized).toBe(true);
    expect(i18n.language).toBe("ar");
    expect(i18n.t("nav.signIn")).toBe("تسجيل الدخول");
  });

  it("uses the plural forms of the language", () => {
    const i18n = createI18n("ar", resources.ar);
    expect(i18n.t("admin.lead", { count: 2 })).toBe("شركتان تنتظران قرارًا، الأقدم أولًا.");
    expect(createI18n("en", resources.en).t("admin.lead", { count: 1 })).toBe("1 company is waiting for a decision, oldest request first.");
  });
});

describe("lookup", () => {
  it("finds a nested message without an i18next instance, for meta titles", () => {
    expect(lookup(resources.en, "signIn.title")).toBe("Sign in");
    expect(lookup(resources.en, "signIn")).toBeUndefined();
    expect(lookup(resources.en, "no.such.key")).toBeUndefined();
    expect(lookup(undefined, "signIn.title")).toBeUndefined();
  });
});

describe("right-to-left sentences", () => {
  it("isolate every value an Arabic or Hebrew sentence carries, so a Latin name keeps its own order", () => {
    const ar = createI18n("ar", resources.ar, "rtl");
    expect(ar.t("listing.published", { when: "5,000 (Al-Riyadh Trading Co.)" })).toContain("\u20685,000 (Al-Riyadh Trading Co.)\u2069");
    expect(createI18n("he", resources.he, "rtl").t("home.dashboard.greeting", { name: "Kelapa Sdn. Bhd." })).toBe("ברוך הבא, \u2068Kelapa Sdn. Bhd.\u2069");
    expect(createI18n("en", resources.en).t("home.dashboard.greeting", { name: "Kelapa Sdn. Bhd." })).toBe("Welcome, Kelapa Sdn. Bhd.");
  });
});

describe("choosing the language from Accept-Language", () => {
  it.each([
    ["pl-PL,pl;q=0.9,en;q=0.5", "pl"],
    ["de-DE,uk;q=0.8,ru;q=0.6", "uk"],
    ["zh-CN,zh;q=0.9", "zh"],
    ["he-IL", "he"],
    ["de-DE,nl;q=0.5", null],
    ["", null],
  ])("%s → %s", (header, locale) => {
    expect(acceptedLocale(header)).toBe(locale);
    expect(negotiateLocale(header)).toBe(locale ?? "en");
  });
});
