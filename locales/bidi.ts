/**
 * Interpolation for right-to-left locales: every value put into a sentence (a company name, an HS
 * code, a price, a Latin word) is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, the
 * plain-text <bdi>, so "(Al-Riyadh Trading Co.)" and "5 l tins" keep their own order inside Arabic or
 * Hebrew and never pull the punctuation around them to the wrong side. Pages use it (app/i18n.ts);
 * API messages stay plain text, for clients that lay them out themselves.
 */
export function interpolationFor(dir: "ltr" | "rtl"): { escapeValue: boolean; escape?: (value: string) => string } {
  return dir === "rtl" ? { escapeValue: true, escape: isolate } : { escapeValue: false };
}

export function isolate(value: string): string {
  return `\u2068${value}\u2069`;
}
