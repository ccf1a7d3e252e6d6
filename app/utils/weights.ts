import type { FormProblem } from "./forms";

export const WEIGHT_NAMES = ["price", "leadTime", "moq", "paymentTerms"] as const;
export type WeightName = (typeof WEIGHT_NAMES)[number];

/**
 * The buyer's quote-ranking weights from the URL (?price=60&leadTime=20...), so a ranking can be
 * bookmarked. Only the weights given go to the API; the rest keep its defaults.
 */
export function weightsFromUrl(params: URLSearchParams): { weights: Partial<Record<WeightName, number>>; values: Record<WeightName, string>; problems: FormProblem[] } {
  const weights: Partial<Record<WeightName, number>> = {};
  const values = {} as Record<WeightName, string>;
  const problems: FormProblem[] = [];
  for (const name of WEIGHT_NAMES) {
    const text = params.get(name)?.trim() ?? "";
    values[name] = text;
    if (!text) continue;
    if (/^\d{1,3}$/.test(text)) weights[name] = Number(text);
    else problems.push({ field: name, code: "WEIGHT_OUT_OF_RANGE", params: { max: 100 } });
  }
  return { weights, values, problems };
}
