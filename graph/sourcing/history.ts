import type { ServiceContext } from "../context.js";
import { accessOf, requestRow } from "./access.js";
import type { QuoteEvent, RequestEvent } from "./model.js";
import type { QuoteStatus } from "./quote-lifecycle.js";
import { getQuote } from "./quotes.js";
import type { RequestStatus } from "./request-lifecycle.js";
import { toEvent } from "./status-moves.js";

/** Every step of a request, oldest first: the buyer's (and the platform's) record. */
export async function sourcingRequestHistory(ctx: ServiceContext, requestId: string): Promise<RequestEvent[]> {
  const access = await accessOf(ctx);
  const row = await requestRow(ctx.db, requestId);
  if (!row || !(access.privileged || row.organisation_id === access.organisationId)) return [];
  const rows = await ctx.db.selectFrom("sourcing_request_events").selectAll().where("request_id", "=", requestId).orderBy("created_at").orderBy("id").execute();
  return rows.map((r) => toEvent<RequestStatus>(r));
}

/** Every step of a quote, oldest first; only the two companies see it. */
export async function quoteHistory(ctx: ServiceContext, quoteId: string): Promise<QuoteEvent[]> {
  if (!(await getQuote(ctx, quoteId))) return [];
  const rows = await ctx.db.selectFrom("quote_events").selectAll().where("quote_id", "=", quoteId).orderBy("created_at").orderBy("id").execute();
  return rows.map((r) => toEvent<QuoteStatus>(r));
}
