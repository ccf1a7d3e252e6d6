import ct from "countries-and-timezones";
import { z } from "zod";
import { newId, nowIso } from "../../db/ids.js";
import { findCountry } from "../../db/reference/index.js";
import { publish, withTransaction, type ServiceContext } from "../context.js";
import { conflict, problem, UserInputProblems } from "../errors.js";
import { getOrganisation } from "../identity/service.js";
import { notify } from "../inbox/service.js";
import { optionalText, validate } from "../shared/validation.js";
import { logAccess } from "./access-log.js";
import { CLEARANCE_DECISIONS, mayDecide, reasonRequired, trackingCodeFor, type ClearanceDecision, type ClearanceStatus } from "./clearance.js";
import { shipmentInJurisdiction } from "./desk.js";
import "./events.js";
import { recordCustomsEvent } from "./neighbours.js";
import { requireOfficer } from "./officer.js";
import { clearanceRow, saveClearance } from "./repository.js";
import type { Clearance } from "./search.js";

const decisionSchema = z.object({
  shipmentId: z.string({ required_error: "REQUIRED" }).trim().min(1, "REQUIRED"),
  decision: z.enum(CLEARANCE_DECISIONS, { errorMap: () => ({ message: "INVALID" }) }),
  reason: optionalText(1000),
});

export type DecisionInput = z.input<typeof decisionSchema>;

/** The border's time zone, for the tracking timeline's local time (the capital's zone for wide countries). */
function borderTimeZone(country: string): string {
  return ct.getCountry(country)?.timezones[0] ?? "UTC";
}

/**
 * An officer clears, holds (saying why) or releases a shipment at their border. In one
 * transaction: the clearance and its history row, the tracking event that puts it in the
 * shipment's timeline, the access log row, a notification to the exporter and to the importer,
 * and `customs.decided` for whoever reacts.
 */
export async function decideClearance(ctx: ServiceContext, input: DecisionInput): Promise<Clearance> {
  const officer = requireOfficer(ctx.viewer);
  const data = validate(decisionSchema, input);
  const decision: ClearanceDecision = data.decision;
  if (reasonRequired(decision) && !data.reason) throw problem("reason", "REQUIRED");
  const { shipment, border } = await shipmentInJurisdiction(ctx, officer, data.shipmentId, "decide", { decision });
  const country = officer.customsJurisdiction;
  const authority = await getOrganisation(ctx, officer.organisationId);
  return withTransaction(ctx, async (tx) => {
    const current = await clearanceRow(tx.db, shipment.id, country);
    const from: ClearanceStatus = (current?.status as ClearanceStatus | undefined) ?? "pending";
    if (!mayDecide(from, decision)) throw conflict("CUSTOMS_DECISION_NOT_ALLOWED");
    const at = nowIso(ctx.now());
    const id = newId("cdc");
    const place = border === "export" ? shipment.portOfLoading : shipment.portOfDischarge;
    await recordCustomsEvent(tx, shipment.id, {
      code: trackingCodeFor(decision, border),
      place: [authority?.legalName, findCountry(country)?.name ?? country].filter(Boolean).join(", "),
      locode: place && /^[A-Z]{2}[A-Z0-9]{3}$/.test(place) ? place : null,
      timeZone: borderTimeZone(country),
      occurredAt: at,
      note: data.reason,
    }).catch((error: unknown) => {
      // The tracking refuses what the goods have not reached yet (import clearance before arrival):
      // the officer's form shows it as a problem with the decision, not with a tracking field.
      if (error instanceof UserInputProblems) throw new UserInputProblems(error.problems.map((p) => ({ ...p, field: "decision" })));
      throw error;
    });
    await saveClearance(
      tx.db,
      {
        shipment_id: shipment.id,
        country,
        status: decision,
        reason: data.reason,
        shipped_on: shipment.shippedOn,
        authority_organisation_id: officer.organisationId,
        decided_by_user_id: officer.userId,
        decided_at: at,
      },
      {
        id,
        shipment_id: shipment.id,
        country,
        from_status: from,
        to_status: decision,
        reason: data.reason,
        authority_organisation_id: officer.organisationId,
        decided_by_user_id: officer.userId,
        decided_at: at,
      },
    );
    await logAccess(tx, officer, [
      { action: "decide", outcome: "granted", shipmentId: shipment.id, documentIssuerOrganisationId: shipment.sellerOrganisationId, detail: { decision, from, reason: data.reason } },
    ]);
    for (const organisationId of [shipment.sellerOrganisationId, shipment.buyerOrganisationId]) {
      await notify(tx, {
        organisationId,
        kind: "CUSTOMS_DECIDED",
        // One notification per decision: a hold and the release that follows are two pieces of news.
        subjectId: id,
        payload: { shipmentId: shipment.id, trackingNumber: shipment.trackingNumber, decision, country, reason: data.reason },
        emailSubjectKey: `common:customs.notification.${decision}`,
        emailParams: { trackingNumber: shipment.trackingNumber, country, reason: data.reason ?? "" },
      });
    }
    await publish(tx, "customs.decided", { shipmentId: shipment.id, decision, reason: data.reason, country, at });
    return { status: decision, reason: data.reason, decidedAt: at };
  });
}
