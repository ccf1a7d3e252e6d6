import { createHash } from "node:crypto";

/**
 * The access log is a hash chain: each row's hash covers its own fields and the previous row's hash,
 * so editing or deleting any row breaks every hash after it. This file is the one definition of the
 * serialisation that is hashed, used by the writer and by `npm run audit:verify` alike.
 */

export const GENESIS_HASH = "0".repeat(64);

/** Bumped if the serialisation ever changes; rows hashed under another version would not verify. */
const CHAIN_VERSION = "caravan-access-log-v1";

export interface ChainedFields {
  seq: number;
  id: string;
  at: string;
  action: string;
  outcome: string;
  actorUserId: string | null;
  actorOrganisationId: string | null;
  actorName: string;
  actorOrganisationName: string | null;
  jurisdiction: string | null;
  shipmentId: string | null;
  documentId: string | null;
  documentIssuerOrganisationId: string | null;
  detail: string;
  ip: string | null;
  userAgent: string | null;
  prevHash: string;
}

/**
 * A JSON array in a fixed field order: no key ordering to agree on, every value a string, a safe
 * integer or null, so any language re-computes the same bytes.
 */
export function canonicalSerialisation(row: ChainedFields): string {
  return JSON.stringify([
    CHAIN_VERSION,
    row.seq,
    row.id,
    row.at,
    row.action,
    row.outcome,
    row.actorUserId,
    row.actorOrganisationId,
    row.actorName,
    row.actorOrganisationName,
    row.jurisdiction,
    row.shipmentId,
    row.documentId,
    row.documentIssuerOrganisationId,
    row.detail,
    row.ip,
    row.userAgent,
    row.prevHash,
  ]);
}

export function chainHash(row: ChainedFields): string {
  return createHash("sha256").update(canonicalSerialisation(row), "utf8").digest("hex");
}

export type ChainFault =
  | { seq: number; id: string; problem: "hash_mismatch" }
  | { seq: number; id: string; problem: "broken_link" }
  | { seq: number; id: string; problem: "sequence_gap"; expectedSeq: number }
  | { seq: number; id: string | null; problem: "head_mismatch" };

export interface ChainHead {
  seq: number;
  hash: string;
}

/**
 * Checks rows in sequence order, continuing from `previous` (the last verified row, or the start).
 * Returns the first fault, or the state to continue from with the next batch.
 */
export function verifyLinks(
  rows: readonly (ChainedFields & { hash: string })[],
  previous: ChainHead = { seq: 0, hash: GENESIS_HASH },
): { fault: ChainFault } | { last: ChainHead } {
  let last = previous;
  for (const row of rows) {
    if (row.seq !== last.seq + 1) return { fault: { seq: row.seq, id: row.id, problem: "sequence_gap", expectedSeq: last.seq + 1 } };
    if (row.prevHash !== last.hash) return { fault: { seq: row.seq, id: row.id, problem: "broken_link" } };
    if (chainHash(row) !== row.hash) return { fault: { seq: row.seq, id: row.id, problem: "hash_mismatch" } };
    last = { seq: row.seq, hash: row.hash };
  }
  return { last };
}

/** The head row records the last append: a chain that ends earlier lost its last rows. */
export function verifyHead(last: ChainHead, head: ChainHead): ChainFault | null {
  if (last.seq === head.seq && last.hash === head.hash) return null;
  return { seq: head.seq, id: null, problem: "head_mismatch" };
}
