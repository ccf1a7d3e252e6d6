import i18next, { type i18n } from "i18next";
import { interpolationFor } from "../locales/bidi.js";
import type { AvailableLocale } from "../locales/index.js";

/**
 * The messages the root loader sends to the browser: the UI's own (`common`). API errors arrive
 * already translated, so the `errors` namespace stays on the server.
 */
export type LocaleResources = { common: Record<string, unknown> };

/**
 * An i18next instance holding exactly one locale. The server renders with it and the browser
 * builds the same one from the root loader's data, so the hydrated text matches the HTML.
 */
export function createI18n(locale: AvailableLocale, resources: LocaleResources, dir: "ltr" | "rtl" = "ltr"): i18n {
  const instance = i18next.createInstance();
  instance.init({
    lng: locale,
    fallbackLng: false,
    resources: { [locale]: resources },
    ns: ["common"],
    defaultNS: "common",
    // React escapes text itself; right-to-left pages also isolate every value (locales/bidi.ts).
    interpolation: interpolationFor(dir),
    initImmediate: false,
    returnNull: false,
    react: { useSuspense: false },
  });
  return instance;
}

/** A message from already-loaded resources, for places without hooks (meta functions). */
export function lookup(resources: LocaleResources | undefined, key: string): string | undefined {
  let node: unknown = resources?.common;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}
