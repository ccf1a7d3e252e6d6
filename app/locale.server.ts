import * as cookie from "cookie";
import { AVAILABLE_LOCALES, directionOf, LOCALE_INFO, resources, type AvailableLocale } from "../locales/index.js";

// Routes reach the locale tables through this .server module, so they never land in the browser bundle.
export { AVAILABLE_LOCALES, isAvailableLocale, LOCALE_INFO, translatorFor } from "../locales/index.js";
import type { LocaleResources } from "./i18n";

/** server.ts reads the user's explicit language choice from this cookie, ahead of their profile and browser. */
export const LOCALE_COOKIE = "lng";

export interface LocaleData {
  locale: AvailableLocale;
  dir: "ltr" | "rtl";
  /** Only this locale's messages travel to the browser, not every language's. */
  resources: LocaleResources;
  languages: { code: AvailableLocale; name: string }[];
}

export function localeData(locale: AvailableLocale): LocaleData {
  return {
    locale,
    dir: directionOf(locale),
    resources: { common: resources[locale].common },
    languages: AVAILABLE_LOCALES.map((code) => ({ code, name: LOCALE_INFO[code].name })),
  };
}

/** The `lng` cookie: readable by server.ts on every request, kept a year, never sent on cross-site POSTs. */
export function localeCookie(locale: AvailableLocale, request: Request): string {
  return cookie.serialize(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: 365 * 24 * 60 * 60,
    sameSite: "lax",
    secure: new URL(request.url).protocol === "https:",
  });
}

/** Every language Caravan is written for, by its own name: a company may prefer one not yet translated. */
export function allLanguages(): { code: string; name: string }[] {
  return Object.entries(LOCALE_INFO).map(([code, info]) => ({ code, name: info.name }));
}
