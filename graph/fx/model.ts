import type { FxRatesTable } from "../../db/types.js";
import type { Money } from "../shared/money.js";
import type { Rational } from "./fx.js";

/** A stored rate: one unit of `base` is worth `rate` units of `quote` on `asOf`. */
export interface FxRate {
  id: string;
  base: string;
  quote: string;
  /** Exact decimal without padding zeros: "4.0625", never "04.06250". */
  rate: string;
  asOf: string;
  source: string;
  createdByUserId: string | null;
  createdAt: string;
}

export type FxDerivation = "same_currency" | "direct" | "inverse" | "cross_via_usd";

export interface FoundRate {
  base: string;
  quote: string;
  /** Exact: one unit of `base` is worth `rate` units of `quote`. */
  rate: Rational;
  /** The rate as a decimal string: exact for a stored rate, ten significant digits when derived. */
  rateText: string;
  /** The rate's date; for a cross rate the older of its two legs, since it is only as fresh as that. */
  asOf: string;
  source: string;
  derivation: FxDerivation;
  /** The stored rates it was computed from: none, one, or the two legs of a cross rate. */
  legs: FxRate[];
}

export interface Conversion {
  from: Money;
  to: Money;
  rate: string;
  asOf: string;
  source: string;
  derivation: FxDerivation;
  legs: FxRate[];
}

export function toFxRate(row: FxRatesTable): FxRate {
  return {
    id: row.id,
    base: row.base_currency,
    quote: row.quote_currency,
    rate: row.rate,
    asOf: row.as_of,
    source: row.source,
    createdByUserId: row.created_by_user_id,
    createdAt: row.created_at,
  };
}
