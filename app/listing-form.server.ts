import { json } from "@remix-run/node";
import type { ListingFormReferenceQuery, ListingPayloadFieldsFragment } from "./__generated__/operations";
import type { Api } from "./graphql.server";
import { allLanguages, translatorFor } from "./locale.server";
import type { ListingFormOptions } from "./components/listing-form";
import { LISTING_FORM_REFERENCE } from "./operations/listings";
import { problemErrors, textOf, type UserError } from "./utils/forms";
import { isRowList, listingInput, listingValuesFromForm, type ListingFormValues } from "./utils/listing-form";

/** The choices of the listing form, named in the viewer's language. */
export async function listingFormOptions(gql: Api): Promise<ListingFormOptions> {
  const reference = await gql.query<ListingFormReferenceQuery>(LISTING_FORM_REFERENCE);
  return {
    countries: reference.countries.map((c) => ({ value: c.code, label: c.name })),
    currencies: reference.currencies.map((c) => ({ value: c.code, label: `${c.code} · ${c.name}` })),
    units: reference.unitsOfMeasure.map((u) => ({ value: u.code, label: `${u.name} (${u.symbol})` })),
    incoterms: reference.incoterms.map((i) => ({ value: i.code, label: `${i.code} · ${i.name}` })),
    languages: allLanguages().map((l) => ({ value: l.code, label: l.name })),
  };
}

export interface ListingFormAnswer {
  intent: "save";
  values: ListingFormValues;
  errors: UserError[];
  version: string;
}

/**
 * Answers the listing form's own buttons: "add a row" sends the form back with another empty row;
 * "save" runs `save` with the input, or sends the form back with what is wrong. Returns null for
 * any other intent, which the route handles itself.
 */
export async function answerListingForm(
  gql: Api,
  form: FormData,
  mode: "create" | "update",
  save: (input: Record<string, unknown>) => Promise<ListingPayloadFieldsFragment>,
  onSaved: (listing: NonNullable<ListingPayloadFieldsFragment["listing"]>) => Response,
): Promise<Response | null> {
  const intent = textOf(form, "intent") || "save";
  const values = listingValuesFromForm(form);
  const version = crypto.randomUUID();
  if (intent.startsWith("addRow:")) {
    const list = intent.slice("addRow:".length);
    if (isRowList(list)) values.spare[list] += 1;
    return json<ListingFormAnswer>({ intent: "save", values, errors: [], version });
  }
  if (intent !== "save") return null;
  const { input, problems } = listingInput(values, mode);
  if (problems.length) {
    gql.formRejected();
    return json<ListingFormAnswer>({ intent: "save", values, errors: problemErrors(problems, translatorFor(gql.locale)), version }, 400);
  }
  const payload = await save(input);
  if (payload.userErrors.length || !payload.listing) {
    return json<ListingFormAnswer>({ intent: "save", values, errors: payload.userErrors, version }, 400);
  }
  return onSaved(payload.listing);
}
