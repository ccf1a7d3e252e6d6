import { randomUUID } from "node:crypto";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { CheckoutSourceQuery, CountriesQuery, OrderPreviewQuery, PlaceOrderMutation } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ChoiceField, ErrorSummary, SelectField, TextField } from "../components/fields";
import { LandedCostTable, landedCostView } from "../components/landed-cost";
import { api, type Api } from "../graphql.server";
import { translatorFor } from "../locale.server";
import { CHECKOUT_SOURCE, ORDER_PAYMENT_TERMS, ORDER_PREVIEW, PLACE_ORDER } from "../operations/orders";
import { COUNTRIES } from "../operations/reference";
import { NumberReader, problemErrors, sortErrors, valuesOf, type UserError } from "../utils/forms";
import { formatDay, formatMoney, formatNumber, formatRate } from "../utils/format";
import { pageMeta } from "../utils/meta";
import { buyerPreferences } from "../viewer.server";

export const meta: MetaFunction = (args) => pageMeta(args, "orders.checkout.title");

const PARTY_FIELDS = ["name", "addressLine1", "city", "postalCode", "country"] as const;
const FIELDS = [
  "listing",
  "quote",
  "idempotencyKey",
  "quantity",
  "incoterm",
  "shippingOptionId",
  "paymentTerms",
  "creditDays",
  "paymentMethod",
  "licenceNumber",
  "buyerReference",
  "consignee.name",
  "consignee.addressLine1",
  "consignee.city",
  "consignee.postalCode",
  "consignee.country",
  "notifyParty.name",
  "notifyParty.addressLine1",
  "notifyParty.city",
  "notifyParty.postalCode",
  "notifyParty.country",
] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

function party(values: Values, prefix: "consignee" | "notifyParty") {
  const name = values[`${prefix}.name`].trim();
  if (!name) return null;
  return {
    name,
    addressLine1: values[`${prefix}.addressLine1`].trim() || null,
    city: values[`${prefix}.city`].trim() || null,
    postalCode: values[`${prefix}.postalCode`].trim() || null,
    country: values[`${prefix}.country`],
  };
}

/** The form as placeOrder's input; a number that does not read is a field problem, not a guess. */
function inputOf(values: Values, numbers: NumberReader) {
  return {
    idempotencyKey: values.idempotencyKey,
    listingId: values.listing || null,
    quoteId: values.quote || null,
    quantity: values.listing ? numbers.number("quantity", values.quantity, { required: true }) : null,
    incoterm: values.incoterm || null,
    shippingOptionId: values.shippingOptionId || null,
    paymentTerms: values.paymentTerms || "ESCROW",
    creditDays: values.paymentTerms === "OPEN_ACCOUNT" ? numbers.number("creditDays", values.creditDays, { integer: true }) : null,
    paymentMethod: values.paymentMethod || null,
    licenceNumber: values.licenceNumber.trim() || null,
    buyerReference: values.buyerReference.trim() || null,
    consignee: party(values, "consignee"),
    notifyParty: party(values, "notifyParty"),
  };
}

function summaryOf(preview: NonNullable<OrderPreviewQuery["orderPreview"]["preview"]>, locale: string) {
  return {
    unitPrice: formatMoney(preview.unitPrice, locale),
    quantity: `${formatNumber(preview.quantity, locale)}\u00a0${preview.unit.symbol}`,
    goodsTotal: formatMoney(preview.goodsTotal, locale),
    freight: formatMoney(preview.freight, locale),
    total: formatMoney(preview.total, locale),
    totalInBuyerCurrency: formatMoney(preview.fx.totalInBuyerCurrency, locale),
    sameCurrency: preview.total.currency === preview.fx.totalInBuyerCurrency.currency,
    rate: formatRate(preview.fx.rate, locale),
    rateDate: formatDay(preview.fx.rateDate, locale) ?? preview.fx.rateDate,
    rateSource: preview.fx.source,
    pair: `${preview.total.currency}/${preview.fx.totalInBuyerCurrency.currency}`,
    incoterm: preview.incoterm.code,
    namedPlace: preview.namedPlace,
    buyerPaysFreight: preview.buyerPaysFreight,
    wouldBeHeld: preview.wouldBeHeld,
    landedCost: landedCostView(preview.landedCost, locale),
    shippingOptions: preview.shippingOptions.map((o) => ({
      id: o.id,
      mode: o.mode,
      carrier: o.carrierLabel,
      cost: formatMoney(o.cost, locale),
      min: o.transitDaysMin,
      max: o.transitDaysMax,
      delivery: formatDay(o.estimatedDelivery, locale) ?? o.estimatedDelivery,
      estimated: o.estimated,
    })),
    paymentMethods: preview.paymentMethods,
  };
}

