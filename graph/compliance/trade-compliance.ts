import type { ServiceContext } from "../context.js";
import { formatHs, hsDigits } from "./common.js";
import { licenceRulesFor } from "./data/licences.js";
import { toEmbargo } from "./embargo-register.js";
import { findEmbargo } from "./embargoes.js";
import { screenParties, type ScreeningHit } from "./denied-party-lists.js";
import { embargoRows } from "./repository.js";

export interface TradeComplianceInput {
  originCountry: string;
  destinationCountry: string;
  on: Date;
  lines: readonly { hsCode: string; licenceNumber?: string | null }[];
  parties: readonly { role: string; name: string; country: string }[];
}

export interface ComplianceRefusal {
  /** EMBARGOED_LANE or LICENCE_REQUIRED: keys in errors.json, with `params` for the message. */
  code: string;
  /** The input path to fix, e.g. lines.0.licenceNumber. */
  field?: string;
  params: Record<string, string>;
}

export interface TradeCompliance {
  refusals: ComplianceRefusal[];
  screeningHits: ScreeningHit[];
}

/**
 * What stops an order, for trade to call before it places one: an embargo on the lane for a line's
 * HS code, a licensable line without its licence number (refusals, each with its legal basis), and
 * parties that resemble a denied party (hits: trade holds the order for an admin's review).
 */
export async function assessTradeCompliance(ctx: ServiceContext, input: TradeComplianceInput): Promise<TradeCompliance> {
  const on = input.on.toISOString().slice(0, 10);
  const origin = input.originCountry.toUpperCase();
  const destination = input.destinationCountry.toUpperCase();
  const [embargoes, screeningHits] = await Promise.all([embargoRows(ctx.db, on).then((rows) => rows.map(toEmbargo)), screenParties(ctx, input.parties)]);
  const refusals: ComplianceRefusal[] = [];
  for (const [i, line] of input.lines.entries()) {
    const hsCode = hsDigits(line.hsCode);
    const embargo = findEmbargo(embargoes, origin, destination, hsCode, on, on);
    if (embargo) {
      refusals.push({
        code: "EMBARGOED_LANE",
        field: `lines.${i}.hsCode`,
        params: { origin, destination, hs: formatHs(hsCode), since: embargo.validFrom, basis: embargo.legalBasis },
      });
    }
    for (const rule of licenceRulesFor(hsCode, origin, destination, on)) {
      if (line.licenceNumber?.trim()) continue;
      refusals.push({
        code: "LICENCE_REQUIRED",
        field: `lines.${i}.licenceNumber`,
        params: { hs: formatHs(hsCode), kind: ctx.t(`common:compliance.licence.${rule.kind}`), basis: rule.basis },
      });
    }
  }
  return { refusals, screeningHits };
}
