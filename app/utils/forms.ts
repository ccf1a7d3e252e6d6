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

/** What a form cannot send to the API as it stands (a number that is not one), found before the call. */
export interface FormProblem {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

/**
 * A decimal typed by a person, in the form the API reads ("1250.5"): spaces and thousands
 * separators go, and a lone comma is a decimal comma ("1250,50"). Text that is no number comes
 * back as typed, for the API to explain.
 */
export function normalizeDecimal(text: string): string {
  let value = text.trim().replace(/[\s\u00a0\u202f_']/g, "");
  if (value.includes(",") && value.includes(".")) value = value.replace(/,/g, "");
  else if ((value.match(/,/g) ?? []).length === 1) value = value.replace(",", ".");
  return value;
}

/** A number field: null when left empty, NaN when it is not a number. */
export function parseNumber(text: string): number | null {
  const value = normalizeDecimal(text);
  if (!value) return null;
  return /^-?(\d+(\.\d*)?|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
}

/**
 * Reads the numbers of a form for a GraphQL input, collecting what cannot go to the API (GraphQL
 * would refuse the whole operation for a Float that is "abc").
 */
export class NumberReader {
  readonly problems: FormProblem[] = [];

  number(field: string, text: string, options: { required?: boolean; integer?: boolean } = {}): number | null {
    const value = parseNumber(text);
    if (value === null) {
      if (options.required) this.problems.push({ field, code: "REQUIRED" });
      return null;
    }
    if (Number.isNaN(value) || (options.integer && !Number.isInteger(value))) {
      this.problems.push({ field, code: "NUMBER_INVALID" });
      return null;
    }
    return value;
  }
}

/** A variable GraphQL could not read, as graphql-js 16 words it, with where in the input it was. */
const COERCION = /^Variable "\$(\w+)" (?:got invalid value (.*?)(?: at "([^"]+)")?; ([\s\S]*)|of required type "[^"]+" was not provided\.|of non-null type "[^"]+" must not be null\.)$/;
const NOT_PROVIDED = /^Field "(\w+)" of required type "[^"]+" was not provided/;

/** Which code explains a value of this scalar that GraphQL refused. */
function codeForDetail(detail: string): string {
  if (/^(Int|Float) cannot represent/.test(detail)) return "NUMBER_INVALID";
  if (/Expected type "DateTime/.test(detail) || /DateTime cannot represent/.test(detail)) return "DATETIME_INVALID";
  if (/Expected type "Date/.test(detail) || /Date cannot represent/.test(detail)) return "DATE_INVALID";
  return "INVALID";
}

/**
 * The form fields behind GraphQL's variable-coercion errors ("Variable "$input" got invalid value ""
 * at "input.neededBy""): every form of the app names its fields like the input paths, so the path
 * minus the variable (`$input`, `$filter`) is the field, with list positions as `priceTiers.0.minQuantity`.
 * An empty value is a missing one. Null when some error is not about a variable at all.
 */
export function coercionProblems(messages: readonly string[]): FormProblem[] | null {
  const problems: FormProblem[] = [];
  for (const message of messages) {
    const match = COERCION.exec(message);
    if (!match) return null;
    const [, variable, value, at, detail = ""] = match;
    const path = (at ?? variable!).replace(/\[(\d+)\]/g, ".$1").split(".");
    const missing = NOT_PROVIDED.exec(detail);
    if (missing) path.push(missing[1]!);
    // The variable is the form (`$input`, a search's `$filter`); what is inside it is the field.
    if (path.length > 1) path.shift();
    const empty = value === undefined || value === '""' || value === "null" || Boolean(missing);
    problems.push({ field: path.join("."), code: empty ? "REQUIRED" : codeForDetail(detail) });
  }
  return problems;
}

/** Problems found in the form, in the user's language, shaped like the API's userErrors. */
export function problemErrors(problems: readonly FormProblem[], t: (key: string, params?: Record<string, unknown>) => string): UserError[] {
  return problems.map((p) => ({ field: p.field, code: p.code, message: t(`errors:${p.code}`, p.params) }));
}

/**
 * The filled-in rows of a repeated group of fields named like the API's input paths
 * (`priceTiers.0.minQuantity`), in order. Empty rows are dropped, so the rows sent to the API, and
 * the field paths its userErrors name, are numbered as the page shows them afterwards.
 */
export function rowsOf<K extends string>(form: FormData, list: string, keys: readonly K[]): Record<K, string>[] {
  const rows = new Map<number, Record<K, string>>();
  const pattern = new RegExp(`^${list.replace(/\./g, "\\.")}\\.(\\d+)\\.(\\w+)$`);
  for (const [name, value] of form.entries()) {
    const match = pattern.exec(name);
    if (!match || typeof value !== "string" || !keys.includes(match[2] as K)) continue;
    const index = Number(match[1]);
    const row = rows.get(index) ?? (Object.fromEntries(keys.map((k) => [k, ""])) as Record<K, string>);
    row[match[2] as K] = value;
    rows.set(index, row);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row)
    .filter((row) => keys.some((k) => row[k].trim() !== ""));
}
