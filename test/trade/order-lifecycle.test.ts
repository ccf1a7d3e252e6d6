import { describe, expect, it } from "vitest";
import { availableActions, nextOrderStatus, ORDER_ACTIONS, ORDER_ROLES, ORDER_STATUSES, PAYMENT_TERMS, releasesStock, type OrderAction, type OrderPaymentTerms, type OrderRole, type OrderStatus } from "../../graph/trade/order-lifecycle.js";

type Row = [OrderStatus, OrderAction, OrderRole, OrderPaymentTerms, OrderStatus];

/** Every move the platform allows; anything not in this list must be refused. */
const ALLOWED: Row[] = [
  ...PAYMENT_TERMS.map((t): Row => ["draft", "confirm", "seller", t, "confirmed"]),
  ["confirmed", "pay", "system", "advance_transfer", "paid"],
  ["confirmed", "secure", "system", "escrow", "payment_secured"],
  ...(["system", "admin", "seller"] as const).map((r): Row => ["confirmed", "secure", r, "letter_of_credit", "payment_secured"]),
  // Paid and payment_secured are reached only under their own terms; from there any order ships.
  ...(["system", "seller"] as const).flatMap((r) => [
    ...PAYMENT_TERMS.flatMap((t) => (["paid", "payment_secured"] as const).map((s): Row => [s, "ship", r, t, "shipped"])),
    ["confirmed", "ship", r, "open_account", "shipped"] as Row,
  ]),
  ...PAYMENT_TERMS.flatMap((t) => (["system", "admin"] as const).map((r): Row => ["shipped", "deliver", r, t, "delivered"])),
  ...PAYMENT_TERMS.flatMap((t) => (["buyer", "system", "admin"] as const).map((r): Row => ["delivered", "complete", r, t, "completed"])),
  ...PAYMENT_TERMS.flatMap((t) => (["draft", "confirmed"] as const).flatMap((s) => (["buyer", "seller", "admin", "system"] as const).map((r): Row => [s, "cancel", r, t, "cancelled"]))),
  ["paid", "cancel", "admin", "advance_transfer", "cancelled"],
  ["payment_secured", "cancel", "admin", "escrow", "cancelled"],
  ["payment_secured", "cancel", "admin", "letter_of_credit", "cancelled"],
  ...PAYMENT_TERMS.flatMap((t) => (["payment_secured", "shipped", "delivered"] as const).flatMap((s) => (["buyer", "seller"] as const).map((r): Row => [s, "dispute", r, t, "disputed"]))),
  ...PAYMENT_TERMS.map((t): Row => ["disputed", "resolve_release", "admin", t, "completed"]),
  ...PAYMENT_TERMS.map((t): Row => ["disputed", "resolve_refund", "admin", t, "cancelled"]),
];

const allowed = new Map(ALLOWED.map(([s, a, r, t, to]) => [`${s}/${a}/${r}/${t}`, to]));

describe("the order state machine", () => {
  for (const status of ORDER_STATUSES) {
    for (const action of ORDER_ACTIONS) {
      it(`${status} --${action}-->`, () => {
        for (const role of ORDER_ROLES) {
          for (const terms of PAYMENT_TERMS) {
            const expected = allowed.get(`${status}/${action}/${role}/${terms}`);
            const outcome = nextOrderStatus(status, action, role, terms);
            expect(outcome, `${role} under ${terms}`).toEqual(expected ? { ok: true, to: expected } : expect.objectContaining({ ok: false }));
          }
        }
      });
    }
  }

  it.each([
    ["draft", "confirm", "buyer", "escrow", "ROLE"],
    ["confirmed", "confirm", "seller", "escrow", "STATE"],
    ["confirmed", "pay", "system", "escrow", "TERMS"],
    ["paid", "cancel", "buyer", "advance_transfer", "ROLE"],
    ["completed", "cancel", "admin", "escrow", "STATE"],
  ] as const)("%s --%s--> by %s under %s is refused for %s", (status, action, role, terms, reason) => {
    expect(nextOrderStatus(status, action, role, terms)).toEqual({ ok: false, reason });
  });

  it("offers each role only its own next moves", () => {
    expect(availableActions("draft", "seller", "escrow")).toEqual(["confirm", "cancel"]);
    expect(availableActions("draft", "buyer", "escrow")).toEqual(["cancel"]);
    expect(availableActions("delivered", "buyer", "escrow")).toEqual(["complete", "dispute"]);
    expect(availableActions("disputed", "admin", "escrow")).toEqual(["resolve_release", "resolve_refund"]);
  });

  it("gives stock back only when an order ends before it shipped", () => {
    expect(releasesStock("confirmed", "cancelled")).toBe(true);
    expect(releasesStock("payment_secured", "cancelled")).toBe(true);
    expect(releasesStock("disputed", "cancelled")).toBe(false);
    expect(releasesStock("delivered", "completed")).toBe(false);
  });
});
