import { json, redirect, type AppLoadContext } from "@remix-run/node";
import { Kind, parse, type GraphQLFormattedError, type OperationDefinitionNode } from "graphql";
import type { OperationResult } from "./load-context";
import { translatorFor } from "./locale.server";
import { coercionProblems, problemErrors, type UserError } from "./utils/forms";

/** A GraphQL error the route chose to handle itself (say RATE_LIMITED on sign-in) instead of failing the page. */
export interface ApiProblem {
  code: string;
  message: string;
  /** For BAD_USER_INPUT on a query (search filters, quote weights): which argument, and why. */
  userErrors: UserError[];
}

export type Attempt<TData> = { data: TData; problem: null } | { data: null; problem: ApiProblem };

/** Body of the Responses thrown for FORBIDDEN, NOT_FOUND and friends; error boundaries show `message`. */
export interface ProblemBody {
  code: string;
  message: string;
}

/** The HTTP status a route answers with when the API refuses with this code. */
const STATUS_OF: Record<string, number> = {
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
};

function codeOf(error: GraphQLFormattedError): string {
  const code = error.extensions?.code;
  return typeof code === "string" ? code : "INTERNAL_SERVER_ERROR";
}

function userErrorsOf(error: GraphQLFormattedError): UserError[] {
  const list = error.extensions?.userErrors;
  return Array.isArray(list) ? (list as UserError[]) : [];
}

/** Requests (their in-process API, made once per request) whose action answered a form with errors. */
const REJECTED_FORMS = new WeakSet<object>();

/** The names (or aliases) under which a mutation answers: one payload per root field. */
function rootFieldsOf(document: string): string[] {
  const operation = parse(document).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return (operation?.selectionSet.selections ?? []).flatMap((s) => (s.kind === Kind.FIELD ? [s.alias?.value ?? s.name.value] : []));
}

function signInUrl(request: Request): string {
  const url = new URL(request.url);
  const back = url.pathname + url.search;
  return back === "/" ? "/sign-in" : `/sign-in?${new URLSearchParams({ redirectTo: back })}`;
}

/**
 * The routes' one door to data: GraphQL documents run in-process as this request's viewer. Refusals
 * become what a browser understands: UNAUTHENTICATED a trip to sign-in, FORBIDDEN a 403 page,
 * NOT_FOUND a 404 page; anything unexpected an Error (a 500 page, logged, without details).
 */
export class Api {
  constructor(
    private readonly context: AppLoadContext,
    private readonly request: Request,
  ) {}

  get locale() {
    return this.context.caravan.locale;
  }

  /** Pages for people send anyone else to sign in, and back to the page afterwards. */
  requireSignedIn(): void {
    if (this.context.caravan.viewer.kind !== "user") throw redirect(signInUrl(this.request));
  }

  async query<TData>(document: string, variables?: Record<string, unknown>): Promise<TData> {
    const result = await this.attempt<TData>(document, variables, []);
    return result.data as TData;
  }

  /**
   * A form's mutation. Whatever GraphQL refuses before the resolver runs (a date that is "", a
   * number that is "abc") and input problems a resolver throws come back the way a mutation's own
   * refusals do: as the payload's userErrors, named by field and in the user's language, so the
   * route shows them next to the fields with the values typed, never an error page.
   */
  async mutate<TData>(document: string, variables?: Record<string, unknown>): Promise<TData> {
    const result = await this.context.caravan.execute<TData>(document, variables);
    const errors = result.errors ?? [];
    if (errors.length && errors.every((e) => codeOf(e) === "BAD_USER_INPUT")) {
      const userErrors = this.coercionErrors(errors) ?? errors.flatMap(userErrorsOf);
      if (userErrors.length) {
        this.formRejected();
        return Object.fromEntries(rootFieldsOf(document).map((field) => [field, { userErrors }])) as TData;
      }
    }
    const data = this.settle(result, []).data as TData;
    if (Object.values(data as Record<string, { userErrors?: unknown[] } | null>).some((payload) => payload?.userErrors?.length)) this.formRejected();
    return data;
  }

  /** GraphQL's refusals of the variables themselves (a date that is "", an unknown code), as field errors in the user's language. */
  private coercionErrors(errors: readonly GraphQLFormattedError[]): UserError[] | null {
    const problems = coercionProblems(errors.map((e) => e.message));
    return problems ? problemErrors(problems, translatorFor(this.locale)) : null;
  }

  /**
   * This request answers a form with errors: the page's title says "Error:" (GOV.UK's pattern), also
   * when the browser posted the form itself and the page is rendered from scratch.
   */
  formRejected(): void {
    REJECTED_FORMS.add(this.context.caravan);
  }

  get hasRejectedForm(): boolean {
    return REJECTED_FORMS.has(this.context.caravan);
  }

  /** Like query, but the listed error codes come back as a `problem` for the route to show in its form. */
  async attempt<TData>(document: string, variables: Record<string, unknown> | undefined, handled: readonly string[]): Promise<Attempt<TData>> {
    return this.settle(await this.context.caravan.execute<TData>(document, variables), handled);
  }

  private settle<TData>(result: OperationResult<TData>, handled: readonly string[]): Attempt<TData> {
    const error = result.errors?.[0];
    if (!error) {
      if (!result.data) throw new Error("GraphQL answered with neither data nor errors");
      return { data: result.data, problem: null };
    }
    const code = codeOf(error);
    if (handled.includes(code)) return { data: null, problem: { code, message: error.message, userErrors: this.coercionErrors(result.errors!) ?? userErrorsOf(error) } };
    if (code === "UNAUTHENTICATED") throw this.redirect(signInUrl(this.request));
    const status = STATUS_OF[code];
    if (status) throw json<ProblemBody>({ code, message: error.message }, { status, headers: this.cookieHeaders() });
    throw new Error(`GraphQL operation failed with ${code}: ${error.message}`);
  }

  /** Set-Cookie headers from sign-in, sign-up and sign-out; each is handed out once. */
  cookieHeaders(init?: HeadersInit): Headers {
    const headers = new Headers(init);
    for (const setCookie of this.context.caravan.takeCookies()) headers.append("Set-Cookie", setCookie);
    return headers;
  }

  redirect(url: string, init?: ResponseInit): Response {
    return redirect(url, { ...init, headers: this.cookieHeaders(init?.headers) });
  }

  json<T>(data: T, init?: ResponseInit) {
    return json<T>(data, { ...init, headers: this.cookieHeaders(init?.headers) });
  }
}

export function api({ context, request }: { context: AppLoadContext; request: Request }): Api {
  return new Api(context, request);
}
