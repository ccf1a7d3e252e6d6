import type { QuotesTable, SourcingRequestsTable } from "../../db/types.js";
import type { ServiceContext } from "../context.js";
import { getOrganisation } from "../identity/service.js";
import { notify } from "../inbox/service.js";
import { formatMinor } from "../shared/money.js";
import { today } from "./model.js";
import { isLive } from "./quote-lifecycle.js";
import { moveQuote } from "./status-moves.js";

export async function tellSeller(ctx: ServiceContext, quote: QuotesTable, request: SourcingRequestsTable, kind: "QUOTE_ACCEPTED" | "QUOTE_NOT_CHOSEN"): Promise<void> {
  const buyer = await getOrganisation(ctx, request.organisation_id);
  await notify(ctx, {
    organisationId: quote.organisation_id,
    kind,
    subjectId: quote.id,
    payload: {
      requestId: request.id,
      requestTitle: request.title,
      buyer: buyer?.legalName ?? null,
      unitPrice: formatMinor(quote.unit_price_minor, quote.currency),
      currency: quote.currency,
    },
    emailParams: { title: request.title, buyer: buyer?.legalName ?? "" },
  });
}

/** Passes over the other live quotes of a request that is being awarded or closed; quotes past their date expire. */
export async function settleQuotes(ctx: ServiceContext, request: SourcingRequestsTable, winnerId: string | null): Promise<void> {
  let query = ctx.db.selectFrom("quotes").selectAll().where("request_id", "=", request.id).where("status", "=", "submitted");
  if (winnerId) query = query.where("id", "!=", winnerId);
  const day = today(ctx);
  for (const row of await query.orderBy("created_at").orderBy("id").execute()) {
    if (isLive("submitted", row.valid_until, day)) {
      await moveQuote(ctx, row, "pass_over");
      await tellSeller(ctx, row, request, "QUOTE_NOT_CHOSEN");
    } else {
      await moveQuote(ctx, row, "expire");
    }
  }
}
