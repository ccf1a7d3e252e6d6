/** The customs desk's GraphQL documents and their answers, shared by the desk's pages. */

export const DIRECTIONS = ["EITHER", "EXPORT", "IMPORT"] as const;
export const MODES = ["sea", "air", "road", "rail", "postal", "express"] as const;
export const CLEARANCE_STATUSES = ["PENDING", "HELD", "RELEASED", "CLEARED"] as const;

export type ClearanceStatusValue = (typeof CLEARANCE_STATUSES)[number];
export type ClearanceDecisionValue = "CLEARED" | "HELD" | "RELEASED";

export interface ClearanceView {
  status: ClearanceStatusValue;
  reason: string | null;
  decidedAt: string | null;
}

export interface CustomsShipmentSummary {
  id: string;
  border: "EXPORT" | "IMPORT";
  shippedOn: string;
  exportCountry: string;
  importCountry: string;
  mode: string;
  trackingNumber: string;
  status: string;
  hsChapters: string[];
  exporterOrganisationId: string;
  exporterName: string;
  importerOrganisationId: string;
  importerName: string;
  clearance: ClearanceView;
}

export interface CustomsShipmentPage {
  edges: { cursor: string; node: CustomsShipmentSummary }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number | null;
}

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

export interface CustomsShipmentDetail {
  id: string;
  border: "EXPORT" | "IMPORT";
  shippedOn: string;
  exportCountry: string;
  importCountry: string;
  mode: string;
  carrierName: string;
  trackingNumber: string;
  bookingNumber: string | null;
  vesselName: string | null;
  voyageNumber: string | null;
  flightNumber: string | null;
  portOfLoading: string | null;
  portOfDischarge: string | null;
  status: string;
  incoterm: string;
  namedPlace: string;
  grossWeightKg: number;
  netWeightKg: number;
  volumeM3: number;
  parties: { role: string; name: string; addressLine1: string | null; addressLine2: string | null; city: string | null; postalCode: string | null; country: string }[];
  lines: { position: number; hsCode: string; description: string; quantity: number; unit: string; originCountry: string; netWeightKg: number | null; grossWeightKg: number | null; batchCode: string | null }[];
  packages: { position: number; count: number; packageType: string; grossWeightKg: number; netWeightKg: number; lengthCm: number; widthCm: number; heightCm: number; marks: string | null }[];
  tracking: { code: string; occurredAt: string; timeZone: string; place: string; locode: string | null; note: string | null; source: string }[];
  clearance: ClearanceView;
  decisions: { id: string; fromStatus: ClearanceStatusValue; toStatus: ClearanceStatusValue; reason: string | null; decidedAt: string }[];
  nextDecisions: ClearanceDecisionValue[];
}

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
