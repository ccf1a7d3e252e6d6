/** What a mutation says the user can fix; `message` is already in the user's language. */
export interface UserError {
  field: string | null;
  code: string;
  message: string;
}

export interface SortedErrors {
  /** Messages per form field, shown next to it. */
  fields: Record<string, string[]>;
  /** Messages about the whole form, or about fields this form does not show. */
  form: string[];
}

/**
 * Splits userErrors between the fields a form shows and the form as a whole, so no message is
 * lost when the API names a field the page has no input for.
 */
export function sortErrors(errors: readonly UserError[] | null | undefined, shownFields: readonly string[]): SortedErrors {
  const sorted: SortedErrors = { fields: {}, form: [] };
  for (const error of errors ?? []) {
    if (error.field && shownFields.includes(error.field)) (sorted.fields[error.field] ??= []).push(error.message);
    else sorted.form.push(error.message);
  }
  return sorted;
}

/** A text field of a submitted form; absent or a file counts as empty. */
export function textOf(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** The submitted text fields, to put back into a form the server answered with errors (no JavaScript). */
export function valuesOf(form: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, textOf(form, name)]));
}

/** Only same-site paths: `?redirectTo=https://evil.example` or `//evil.example` goes to the fallback instead. */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  return to;
}
