export type RequestStatus = "open" | "closed" | "awarded";

/** close: the buyer stops it without choosing; award: the buyer accepted one quote. */
export type RequestAction = "close" | "award";

export const REQUEST_STATUSES: readonly RequestStatus[] = ["open", "closed", "awarded"];

/** Every move a sourcing request may make, and nothing else. A request starts open and ends once. */
const TRANSITIONS: Record<RequestStatus, Partial<Record<RequestAction, RequestStatus>>> = {
  open: { close: "closed", award: "awarded" },
  closed: {},
  awarded: {},
};

/** The status `action` leads to from `from`, or null when the move is not allowed. */
export function nextRequestStatus(from: RequestStatus, action: RequestAction): RequestStatus | null {
  return TRANSITIONS[from][action] ?? null;
}

export function isRequestStatus(value: string): value is RequestStatus {
  return (REQUEST_STATUSES as readonly string[]).includes(value);
}
