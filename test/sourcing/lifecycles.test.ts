import { describe, expect, it } from "vitest";
import { effectiveQuoteStatus, isLive, nextQuoteStatus, QUOTE_STATUSES, type QuoteAction, type QuoteStatus } from "../../graph/sourcing/quote-lifecycle.js";
import { nextRequestStatus, REQUEST_STATUSES, type RequestAction, type RequestStatus } from "../../graph/sourcing/request-lifecycle.js";

describe("sourcing request lifecycle", () => {
  const actions: RequestAction[] = ["close", "award"];
  const expected: Record<RequestStatus, Record<RequestAction, RequestStatus | null>> = {
    open: { close: "closed", award: "awarded" },
    closed: { close: null, award: null },
    awarded: { close: null, award: null },
  };

  for (const from of REQUEST_STATUSES) {
    for (const action of actions) {
      it(`${from} --${action}--> ${expected[from][action] ?? "refused"}`, () => {
        expect(nextRequestStatus(from, action)).toBe(expected[from][action]);
      });
    }
  }
});

describe("quote lifecycle", () => {
  const actions: QuoteAction[] = ["submit", "accept", "pass_over", "withdraw", "expire"];
  const expected: Record<QuoteStatus | "new", Record<QuoteAction, QuoteStatus | null>> = {
    new: { submit: "submitted", accept: null, pass_over: null, withdraw: null, expire: null },
    submitted: { submit: "submitted", accept: "accepted", pass_over: "not_chosen", withdraw: "withdrawn", expire: "expired" },
    withdrawn: { submit: "submitted", accept: null, pass_over: null, withdraw: null, expire: null },
    expired: { submit: "submitted", accept: null, pass_over: null, withdraw: null, expire: null },
    accepted: { submit: null, accept: null, pass_over: null, withdraw: null, expire: null },
    not_chosen: { submit: null, accept: null, pass_over: null, withdraw: null, expire: null },
  };

  for (const from of ["new", ...QUOTE_STATUSES] as const) {
    for (const action of actions) {
      it(`${from} --${action}--> ${expected[from][action] ?? "refused"}`, () => {
        expect(nextQuoteStatus(from === "new" ? null : from, action)).toBe(expected[from][action]);
      });
    }
  }

  it.each([
    ["submitted", "2026-12-31", "2026-12-01", "submitted", true],
    ["submitted", "2026-12-01", "2026-12-01", "submitted", true],
    ["submitted", "2026-11-30", "2026-12-01", "expired", false],
    ["withdrawn", "2026-11-30", "2026-12-01", "withdrawn", false],
    ["accepted", "2026-11-30", "2026-12-01", "accepted", false],
    ["not_chosen", "2026-12-31", "2026-12-01", "not_chosen", false],
  ] as const)("a %s quote valid until %s reads on %s as %s (live: %s)", (status, validUntil, today, shown, live) => {
    expect(effectiveQuoteStatus(status, validUntil, today)).toBe(shown);
    expect(isLive(status, validUntil, today)).toBe(live);
  });
});
