/**
 * Events the compliance module publishes. `screening.decided`: an admin approved or rejected a
 * screening review, inside the decision's transaction; trade releases the held order (approved)
 * or cancels it (rejected). Until trade subscribes, it may poll screeningReviewsOf.
 */
export const SCREENING_DECIDED = "screening.decided";

export interface ScreeningDecided {
  reviewId: string;
  /** What was held, as the module that asked for the review named it: "order". */
  subjectKind: string;
  subjectId: string;
  decision: "approved" | "rejected";
  note: string;
  decidedByUserId: string | null;
  /** ISO 8601, UTC. */
  decidedAt: string;
}

declare module "../shared/events.js" {
  interface DomainEvents {
    "screening.decided": ScreeningDecided;
  }
}
