import type { ServiceContext } from "../context.js";
import { GENESIS_HASH, verifyHead, verifyLinks, type ChainFault, type ChainHead } from "./access-chain.js";
import { accessLogBatch, accessLogHead, toChained } from "./repository.js";

const BATCH = 2000;

export interface AuditResult {
  rowsChecked: number;
  head: ChainHead;
  /** The first row that does not verify; null when the whole chain does. */
  fault: ChainFault | null;
}

/**
 * Walks the whole access log in order and re-computes every hash. The head is read first: rows
 * appended while the walk runs lie beyond it and are left for the next audit.
 */
export async function verifyAccessLog(ctx: Pick<ServiceContext, "db">): Promise<AuditResult> {
  const head = await accessLogHead(ctx.db);
  let last: ChainHead = { seq: 0, hash: GENESIS_HASH };
  let rowsChecked = 0;
  for (;;) {
    const batch = (await accessLogBatch(ctx.db, last.seq, BATCH)).filter((row) => Number(row.seq) <= head.seq);
    if (!batch.length) break;
    const checked = verifyLinks(batch.map(toChained), last);
    if ("fault" in checked) return { rowsChecked: rowsChecked + batch.findIndex((r) => Number(r.seq) === checked.fault.seq), head, fault: checked.fault };
    rowsChecked += batch.length;
    last = checked.last;
    if (batch.length < BATCH) break;
  }
  return { rowsChecked, head, fault: verifyHead(last, head) };
}
