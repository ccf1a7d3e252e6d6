import type { Resolvers } from "../__generated__/resolvers.js";
import { withUserErrors } from "../shared/user-errors.js";
import * as accessLog from "./access-log.js";
import type { ClearanceDecision, ClearanceStatus } from "./clearance.js";
import { decideClearance } from "./decisions.js";
import * as desk from "./desk.js";
import { searchDesk } from "./search.js";

const upper = <T extends string>(value: T) => value.toUpperCase() as Uppercase<T>;
const lower = <T extends string>(value: T) => value.toLowerCase() as Lowercase<T>;


export const resolvers: Resolvers = {
  Query: {
    documentAccessLog: (_, args, ctx) => accessLog.documentAccessLog(ctx, args),
    customsAccessLog: (_, args, ctx) => accessLog.customsAccessLog(ctx, args),
    customsShipments: (_, { filter, first, after }, ctx) =>
      searchDesk(ctx, {
        ...filter,
        direction: filter?.direction ? lower(filter.direction) : null,
        clearanceStatus: filter?.clearanceStatus ? (lower(filter.clearanceStatus) as ClearanceStatus) : null,
        first,
        after,
      }),
    customsShipment: (_, { id }, ctx) => desk.deskShipment(ctx, id),
  },
  Mutation: {
    decideClearance: (_, { input }, ctx) =>
      withUserErrors(ctx.t, async () => ({
        clearance: await decideClearance(ctx, { shipmentId: input.shipmentId, decision: lower(input.decision) as ClearanceDecision, reason: input.reason }),
      })),
  },
  CustomsAccessEntry: {
    sequence: (entry) => entry.seq,
    action: (entry) => upper(entry.action),
    outcome: (entry) => upper(entry.outcome),
    officerName: (entry) => entry.actorName,
    authorityName: (entry) => entry.actorOrganisationName,
    detail: (entry) => JSON.stringify(entry.detail),
    ipAddress: (entry) => entry.ip,
  },
  Clearance: {
    status: (clearance) => upper(clearance.status),
  },
  ClearanceRecord: {
    fromStatus: (record) => upper(record.fromStatus as ClearanceStatus),
    toStatus: (record) => upper(record.toStatus as ClearanceStatus),
  },
  CustomsShipmentSummary: {
    border: (s) => upper(s.border),
    exporterOrganisationId: (s) => s.sellerOrganisationId,
    importerOrganisationId: (s) => s.buyerOrganisationId,
  },
  CustomsShipment: {
    id: (d) => d.shipment.id,
    border: (d) => upper(d.border),
    shippedOn: (d) => d.shipment.shippedOn,
    exportCountry: (d) => d.shipment.exportCountry,
    importCountry: (d) => d.shipment.importCountry,
    mode: (d) => d.shipment.mode,
    carrierName: (d) => d.shipment.carrierName,
    trackingNumber: (d) => d.shipment.trackingNumber,
    bookingNumber: (d) => d.shipment.bookingNumber,
    vesselName: (d) => d.shipment.vesselName,
    voyageNumber: (d) => d.shipment.voyageNumber,
    flightNumber: (d) => d.shipment.flightNumber,
    portOfLoading: (d) => d.shipment.portOfLoading,
    portOfDischarge: (d) => d.shipment.portOfDischarge,
    status: (d) => d.shipment.status,
    incoterm: (d) => d.shipment.incoterm,
    namedPlace: (d) => d.shipment.namedPlace,
    grossWeightKg: (d) => d.shipment.grossWeightKg,
    netWeightKg: (d) => d.shipment.netWeightKg,
    volumeM3: (d) => d.shipment.volumeM3,
    parties: (d) => d.shipment.parties,
    lines: (d) => d.shipment.lines.map((line) => ({ ...line, batchCode: line.batch?.code ?? null })),
    packages: (d) => d.shipment.packages,
    tracking: (d) => d.shipment.events,
    nextDecisions: (d) => d.nextDecisions.map(upper),
  },
};
