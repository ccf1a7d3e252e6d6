import type { TFunction } from "i18next";
import { findUnit } from "../../db/reference/index.js";
import type { Reason } from "./score.js";
import type { SignalName } from "./weights.js";

/** A reason as the API shows it: the stable code for programs, the sentence for people. */
export interface MatchReason {
  signal: SignalName;
  code: string;
  positive: boolean;
  text: string;
}

export interface ReasonFormat {
  t: TFunction;
  locale: string;
  /** YYYY-MM-DD; dates in this year are printed without the year. */
  today: string;
}

// Building an Intl formatter costs far more than using one, and a ranking formats hundreds of reasons.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let found = formatters.get(key) as T | undefined;
  if (!found) {
    found = make();
    formatters.set(key, found);
  }
  return found;
}

function quantity(format: ReasonFormat, value: number, unit: string): string {
  const number = formatter(`n:${format.locale}`, () => new Intl.NumberFormat(format.locale, { maximumFractionDigits: 3 })).format(value);
  return `${number} ${findUnit(unit)?.symbol ?? unit}`;
}

function day(format: ReasonFormat, date: string): string {
  const sameYear = date.slice(0, 4) === format.today.slice(0, 4);
  const dates = formatter(
    `d:${format.locale}:${sameYear}`,
    () => new Intl.DateTimeFormat(format.locale, { day: "numeric", month: "short", ...(sameYear ? {} : { year: "numeric" }), timeZone: "UTC" }),
  );
  return dates.format(new Date(`${date}T00:00:00Z`));
}

/** The parameters each sentence needs, formatted for the reader's locale. */
function textParams(format: ReasonFormat, reason: Reason): Record<string, string | number> {
  const p = reason.params;
  const unit = String(p.unit ?? "");
  switch (reason.code) {
    case "quantityFits":
    case "quantityBelowMoq":
      return { moq: quantity(format, Number(p.moq), unit), quantity: quantity(format, Number(p.quantity), unit) };
    case "quantityPartial":
      return { available: quantity(format, Number(p.available), unit), quantity: quantity(format, Number(p.quantity), unit) };
    case "quantityUnitMismatch":
      return { unit: findUnit(unit)?.name ?? unit, requestUnit: findUnit(String(p.requestUnit))?.name ?? String(p.requestUnit) };
    case "laneInTime":
    case "laneMaybe":
    case "laneLate":
      return { ...p, mode: format.t(`matching.mode.${p.mode}`), neededBy: day(format, String(p.neededBy)) };
    case "laneEmbargoed":
      return { ...p, since: day(format, String(p.since)) };
    default:
      return p;
  }
}

/** Puts a reason into plain words in the reader's language (keys under matching.reason in locales). */
export function reasonText(format: ReasonFormat, reason: Reason): MatchReason {
  const params = textParams(format, reason);
  const key = reason.code === "laneEmbargoed" && !reason.params.hs ? "laneEmbargoedAllGoods" : reason.code;
  let text = format.t(`matching.reason.${key}`, params);
  if (reason.params.estimated === 1) text = format.t("matching.reason.laneEstimated", { text });
  return { signal: reason.signal, code: reason.code, positive: reason.positive, text };
}
