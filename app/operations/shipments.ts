/** Operations on graph/logistics shipments, with the shapes they answer. */

export type ShippingMode = "SEA" | "AIR" | "RAIL" | "ROAD" | "POSTAL" | "EXPRESS";
export const SHIPPING_MODES: readonly ShippingMode[] = ["SEA", "AIR", "RAIL", "ROAD", "POSTAL", "EXPRESS"];

export interface TrackingEventView {
  id?: string;
  code: string;
  occurredAt: string;
  timeZone: string;
  place: string;
  locode: string | null;
  note?: string | null;
}

export interface ShipmentSummary {
  id: string;
  orderId: string;
  status: string;
  mode: ShippingMode;
  carrierName: string;
  trackingNumber: string;
  portOfLoading: string | null;
  portOfDischarge: string | null;
  exportCountry: string;
  importCountry: string;
  shippedOn: string;
}

export interface ShipmentDetail extends ShipmentSummary {
  bookingNumber: string | null;
  traceCode: string;
  carrierOrganisationId: string | null;
  vesselName: string | null;
  voyageNumber: string | null;
  flightNumber: string | null;
  grossWeightKg: number;
  netWeightKg: number;
  volumeM3: number;
  incoterm: string;
  namedPlace: string;
  parties: { role: string; organisationId: string | null; name: string; addressLine1: string | null; city: string | null; postalCode: string | null; country: string }[];
  lines: { id: string; position: number; hsCode: string; description: string; quantity: number; unit: string; unitOfMeasure: { symbol: string }; originCountry: string; batch: { code: string } | null }[];
  packages: { position: number; count: number; packageType: string; grossWeightKg: number; netWeightKg: number; lengthCm: number; widthCm: number; heightCm: number; marks: string | null }[];
  events: (TrackingEventView & { id: string; source: string })[];
  history: { fromStatus: string | null; toStatus: string; at: string }[];
  nextCodes: string[];
}

const SUMMARY = /* GraphQL */ `id orderId status mode carrierName trackingNumber portOfLoading portOfDischarge exportCountry importCountry shippedOn`;

export const SHIPMENTS_OF_ORDER = /* GraphQL */ `
  query ShipmentsOfOrder($orderId: ID!) {
    shipmentsOfOrder(orderId: $orderId) { ${SUMMARY} }
    shippableLines(orderId: $orderId) { orderLineId left }
  }
`;

export const SHIPMENT = /* GraphQL */ `
  query Shipment($id: ID!) {
    shipment(id: $id) {
      ${SUMMARY}
      bookingNumber vesselName voyageNumber flightNumber grossWeightKg netWeightKg volumeM3 incoterm namedPlace
      carrierOrganisationId traceCode
      parties { role organisationId name addressLine1 city postalCode country }
      lines { id position hsCode description quantity unit unitOfMeasure { symbol } originCountry batch { code } }
      packages { position count packageType grossWeightKg netWeightKg lengthCm widthCm heightCm marks }
      events { id code occurredAt timeZone place locode note source }
      history { fromStatus toStatus at }
      nextCodes
    }
  }
`;

export interface ShippableLine {
  orderLineId: string;
  position: number;
  hsCode: string;
  description: string;
  unit: string;
  ordered: number;
  shipped: number;
  left: number;
}

export const SHIPMENT_FORM = /* GraphQL */ `
  query ShipmentForm($orderId: ID!) {
    shippableLines(orderId: $orderId) { orderLineId position hsCode description unit ordered shipped left }
    packageTypes { code name }
  }
`;

export const CREATE_SHIPMENT = /* GraphQL */ `
  mutation CreateShipment($input: CreateShipmentInput!) {
    createShipment(input: $input) { shipment { id } userErrors { field code message } }
  }
`;

export const ADD_TRACKING_EVENT = /* GraphQL */ `
  mutation AddTrackingEvent($shipmentId: ID!, $input: TrackingEventInput!) {
    addTrackingEvent(shipmentId: $shipmentId, input: $input) { event { id } userErrors { field code message } }
  }
`;

export interface PublicTrackingView {
  trackingNumber: string;
  status: string;
  mode: ShippingMode;
  carrierName: string;
  portOfLoading: string | null;
  portOfDischarge: string | null;
  exportCountry: string;
  importCountry: string;
  packageCount: number;
  events: TrackingEventView[];
}

export const TRACK_SHIPMENT = /* GraphQL */ `
  query TrackShipment($trackingNumber: String!) {
    trackShipment(trackingNumber: $trackingNumber) {
      trackingNumber status mode carrierName portOfLoading portOfDischarge exportCountry importCountry packageCount
      events { code occurredAt timeZone place locode }
    }
  }
`;

export interface TracedGoodsView {
  hsCode: string;
  description: string;
  originCountry: string;
  batch: {
    code: string;
    producerName: string;
    producerPlace: string | null;
    producerCountry: string;
    producedOn: string;
    producedKind: "harvest" | "production";
    inspections: { id: string; kind: string; result: "passed" | "failed" | "conditional"; inspector: string; place: string | null; inspectedOn: string; certificateRef: string | null }[];
  } | null;
}

export const TRACE_GOODS = /* GraphQL */ `
  query TraceGoods($code: String!) {
    trace(code: $code) {
      goods {
        hsCode description originCountry
        batch { code producerName producerPlace producerCountry producedOn producedKind inspections { id kind result inspector place inspectedOn certificateRef } }
      }
      tracking {
        trackingNumber status mode carrierName portOfLoading portOfDischarge exportCountry importCountry packageCount
        events { code occurredAt timeZone place locode }
      }
    }
  }
`;
