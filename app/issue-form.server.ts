import type { DocumentKind, DocumentsOrderQuery } from "./__generated__/operations";
import type { Api } from "./graphql.server";
import { translatorFor } from "./locale.server";
import { ORDER_OF_SHIPMENT } from "./operations/documents";
import { NumberReader, problemErrors, textOf, type UserError } from "./utils/forms";
import { ISSUE_FIELDS, ORIGIN_FIELDS } from "./utils/issue-fields";

/** The shipment documents page's issue form, read once for issuing and for previewing. */

/** The digits after the decimal point of the invoice currency, from the API's decimal string ("1180.00" → 2). */
const exponentOf = (amount: string) => amount.split(".")[1]?.length ?? 0;

const empty = (text: string) => text.trim() || null;

export interface IssueForm {
  kind: DocumentKind;
  values: Record<string, string>;
  lineNos: string[];
  /** IssueDocumentInput, or null when the form's own numbers were refused (see errors). */
  input: Record<string, unknown> | null;
  errors: UserError[];
}

/** The issue form as IssueDocumentInput; numbers that are no numbers come back as field errors. */
export async function readIssueForm(gql: Api, form: FormData, shipmentId: string): Promise<IssueForm> {
  const kind = textOf(form, "kind") as DocumentKind;
  const values: Record<string, string> = Object.fromEntries(ISSUE_FIELDS.map((name) => [name, textOf(form, name)]));
  const lineNos = form.getAll("lineNo").map(String);
  for (const lineNo of lineNos) for (const name of ORIGIN_FIELDS) values[`origin.${lineNo}.${name}`] = textOf(form, `origin.${lineNo}.${name}`);

  const numbers = new NumberReader();
  const originals = numbers.number("originals", values.originals!, { integer: true });
  const valueSdr = numbers.number("valueSdrMinor", values.valueSdrMinor!);
  let origin: { lineNo: number; criterion: string; rvcPercent: number | null; fobValueMinor: number | null }[] | null = null;
  if (lineNos.length) {
    const { order } = await gql.query<DocumentsOrderQuery>(ORDER_OF_SHIPMENT, { id: textOf(form, "orderId") });
    const exponent = exponentOf(order?.goodsTotal.amount ?? "0.00");
    origin = lineNos.map((lineNo, index) => {
      const fob = numbers.number(`origin.${index}.fobValueMinor`, values[`origin.${lineNo}.fobValueMinor`]!);
      return {
        lineNo: Number(lineNo),
        criterion: values[`origin.${lineNo}.criterion`]!,
        rvcPercent: numbers.number(`origin.${index}.rvcPercent`, values[`origin.${lineNo}.rvcPercent`]!),
        fobValueMinor: fob === null ? null : Math.round(fob * 10 ** exponent),
      };
    });
  }
  if (numbers.problems.length) return { kind, values, lineNos, input: null, errors: placed(problemErrors(numbers.problems, translatorFor(gql.locale)), lineNos) };

  const input = {
    shipmentId,
    kind,
    signatoryTitle: values.signatoryTitle,
    place: empty(values.place!),
    secondLanguage: empty(values.secondLanguage!),
    correctionReason: empty(values.correctionReason!),
    billOfLadingType: empty(values.billOfLadingType!),
    toOrderOf: empty(values.toOrderOf!),
    originals,
    airlinePrefix: empty(values.airlinePrefix!),
    awbSerial: empty(values.awbSerial!),
    freightPayable: empty(values.freightPayable!),
    valueSdrMinor: valueSdr === null ? null : Math.round(valueSdr * 100),
    postalCategory: empty(values.postalCategory!),
    origin,
  };
  return { kind, values, lineNos, input, errors: [] };
}

/** The API's errors, each placed next to its field on the page. */
export function placed(errors: readonly UserError[], lineNos: readonly string[]): UserError[] {
  return errors.map((e) => ({ ...e, field: fieldOf(e, lineNos) }));
}

/**
 * The form field an API error belongs next to. The API names an origin row by its place in the list
 * (origin.0.rvcPercent), the form by the line it is for; and re-issuing a kind in force without a
 * reason is a conflict of the whole input for the API, but on this page the fix is the reason field.
 */
function fieldOf(error: UserError, lineNos: readonly string[]): string | null {
  const { field } = error;
  if (error.code === "DOCUMENT_ALREADY_ISSUED") return "correctionReason";
  const match = field && /^origin\.(\d+)\.(\w+)$/.exec(field);
  if (!match) return field;
  const lineNo = lineNos[Number(match[1])];
  return lineNo === undefined ? field : `origin.${lineNo}.${match[2]}`;
}

