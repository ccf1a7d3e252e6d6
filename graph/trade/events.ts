export type { ShipmentMoved } from "../logistics/events.js";

/**
 * The domain events trade publishes, as agreed with logistics (HELPERS.md contracts): logistics never
 * imports trade, it subscribes to `order.confirmed` and keeps its own copy of the shippable lines.
 */
export interface OrderConfirmedParty {
  role: "buyer" | "seller" | "consignee" | "notify";
  organisationId: string | null;
  name: string;
  addressLine1: string | null;
  addressLine2: string | null;
  city: string | null;
  postalCode: string | null;
  country: string;
}

export interface OrderConfirmedLine {
  /** `${orderId}#${position}`: stable, so a shipment line can point at it. */
  id: string;
  hsCode: string;
  description: string;
  quantity: number;
  unit: string;
  originCountry: string;
  netWeightKg: number | null;
  grossWeightKg: number | null;
  volumeM3: number | null;
}

export interface OrderConfirmed {
  orderId: string;
  buyerOrganisationId: string;
  sellerOrganisationId: string;
  lines: OrderConfirmedLine[];
  parties: OrderConfirmedParty[];
  incoterm: string;
  namedPlace: string;
  shipFromCountry: string;
  shipFromPort: string | null;
  destinationCountry: string;
  destinationPort: string | null;
  shippingOptionId: string | null;
  /** ISO UTC. */
  at: string;
}

declare module "../shared/events.js" {
  interface DomainEvents {
    "order.confirmed": OrderConfirmed;
  }
}
