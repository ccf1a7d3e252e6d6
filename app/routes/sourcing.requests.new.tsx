import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { CreateSourcingRequestMutation, HsCodeHintQuery, ListingFormReferenceQuery, ListingForRequestQuery } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ChoiceField, ErrorSummary, SelectField, TextAreaField, TextField } from "../components/fields";
import { HsCodeField } from "../components/hs-code-field";
import { SectionNav } from "../components/section-nav";
import { api, type Api } from "../graphql.server";
import { translatorFor } from "../locale.server";
import { LISTING_FOR_REQUEST, LISTING_FORM_REFERENCE } from "../operations/listings";
import { CREATE_REQUEST, HS_CODE } from "../operations/sourcing";
import { normalizeDecimal, NumberReader, problemErrors, sortErrors, valuesOf, type UserError } from "../utils/forms";
import { formatHsCode } from "../utils/hs";
import { pageMeta } from "../utils/meta";
import { zonedTimeToUtc } from "../utils/time";
import { buyerPreferences } from "../viewer.server";

export const meta: MetaFunction = (args) => pageMeta(args, "requestForm.title");

const FIELDS = [
  "title",
  "description",
  "hsCode",
  "keywords",
  "quantity",
  "unit",
  "targetUnitPrice.amount",
  "targetUnitPrice.currency",
  "destinationCountry",
  "destinationPort",
  "incoterm",
  "neededBy",
  "visibility",
  "quoteCap",
  "quoteDeadline",
] as const;
type Field = (typeof FIELDS)[number];

async function hsHint(gql: Api, code: string) {
  const digits = code.replace(/[\s.]/g, "");
  if (!/^\d{2,10}$/.test(digits)) return null;
  const answer = await gql.attempt<HsCodeHintQuery>(HS_CODE, { code: digits }, ["BAD_USER_INPUT"]);
  const found = answer.data?.hsCode;
  return found ? { code: formatHsCode(found.code), description: found.description } : null;
}

export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  const prefs = await buyerPreferences(gql);
  const reference = await gql.query<ListingFormReferenceQuery>(LISTING_FORM_REFERENCE);
  const values: Record<Field, string> = Object.fromEntries(FIELDS.map((f) => [f, ""])) as Record<Field, string>;
  Object.assign(values, { destinationCountry: prefs.organisation?.country ?? "", "targetUnitPrice.currency": prefs.currency, visibility: "ALL", quoteCap: "10" });
  // "Request a quote" on a listing: the request starts from its goods, so its seller is matched first.
  const listingId = new URL(args.request.url).searchParams.get("listing");
  // A link to a listing that is gone or malformed still opens an empty form.
  const listing = listingId ? (await gql.attempt<ListingForRequestQuery>(LISTING_FOR_REQUEST, { id: listingId }, ["BAD_USER_INPUT", "NOT_FOUND"])).data?.listing : null;
  if (listing) {
    const incoterm = listing.incoterms[0];
    Object.assign(values, {
      title: listing.localized.title,
      hsCode: formatHsCode(listing.hsCode),
      quantity: String(listing.moq),
      unit: listing.unit.code,
      incoterm: incoterm?.code ?? "",
      description: translatorFor(gql.locale)("requestForm.fromListing", { title: listing.localized.title, seller: listing.seller.legalName }),
    });
  }
  return json({
    values,
    timeZone: prefs.timeZone,
    options: {
      countries: reference.countries.map((c) => ({ value: c.code, label: c.name })),
      currencies: reference.currencies.map((c) => ({ value: c.code, label: `${c.code} · ${c.name}` })),
      units: reference.unitsOfMeasure.map((u) => ({ value: u.code, label: `${u.name} (${u.symbol})` })),
      incoterms: reference.incoterms.map((i) => ({ value: i.code, label: `${i.code} · ${i.name}` })),
    },
  });
}

type Answer = { errors: UserError[]; values: Record<string, string>; hint: Awaited<ReturnType<typeof hsHint>> };

