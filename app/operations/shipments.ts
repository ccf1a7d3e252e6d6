import type { ShippingMode } from "../__generated__/operations";

/** Operations on graph/logistics shipments; the types of their answers are generated into app/__generated__/operations.ts. */

export const SHIPPING_MODES: readonly ShippingMode[] = ["SEA", "AIR", "RAIL", "ROAD", "POSTAL", "EXPRESS"];

const SUMMARY = /* GraphQL */ `
  fragment ShipmentSummary on Shipment {
    id orderId status mode carrierName trackingNumber portOfLoading portOfDischarge exportCountry importCountry shippedOn
  }
`;

export const SHIPMENTS_OF_ORDER = /* GraphQL */ `
  query ShipmentsOfOrder($orderId: ID!) {
    shipmentsOfOrder(orderId: $orderId) { ...ShipmentSummary }
    shippableLines(orderId: $orderId) { orderLineId left }
  }
  ${SUMMARY}
`;

export const SHIPMENT = /* GraphQL */ `
  query Shipment($id: ID!) {
    shipment(id: $id) {
      ...ShipmentSummary
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
  ${SUMMARY}
`;

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

/** What anyone with the tracking number (or the packing list's trace code) sees of a shipment. */
const PUBLIC_TRACKING_FIELDS = /* GraphQL */ `
  fragment PublicTrackingFields on PublicTracking {
    trackingNumber status mode carrierName portOfLoading portOfDischarge exportCountry importCountry packageCount
    events { code occurredAt timeZone place locode }
  }
`;

export const TRACK_SHIPMENT = /* GraphQL */ `
  query TrackShipment($trackingNumber: String!) {
    trackShipment(trackingNumber: $trackingNumber) { ...PublicTrackingFields }
  }
  ${PUBLIC_TRACKING_FIELDS}
`;

export const TRACE_GOODS = /* GraphQL */ `
  query TraceGoods($code: String!) {
    trace(code: $code) {
      goods {
        hsCode description originCountry
        batch { code producerName producerPlace producerCountry producedOn producedKind inspections { id kind result inspector place inspectedOn certificateRef } }
      }
      tracking { ...PublicTrackingFields }
    }
  }
  ${PUBLIC_TRACKING_FIELDS}
`;
