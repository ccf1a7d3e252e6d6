export const ORDER_STATUSES = ["draft", "confirmed", "paid", "payment_secured", "shipped", "delivered", "completed", "cancelled", "disputed"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_ACTIONS = ["confirm", "pay", "secure", "ship", "deliver", "complete", "cancel", "dispute", "resolve_release", "resolve_refund"] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

/** Who makes a move: the two companies, a platform admin, or the platform itself (payment provider, shipment events, jobs). */
export const ORDER_ROLES = ["buyer", "seller", "admin", "system"] as const;
export type OrderRole = (typeof ORDER_ROLES)[number];

export const PAYMENT_TERMS = ["advance_transfer", "escrow", "letter_of_credit", "open_account"] as const;
export type OrderPaymentTerms = (typeof PAYMENT_TERMS)[number];

interface Move {
  from: readonly OrderStatus[];
  to: OrderStatus;
  roles: readonly OrderRole[];
  /** When set, the move exists only under these payment terms. */
  terms?: readonly OrderPaymentTerms[];
}

/**
 * The one table of order moves. The buyer places a draft (stock is reserved then), the seller
 * confirms it; money arrives (paid) or is secured (escrow funded, letter of credit opened); goods
 * ship and arrive (logistics' shipment events, as the platform); the buyer confirms delivery, or
 * the escrow timer does, and the order is completed. Open account ships on the seller's credit,
 * without a payment step. A paid order is cancelled only by an admin (the money goes back); a
 * dispute freezes the order until an admin resolves it one way or the other.
 */
const MOVES: Record<OrderAction, Move> = {
  confirm: { from: ["draft"], to: "confirmed", roles: ["seller"] },
  // Money moves only through the payment provider or an admin's reconciliation, which act as the platform.
  pay: { from: ["confirmed"], to: "paid", roles: ["system"], terms: ["advance_transfer"] },
  secure: { from: ["confirmed"], to: "payment_secured", roles: ["system"], terms: ["escrow", "letter_of_credit"] },
  ship: { from: ["paid", "payment_secured"], to: "shipped", roles: ["system", "seller"] },
  deliver: { from: ["shipped"], to: "delivered", roles: ["system", "admin"] },
  complete: { from: ["delivered"], to: "completed", roles: ["buyer", "system", "admin"] },
  // The platform cancels when screening finds that a party is a denied one.
  cancel: { from: ["draft", "confirmed"], to: "cancelled", roles: ["buyer", "seller", "admin", "system"] },
  dispute: { from: ["payment_secured", "shipped", "delivered"], to: "disputed", roles: ["buyer", "seller"] },
  resolve_release: { from: ["disputed"], to: "completed", roles: ["admin"] },
  resolve_refund: { from: ["disputed"], to: "cancelled", roles: ["admin"] },
};

/** Extra sources a move has under some terms: open account ships straight from confirmed. */
const EXTRA_FROM: Partial<Record<OrderAction, { terms: OrderPaymentTerms; from: OrderStatus; roles?: readonly OrderRole[] }[]>> = {
  ship: [{ terms: "open_account", from: "confirmed" }],
  // A letter of credit is secured when the seller's bank advises it: no money passes through the platform.
  secure: [{ terms: "letter_of_credit", from: "confirmed", roles: ["system", "admin", "seller"] }],
  cancel: [
    { terms: "advance_transfer", from: "paid", roles: ["admin"] },
    { terms: "escrow", from: "payment_secured", roles: ["admin"] },
    { terms: "letter_of_credit", from: "payment_secured", roles: ["admin"] },
  ],
};

export type MoveOutcome = { ok: true; to: OrderStatus } | { ok: false; reason: "STATE" | "ROLE" | "TERMS" };

export function nextOrderStatus(from: OrderStatus, action: OrderAction, role: OrderRole, terms: OrderPaymentTerms): MoveOutcome {
  const move = MOVES[action];
  if (move.terms && !move.terms.includes(terms)) return { ok: false, reason: "TERMS" };
  const extra = EXTRA_FROM[action]?.find((e) => e.terms === terms && e.from === from);
  if (!move.from.includes(from) && !extra) return { ok: false, reason: "STATE" };
  const roles = extra?.roles ?? move.roles;
  if (!roles.includes(role)) return { ok: false, reason: "ROLE" };
  return { ok: true, to: move.to };
}

/** The moves a role could make now, for the buttons an order page shows. */
export function availableActions(from: OrderStatus, role: OrderRole, terms: OrderPaymentTerms): OrderAction[] {
  return ORDER_ACTIONS.filter((action) => nextOrderStatus(from, action, role, terms).ok);
}

/** Stock goes back to the listing when an order ends without shipping. */
export function releasesStock(from: OrderStatus, to: OrderStatus): boolean {
  return to === "cancelled" && from !== "disputed";
}

export function isOpen(status: OrderStatus): boolean {
  return status !== "completed" && status !== "cancelled";
}
