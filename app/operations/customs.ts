import type { ClearanceStatus, CustomsDirection } from "../__generated__/operations";

/** Operations on graph/customs (the customs desk and the access log); the types of their answers are generated into app/__generated__/operations.ts. */

export const DIRECTIONS = ["EITHER", "EXPORT", "IMPORT"] as const satisfies readonly CustomsDirection[];
export const MODES = ["sea", "air", "road", "rail", "postal", "express"] as const;
export const CLEARANCE_STATUSES = ["PENDING", "HELD", "RELEASED", "CLEARED"] as const satisfies readonly ClearanceStatus[];

export const CUSTOMS_DESK_VIEWER = /* GraphQL */ `
  query CustomsDeskViewer {
    viewer {
      customsJurisdiction
    }
  }
`;

export const CUSTOMS_SHIPMENTS = /* GraphQL */ `
  query CustomsShipments($filter: CustomsShipmentFilter, $first: Int, $after: String) {
    customsShipments(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          border
          shippedOn
          exportCountry
          importCountry
          mode
          trackingNumber
          status
          hsChapters
          exporterOrganisationId
          exporterName
          importerOrganisationId
          importerName
          clearance { status reason decidedAt }
        }
      }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

export const CUSTOMS_SHIPMENT = /* GraphQL */ `
  query CustomsShipment($id: ID!) {
    customsShipment(id: $id) {
      id border shippedOn exportCountry importCountry mode carrierName trackingNumber bookingNumber
      vesselName voyageNumber flightNumber portOfLoading portOfDischarge status incoterm namedPlace
      grossWeightKg netWeightKg volumeM3
      parties { role name addressLine1 addressLine2 city postalCode country }
      lines { position hsCode description quantity unit originCountry netWeightKg grossWeightKg batchCode }
      packages { position count packageType grossWeightKg netWeightKg lengthCm widthCm heightCm marks }
      tracking { code occurredAt timeZone place locode note source }
      clearance { status reason decidedAt }
      decisions { id fromStatus toStatus reason decidedAt }
      nextDecisions
    }
  }
`;

export const DECIDE_CLEARANCE = /* GraphQL */ `
  mutation DecideClearance($input: DecideClearanceInput!) {
    decideClearance(input: $input) {
      clearance { status reason decidedAt }
      userErrors { field code message }
    }
  }
`;

/** The exporter's view of which officer read which of its papers. */
export const DOCUMENT_ACCESS_LOG = /* GraphQL */ `
  query DocumentAccessLog($first: Int, $after: String) {
    documentAccessLog(first: $first, after: $after) {
      edges {
        node { id sequence at action outcome officerName authorityName jurisdiction shipmentId documentId detail ipAddress }
      }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;
