import { newId, nowIso } from "../../db/ids.js";
import type { QuotesTable, SourcingRequestsTable } from "../../db/types.js";
import type { ServiceContext } from "../context.js";
import { conflict } from "../errors.js";
import { actorUserId } from "../identity/guards.js";
import type { StatusEvent } from "./model.js";
import { nextQuoteStatus, type QuoteAction, type QuoteStatus } from "./quote-lifecycle.js";
import { nextRequestStatus, type RequestAction, type RequestStatus } from "./request-lifecycle.js";

export async function recordRequestEvent(ctx: ServiceContext, requestId: string, from: RequestStatus | null, to: RequestStatus): Promise<void> {
  await ctx.db
    .insertInto("sourcing_request_events")
    .values({ id: newId("evt"), request_id: requestId, from_status: from, to_status: to, actor_user_id: actorUserId(ctx.viewer), created_at: nowIso(ctx.now()) })
    .execute();
}

export async function recordQuoteEvent(ctx: ServiceContext, quoteId: string, from: QuoteStatus | null, to: QuoteStatus): Promise<void> {
  await ctx.db
    .insertInto("quote_events")
    .values({ id: newId("evt"), quote_id: quoteId, from_status: from, to_status: to, actor_user_id: actorUserId(ctx.viewer), created_at: nowIso(ctx.now()) })
    .execute();
}

/** Moves a request by its transition table, or refuses with the reason it cannot move. */
export async function moveRequest(ctx: ServiceContext, row: SourcingRequestsTable, action: RequestAction): Promise<SourcingRequestsTable> {
  const from = row.status as RequestStatus;
  const to = nextRequestStatus(from, action);
  if (!to) throw conflict(`REQUEST_ALREADY_${from.toUpperCase()}`);
  const updatedAt = nowIso(ctx.now());
  await ctx.db.updateTable("sourcing_requests").set({ status: to, updated_at: updatedAt }).where("id", "=", row.id).execute();
  await recordRequestEvent(ctx, row.id, from, to);
  return { ...row, status: to, updated_at: updatedAt };
}

export async function moveQuote(ctx: ServiceContext, row: QuotesTable, action: QuoteAction): Promise<QuotesTable> {
  const from = row.status as QuoteStatus;
  const to = nextQuoteStatus(from, action);
  if (!to) throw conflict(`QUOTE_ALREADY_${from.toUpperCase()}`);
  const updatedAt = nowIso(ctx.now());
  await ctx.db.updateTable("quotes").set({ status: to, updated_at: updatedAt }).where("id", "=", row.id).execute();
  await recordQuoteEvent(ctx, row.id, from, to);
  return { ...row, status: to, updated_at: updatedAt };
}

export function toEvent<S extends string>(row: { id: string; from_status: string | null; to_status: string; actor_user_id: string | null; created_at: string }): StatusEvent<S> {
  return { id: row.id, fromStatus: row.from_status as S | null, toStatus: row.to_status as S, actorUserId: row.actor_user_id, createdAt: row.created_at };
}