type Summary = ReturnType<typeof summaryOf>;

async function preview(gql: Api, input: ReturnType<typeof inputOf>): Promise<{ summary: Summary | null; errors: UserError[] }> {
  const { orderPreview } = await gql.query<OrderPreviewQuery>(ORDER_PREVIEW, { input });
  return { summary: orderPreview.preview ? summaryOf(orderPreview.preview, gql.locale) : null, errors: orderPreview.userErrors };
}

async function sourceOf(gql: Api, listingId: string, quoteId: string) {
  const source = await gql.query<CheckoutSourceQuery>(CHECKOUT_SOURCE, {
    listing: listingId || "-",
    withListing: !!listingId,
    quote: quoteId || "-",
    withQuote: !!quoteId,
  });
  const listing = source.listing ?? null;
  const quote = source.quote ?? null;
  if (!listing && !quote) throw json({ code: "NOT_FOUND", message: translatorFor(gql.locale)("errors:ORDER_LISTING_UNAVAILABLE") }, { status: 404 });
  return {
    listing: listing && { id: listing.id, title: listing.localized.title, moq: listing.moq, available: listing.availableQuantity, unit: listing.unit.symbol, seller: listing.seller.legalName, incoterms: listing.incoterms },
    quote: quote && { id: quote.id, title: quote.request.title, quantity: `${quote.quantity}\u00a0${quote.unit.symbol}`, seller: quote.seller.legalName, incoterm: quote.incoterm.code, namedPlace: quote.namedPlace },
  };
}

export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  const prefs = await buyerPreferences(gql);
  const url = new URL(args.request.url);
  const listingId = url.searchParams.get("listing") ?? "";
  const quoteId = listingId ? "" : (url.searchParams.get("quote") ?? "");
  const [source, { countries }] = await Promise.all([sourceOf(gql, listingId, quoteId), gql.query<CountriesQuery>(COUNTRIES)]);
  const values = Object.fromEntries(FIELDS.map((f) => [f, ""])) as Values;
  Object.assign(values, {
    listing: source.listing?.id ?? "",
    quote: source.quote?.id ?? "",
    // One key per visit to checkout: a second click, or a retry after a lost answer, returns the same order.
    idempotencyKey: `web-${randomUUID()}`,
    quantity: source.listing ? String(Math.max(source.listing.moq, Number(url.searchParams.get("quantity")) || 0)) : "",
    incoterm: source.listing?.incoterms[0]?.code ?? "",
    paymentTerms: "ESCROW",
    creditDays: "30",
    "consignee.country": prefs.organisation?.country ?? "",
    "notifyParty.country": prefs.organisation?.country ?? "",
  });
  const first = await preview(gql, inputOf(values, new NumberReader()));
  return json({ source, values, summary: first.summary, errors: first.errors, countries: countries.map((c) => ({ value: c.code, label: c.name })) });
}

type Answer = { values: Values; summary: Summary | null; errors: UserError[] };

export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  await buyerPreferences(gql);
  const form = await args.request.formData();
  const values = valuesOf(form, FIELDS) as Values;
  const numbers = new NumberReader();
  const input = inputOf(values, numbers);
  if (numbers.problems.length) {
    gql.formRejected();
    return json<Answer>({ values, summary: null, errors: problemErrors(numbers.problems, translatorFor(gql.locale)) }, 400);
  }
  if (form.get("intent") !== "place") {
    const shown = await preview(gql, input);
    if (shown.errors.length) gql.formRejected();
    return json<Answer>({ values, summary: shown.summary, errors: shown.errors }, shown.errors.length ? 400 : 200);
  }
  const { placeOrder } = await gql.mutate<PlaceOrderMutation>(PLACE_ORDER, { input });
  if (placeOrder.userErrors.length || !placeOrder.order) {
    const shown = await preview(gql, input);
    return json<Answer>({ values, summary: shown.summary, errors: placeOrder.userErrors }, 400);
  }
  return gql.redirect(`/orders/${placeOrder.order.id}?placed=1`);
}

