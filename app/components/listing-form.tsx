import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { CERTIFICATION_KINDS } from "../operations/listings";
import type { SortedErrors } from "../utils/forms";
import { LISTING_ROWS, type ListingFormValues, type ListingRowList, type ListingTextField } from "../utils/listing-form";
import { ErrorSummary, SelectField, TextAreaField, TextField } from "./fields";
import { HsCodeField } from "./hs-code-field";

export interface Option {
  value: string;
  label: string;
}

export interface ListingFormOptions {
  countries: Option[];
  currencies: Option[];
  units: Option[];
  incoterms: Option[];
  languages: Option[];
}

interface Props {
  values: ListingFormValues;
  errors: SortedErrors;
  options: ListingFormOptions;
  submitLabel: string;
  busy: boolean;
  /** Changes with each answer, so the form shows the values the server sent back. */
  version: string;
}

/**
 * Every field of a listing, named as the API names them so its userErrors land next to the field
 * they are about, also inside the repeated rows (price tiers, Incoterms, certifications,
 * translations). "Add a row" is a submit button: without JavaScript the server sends the form back
 * with one more empty row, with JavaScript the same happens without a page load.
 */
export function ListingForm({ values, errors, options, submitLabel, busy, version }: Props) {
  const { t } = useTranslation();
  const f = values.fields;
  const err = (name: string) => errors.fields[name];
  const text = (name: ListingTextField, extra: { hint?: string; required?: boolean; inputMode?: "decimal" | "numeric"; dir?: string; autoComplete?: string } = {}) => (
    <TextField name={name} label={t(`listingForm.fields.${name}`)} defaultValue={f[name]} errors={err(name)} {...extra} />
  );
  const select = (name: ListingTextField, choices: Option[], extra: { placeholder?: string; hint?: string } = {}) => (
    <SelectField name={name} label={t(`listingForm.fields.${name}`)} options={choices} defaultValue={f[name]} errors={err(name)} placeholder={extra.placeholder ?? t("listingForm.choose")} hint={extra.hint} />
  );

  return (
    <Form method="post" className="stack listing-form" noValidate key={version}>
      {/* The first submit button is what Enter in a text field presses: saving, not adding a row. */}
      <button type="submit" name="intent" value="save" className="visually-hidden" tabIndex={-1} aria-hidden="true">
        {submitLabel}
      </button>
      <ErrorSummary errors={errors} />

      <fieldset className="group">
        <legend>{t("listingForm.goods")}</legend>
        {text("title", { required: true })}
        <TextAreaField name="description" label={t("listingForm.fields.description")} defaultValue={f.description} errors={err("description")} rows={4} required />
        <div className="row">
          {select("locale", options.languages, { hint: t("listingForm.localeHint"), placeholder: t("listingForm.companyLanguage") })}
          {text("externalRef", { hint: t("listingForm.externalRefHint") })}
        </div>
        <div className="row">
          <HsCodeField name="hsCode" label={t("listingForm.fields.hsCode")} hint={t("listingForm.hsCodeHint")} defaultValue={f.hsCode} errors={err("hsCode")} initialHint={null} />
          {select("originCountry", options.countries)}
        </div>
      </fieldset>

      <fieldset className="group">
        <legend>{t("listingForm.quantities")}</legend>
        <div className="row">
          {select("unit", options.units)}
          {select("currency", options.currencies)}
        </div>
        <div className="row">
          {text("moq", { required: true, inputMode: "decimal", hint: t("listingForm.moqHint") })}
          {text("availableQuantity", { required: true, inputMode: "decimal" })}
          {text("leadTimeDays", { required: true, inputMode: "numeric", hint: t("listingForm.leadTimeHint") })}
        </div>
        <Rows list="priceTiers" values={values} errors={errors} legend={t("listingForm.priceTiers")} hint={t("listingForm.priceTiersHint")}>
          {(row, i) => (
            <>
              <TextField name={`priceTiers.${i}.minQuantity`} label={t("listingForm.tier.minQuantity", { n: i + 1 })} defaultValue={row.minQuantity} errors={err(`priceTiers.${i}.minQuantity`)} inputMode="decimal" />
              <TextField name={`priceTiers.${i}.unitPrice`} label={t("listingForm.tier.unitPrice", { n: i + 1 })} defaultValue={row.unitPrice} errors={err(`priceTiers.${i}.unitPrice`)} inputMode="decimal" />
            </>
          )}
        </Rows>
      </fieldset>

      <fieldset className="group">
        <legend>{t("listingForm.delivery")}</legend>
        {text("shipFromPort", { hint: t("listingForm.shipFromPortHint"), dir: "ltr" })}
        <Rows list="incoterms" values={values} errors={errors} legend={t("listingForm.incoterms")} hint={t("listingForm.incotermsHint")}>
          {(row, i) => (
            <>
              <SelectField name={`incoterms.${i}.code`} label={t("listingForm.incoterm.code", { n: i + 1 })} options={options.incoterms} defaultValue={row.code} errors={err(`incoterms.${i}.code`)} placeholder={t("listingForm.choose")} />
              <TextField name={`incoterms.${i}.namedPlace`} label={t("listingForm.incoterm.namedPlace", { n: i + 1 })} defaultValue={row.namedPlace} errors={err(`incoterms.${i}.namedPlace`)} />
            </>
          )}
        </Rows>
      </fieldset>

      <fieldset className="group">
        <legend>{t("listingForm.packing")}</legend>
        <div className="row">
          {text("netWeightKg", { inputMode: "decimal" })}
          {text("grossWeightKg", { inputMode: "decimal" })}
          {text("volumeM3", { inputMode: "decimal" })}
        </div>
        {text("packaging")}
      </fieldset>

      <fieldset className="group">
        <legend>{t("listingForm.certifications")}</legend>
        <Rows list="certifications" values={values} errors={errors} legend={t("listingForm.certifications")} hint={t("listingForm.certificationsHint")}>
          {(row, i) => (
            <>
              <SelectField
                name={`certifications.${i}.kind`}
                label={t("listingForm.certification.kind", { n: i + 1 })}
                options={CERTIFICATION_KINDS.map((kind) => ({ value: kind, label: t(`certifications.${kind}`) }))}
                defaultValue={row.kind}
                errors={err(`certifications.${i}.kind`)}
                placeholder={t("listingForm.choose")}
              />
              <TextField name={`certifications.${i}.reference`} label={t("listingForm.certification.reference", { n: i + 1 })} defaultValue={row.reference} errors={err(`certifications.${i}.reference`)} />
            </>
          )}
        </Rows>
      </fieldset>

      <fieldset className="group">
        <legend>{t("listingForm.translations")}</legend>
        <Rows list="translations" values={values} errors={errors} legend={t("listingForm.translations")} hint={t("listingForm.translationsHint")}>
          {(row, i) => (
            <>
              <SelectField name={`translations.${i}.locale`} label={t("listingForm.translation.locale", { n: i + 1 })} options={options.languages} defaultValue={row.locale} errors={err(`translations.${i}.locale`)} placeholder={t("listingForm.choose")} />
              <TextField name={`translations.${i}.title`} label={t("listingForm.translation.title", { n: i + 1 })} defaultValue={row.title} errors={err(`translations.${i}.title`)} />
              <TextAreaField name={`translations.${i}.description`} label={t("listingForm.translation.description", { n: i + 1 })} defaultValue={row.description} errors={err(`translations.${i}.description`)} rows={2} />
            </>
          )}
        </Rows>
      </fieldset>

      <button type="submit" name="intent" value="save" className="button" disabled={busy}>
        {submitLabel}
      </button>
    </Form>
  );
}