export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  const prefs = await buyerPreferences(gql);
  const form = await args.request.formData();
  const values = valuesOf(form, FIELDS) as Record<Field, string>;
  const numbers = new NumberReader();
  const amount = values["targetUnitPrice.amount"].trim();
  const deadlineText = values.quoteDeadline.trim();
  const deadline = deadlineText ? zonedTimeToUtc(deadlineText, prefs.timeZone) : null;
  if (deadlineText && !deadline) numbers.problems.push({ field: "quoteDeadline", code: "DATETIME_INVALID" });
  const input = {
    title: values.title,
    description: values.description.trim() || null,
    hsCode: values.hsCode.trim() || null,
    keywords: values.keywords
      .split(/[,،;]/)
      .map((k) => k.trim())
      .filter(Boolean),
    quantity: numbers.number("quantity", values.quantity, { required: true }),
    unit: values.unit,
    targetUnitPrice: amount ? { amount: normalizeDecimal(amount), currency: values["targetUnitPrice.currency"] } : null,
    destinationCountry: values.destinationCountry,
    destinationPort: values.destinationPort.trim().toUpperCase() || null,
    incoterm: values.incoterm,
    neededBy: values.neededBy,
    visibility: values.visibility === "VERIFIED" ? "VERIFIED" : "ALL",
    quoteCap: numbers.number("quoteCap", values.quoteCap, { integer: true }) ?? undefined,
    quoteDeadline: deadline,
  };
  const hint = await hsHint(gql, values.hsCode);
  if (numbers.problems.length) {
    gql.formRejected();
    return json<Answer>({ errors: problemErrors(numbers.problems, translatorFor(gql.locale)), values, hint }, 400);
  }
  const { createSourcingRequest } = await gql.mutate<CreateSourcingRequestMutation>(CREATE_REQUEST, { input });
  if (createSourcingRequest.userErrors.length || !createSourcingRequest.sourcingRequest) {
    return json<Answer>({ errors: createSourcingRequest.userErrors, values, hint }, 400);
  }
  return gql.redirect(`/sourcing/requests/${createSourcingRequest.sourcingRequest.id}?created=1`);
}

export default function NewRequest() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as Answer | undefined;
  const busy = useNavigation().state === "submitting";
  const errors = sortErrors(answer?.errors, FIELDS);
  const value = (field: Field) => answer?.values[field] ?? data.values[field];
  const text = (field: Field, extra: Record<string, unknown> = {}) => (
    <TextField name={field} label={t(`requestForm.fields.${field}`)} defaultValue={value(field)} errors={errors.fields[field]} {...extra} />
  );
  return (
    <div className="page">
      <SectionNav section="sourcing" />
      <h1>{t("requestForm.title")}</h1>
      <p className="lead">{t("requestForm.lead")}</p>
      <Form method="post" className="stack" noValidate>
        <ErrorSummary errors={errors} />
        <fieldset className="group">
          <legend>{t("requestForm.what")}</legend>
          {text("title", { required: true })}
          <TextAreaField name="description" label={t("requestForm.fields.description")} defaultValue={value("description")} errors={errors.fields.description} rows={3} />
          <div className="row">
            <HsCodeField
              name="hsCode"
              label={t("requestForm.fields.hsCode")}
              hint={t("requestForm.hsCodeHint")}
              defaultValue={value("hsCode")}
              errors={errors.fields.hsCode}
              initialHint={answer?.hint ?? null}
            />
            {text("keywords", { hint: t("requestForm.keywordsHint") })}
          </div>
        </fieldset>
        <fieldset className="group">
          <legend>{t("requestForm.howMuch")}</legend>
          <div className="row">
            {text("quantity", { required: true, inputMode: "decimal" })}
            <SelectField name="unit" label={t("requestForm.fields.unit")} options={data.options.units} defaultValue={value("unit")} errors={errors.fields.unit} placeholder={t("listingForm.choose")} />
          </div>
          <div className="row">
            {text("targetUnitPrice.amount", { inputMode: "decimal", hint: t("requestForm.targetHint") })}
            <SelectField
              name="targetUnitPrice.currency"
              label={t("requestForm.fields.targetUnitPrice.currency")}
              options={data.options.currencies}
              defaultValue={value("targetUnitPrice.currency")}
              errors={errors.fields["targetUnitPrice.currency"]}
            />
          </div>
        </fieldset>
        <fieldset className="group">
          <legend>{t("requestForm.where")}</legend>
          <div className="row">
            <SelectField name="destinationCountry" label={t("requestForm.fields.destinationCountry")} options={data.options.countries} defaultValue={value("destinationCountry")} errors={errors.fields.destinationCountry} placeholder={t("fields.chooseCountry")} />
            {text("destinationPort", { dir: "ltr", hint: t("requestForm.portHint") })}
          </div>
          <div className="row">
            <SelectField name="incoterm" label={t("requestForm.fields.incoterm")} options={data.options.incoterms} defaultValue={value("incoterm")} errors={errors.fields.incoterm} placeholder={t("listingForm.choose")} />
            {text("neededBy", { type: "date", required: true })}
          </div>
        </fieldset>
        <fieldset className="group">
          <legend>{t("requestForm.quotes")}</legend>
          <ChoiceField
            name="visibility"
            label={t("requestForm.fields.visibility")}
            options={["ALL", "VERIFIED"].map((v) => ({ value: v, label: t(`request.visibilities.${v}`), description: t(`requestForm.visibilityHint.${v}`) }))}
            defaultValue={value("visibility")}
            errors={errors.fields.visibility}
          />
          <div className="row">
            {text("quoteCap", { inputMode: "numeric", hint: t("requestForm.quoteCapHint") })}
            {text("quoteDeadline", { type: "datetime-local", hint: t("requestForm.deadlineHint", { zone: data.timeZone }) })}
          </div>
        </fieldset>
        <button type="submit" className="button" disabled={busy}>
          {t("requestForm.submit")}
        </button>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