export default function Checkout() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as Answer | undefined;
  const busy = useNavigation().state === "submitting";
  const errors = sortErrors(answer?.errors ?? data.errors, FIELDS);
  const values = answer?.values ?? data.values;
  const summary = answer ? answer.summary : data.summary;
  const { listing, quote } = data.source;
  const text = (field: Field, extra: Record<string, unknown> = {}) => (
    <TextField name={field} label={t(`orders.checkout.fields.${field}`)} defaultValue={values[field]} errors={errors.fields[field]} {...extra} />
  );
  const partyFields = (prefix: "consignee" | "notifyParty") => (
    <fieldset className="group">
      <legend>{t(`orders.checkout.${prefix}`)}</legend>
      <p className="field-hint">{t(`orders.checkout.${prefix}Hint`)}</p>
      {PARTY_FIELDS.filter((f) => f !== "country").map((f) => (
        <TextField key={f} name={`${prefix}.${f}`} label={t(`fields.${f === "name" ? "legalName" : f}`)} defaultValue={values[`${prefix}.${f}` as Field]} errors={errors.fields[`${prefix}.${f}`]} />
      ))}
      <SelectField name={`${prefix}.country`} label={t("fields.country")} options={data.countries} defaultValue={values[`${prefix}.country` as Field]} errors={errors.fields[`${prefix}.country`]} />
    </fieldset>
  );
  return (
    <div className="page">
      <h1>{t("orders.checkout.title")}</h1>
      <p className="notice" data-testid="sandbox-note">
        {t("orders.sandbox")}
      </p>
      {listing ? (
        <p className="lead">
          {t("orders.checkout.fromListing", { title: listing.title, seller: listing.seller })}{" "}
          <Link to={`/listings/${listing.id}`}>{t("orders.checkout.backToListing")}</Link>
        </p>
      ) : quote ? (
        <p className="lead">{t("orders.checkout.fromQuote", { title: quote.title, seller: quote.seller, quantity: quote.quantity })}</p>
      ) : null}
      <Form method="post" className="stack" noValidate>
        <ErrorSummary errors={errors} />
        <input type="hidden" name="idempotencyKey" value={values.idempotencyKey} />
        <input type="hidden" name="listing" value={values.listing} />
        <input type="hidden" name="quote" value={values.quote} />
        <fieldset className="group">
          <legend>{t("orders.checkout.goods")}</legend>
          {listing ? (
            <div className="row">
              {text("quantity", { inputMode: "decimal", required: true, hint: t("orders.checkout.quantityHint", { moq: listing.moq, available: listing.available, unit: listing.unit }) })}
              <SelectField
                name="incoterm"
                label={t("orders.checkout.fields.incoterm")}
                options={listing.incoterms.map((i) => ({ value: i.code, label: `${i.code} · ${i.namedPlace}` }))}
                defaultValue={values.incoterm}
                errors={errors.fields.incoterm}
              />
            </div>
          ) : quote ? (
            <p>{t("orders.checkout.quoteTerms", { incoterm: quote.incoterm, place: quote.namedPlace })}</p>
          ) : null}
          {text("licenceNumber", { hint: t("orders.checkout.licenceHint") })}
          {text("buyerReference")}
        </fieldset>
        <fieldset className="group">
          <legend>{t("orders.checkout.shipping")}</legend>
          {summary?.shippingOptions.length ? (
            <ChoiceField
              name="shippingOptionId"
              label={t("orders.checkout.fields.shippingOptionId")}
              hint={summary.buyerPaysFreight ? t("orders.checkout.freightBilled", { incoterm: summary.incoterm }) : t("orders.checkout.freightInPrice", { incoterm: summary.incoterm })}
              options={[
                ...summary.shippingOptions.map((o) => ({
                  value: o.id,
                  label: t("orders.checkout.option", { carrier: o.carrier, mode: t(`orders.mode.${o.mode}`), cost: o.cost }),
                  description: t("orders.checkout.optionTransit", { min: o.min, max: o.max, date: o.delivery }) + (o.estimated ? ` ${t("orders.checkout.optionEstimated")}` : ""),
                })),
                { value: "", label: t("orders.checkout.noOption") },
              ]}
              defaultValue={values.shippingOptionId}
              errors={errors.fields.shippingOptionId}
            />
          ) : (
            <p className="muted">{t("orders.checkout.noOptions")}</p>
          )}
        </fieldset>
        {partyFields("consignee")}
        {partyFields("notifyParty")}
        <fieldset className="group">
          <legend>{t("orders.checkout.payment")}</legend>
          <ChoiceField
            name="paymentTerms"
            label={t("orders.checkout.fields.paymentTerms")}
            options={ORDER_PAYMENT_TERMS.map((term) => ({ value: term, label: t(`orders.terms.${term}`), description: t(`orders.termsHint.${term}`) }))}
            defaultValue={values.paymentTerms}
            errors={errors.fields.paymentTerms}
          />
          <div className="row">
            <SelectField
              name="creditDays"
              label={t("orders.checkout.fields.creditDays")}
              options={["30", "60", "90"].map((d) => ({ value: d, label: t("orders.checkout.days", { count: Number(d) }) }))}
              defaultValue={values.creditDays}
              errors={errors.fields.creditDays}
            />
            <SelectField
              name="paymentMethod"
              label={t("orders.checkout.fields.paymentMethod")}
              options={(summary?.paymentMethods ?? []).map((m) => ({ value: m.code, label: `${m.name} · ${t(`orders.methodKind.${m.kind}`)}` }))}
              defaultValue={values.paymentMethod}
              errors={errors.fields.paymentMethod}
              placeholder={t("orders.checkout.anyMethod")}
            />
          </div>
        </fieldset>
        {summary ? <OrderSummaryPanel summary={summary} /> : null}
        <p className="actions">
          <button type="submit" name="intent" value="preview" className="button button-secondary" disabled={busy}>
            {t("orders.checkout.update")}
          </button>
          <button type="submit" name="intent" value="place" className="button" disabled={busy} data-testid="place-order">
            {t("orders.checkout.place")}
          </button>
        </p>
      </Form>
    </div>
  );
}

