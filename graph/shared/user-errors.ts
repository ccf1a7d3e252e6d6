import type { TFunction } from "i18next";
import { DomainError, UserInputProblems, type FieldProblem } from "../errors.js";

export interface UserError {
  field: string | null;
  code: string;
  message: string;
}

export function translateProblem(t: TFunction, p: FieldProblem): UserError {
  return { field: p.field, code: p.code, message: t(`errors:${p.code}`, { ...p.params, defaultValue: t("errors:INVALID") }) };
}

/**
 * Runs a mutation and turns what the user can fix into `userErrors` in the viewer's language.
 * Business-rule conflicts (CONFLICT) are fixable too; authorisation and lookups stay GraphQL errors.
 */
export async function withUserErrors<T extends object>(
  t: TFunction,
  work: () => Promise<T>,
): Promise<(T & { userErrors: UserError[] }) | { userErrors: UserError[] }> {
  try {
    return { ...(await work()), userErrors: [] };
  } catch (error) {
    if (error instanceof UserInputProblems) return { userErrors: error.problems.map((p) => translateProblem(t, p)) };
    if (error instanceof DomainError && error.code === "CONFLICT") {
      return { userErrors: [translateProblem(t, { field: null, code: error.messageKey, params: error.params })] };
    }
    throw error;
  }
}
