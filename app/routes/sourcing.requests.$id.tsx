import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { AcceptQuoteMutation, CloseSourcingRequestMutation, CountriesQuery, MatchesForRequestQuery, QuotesForRequestQuery, SourcingRequestQuery } from "../__generated__/operations";
import { CompanyName, StateBadge } from "../components/badges";
import { DeliveryEstimate } from "../components/delivery";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ErrorSummary, FormErrors, TextField } from "../components/fields";
import { MatchReasons, ScoreMeter } from "../components/match-reasons";
import { RequestFacts } from "../components/request-facts";
import { SectionNav } from "../components/section-nav";
import { api, type ProblemBody } from "../graphql.server";
import { translatorFor } from "../locale.server";
import { COUNTRIES } from "../operations/reference";
import {
  ACCEPT_QUOTE,
  CLOSE_REQUEST,
  MATCHES_FOR_REQUEST,
  QUOTES_FOR_REQUEST,
  SOURCING_REQUEST,
} from "../operations/sourcing";
import { problemErrors, sortErrors, textOf, type UserError } from "../utils/forms";
import { formatDateTime, formatDay, formatMoney, formatPercent, formatQuantity, formatRate } from "../utils/format";
import { matchView } from "../utils/match-view";
import { pageMeta } from "../utils/meta";
import { requestView } from "../utils/request-view";
import { WEIGHT_NAMES, weightsFromUrl } from "../utils/weights";
import { buyerPreferences } from "../viewer.server";

export const meta: MetaFunction<typeof loader> = (args) => pageMeta(args, "requestPage.title", args.data?.request.title);

export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  const prefs = await buyerPreferences(gql);
  const t = translatorFor(gql.locale);
  const id = args.params.id!;
  const url = new URL(args.request.url);
  const [{ sourcingRequest: request }, { countries }] = await Promise.all([
    gql.query<SourcingRequestQuery>(SOURCING_REQUEST, { id }),
    gql.query<CountriesQuery>(COUNTRIES),
  ]);
  if (!request) throw json<ProblemBody>({ code: "REQUEST_NOT_FOUND", message: t("errors:REQUEST_NOT_FOUND") }, { status: 404 });
  if (request.buyer.id !== prefs.organisation?.id) throw json<ProblemBody>({ code: "REQUEST_BUYER_ONLY", message: t("errors:REQUEST_BUYER_ONLY") }, { status: 403 });
  const names = new Map(countries.map((c) => [c.code, c.name]));
  const { weights, values: weightValues, problems } = weightsFromUrl(url.searchParams);
  const [{ matchesForRequest }, comparisonAnswer] = await Promise.all([
    gql.query<MatchesForRequestQuery>(MATCHES_FOR_REQUEST, { requestId: id, first: 10 }),
    gql.attempt<QuotesForRequestQuery>(QUOTES_FOR_REQUEST, { requestId: id, weights: problems.length ? null : weights }, ["BAD_USER_INPUT"]),
  ]);
  const weightErrors: UserError[] = problems.length
    ? problemErrors(problems, t)
    : (comparisonAnswer.problem?.userErrors ?? []).map((e) => ({ ...e, field: e.field?.replace(/^weights\./, "") ?? null }));
  const comparison = comparisonAnswer.data?.quotesForRequest ?? null;
  const { locale } = gql;
  const money = (value: { amount: string; currency: string } | null) => (value ? formatMoney(value, locale) : null);
  return json({
    request: requestView(request, locale, prefs.timeZone, (code) => names.get(code) ?? code),
    history: request.history.map((event) => ({ ...event, when: formatDateTime(event.createdAt, locale, prefs.timeZone) })),
    matches: matchesForRequest.filter((m) => !m.excluded).map((m) => matchView(m, locale)),
    excluded: matchesForRequest.filter((m) => m.excluded).map((m) => matchView(m, locale)),
    weightValues,
    weightErrors,
    comparison: comparison
      ? {
          buyerCurrency: comparison.buyerCurrency,
          weights: comparison.weights,
          quotes: comparison.quotes.map((c) => ({
            id: c.quote.id,
            rank: c.rank,
            score: formatPercent(c.score, locale),
            status: c.quote.status,
            seller: c.quote.seller,
            price: t("request.perUnit", { price: formatMoney(c.price, locale), unit: c.quote.unit.symbol }),
            priceInBuyerCurrency: c.priceInBuyerCurrency ? t("request.perUnit", { price: formatMoney(c.priceInBuyerCurrency, locale), unit: c.quote.unit.symbol }) : null,
            rate:
              c.fxRate && c.fxRateDate && c.price.currency !== comparison.buyerCurrency
                ? t("requestPage.rate", { from: c.price.currency, to: comparison.buyerCurrency, rate: formatRate(c.fxRate, locale), date: formatDay(c.fxRateDate, locale) })
                : null,
            total: money(c.total),
            totalInBuyerCurrency: money(c.totalInBuyerCurrency),
            quantity: formatQuantity(c.quote.quantity, c.quote.unit, locale),
            moq: c.quote.moq === null ? null : formatQuantity(c.quote.moq, c.quote.unit, locale),
            terms: `${c.quote.incoterm.code} ${c.quote.namedPlace}`,
            leadTimeDays: c.quote.leadTimeDays,
            paymentTerms: c.quote.paymentTerms,
            validUntil: formatDay(c.quote.validUntil, locale),
            message: c.quote.message,
          })),
        }
      : null,
  });
}

