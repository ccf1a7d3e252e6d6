import type { GraphQLFormattedError } from "graphql";
import type { Viewer } from "../graph/context.js";
import type { AvailableLocale } from "../locales/index.js";

export interface OperationResult<TData> {
  data?: TData | null;
  errors?: readonly GraphQLFormattedError[];
}

/** What server.ts hands every Remix loader and action: the API, in-process, as this request's viewer. */
export interface InProcessApi {
  locale: AvailableLocale;
  viewer: Viewer;
  execute<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<OperationResult<TData>>;
  /** Set-Cookie headers produced by mutations so far (sign-in, sign-out); the route adds them to its response. */
  takeCookies(): string[];
}

declare module "@remix-run/node" {
  interface AppLoadContext {
    caravan: InProcessApi;
    /** This response's Content-Security-Policy nonce: inline scripts without it do not run. */
    cspNonce: string;
  }
}
