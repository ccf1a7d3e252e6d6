import { randomBytes } from "node:crypto";
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
export function securityHeaders(options: SecurityHeaderOptions): RequestHandler {
  const strict = helmet({
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
    xFrameOptions: { action: "deny" },
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    strictTransportSecurity: options.https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  const landingPage = helmet({ contentSecurityPolicy: false, strictTransportSecurity: options.https ? undefined : false });
  return (req, res, next) => {
    if (!options.production && req.method === "GET" && req.path === "/graphql") return landingPage(req, res, next);
    return strict(req, res, next);
  };
}
