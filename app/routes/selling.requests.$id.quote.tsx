import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ListingFormReferenceQuery, MyListingsQuery, SourcingRequestQuery, SubmitQuoteMutation, WithdrawQuoteMutation } from "../__generated__/operations";
import { CompanyName, StateBadge } from "../components/badges";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ErrorSummary, FormErrors, SelectField, TextAreaField, TextField } from "../components/fields";
import { RequestFacts } from "../components/request-facts";
import { SectionNav } from "../components/section-nav";
import { api, type ProblemBody } from "../graphql.server";
import { translatorFor } from "../locale.server";
import { LISTING_FORM_REFERENCE, MY_LISTINGS } from "../operations/listings";
import { PAYMENT_TERMS, SOURCING_REQUEST, SUBMIT_QUOTE, WITHDRAW_QUOTE } from "../operations/sourcing";
import { normalizeDecimal, NumberReader, problemErrors, sortErrors, textOf, valuesOf, type UserError } from "../utils/forms";
import { formatDay, formatMoney } from "../utils/format";
import { pageMeta } from "../utils/meta";
import { requestView } from "../utils/request-view";
import { sellerPreferences } from "../viewer.server";

export const meta: MetaFunction<typeof loader> = (args) => pageMeta(args, "quoteForm.title");

const FIELDS = ["unitPrice.amount", "unitPrice.currency", "quantity", "moq", "incoterm", "namedPlace", "leadTimeDays", "validUntil", "paymentTerms", "message", "listingId"] as const;
type Field = (typeof FIELDS)[number];

function addDays(now: Date, days: number): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  const prefs = await sellerPreferences(gql);
  const [{ sourcingRequest: request }, { myListings }, reference] = await Promise.all([
    gql.query<SourcingRequestQuery>(SOURCING_REQUEST, { id: args.params.id }),
    gql.query<MyListingsQuery>(MY_LISTINGS, { status: "ACTIVE", first: 100, after: null }),
    gql.query<ListingFormReferenceQuery>(LISTING_FORM_REFERENCE),
  ]);
  if (!request) {
    throw json<ProblemBody>({ code: "REQUEST_NOT_FOUND", message: translatorFor(gql.locale)("errors:REQUEST_NOT_FOUND") }, { status: 404 });
  }
  const names = new Map(reference.countries.map((c) => [c.code, c.name]));
  const listings = myListings.edges.map((e) => e.node);
  const chosen = listings.find((l) => l.id === new URL(args.request.url).searchParams.get("listing")) ?? null;
  const quote = request.myQuote;
  const sameUnit = chosen?.unit.code === request.unit.code;
  const values: Record<Field, string> = quote
    ? {
        "unitPrice.amount": quote.unitPrice.amount,
        "unitPrice.currency": quote.unitPrice.currency,
        quantity: String(quote.quantity),
        moq: quote.moq === null ? "" : String(quote.moq),
        incoterm: quote.incoterm.code,
        namedPlace: quote.namedPlace,
        leadTimeDays: String(quote.leadTimeDays),
        validUntil: quote.validUntil,
        paymentTerms: quote.paymentTerms,
        message: quote.message ?? "",
        listingId: quote.listingId ?? "",
      }
    : {
        "unitPrice.amount": sameUnit && chosen ? chosen.priceFrom.amount : "",
        "unitPrice.currency": chosen?.priceFrom.currency ?? prefs.currency,
        quantity: String(request.quantity),
        moq: sameUnit && chosen ? String(chosen.moq) : "",
        incoterm: request.incoterm.code,
        namedPlace: request.destinationPort ? `${request.destinationPort.name} (${request.destinationPort.locode})` : "",
        leadTimeDays: chosen ? String(chosen.leadTimeDays) : "",
        validUntil: addDays(new Date(), 30),
        paymentTerms: "",
        message: "",
        listingId: chosen?.id ?? "",
      };
  return json({
    request: requestView(request, gql.locale, prefs.timeZone, (code) => names.get(code) ?? code),
    quote: quote
      ? { id: quote.id, status: quote.status, price: formatMoney(quote.unitPrice, gql.locale), validUntil: formatDay(quote.validUntil, gql.locale) }
      : null,
    values,
    listings: listings.map((l) => ({ value: l.id, label: l.title })),
    currencies: reference.currencies.map((c) => ({ value: c.code, label: `${c.code} · ${c.name}` })),
    incoterms: reference.incoterms.map((i) => ({ value: i.code, label: `${i.code} · ${i.name}` })),
  });
}

