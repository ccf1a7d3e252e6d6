import type { Viewer } from "../context.js";
import { actsFor, isPlatformAdmin } from "../identity/guards.js";
import type { OrderRole } from "./order-lifecycle.js";

/** The viewer's part in an order, or null when the order is none of its business. */
export function roleIn(viewer: Viewer, order: { buyerOrganisationId: string; sellerOrganisationId: string }): OrderRole | null {
  if (viewer.kind === "system") return "system";
  if (actsFor(viewer, order.buyerOrganisationId)) return "buyer";
  if (actsFor(viewer, order.sellerOrganisationId)) return "seller";
  if (isPlatformAdmin(viewer)) return "admin";
  return null;
}
