import type { Executor } from "../database.js";
import embargoesJson from "./embargoes.json";

export interface EmbargoEntry {
  id: string;
  origin: string;
  /** A country, or a destination group such as EU (see DESTINATION_GROUPS). */
  destination: string;
  /** HS digits the ban covers ("72" a chapter, "4407" a heading); null bans every good. */
  hsPrefix: string | null;
  validFrom: string;
  /** The last day in force; null while it lasts. */
  validTo: string | null;
  legalBasis: string;
}

export const EMBARGO_ENTRIES: readonly EmbargoEntry[] = embargoesJson as EmbargoEntry[];

/**
 * Groups a trade measure may name instead of one country. Measures like the EU's are made once for
 * the customs union, so an admin records one row and every member state is covered.
 */
export const DESTINATION_GROUPS: Readonly<Record<string, readonly string[]>> = {
  EU: ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"],
};

/** The country itself and every group it belongs to: what an embargo's destination may say to cover it. */
export function destinationCodesFor(country: string): string[] {
  const code = country.toUpperCase();
  return [code, ...Object.entries(DESTINATION_GROUPS).filter(([, members]) => members.includes(code)).map(([group]) => group)];
}

export function isDestinationGroup(code: string): boolean {
  return Object.hasOwn(DESTINATION_GROUPS, code.toUpperCase());
}

/**
 * Inserts the built-in embargoes. Rows already there are left alone, so an admin's corrections (an
 * embargo's end date) survive every restart.
 */
export async function loadEmbargoes(db: Executor, now: string): Promise<void> {
  await db
    .insertInto("embargoes")
    .values(
      EMBARGO_ENTRIES.map((e) => ({
        id: e.id,
        origin_country: e.origin,
        destination_country: e.destination,
        hs_prefix: e.hsPrefix,
        valid_from: e.validFrom,
        valid_to: e.validTo,
        legal_basis: e.legalBasis,
        created_at: now,
      })),
    )
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
}
