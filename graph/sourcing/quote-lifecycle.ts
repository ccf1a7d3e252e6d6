export type QuoteStatus = "submitted" | "accepted" | "not_chosen" | "withdrawn" | "expired";

/**
 * submit: a new quote, a revision of the live one, or quoting again after withdrawing or letting it
 * lapse (one row per seller and request, so the same quote comes back to life);
 * accept: the buyer chose it; pass_over: the buyer chose another or closed the request;
 * withdraw: the seller took it back; expire: its valid-until date passed.
 */
export type QuoteAction = "submit" | "accept" | "pass_over" | "withdraw" | "expire";

export const QUOTE_STATUSES: readonly QuoteStatus[] = ["submitted", "accepted", "not_chosen", "withdrawn", "expired"];

/** Every move a quote may make. `null` is a quote that does not exist yet. Accepted and not chosen are final. */
const TRANSITIONS: Record<QuoteStatus | "none", Partial<Record<QuoteAction, QuoteStatus>>> = {
  none: { submit: "submitted" },
  submitted: { submit: "submitted", accept: "accepted", pass_over: "not_chosen", withdraw: "withdrawn", expire: "expired" },
  withdrawn: { submit: "submitted" },
  expired: { submit: "submitted" },
  accepted: {},
  not_chosen: {},
};

export function nextQuoteStatus(from: QuoteStatus | null, action: QuoteAction): QuoteStatus | null {
  return TRANSITIONS[from ?? "none"][action] ?? null;
}

/** A quote the buyer may still accept: submitted and not past its valid-until date (`today` is YYYY-MM-DD, UTC). */
export function isLive(status: QuoteStatus, validUntil: string, today: string): boolean {
  return status === "submitted" && validUntil >= today;
}

/**
 * What the parties see: a submitted quote whose valid-until date has passed is expired, whether or
 * not the expiry job has written that down yet.
 */
export function effectiveQuoteStatus(status: QuoteStatus, validUntil: string, today: string): QuoteStatus {
  return status === "submitted" && validUntil < today ? "expired" : status;
}