type Answer = { intent: "accept"; errors: UserError[] } | { intent: "close"; errors: UserError[] } | { intent: "close"; closed: true };

export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  const id = args.params.id!;
  const form = await args.request.formData();
  if (textOf(form, "intent") === "close") {
    const { closeSourcingRequest } = await gql.mutate<CloseSourcingRequestMutation>(CLOSE_REQUEST, { id });
    if (closeSourcingRequest.userErrors.length) return json<Answer>({ intent: "close", errors: closeSourcingRequest.userErrors }, 400);
    return gql.redirect(`/sourcing/requests/${id}?closed=1`);
  }
  const quoteId = textOf(form, "quoteId");
  const { acceptQuote } = await gql.mutate<AcceptQuoteMutation>(ACCEPT_QUOTE, { id: quoteId });
  if (acceptQuote.userErrors.length || !acceptQuote.quote) return json<Answer>({ intent: "accept", errors: acceptQuote.userErrors }, 400);
  return gql.redirect(`/sourcing/requests/${id}?accepted=${encodeURIComponent(quoteId)}`);
}

const ROWS = ["seller", "status", "price", "priceInBuyerCurrency", "total", "quantity", "moq", "terms", "leadTime", "paymentTerms", "validUntil", "score", "message"] as const;

export default function RequestPage() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as Answer | undefined;
  const busy = useNavigation().state === "submitting";
  const [params] = useSearchParams();
  const location = useLocation();
  const { request, comparison } = data;
  const weightErrors = sortErrors(data.weightErrors, [...WEIGHT_NAMES]);
  const confirming = comparison?.quotes.find((q) => q.id === params.get("accept") && q.status === "SUBMITTED") ?? null;
  const accepted = comparison?.quotes.find((q) => q.id === params.get("accepted")) ?? null;
  const withParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(location.search);
    for (const transient of ["accept", "accepted", "created", "closed", "close"]) next.delete(transient);
    if (value !== null) next.set(name, value);
    const query = next.toString();
    return query ? `?${query}` : ".";
  };
  const decided = request.status !== "OPEN";

  const quotesSection = (
    <section className="panel" aria-labelledby="quotes-title" id="quotes">
      <h2 id="quotes-title">{t("requestPage.quotes", { count: comparison?.quotes.length ?? 0 })}</h2>
      {comparison ? <p>{t("requestPage.quotesLead", { currency: comparison.buyerCurrency })}</p> : null}
      <Form method="get" className="weights" aria-labelledby="weights-title" preventScrollReset>
        <h3 id="weights-title">{t("requestPage.weights")}</h3>
        <p className="field-hint">{t("requestPage.weightsHint")}</p>
        <ErrorSummary errors={weightErrors} />
        <div className="row row-tight">
          {WEIGHT_NAMES.map((name) => (
            <TextField
              key={name}
              name={name}
              type="number"
              min={0}
              max={100}
              step={1}
              label={t(`requestPage.weight.${name}`)}
              defaultValue={data.weightValues[name] || String(comparison?.weights[name] ?? "")}
              errors={weightErrors.fields[name]}
            />
          ))}
        </div>
        <button type="submit" className="button-small">
          {t("requestPage.rerank")}
        </button>
      </Form>

      {confirming ? (
        <div className="confirm" role="alertdialog" aria-labelledby="accept-confirm-title" id="confirm">
          <p id="accept-confirm-title">
            <strong>{t("requestPage.acceptConfirm", { seller: confirming.seller.legalName, price: confirming.priceInBuyerCurrency ?? confirming.price, total: confirming.totalInBuyerCurrency ?? confirming.total })}</strong>
          </p>
          <p>{t("requestPage.acceptConsequence")}</p>
          <Form method="post" className="actions">
            <input type="hidden" name="quoteId" value={confirming.id} />
            <button type="submit" name="intent" value="accept" className="button" disabled={busy}>
              {t("requestPage.acceptYes", { seller: confirming.seller.legalName })}
            </button>
            <Link to={withParam("accept", null)}>{t("requestPage.cancel")}</Link>
          </Form>
        </div>
      ) : null}

      {comparison?.quotes.length ? (
        <div className="table-scroll">
          <table className="table comparison" data-testid="quote-comparison">
            <caption className="visually-hidden">{t("requestPage.comparison")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("requestPage.rank")}</th>
                {comparison.quotes.map((quote) => (
                  <th scope="col" key={quote.id} data-quote={quote.id}>
                    {t("requestPage.rankN", { rank: quote.rank })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ROWS.map((row) => (
                <tr key={row}>
                  <th scope="row">{row === "priceInBuyerCurrency" ? t("requestPage.row.priceInBuyerCurrency", { currency: comparison.buyerCurrency }) : t(`requestPage.row.${row}`)}</th>
                  {comparison.quotes.map((quote) => (
                    <td key={quote.id} data-quote={quote.id} data-row={row}>
                      <QuoteCell row={row} quote={quote} />
                    </td>
                  ))}
                </tr>
              ))}
              {!decided ? (
                <tr>
                  <th scope="row">
                    <span className="visually-hidden">{t("requestPage.decide")}</span>
                  </th>
                  {comparison.quotes.map((quote) => (
                    <td key={quote.id}>
                      {quote.status === "SUBMITTED" ? (
                        <Link to={`${withParam("accept", quote.id)}#confirm`} className="button button-small" preventScrollReset>
                          {t("requestPage.accept")}
                          <span className="visually-hidden"> {quote.seller.legalName}</span>
                        </Link>
                      ) : null}
                    </td>
                  ))}
                </tr>
              ) : null}
            </tbody>
          </table>
          {comparison.quotes
            .filter((quote) => quote.status === "ACCEPTED")
            .map((quote) => (
              <p key={quote.id} className="actions">
                <Link to={`/orders/new?quote=${quote.id}`} className="button" data-testid="order-from-quote">
                  {t("orders.placeFromQuote")}
                </Link>
              </p>
            ))}
        </div>
      ) : (
        <p className="muted">{t("requestPage.noQuotes")}</p>
      )}
    </section>
  );

  const matchesSection = (
    <section className="panel" aria-labelledby="matches-title">
      <h2 id="matches-title">{t("requestPage.matches")}</h2>
      <p>{t("requestPage.matchesLead")}</p>
      {data.matches.length ? (
        <ol className="match-list" data-testid="matches">
          {data.matches.map((match, index) => (
            <li key={match.listingId} className="match" data-listing={match.listingId} aria-labelledby={`match-${match.listingId}`}>
              <div className="match-head">
                <h3 id={`match-${match.listingId}`}>
                  <span className="match-rank">{t("requestPage.rankN", { rank: index + 1 })}</span>{" "}
                  <Link to={`/listings/${match.listingId}`}>
                    <bdi>{match.listingTitle}</bdi>
                  </Link>
                </h3>
                <ScoreMeter score={match.score} text={match.scoreText} />
              </div>
              <p className="muted">
                <CompanyName name={match.seller.legalName} verified={match.seller.verified} /> · {match.origin}
              </p>
              <p>
                {t("match.theirPrice", { price: match.unitPrice, unit: match.unitSymbol })}
                {match.converted ? ` · ${t("match.converted", { price: match.converted.price, rate: match.converted.rate, date: match.converted.date })}` : ""}
              </p>
              <MatchReasons reasons={match.reasons} />
              {match.delivery ? <DeliveryEstimate delivery={match.delivery} /> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t("requestPage.noMatches")}</p>
      )}
      {data.excluded.length ? (
        <details>
          <summary>{t("requestPage.excluded", { count: data.excluded.length })}</summary>
          <ul>
            {data.excluded.map((match) => (
              <li key={match.listingId}>
                <bdi>{match.listingTitle}</bdi>
                <MatchReasons reasons={match.reasons.filter((r) => !r.positive)} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );

  return (
    <div className="page">
      <SectionNav section="sourcing" />
      <p className="breadcrumbs">
        <Link to="/sourcing/requests">{t("myRequests.title")}</Link>
      </p>
      <h1>
        <bdi>{request.title}</bdi>
      </h1>
      <p className="status-line">
        <StateBadge group="requestStatus" status={request.status} />
        {request.created ? <span className="muted">{t("requestPage.posted", { when: request.created })}</span> : null}
      </p>
      {params.get("created") ? (
        <p role="status" className="notice notice-success">
          {t("requestPage.created")}
        </p>
      ) : null}
      {accepted ? (
        <p role="status" className="notice notice-success">
          {t("requestPage.accepted", { seller: accepted.seller.legalName })}
        </p>
      ) : null}
      {params.get("closed") ? (
        <p role="status" className="notice notice-success">
          {t("requestPage.closed")}
        </p>
      ) : null}
      {answer ? <FormErrors messages={answer && "errors" in answer ? answer.errors.map((e) => e.message) : []} /> : null}

      <section className="panel" aria-labelledby="facts-title">
        <h2 id="facts-title">{t("requestPage.details")}</h2>
        {request.description ? <p>{request.description}</p> : null}
        <RequestFacts request={request} />
        {!decided ? (
          params.get("close") ? (
            <div className="confirm" role="alertdialog" aria-labelledby="close-confirm-title">
              <p id="close-confirm-title">{t("requestPage.closeConfirm")}</p>
              <Form method="post" className="actions">
                <button type="submit" name="intent" value="close" className="button button-danger" disabled={busy}>
                  {t("requestPage.closeYes")}
                </button>
                <Link to={withParam("close", null)}>{t("requestPage.cancel")}</Link>
              </Form>
            </div>
          ) : (
            <p>
              <Link to={withParam("close", "1")}>{t("requestPage.close")}</Link>
            </p>
          )
        ) : null}
      </section>

      {/* Before any quote arrives the ranked matches are the news; afterwards the quotes are. */}
      {comparison?.quotes.length ? (
        <>
          {quotesSection}
          {matchesSection}
        </>
      ) : (
        <>
          {matchesSection}
          {quotesSection}
        </>
      )}

      {data.history.length ? (
        <section className="panel" aria-labelledby="history-title">
          <h2 id="history-title">{t("requestPage.history")}</h2>
          <ol className="history">
            {data.history.map((event) => (
              <li key={event.id}>
                <span className="history-when">{event.when}</span> {event.fromStatus ? `${t(`requestStatus.${event.fromStatus}`)} → ` : ""}
                {t(`requestStatus.${event.toStatus}`)}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}

type QuoteColumn = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>["comparison"]>["quotes"][number];

function QuoteCell({ row, quote }: { row: (typeof ROWS)[number]; quote: QuoteColumn }) {
  const { t } = useTranslation();
  switch (row) {
    case "seller":
      return <CompanyName name={quote.seller.legalName} verified={quote.seller.verified} />;
    case "status":
      return <StateBadge group="quoteStatus" status={quote.status} />;
    case "price":
      return <span className="num">{quote.price}</span>;
    case "priceInBuyerCurrency":
      return quote.priceInBuyerCurrency ? (
        <span className="converted">
          <strong className="num">{quote.priceInBuyerCurrency}</strong>
          {quote.rate ? <span className="rate">{quote.rate}</span> : null}
        </span>
      ) : (
        <span className="muted">{t("requestPage.noRate")}</span>
      );
    case "total":
      return (
        <span className="num">
          {quote.totalInBuyerCurrency ?? quote.total}
          {quote.totalInBuyerCurrency && quote.totalInBuyerCurrency !== quote.total ? <span className="muted"> ({quote.total})</span> : null}
        </span>
      );
    case "quantity":
      return <span className="num">{quote.quantity}</span>;
    case "moq":
      return <span className="num">{quote.moq ?? "—"}</span>;
    case "terms":
      return <bdi dir="ltr">{quote.terms}</bdi>;
    case "leadTime":
      return <>{t("listing.days", { count: quote.leadTimeDays })}</>;
    case "paymentTerms":
      return <>{t(`paymentTerms.${quote.paymentTerms}`)}</>;
    case "validUntil":
      return <>{quote.validUntil}</>;
    case "score":
      return <span className="num">{quote.score}</span>;
    case "message":
      return quote.message ? <span className="quote-message">{quote.message}</span> : <span className="muted">—</span>;
  }
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
