import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { CreateShipmentMutation, ShipmentFormQuery } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ErrorSummary, FormErrors, SelectField, TextField } from "../components/fields";
import { api } from "../graphql.server";
import { translatorFor } from "../locale.server";
import { CREATE_SHIPMENT, SHIPMENT_FORM, SHIPPING_MODES } from "../operations/shipments";
import { NumberReader, problemErrors, rowsOf, sortErrors, textOf, valuesOf, type UserError } from "../utils/forms";
import { formatNumber } from "../utils/format";
import { formatHsCode } from "../utils/hs";
import { pageMeta } from "../utils/meta";

export const meta: MetaFunction = (args) => pageMeta(args, "shipments.new.title");

const TRANSPORT = ["mode", "carrierName", "bookingNumber", "trackingNumber", "vesselName", "voyageNumber", "flightNumber", "portOfLoading", "portOfDischarge"] as const;
const PACKAGE_KEYS = ["count", "packageType", "grossWeightKg", "netWeightKg", "lengthCm", "widthCm", "heightCm", "marks"] as const;
const PACKAGE_ROWS = 3;

function orderOf(request: Request): string {
  const orderId = new URL(request.url).searchParams.get("order") ?? "";
  if (!orderId) throw new Response(null, { status: 404 });
  return orderId;
}

/** The seller books a shipment of a confirmed order: what is left of each line, and its packages. */
export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const orderId = orderOf(args.request);
  const data = await gql.query<ShipmentFormQuery>(SHIPMENT_FORM, { orderId });
  if (!data.shippableLines) throw new Response(null, { status: 404 });
  const { locale } = gql;
  return json({
    orderId,
    lines: data.shippableLines.map((l) => ({ ...l, hsCode: formatHsCode(l.hsCode), leftText: formatNumber(l.left, locale), leftValue: String(l.left) })),
    packageTypes: data.packageTypes.map((p) => ({ value: p.code, label: `${p.code} · ${p.name}` })),
  });
}

type ActionData = { errors: UserError[]; values: Record<string, string> };

export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const orderId = orderOf(args.request);
  const form = await args.request.formData();
  const lineIds = form.getAll("lineId").filter((v): v is string => typeof v === "string");
  const names = [...TRANSPORT, ...lineIds.map((_, i) => `lines.${i}.quantity`), ...Array.from({ length: PACKAGE_ROWS }, (_, i) => PACKAGE_KEYS.map((k) => `packages.${i}.${k}`)).flat()];
  const values = valuesOf(form, names);
  const numbers = new NumberReader();
  const lines = lineIds.flatMap((orderLineId, i) => {
    const quantity = numbers.number(`lines.${i}.quantity`, values[`lines.${i}.quantity`] ?? "");
    return quantity ? [{ orderLineId, quantity }] : [];
  });
  const packages = rowsOf(form, "packages", PACKAGE_KEYS).map((row, i) => ({
    count: numbers.number(`packages.${i}.count`, row.count, { required: true, integer: true }),
    packageType: row.packageType,
    grossWeightKg: numbers.number(`packages.${i}.grossWeightKg`, row.grossWeightKg, { required: true }),
    netWeightKg: numbers.number(`packages.${i}.netWeightKg`, row.netWeightKg, { required: true }),
    lengthCm: numbers.number(`packages.${i}.lengthCm`, row.lengthCm, { required: true }),
    widthCm: numbers.number(`packages.${i}.widthCm`, row.widthCm, { required: true }),
    heightCm: numbers.number(`packages.${i}.heightCm`, row.heightCm, { required: true }),
    marks: row.marks.trim() || null,
  }));
  if (numbers.problems.length) {
    gql.formRejected();
    return json<ActionData>({ errors: problemErrors(numbers.problems, translatorFor(gql.locale)), values }, 400);
  }
  const optional = (name: (typeof TRANSPORT)[number]) => values[name]?.trim() || null;
  const { createShipment } = await gql.mutate<CreateShipmentMutation>(CREATE_SHIPMENT, {
    input: {
      orderId,
      mode: textOf(form, "mode"),
      carrierName: values.carrierName ?? "",
      bookingNumber: optional("bookingNumber"),
      trackingNumber: optional("trackingNumber"),
      vesselName: optional("vesselName"),
      voyageNumber: optional("voyageNumber"),
      flightNumber: optional("flightNumber"),
      portOfLoading: optional("portOfLoading")?.toUpperCase() ?? null,
      portOfDischarge: optional("portOfDischarge")?.toUpperCase() ?? null,
      packages,
      lines,
    },
  });
  if (createShipment.shipment) return redirect(`/shipments/${createShipment.shipment.id}`);
  return json<ActionData>({ errors: createShipment.userErrors, values }, 400);
}

