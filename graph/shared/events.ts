/**
 * Domain events: what one module announces and others react to, so the publisher never imports
 * the modules that care. The types here know nothing of the context (it is a type parameter), so
 * the context can carry a bus without an import cycle.
 *
 * Each publishing module declares its events in its own `events.ts` by augmenting this interface:
 *
 *   declare module "../shared/events.js" {
 *     interface DomainEvents { "order.confirmed": OrderConfirmed }
 *   }
 *
 * and graph/subscriptions.ts, the one place that wires modules together, lists every event's
 * subscribers with their delivery. See docs/architecture.md, "Domain events".
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by each module's events.ts
export interface DomainEvents {}

export type EventName = keyof DomainEvents;

/**
 * `in-transaction`: the handler runs inside the publisher's transaction, before it commits; if the
 * handler fails, the publisher's whole action is undone. For reactions that must be atomic with
 * the change (a badge copied onto listings, notifications a request must never exist without).
 *
 * `after-commit`: the handler runs once the publisher's transaction has committed, in a
 * transaction of its own, and never if it rolled back. A failure is reported, not thrown: the
 * user's action already happened. For reactions that may lag or be retried (mail, re-pricing).
 */
export type Delivery = "in-transaction" | "after-commit";

export interface Subscriber<C, N extends EventName> {
  /** The module that reacts, for logs and the architecture doc. */
  module: string;
  delivery: Delivery;
  handle(ctx: C, payload: DomainEvents[N]): Promise<unknown>;
}

/** Every declared event must be listed (with no subscribers if none yet): adding an event forces the choice of delivery. */
export type Subscriptions<C> = { readonly [N in EventName]: readonly Subscriber<C, N>[] };

export interface EventBus<C> {
  subscriptions: Subscriptions<C>;
  /** Where an after-commit handler's failure goes (the server's logger). */
  reportFailure(failure: { event: EventName; module: string; error: unknown }): void;
}