function OrderSummaryPanel({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  return (
    <>
      <section className="panel" aria-labelledby="summary-title" data-testid="order-summary">
        <h2 id="summary-title">{t("orders.checkout.summary")}</h2>
        <dl className="facts">
          <dt>{t("orders.checkout.price")}</dt>
          <dd>{t("orders.checkout.priceLine", { quantity: summary.quantity, price: summary.unitPrice, total: summary.goodsTotal })}</dd>
          <dt>{t("orders.fields.freight")}</dt>
          <dd>
            <bdi dir="ltr">{summary.freight}</bdi>
          </dd>
          <dt>{t("orders.fields.total")}</dt>
          <dd>
            <strong>
              <bdi dir="ltr">{summary.total}</bdi>
            </strong>
          </dd>
          {summary.sameCurrency ? null : (
            <>
              <dt>{t("orders.fields.inYourCurrency")}</dt>
              <dd data-testid="fx-locked">
                <bdi dir="ltr">{summary.totalInBuyerCurrency}</bdi>{" "}
                <span className="muted">{t("orders.fx", { pair: summary.pair, rate: summary.rate, date: summary.rateDate, source: summary.rateSource })}</span>
              </dd>
            </>
          )}
        </dl>
        {summary.wouldBeHeld ? <p className="notice">{t("orders.checkout.wouldBeHeld")}</p> : null}
      </section>
      {summary.landedCost ? <LandedCostTable cost={summary.landedCost} /> : <p className="muted">{t("orders.landed.none")}</p>}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