export default function NewShipment() {
  const { t } = useTranslation();
  const { orderId, lines, packageTypes } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const fieldNames = [...TRANSPORT, "lines", "packages", ...lines.map((_, i) => `lines.${i}.quantity`), ...Array.from({ length: PACKAGE_ROWS }, (_, i) => PACKAGE_KEYS.map((k) => `packages.${i}.${k}`)).flat()];
  const errors = sortErrors(answer?.errors, fieldNames);
  const value = (name: string, fallback = "") => answer?.values[name] ?? fallback;
  const text = (name: string, extra: { hint?: string; dir?: string; inputMode?: "decimal" | "numeric" } = {}) => (
    <TextField name={name} label={t(`shipments.fields.${name.split(".").pop()}`)} defaultValue={value(name)} errors={errors.fields[name]} {...extra} />
  );
  const left = lines.filter((l) => l.left > 0);
  return (
    <div className="page new-shipment">
      <p>
        <Link to={`/orders/${orderId}`}>{t("shipments.backToOrder")}</Link>
      </p>
      <h1>{t("shipments.new.title")}</h1>
      {left.length ? (
        <Form method="post" className="stack" noValidate>
          <ErrorSummary errors={errors} />
          <FormErrors messages={errors.form} />
          <fieldset className="group">
            <legend>{t("shipments.new.transport")}</legend>
            <SelectField
              name="mode"
              label={t("shipments.fields.mode")}
              options={SHIPPING_MODES.map((m) => ({ value: m, label: t(`customs.mode.${m.toLowerCase()}`) }))}
              defaultValue={value("mode", "SEA")}
              errors={errors.fields.mode}
            />
            {text("carrierName")}
            <div className="row row-tight">
              {text("bookingNumber", { dir: "ltr" })}
              {text("trackingNumber", { dir: "ltr", hint: t("shipments.new.trackingHint") })}
            </div>
            <div className="row row-tight">
              {text("vesselName")}
              {text("voyageNumber", { dir: "ltr" })}
              {text("flightNumber", { dir: "ltr" })}
            </div>
            <div className="row row-tight">
              {text("portOfLoading", { dir: "ltr", hint: t("shipments.new.locodeHint") })}
              {text("portOfDischarge", { dir: "ltr", hint: t("shipments.new.locodeHint") })}
            </div>
          </fieldset>
          <fieldset className="group">
            <legend>{t("shipments.new.lines")}</legend>
            {errors.fields.lines ? <p className="field-error">{errors.fields.lines.join(" ")}</p> : null}
            {lines.map((l, i) => (
              <div key={l.orderLineId}>
                <input type="hidden" name="lineId" value={l.orderLineId} />
                <TextField
                  name={`lines.${i}.quantity`}
                  label={t("shipments.new.lineQuantity", { description: l.description, unit: l.unit })}
                  hint={t("shipments.new.lineLeft", { left: l.leftText, unit: l.unit, hs: l.hsCode })}
                  defaultValue={value(`lines.${i}.quantity`, l.leftValue)}
                  errors={errors.fields[`lines.${i}.quantity`]}
                  inputMode="decimal"
                />
              </div>
            ))}
          </fieldset>
          <fieldset className="group">
            <legend>{t("shipments.new.packages")}</legend>
            <p className="field-hint">{t("shipments.new.packagesHint")}</p>
            {errors.fields.packages ? <p className="field-error">{errors.fields.packages.join(" ")}</p> : null}
            {Array.from({ length: PACKAGE_ROWS }, (_, i) => (
              <div className="row row-line" key={i} role="group" aria-label={t("shipments.new.packageRow", { n: i + 1 })}>
                {text(`packages.${i}.count`, { inputMode: "numeric" })}
                <SelectField
                  name={`packages.${i}.packageType`}
                  label={t("shipments.fields.packageType")}
                  options={packageTypes}
                  defaultValue={value(`packages.${i}.packageType`)}
                  errors={errors.fields[`packages.${i}.packageType`]}
                  placeholder={t("listingForm.choose")}
                />
                {text(`packages.${i}.grossWeightKg`, { inputMode: "decimal" })}
                {text(`packages.${i}.netWeightKg`, { inputMode: "decimal" })}
                {text(`packages.${i}.lengthCm`, { inputMode: "decimal" })}
                {text(`packages.${i}.widthCm`, { inputMode: "decimal" })}
                {text(`packages.${i}.heightCm`, { inputMode: "decimal" })}
                {text(`packages.${i}.marks`)}
              </div>
            ))}
          </fieldset>
          <div className="actions">
            <button type="submit" className="button" disabled={busy}>
              {t("shipments.new.submit")}
            </button>
          </div>
        </Form>
      ) : (
        <p className="panel">{t("shipments.new.nothingLeft")}</p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
