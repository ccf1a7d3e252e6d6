import type { ClearanceDecision } from "./clearance.js";

/** An officer decided on a shipment at their border; the decision is already in its tracking. */
export interface CustomsDecided {
  shipmentId: string;
  decision: ClearanceDecision;
  reason: string | null;
  /** The border decided on. */
  country: string;
  at: string;
}

declare module "../shared/events.js" {
  interface DomainEvents {
    "customs.decided": CustomsDecided;
  }
}
