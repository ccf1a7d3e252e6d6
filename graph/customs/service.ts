/**
 * What other modules may ask of customs. Documents serves the files an officer downloads, so it
 * needs the officer's jurisdiction check (which logs a refusal) and the access log, and nothing else.
 */
export { logAccess, type AccessAction, type AccessEntry } from "./access-log.js";
export { shipmentInJurisdiction } from "./desk.js";
export { officerOrNull, requireOfficer, type Officer } from "./officer.js";
