import type { ServiceContext, Viewer } from "../context.js";
import type { ShipmentMoved } from "./events.js";
import { nextOrderStatus, type OrderAction } from "./order-lifecycle.js";
import { loadOrder } from "./repository.js";
import { moveOrder } from "./service.js";

const SYSTEM: Viewer = { kind: "system" };

/**
 * A shipment's departure or delivery moves its order, as the platform, in the shipment's own
 * transaction. Only the first shipment of an order to leave (or arrive) moves it: the others find
 * it shipped (or delivered) already. An order that cannot make the move yet (goods leaving before
 * an escrow is funded) keeps its status; the shipment's event stands, it is what happened.
 */
async function moveWithShipment(ctx: ServiceContext, moved: ShipmentMoved, action: OrderAction): Promise<void> {
  const order = await loadOrder(ctx.db, moved.orderId);
  if (!order || !nextOrderStatus(order.status, action, "system", order.paymentTerms).ok) return;
  await moveOrder({ ...ctx, viewer: SYSTEM }, moved.orderId, action, { at: moved.at });
}

/** Subscriber of logistics' `shipment.dispatched`: the order is shipped. */
export const orderShipmentDispatched = (ctx: ServiceContext, moved: ShipmentMoved) => moveWithShipment(ctx, moved, "ship");

/** Subscriber of logistics' `shipment.delivered`: the order is delivered (the escrow release timer starts). */
export const orderShipmentDelivered = (ctx: ServiceContext, moved: ShipmentMoved) => moveWithShipment(ctx, moved, "deliver");
