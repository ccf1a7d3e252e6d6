import { DomainError, UserInputProblems } from "../../graph/errors.js";

/** What a call threw; null when it succeeded. */
export async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

/** What a call that must fail threw; its success fails the test. */
async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => error,
  );
}

/** The field and code of each problem a call refused its input for. */
export async function problemsOf(promise: Promise<unknown>): Promise<{ field: string | null; code: string }[]> {
  const error = await failureOf(promise);
  if (!(error instanceof UserInputProblems)) throw error;
  return error.problems.map(({ field, code }) => ({ field, code }));
}

/** The code and message key of the domain error a call failed with. */
export async function codeOf(promise: Promise<unknown>): Promise<{ code: string; key: string }> {
  const error = await failureOf(promise);
  if (!(error instanceof DomainError)) throw error;
  return { code: error.code, key: error.messageKey };
}
