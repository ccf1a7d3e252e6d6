import type { ServiceContext } from "../context.js";
import { notFound } from "../errors.js";
import { logAccess, type AccessAction } from "./access-log.js";
import { borderOf, nextDecisions, trackingCodeFor, type Border, type ClearanceDecision } from "./clearance.js";
import { customsEventFits, shipmentRecord, type ShipmentRecord } from "./neighbours.js";
import { requireOfficer, type Officer } from "./officer.js";
import { clearanceRow, decisionRows } from "./repository.js";
import { organisationNames, PENDING, type Clearance } from "./search.js";

export interface ClearanceRecord {
  id: string;
  fromStatus: string;
  toStatus: string;
  reason: string | null;
  decidedAt: string;
}

export interface DeskShipmentDetail {
  shipment: ShipmentRecord;
  border: Border;
  exporterName: string;
  importerName: string;
  clearance: Clearance;
  decisions: ClearanceRecord[];
  nextDecisions: readonly ClearanceDecision[];
}

/**
 * The shipment when it crosses the officer's border. Anything else, including a shipment that
 * exists elsewhere, is NOT_FOUND (the officer learns nothing of it) and the refusal is logged.
 */
export async function shipmentInJurisdiction(ctx: ServiceContext, officer: Officer, shipmentId: string, action: AccessAction, detail: Record<string, string> = {}): Promise<{ shipment: ShipmentRecord; border: Border }> {
  const shipment = await shipmentRecord(ctx, shipmentId);
  const border = shipment ? borderOf(shipment, officer.customsJurisdiction) : null;
  if (!shipment || !border) {
    await logAccess(ctx, officer, [{ action, outcome: "refused", shipmentId, detail }]);
    throw notFound("NOT_FOUND");
  }
  return { shipment, border };
}

export async function deskShipment(ctx: ServiceContext, shipmentId: string): Promise<DeskShipmentDetail> {
  const officer = requireOfficer(ctx.viewer);
  const { shipment, border } = await shipmentInJurisdiction(ctx, officer, shipmentId, "view_shipment");
  const [row, history, names] = await Promise.all([
    clearanceRow(ctx.db, shipmentId, officer.customsJurisdiction),
    decisionRows(ctx.db, shipmentId, officer.customsJurisdiction),
    organisationNames(ctx, [shipment.sellerOrganisationId, shipment.buyerOrganisationId]),
  ]);
  await logAccess(ctx, officer, [{ action: "view_shipment", outcome: "granted", shipmentId, documentIssuerOrganisationId: shipment.sellerOrganisationId }]);
  const clearance: Clearance = row ? { status: row.status as Clearance["status"], reason: row.reason, decidedAt: row.decided_at } : PENDING;
  return {
    shipment,
    border,
    exporterName: names.get(shipment.sellerOrganisationId) ?? "",
    importerName: names.get(shipment.buyerOrganisationId) ?? "",
    clearance,
    decisions: history.map((h) => ({ id: h.id, fromStatus: h.from_status, toStatus: h.to_status, reason: h.reason, decidedAt: h.decided_at })),
    // At sea an import cannot be cleared or held yet: the desk offers only what the tracking can take now.
    nextDecisions: nextDecisions(clearance.status).filter((d) => customsEventFits(shipment, trackingCodeFor(d, border))),
  };
}

