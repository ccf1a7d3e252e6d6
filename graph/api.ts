import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { MapperKind, mapSchema } from "@graphql-tools/utils";
import { defaultFieldResolver, GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import type { Logger } from "pino";
import type { Database } from "../db/database.js";
import { acceptedLocale, DEFAULT_LOCALE, isAvailableLocale, negotiateLocale, translatorFor, type AvailableLocale } from "../locales/index.js";
import type { GraphContext, SessionCookieSink, Viewer } from "./context.js";
import { serviceContext } from "./runtime.js";
import { DomainError, UserInputProblems } from "./errors.js";
import { authenticate, preferredLocaleOf } from "./identity/service.js";
import { buildSchema } from "./schema.js";
import { translateProblem } from "./shared/user-errors.js";

export interface ApiOptions {
  production: boolean;
  logger?: Logger;
}

/** A refused sign-in attempt answers 429 with Retry-After, so clients and proxies back off. */
function httpExtension(error: DomainError) {
  if (error.code !== "RATE_LIMITED") return {};
  return { http: { status: 429, headers: new Map([["retry-after", String(error.params.seconds)]]) } };
}

/**
 * Every resolver's DomainError and UserInputProblems become GraphQL errors with a stable
 * `extensions.code` and a message in the caller's language. Done here, where the context is known.
 */
function withTranslatedErrors(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field) => {
      const resolve = field.resolve ?? defaultFieldResolver;
      return {
        ...field,
        resolve: async (source, args, ctx: GraphContext, info) => {
          try {
            return await resolve(source, args, ctx, info);
          } catch (error) {
            if (error instanceof DomainError) {
              throw new GraphQLError(ctx.t(`errors:${error.messageKey}`, error.params), {
                extensions: { code: error.code, ...error.params, ...httpExtension(error) },
              });
            }
            if (error instanceof UserInputProblems) {
              const userErrors = error.problems.map((p) => translateProblem(ctx.t, p));
              throw new GraphQLError(userErrors.map((e) => e.message).join(" "), {
                extensions: { code: "BAD_USER_INPUT", userErrors },
              });
            }
            throw error;
          }
        },
      };
    },
  });
}

/** Codes of requests that never ran because the client sent them wrong: their answer is a 4xx without a stack. */
const MALFORMED_REQUEST_CODES = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_REQUEST", "OPERATION_RESOLUTION_FAILURE", "PERSISTED_QUERY_NOT_SUPPORTED"]);
export const MAX_TOKENS = 2000;

/**
 * The API's limits on a request's shape. Limits are not echoed in errors: a prober learns that it was
 * refused, not where the line is. Fragments count as the fields they stand for, for depth and for
 * cost alike: the UI shares selections as fragments, and a spread must not cost more than the same
 * fields written out.
 */
export function apiArmor(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: 12, exposeLimits: false, flattenFragments: true, errorMessage: "Query is too deep." },
    maxAliases: { n: 15, exposeLimits: false, errorMessage: "Query uses too many aliases." },
    // Counted by graphql's own parser (parseOptions below): armor's token check throws where Apollo answers 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20, exposeLimits: false, errorMessage: "Query uses too many directives." },
    costLimit: { maxCost: 5000, flattenFragments: true, exposeLimits: false, errorMessage: "Query is too expensive." },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

export function createApollo(options: ApiOptions): ApolloServer<GraphContext> {
  const armor = apiArmor(options.production);

  return new ApolloServer<GraphContext>({
    schema: withTranslatedErrors(buildSchema()),
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false,
    // server.ts stops Apollo itself on SIGTERM, after the HTTP server has finished its requests.
    stopOnTerminationSignals: false,
    introspection: !options.production,
    includeStacktraceInErrorResponses: !options.production,
    csrfPrevention: true,
    parseOptions: { maxTokens: MAX_TOKENS },
    plugins: [...armor.plugins, ...(options.production ? [ApolloServerPluginLandingPageDisabled()] : [])],
    formatError: (formatted: GraphQLFormattedError, error: unknown) => {
      const code = formatted.extensions?.code;
      if (code === "INTERNAL_SERVER_ERROR" || code === undefined) {
        options.logger?.error({ err: error }, "graphql resolver failed");
        if (options.production) return { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } };
      }
      if (MALFORMED_REQUEST_CODES.has(String(code))) {
        const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
        // graphql's message and location would tell a prober exactly where the token limit lies.
        if (/contains more th\w+ \d+ tokens/.test(formatted.message)) return { message: "Syntax Error: Query is too long.", extensions };
        return { message: formatted.message, locations: formatted.locations, extensions };
      }
      return formatted;
    },
  });
}

export interface RequestInfo {
  sessionToken: string | null;
  authorization: string | null;
  acceptLanguage: string | null;
  /** A language the user picked explicitly (`?lng=` in the URL, else the `lng` cookie), ahead of the browser and their company. */
  chosenLocale: string | null;
  ip: string | null;
  userAgent: string | null;
}

export class AuthenticationFailed extends GraphQLError {
  constructor(locale: AvailableLocale) {
    super(translatorFor(locale)("errors:TOKEN_INVALID"), { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
  }
}

/** Builds the context of one request: who is calling, in which language, and where session cookies go. */
export async function contextFor(database: Database, request: RequestInfo, session: SessionCookieSink): Promise<GraphContext> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.authorization ?? "")?.[1] ?? null;
  const base = serviceContext(database, { request: { ip: request.ip, userAgent: request.userAgent } });
  const authenticated = await authenticate(base, { sessionToken: request.sessionToken, bearerToken: bearer });
  const fallbackLocale = isAvailableLocale(request.chosenLocale) ? request.chosenLocale : negotiateLocale(request.acceptLanguage);
  if ("error" in authenticated) throw new AuthenticationFailed(fallbackLocale);
  const viewer: Viewer = authenticated;
  // Explicit choices before guesses: the URL or the switcher, then the language saved in the user's
  // profile, then the browser's Accept-Language.
  const locale = isAvailableLocale(request.chosenLocale)
    ? request.chosenLocale
    : ((await preferredLocaleOf(base, viewer)) ?? acceptedLocale(request.acceptLanguage) ?? DEFAULT_LOCALE);
  return { ...serviceContext(database, { viewer, locale, request: base.request }), session };
}