interface RowsProps<L extends ListingRowList> {
  list: L;
  values: ListingFormValues;
  errors: SortedErrors;
  legend: string;
  hint: string;
  children: (row: ListingFormValues[L][number], index: number) => ReactNode;
}

/** The filled rows of one list, then the spare empty ones, then the button that adds another. */
function Rows<L extends ListingRowList>({ list, values, errors, legend, hint, children }: RowsProps<L>) {
  const { t } = useTranslation();
  const filled = values[list] as ListingFormValues[L][number][];
  const blank = Object.fromEntries(LISTING_ROWS[list].map((key) => [key, ""])) as ListingFormValues[L][number];
  const rows = [...filled, ...Array.from({ length: values.spare[list] }, () => blank)];
  const listErrors = errors.fields[list];
  return (
    <div className="rows" role="group" aria-label={legend} aria-describedby={`${list}-hint${listErrors ? ` ${list}-error` : ""}`}>
      <p id={`${list}-hint`} className="field-hint">
        {hint}
      </p>
      {listErrors ? (
        <p id={`${list}-error`} className="field-error">
          {listErrors.join(" ")}
        </p>
      ) : null}
      <input type="hidden" name={`${list}.shown`} value={rows.length} />
      {rows.map((row, i) => (
        <div className="row row-line" key={i} data-row={`${list}.${i}`}>
          {children(row, i)}
        </div>
      ))}
      <button type="submit" name="intent" value={`addRow:${list}`} className="button-small" formNoValidate>
        {t("listingForm.addRow", { list: legend })}
      </button>
    </div>
  );
}
