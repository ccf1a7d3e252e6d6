import { UserInputProblems, type FieldProblem } from "../errors.js";
import { checkListingFields, referenceProblems, type ListingData, type ListingFields } from "./listing-rules.js";
import type { UsdPricer } from "./pricing.js";
import type { ReferenceLookup } from "./references.js";

export interface Checked {
  data: ListingData;
  priceFromUsdCents: number | null;
}

/**
 * Every rule of a listing: its own fields, then the HS code, port and Incoterms against the
 * reference data, all problems at once. HS code and port are looked up even when other fields are
 * wrong, so the seller learns everything in one round.
 */
export async function checkListing(lookup: ReferenceLookup, pricer: UsdPricer, fields: ListingFields): Promise<Checked | FieldProblem[]> {
  const checked = checkListingFields(fields);
  const hsCode = fields.hsCode.trim();
  const port = fields.shipFromPort?.trim() || null;
  const facts = await lookup.facts(hsCode, port);
  const flagged = new Set(checked.problems.map((p) => p.field));
  const problems = [...checked.problems, ...referenceProblems(fields, facts).filter((p) => !flagged.has(p.field))];
  if (problems.length || !checked.data || "problem" in facts.hsCode) return problems;
  const data: ListingData = { ...checked.data, hsCode: facts.hsCode.digits, shipFromPort: facts.port && "locode" in facts.port ? facts.port.locode : null };
  return { data, priceFromUsdCents: await pricer.cents(data.priceFromMinor, data.currency) };
}

export function throwIfProblems<T>(result: T | FieldProblem[]): T {
  if (Array.isArray(result)) throw new UserInputProblems(result);
  return result;
}