type Answer = { intent: "submit"; errors: UserError[]; values: Record<string, string> } | { intent: "withdraw"; errors: UserError[] } | { intent: "withdraw"; withdrawn: true };

export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  const form = await args.request.formData();
  const requestId = args.params.id!;
  if (textOf(form, "intent") === "withdraw") {
    const { withdrawQuote } = await gql.mutate<WithdrawQuoteMutation>(WITHDRAW_QUOTE, { id: textOf(form, "quoteId") });
    if (withdrawQuote.userErrors.length) return json<Answer>({ intent: "withdraw", errors: withdrawQuote.userErrors }, 400);
    return json<Answer>({ intent: "withdraw", withdrawn: true });
  }
  const values = valuesOf(form, FIELDS);
  const numbers = new NumberReader();
  const terms = values.paymentTerms ?? "";
  const input = {
    requestId,
    unitPrice: { amount: normalizeDecimal(values["unitPrice.amount"] ?? ""), currency: values["unitPrice.currency"] ?? "" },
    quantity: numbers.number("quantity", values.quantity ?? "", { required: true }),
    moq: numbers.number("moq", values.moq ?? ""),
    incoterm: values.incoterm ?? "",
    namedPlace: values.namedPlace ?? "",
    leadTimeDays: numbers.number("leadTimeDays", values.leadTimeDays ?? "", { required: true, integer: true }),
    validUntil: values.validUntil ?? "",
    paymentTerms: terms,
    message: values.message?.trim() || null,
    listingId: values.listingId || null,
  };
  // Payment terms are a GraphQL enum: an empty choice would fail the whole operation.
  if (!(PAYMENT_TERMS as readonly string[]).includes(terms)) numbers.problems.push({ field: "paymentTerms", code: "REQUIRED" });
  if (numbers.problems.length) {
    return json<Answer>({ intent: "submit", errors: problemErrors(numbers.problems, translatorFor(gql.locale)), values }, 400);
  }
  const { submitQuote } = await gql.mutate<SubmitQuoteMutation>(SUBMIT_QUOTE, { input });
  if (submitQuote.userErrors.length || !submitQuote.quote) return json<Answer>({ intent: "submit", errors: submitQuote.userErrors, values }, 400);
  return gql.redirect(`/selling/quotes?sent=${encodeURIComponent(submitQuote.quote.id)}`);
}

