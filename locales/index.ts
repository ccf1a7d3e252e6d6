import i18next, { type TFunction } from "i18next";
import enCommon from "./en/common.json";
import enErrors from "./en/errors.json";
import zhCommon from "./zh/common.json";
import zhErrors from "./zh/errors.json";
import esCommon from "./es/common.json";
import esErrors from "./es/errors.json";
import ruCommon from "./ru/common.json";
import ruErrors from "./ru/errors.json";
import frCommon from "./fr/common.json";
import frErrors from "./fr/errors.json";
import plCommon from "./pl/common.json";
import plErrors from "./pl/errors.json";
import ukCommon from "./uk/common.json";
import ukErrors from "./uk/errors.json";
import arCommon from "./ar/common.json";
import arErrors from "./ar/errors.json";
import heCommon from "./he/common.json";
import heErrors from "./he/errors.json";
import jaCommon from "./ja/common.json";
import jaErrors from "./ja/errors.json";
import koCommon from "./ko/common.json";
import koErrors from "./ko/errors.json";
import ptCommon from "./pt/common.json";
import ptErrors from "./pt/errors.json";
import msCommon from "./ms/common.json";
import msErrors from "./ms/errors.json";

/** The locales Caravan is written for, with the script direction each lays out in. */
export const LOCALE_INFO = {
  en: { name: "English", dir: "ltr" },
  zh: { name: "中文", dir: "ltr" },
  es: { name: "Español", dir: "ltr" },
  ru: { name: "Русский", dir: "ltr" },
  fr: { name: "Français", dir: "ltr" },
  pl: { name: "Polski", dir: "ltr" },
  uk: { name: "Українська", dir: "ltr" },
  ar: { name: "العربية", dir: "rtl" },
  he: { name: "עברית", dir: "rtl" },
  ja: { name: "日本語", dir: "ltr" },
  ko: { name: "한국어", dir: "ltr" },
  pt: { name: "Português", dir: "ltr" },
  ms: { name: "Bahasa Melayu", dir: "ltr" },
} as const;

export type Locale = keyof typeof LOCALE_INFO;

export const NAMESPACES = ["common", "errors"] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** Every locale's messages; test/app/locales.test.ts checks each against English. */
export const resources = {
  en: { common: enCommon, errors: enErrors },
  zh: { common: zhCommon, errors: zhErrors },
  es: { common: esCommon, errors: esErrors },
  ru: { common: ruCommon, errors: ruErrors },
  fr: { common: frCommon, errors: frErrors },
  pl: { common: plCommon, errors: plErrors },
  uk: { common: ukCommon, errors: ukErrors },
  ar: { common: arCommon, errors: arErrors },
  he: { common: heCommon, errors: heErrors },
  ja: { common: jaCommon, errors: jaErrors },
  ko: { common: koCommon, errors: koErrors },
  pt: { common: ptCommon, errors: ptErrors },
  ms: { common: msCommon, errors: msErrors },
} satisfies Record<Locale, Record<Namespace, object>>;

export type AvailableLocale = keyof typeof resources;
export const AVAILABLE_LOCALES = Object.keys(resources) as AvailableLocale[];
export const DEFAULT_LOCALE: AvailableLocale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && Object.hasOwn(LOCALE_INFO, value);
}

export function isAvailableLocale(value: unknown): value is AvailableLocale {
  return typeof value === "string" && Object.hasOwn(resources, value);
}

export function directionOf(locale: string): "ltr" | "rtl" {
  return isLocale(locale) ? LOCALE_INFO[locale].dir : "ltr";
}

/** The best available locale for an Accept-Language header (`pl-PL,ar;q=0.8`). */
export function negotiateLocale(header: string | null | undefined): AvailableLocale {
  return acceptedLocale(header) ?? DEFAULT_LOCALE;
}

/** The locale an Accept-Language header ranks highest among those Caravan offers, or null when it names none. */
export function acceptedLocale(header: string | null | undefined): AvailableLocale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { lang: tag.toLowerCase().split("-")[0] ?? "", q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.lang && !Number.isNaN(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.lang).find(isAvailableLocale) ?? null;
}

const translators = new Map<string, TFunction>();

/** A translator bound to one locale, falling back to English for any missing key. */
export function translatorFor(locale: string): TFunction {
  const lng = isAvailableLocale(locale) ? locale : DEFAULT_LOCALE;
  let t = translators.get(lng);
  if (!t) {
    const instance = i18next.createInstance();
    instance.init({
      lng,
      fallbackLng: DEFAULT_LOCALE,
      resources,
      ns: [...NAMESPACES],
      defaultNS: "common",
      interpolation: { escapeValue: false },
      initImmediate: false,
      returnNull: false,
    });
    t = instance.t.bind(instance) as TFunction;
    translators.set(lng, t);
  }
  return t;
}
