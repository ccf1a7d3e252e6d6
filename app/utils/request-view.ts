import type { RequestSummaryFragment } from "../__generated__/operations";
import { formatDateTime, formatDay, formatMoney, formatQuantity } from "./format";
import { formatHsCode } from "./hs";

/** A sourcing request with its numbers and dates formatted for the viewer. */
export function requestView(request: RequestSummaryFragment, locale: string, timeZone: string, countryName: (code: string) => string) {
  return {
    id: request.id,
    status: request.status,
    title: request.title,
    description: request.description,
    buyer: request.buyer,
    hs: request.hsCode ? { code: formatHsCode(request.hsCode), description: request.hs?.description ?? null } : null,
    keywords: request.keywords,
    quantity: formatQuantity(request.quantity, request.unit, locale),
    unit: request.unit,
    target: request.targetUnitPrice ? formatMoney(request.targetUnitPrice, locale) : null,
    destination: countryName(request.destinationCountry),
    destinationCountry: request.destinationCountry,
    port: request.destinationPort ? `${request.destinationPort.name} (${request.destinationPort.locode})` : null,
    incoterm: request.incoterm,
    neededBy: formatDay(request.neededBy, locale),
    visibility: request.visibility,
    quoteCap: request.quoteCap,
    quoteCount: request.quoteCount,
    quotesLeft: request.quotesLeft,
    deadline: formatDateTime(request.quoteDeadline, locale, timeZone),
    acceptingQuotes: request.acceptingQuotes,
    created: formatDateTime(request.createdAt, locale, timeZone),
  };
}

export type RequestView = ReturnType<typeof requestView>;
