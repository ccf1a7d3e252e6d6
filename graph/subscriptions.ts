import type { ServiceContext } from "./context.js";
import type { Subscriptions } from "./shared/events.js";
import { sellerVerificationChanged } from "./listings/service.js";
import { notifyMatchingSellers } from "./matching/service.js";
import { settleScreening } from "./trade/service.js";

/**
 * Who reacts to which domain event, and when: the one place that says so. A module that
 * publishes declares its payloads in its own events.ts; a module that reacts exports a service
 * function, listed here. Choose `in-transaction` when the reaction must stand or fall with the
 * change, `after-commit` when it may follow (and must not undo the change by failing).
 */
export const subscriptions: Subscriptions<ServiceContext> = {
  "organisation.verificationChanged": [
    // Search's "verified sellers only" reads a copy of the badge on each listing: never out of step.
    { module: "listings", delivery: "in-transaction", handle: sellerVerificationChanged },
  ],
  "sourcingRequest.opened": [
    // A request never exists without its seller notifications, or the other way round.
    { module: "matching", delivery: "in-transaction", handle: (ctx, { requestId }) => notifyMatchingSellers(ctx, requestId) },
  ],
  // Orders start from an accepted quote when the buyer places one (trade reads the quote then).
  "quote.accepted": [],
  // Logistics keeps its own copy of the shippable lines when it subscribes.
  "order.confirmed": [],
  "screening.decided": [
    // A held order is released or cancelled with the decision, never left waiting on a decided review.
    { module: "trade", delivery: "in-transaction", handle: settleScreening },
  ],
};
