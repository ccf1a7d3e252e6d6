/**
 * Clearance at one border, as the officer of that border decides it. A shipment nobody has decided
 * on is `pending`. Held goods are released, which clears them (logistics' tracking says the same:
 * a release moves the shipment to cleared on that side of the border); cleared or released goods
 * may be held again when something new turns up.
 */

export const CLEARANCE_STATUSES = ["pending", "cleared", "held", "released"] as const;
export type ClearanceStatus = (typeof CLEARANCE_STATUSES)[number];

export const CLEARANCE_DECISIONS = ["cleared", "held", "released"] as const;
export type ClearanceDecision = (typeof CLEARANCE_DECISIONS)[number];

const ALLOWED: Record<ClearanceStatus, readonly ClearanceDecision[]> = {
  pending: ["cleared", "held"],
  held: ["released"],
  released: ["held"],
  cleared: ["held"],
};

export function mayDecide(from: ClearanceStatus, decision: ClearanceDecision): boolean {
  return ALLOWED[from].includes(decision);
}

/** Decisions this status allows next: what the decision form offers. */
export function nextDecisions(from: ClearanceStatus): readonly ClearanceDecision[] {
  return ALLOWED[from];
}

/** A hold says why (the companies are told); the other decisions may carry a note. */
export function reasonRequired(decision: ClearanceDecision): boolean {
  return decision === "held";
}

export type Border = "export" | "import";

export interface CrossingCountries {
  exportCountry: string;
  importCountry: string;
}

/**
 * Which side of the shipment a jurisdiction watches, or null when the shipment does not cross it:
 * the officer then sees nothing of it.
 */
export function borderOf(shipment: CrossingCountries, jurisdiction: string): Border | null {
  if (shipment.exportCountry === jurisdiction) return "export";
  if (shipment.importCountry === jurisdiction) return "import";
  return null;
}

export type CustomsTrackingCode = "export_cleared" | "import_cleared" | "held_by_customs" | "released";

/** The tracking event a decision writes into the shipment's timeline. */
export function trackingCodeFor(decision: ClearanceDecision, border: Border): CustomsTrackingCode {
  if (decision === "held") return "held_by_customs";
  if (decision === "released") return "released";
  return border === "export" ? "export_cleared" : "import_cleared";
}