export default function QuoteOnRequest() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as Answer | undefined;
  const busy = useNavigation().state === "submitting";
  const submitted = answer?.intent === "submit" ? answer : null;
  const errors = sortErrors(submitted?.errors, FIELDS);
  const value = (field: Field) => submitted?.values[field] ?? data.values[field];
  const { request, quote } = data;
  const open = request.acceptingQuotes && (!quote || quote.status === "SUBMITTED" || quote.status === "WITHDRAWN");
  return (
    <div className="page">
      <SectionNav section="selling" />
      <p className="breadcrumbs">
        <Link to="/selling/requests">{t("openRequests.title")}</Link>
      </p>
      <h1>
        {t("quoteForm.heading")} <bdi>{request.title}</bdi>
      </h1>
      <section className="panel" aria-labelledby="request-title">
        <h2 id="request-title">{t("quoteForm.request")}</h2>
        <p>
          <CompanyName name={request.buyer.legalName} verified={request.buyer.verified} />
        </p>
        {request.description ? <p>{request.description}</p> : null}
        <RequestFacts request={request} />
      </section>

      {quote ? (
        <section className="panel" aria-labelledby="my-quote-title">
          <h2 id="my-quote-title">{t("quoteForm.yourQuote")}</h2>
          <p className="status-line">
            <StateBadge group="quoteStatus" status={quote.status} />
            <span>{t("quoteForm.yourPrice", { price: quote.price, unit: request.unit.symbol, date: quote.validUntil })}</span>
          </p>
          {answer?.intent === "withdraw" && "withdrawn" in answer ? (
            <p role="status" className="notice notice-success">
              {t("quoteForm.withdrawn")}
            </p>
          ) : null}
          {answer?.intent === "withdraw" && "errors" in answer ? <FormErrors messages={answer.errors.map((e) => e.message)} /> : null}
          {quote.status === "SUBMITTED" ? (
            <Form method="post">
              <input type="hidden" name="quoteId" value={quote.id} />
              <button type="submit" name="intent" value="withdraw" className="button button-danger" disabled={busy}>
                {t("quoteForm.withdraw")}
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}

      {open ? (
        <section className="panel" aria-labelledby="quote-form-title">
          <h2 id="quote-form-title">{t(quote ? "quoteForm.revise" : "quoteForm.new")}</h2>
          <Form method="post" className="stack" noValidate>
            <input type="hidden" name="intent" value="submit" />
            <ErrorSummary errors={errors} />
            <SelectField name="listingId" label={t("quoteForm.fields.listingId")} options={data.listings} defaultValue={value("listingId")} errors={errors.fields.listingId} placeholder={t("quoteForm.noListing")} />
            <div className="row">
              <TextField name="unitPrice.amount" label={t("quoteForm.fields.unitPrice", { unit: request.unit.symbol })} defaultValue={value("unitPrice.amount")} errors={errors.fields["unitPrice.amount"]} inputMode="decimal" required />
              <SelectField name="unitPrice.currency" label={t("quoteForm.fields.currency")} options={data.currencies} defaultValue={value("unitPrice.currency")} errors={errors.fields["unitPrice.currency"]} />
            </div>
            <div className="row">
              <TextField name="quantity" label={t("quoteForm.fields.quantity", { unit: request.unit.symbol })} defaultValue={value("quantity")} errors={errors.fields.quantity} inputMode="decimal" required />
              <TextField name="moq" label={t("quoteForm.fields.moq", { unit: request.unit.symbol })} defaultValue={value("moq")} errors={errors.fields.moq} inputMode="decimal" />
            </div>
            <div className="row">
              <SelectField name="incoterm" label={t("quoteForm.fields.incoterm")} options={data.incoterms} defaultValue={value("incoterm")} errors={errors.fields.incoterm} />
              <TextField name="namedPlace" label={t("quoteForm.fields.namedPlace")} defaultValue={value("namedPlace")} errors={errors.fields.namedPlace} required />
            </div>
            <div className="row">
              <TextField name="leadTimeDays" label={t("quoteForm.fields.leadTimeDays")} defaultValue={value("leadTimeDays")} errors={errors.fields.leadTimeDays} inputMode="numeric" required />
              <TextField name="validUntil" type="date" label={t("quoteForm.fields.validUntil")} defaultValue={value("validUntil")} errors={errors.fields.validUntil} required />
            </div>
            <SelectField
              name="paymentTerms"
              label={t("quoteForm.fields.paymentTerms")}
              options={PAYMENT_TERMS.map((term) => ({ value: term, label: t(`paymentTerms.${term}`) }))}
              defaultValue={value("paymentTerms")}
              errors={errors.fields.paymentTerms}
              placeholder={t("listingForm.choose")}
            />
            <TextAreaField name="message" label={t("quoteForm.fields.message")} defaultValue={value("message")} errors={errors.fields.message} rows={3} />
            <button type="submit" className="button" disabled={busy}>
              {t(quote ? "quoteForm.submitRevision" : "quoteForm.submit")}
            </button>
          </Form>
        </section>
      ) : (
        <p className="notice">{t("quoteForm.closed")}</p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
