import { translatorFor } from "../../../locales/index.js";
import type english from "../../../locales/en/common.json";
import type { Label } from "../pdf/layout.js";

/**
 * Document labels come from `documentLabels` in the locale files: English always, and the
 * destination's language beside it when the exporter chose one. A customs officer reads the
 * English; the consignee's clerk reads their own.
 */
export type LabelKey = keyof (typeof english)["documentLabels"];

export type Labeller = (key: LabelKey, values?: Record<string, string | number>) => Label;

/** Labels without values are the same in every document: translated once per process. */
const plain = new Map<string, Label>();

export function labeller(secondLanguage?: string | null): Labeller {
  const secondLocale = secondLanguage && secondLanguage !== "en" ? secondLanguage : null;
  const en = translatorFor("en");
  const second = secondLocale ? translatorFor(secondLocale) : null;
  const make = (key: LabelKey, values: Record<string, string | number>): Label => {
    const label: Label = { en: en(`documentLabels.${key}`, values) };
    if (second) label.second = second(`documentLabels.${key}`, values);
    return label;
  };
  return (key, values) => {
    if (values) return make(key, values);
    const cacheKey = `${secondLocale ?? ""}:${key}`;
    let label = plain.get(cacheKey);
    if (!label) {
      label = make(key, {});
      plain.set(cacheKey, label);
    }
    return label;
  };
}
