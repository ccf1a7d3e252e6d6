import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { RequestHandler } from "express";
import helmet from "helmet";

export interface SecurityHeaderOptions {
  /** HSTS and upgrade-insecure-requests only make sense when users reach Caravan over https. */
  https: boolean;
  /** Apollo's development landing page on GET /graphql loads its own scripts; production has none. */
  production: boolean;
}

/** A fresh nonce per response: only the scripts Remix renders with it may run inline. */
export const cspNonce: RequestHandler = (_req, res, next) => {
  res.locals.cspNonce = randomBytes(16).toString("base64");
  next();
};

/**
 * The browser's half of the defence: scripts only from us or with this response's nonce, no framing
 * by any other site (clickjacking the sign-in or accept-quote pages), no MIME sniffing, no referrer
 * leaking paths to other origins, and HSTS once the site is served over https.
 * Style attributes stay allowed (the charts set widths with them); they cannot run script.
 */
export function securityHeaders(options: Pick<SecurityHeaderOptions, "https">): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", (_req, res) => `'nonce-${(res as unknown as { locals: { cspNonce: string } }).locals.cspNonce}'`],
        styleSrc: ["'self'"],
        styleSrcAttr: ["'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: options.https ? [] : null,
      },
    },
    ...beyondThePolicy(options.https),
  });
}

/** No framing, no MIME sniffing (helmet's default), no referrer to other origins, HSTS over https. */
function beyondThePolicy(https: boolean) {
  return {
    xFrameOptions: { action: "deny" as const },
    referrerPolicy: { policy: "strict-origin-when-cross-origin" as const },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : (false as const),
    crossOriginEmbedderPolicy: false,
  };
}

/** What helmet would set on a response, read once: headers that depend on neither request nor response. */
function fixedHeaders(middleware: RequestHandler): ReadonlyMap<string, string> {
  const headers = new Map<string, string>();
  const capture = {
    setHeader: (name: string, value: unknown) => headers.set(name.toLowerCase(), String(value)),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
  };
  middleware({} as never, capture as never, () => undefined);
  return headers;
}

/**
 * The API's answers are JSON, which no browser runs: their policy allows nothing at all (OWASP's
 * advice for APIs), and being the same for every answer it is computed once, not per request.
 * Apollo's development landing page on GET /graphql loads its own scripts, so it goes without one.
 */
export function apiSecurityHeaders(options: SecurityHeaderOptions): (req: IncomingMessage) => ReadonlyMap<string, string> {
  const common = beyondThePolicy(options.https);
  const api = fixedHeaders(
    helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } } }),
  );
  const landingPage = fixedHeaders(helmet({ ...common, contentSecurityPolicy: false }));
  return (req) => (!options.production && req.method === "GET" ? landingPage : api);
}
