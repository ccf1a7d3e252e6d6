import { describe, expect, it } from "vitest";
import { createI18n, lookup } from "../../app/i18n";
import { resources } from "../../locales/index.js";

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
