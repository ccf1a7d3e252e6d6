/**
 * The domain events logistics publishes (HELPERS.md contracts). Trade reacts to them and moves the
 * order; logistics never imports trade, it learns of orders from `order.confirmed`.
 */

/** A shipment of an order left (its first departure) or reached the consignee. */
export interface ShipmentMoved {
  orderId: string;
  shipmentId: string;
  /** ISO UTC: when the carrier says it happened, not when it was posted. */
  at: string;
}

declare module "../shared/events.js" {
  interface DomainEvents {
    "shipment.dispatched": ShipmentMoved;
    "shipment.delivered": ShipmentMoved;
  }
}
