import type { UserViewer, Viewer } from "../context.js";
import { forbidden } from "../errors.js";

export type Officer = UserViewer & { organisationId: string; customsJurisdiction: string };

/** A signed-in officer of a customs authority: the desk is theirs alone (API tokens act for companies). */
export function requireOfficer(viewer: Viewer): Officer {
  if (viewer.kind === "anonymous") throw forbidden("CUSTOMS_OFFICER_REQUIRED");
  if (viewer.kind !== "user" || viewer.role !== "officer" || !viewer.customsJurisdiction || !viewer.organisationId) {
    throw forbidden("CUSTOMS_OFFICER_REQUIRED");
  }
  return viewer as Officer;
}

/** The viewer as an officer when it is one (its reads are logged), else null. */
export function officerOrNull(viewer: Viewer): Officer | null {
  return viewer.kind === "user" && viewer.role === "officer" ? requireOfficer(viewer) : null;
}
