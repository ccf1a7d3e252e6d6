/**
 * Errors the business layer raises. Codes are stable API; messages are i18n keys under
 * `errors:` and are translated into the viewer's language at the API edge.
 */
export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "BAD_USER_INPUT"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "PAYLOAD_TOO_LARGE"
  | "INTERNAL_SERVER_ERROR";

export type MessageParams = Record<string, string | number>;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
    readonly params: MessageParams = {},
  ) {
    super(messageKey);
    this.name = "DomainError";
  }
}

export const unauthenticated = () => new DomainError("UNAUTHENTICATED", "UNAUTHENTICATED");
export const forbidden = (key = "FORBIDDEN") => new DomainError("FORBIDDEN", key);
export const notFound = (key = "NOT_FOUND") => new DomainError("NOT_FOUND", key);
export const conflict = (key: string, params?: MessageParams) => new DomainError("CONFLICT", key, params);
export const rateLimited = (retryAfterSeconds: number) =>
  new DomainError("RATE_LIMITED", "RATE_LIMITED", { seconds: retryAfterSeconds });

/** Something the user can fix: `field` is the input path (`organisation.country`), `code` a stable key. */
export interface FieldProblem {
  field: string | null;
  code: string;
  params?: MessageParams;
}

export class UserInputProblems extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => `${p.field ?? "-"}:${p.code}`).join(", "));
    this.name = "UserInputProblems";
  }
}

export function problem(field: string | null, code: string, params?: MessageParams): UserInputProblems {
  return new UserInputProblems([{ field, code, params }]);
}
