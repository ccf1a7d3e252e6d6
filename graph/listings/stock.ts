import { sql } from "kysely";
import { findUnit } from "../../db/reference/index.js";
import type { ServiceContext } from "../context.js";

export interface StockRequest {
  listingId: string;
  /** In the listing's own unit. */
  quantity: number;
  /** The listing's unit, to keep the base-unit column that search filters on in step. */
  unit: string;
}

function baseOf(request: StockRequest): number {
  return request.quantity * (findUnit(request.unit)?.toBase ?? 1);
}

async function take(ctx: ServiceContext, listingId: string, quantity: number, base: number): Promise<boolean> {
  // One conditional UPDATE: the row lock (PostgreSQL) or the write lock (SQLite) makes the check and the
  // decrement one step, so no interleaving of transactions or server processes can oversell.
  const result = await ctx.db
    .updateTable("listings")
    .set({
      available_quantity: sql`available_quantity - ${quantity}`,
      available_base: sql`available_base - ${base}`,
      updated_at: ctx.now().toISOString(),
    })
    .where("id", "=", listingId)
    .where("status", "=", "active")
    .where("available_quantity", ">=", quantity)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Takes stock for each request, in order, inside the caller's transaction: the answer says which
 * were granted. Requests for one listing are tried together first (one statement for a whole batch
 * of orders), then one by one when the listing cannot cover them all. Listings are locked in id
 * order so two batches never wait on each other in a circle.
 */
export async function reserveStock(ctx: ServiceContext, requests: readonly StockRequest[]): Promise<boolean[]> {
  const granted = requests.map(() => false);
  const byListing = new Map<string, number[]>();
  requests.forEach((r, i) => byListing.set(r.listingId, [...(byListing.get(r.listingId) ?? []), i]));
  for (const listingId of [...byListing.keys()].sort()) {
    const indexes = byListing.get(listingId)!;
    const total = indexes.reduce((sum, i) => sum + requests[i]!.quantity, 0);
    const totalBase = indexes.reduce((sum, i) => sum + baseOf(requests[i]!), 0);
    if (await take(ctx, listingId, total, totalBase)) {
      for (const i of indexes) granted[i] = true;
      continue;
    }
    if (indexes.length === 1) continue;
    for (const i of indexes) granted[i] = await take(ctx, listingId, requests[i]!.quantity, baseOf(requests[i]!));
  }
  return granted;
}

/** Gives stock back (an order cancelled before it shipped), inside the caller's transaction. */
export async function releaseStock(ctx: ServiceContext, requests: readonly StockRequest[]): Promise<void> {
  const sorted = [...requests].sort((a, b) => a.listingId.localeCompare(b.listingId));
  for (const request of sorted) {
    await ctx.db
      .updateTable("listings")
      .set({
        available_quantity: sql`available_quantity + ${request.quantity}`,
        available_base: sql`available_base + ${baseOf(request)}`,
        updated_at: ctx.now().toISOString(),
      })
      .where("id", "=", request.listingId)
      .execute();
  }
}
