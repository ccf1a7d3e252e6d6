import type { ServiceContext } from "./context.js";
import type { Subscriptions } from "./shared/events.js";
import { sellerVerificationChanged } from "./listings/service.js";
import { acceptConfirmedOrder } from "./logistics/service.js";
import { notifyMatchingSellers } from "./matching/service.js";
import { settleScreening } from "./trade/service.js";
import { orderShipmentDelivered, orderShipmentDispatched } from "./trade/shipment-moves.js";

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
  "order.confirmed": [
    // An order is shippable exactly when it is confirmed: logistics' copy of its lines and parties.
    { module: "logistics", delivery: "in-transaction", handle: acceptConfirmedOrder },
  ],
  "shipment.dispatched": [
    // The order is shipped with the tracking event that says the goods left, or neither is.
    { module: "trade", delivery: "in-transaction", handle: orderShipmentDispatched },
  ],
  "shipment.delivered": [
    { module: "trade", delivery: "in-transaction", handle: orderShipmentDelivered },
  ],
  "screening.decided": [
    // A held order is released or cancelled with the decision, never left waiting on a decided review.
    { module: "trade", delivery: "in-transaction", handle: settleScreening },
  ],
  // Customs tells both companies itself (inbox) and writes the tracking event; declared for whoever else reacts.
  "customs.decided": [],
};
