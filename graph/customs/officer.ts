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
