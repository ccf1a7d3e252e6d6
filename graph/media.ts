import express, { type ErrorRequestHandler, type NextFunction, type Request, type Response, type Router } from "express";
import type { TFunction } from "i18next";
import type { Database } from "../db/database.js";
import { translatorFor } from "../locales/index.js";
import { AuthenticationFailed, contextFor, type RequestInfo } from "./api.js";
import type { GraphContext, SessionCookieSink } from "./context.js";
import { DomainError, notFound, UserInputProblems } from "./errors.js";
import { translateProblem } from "./shared/user-errors.js";
import { PHOTO_MAX_BYTES } from "./listings/photos.js";
import { addListingPhoto, getListingPhoto } from "./listings/service.js";

/** Media requests never start or end a session. */
const NO_COOKIES: SessionCookieSink = { set: () => undefined, clear: () => undefined };

const STATUS_OF: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
};

/** A browser form can send these cross-site without a preflight; a photo upload never uses them. */
const FORM_CONTENT_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)\b/i;

/** Errors in the same shape /graphql answers with, so one client handles both. */
function sendError(res: Response, t: TFunction, error: unknown): void {
  if (error instanceof UserInputProblems) {
    const userErrors = error.problems.map((p) => translateProblem(t, p));
    const codes = error.problems.map((p) => p.code);
    const status = codes.includes("PHOTO_TYPE") ? 415 : codes.includes("PHOTO_TOO_LARGE") ? 413 : 400;
    res.status(status).json({ errors: [{ message: userErrors.map((e) => e.message).join(" "), extensions: { code: "BAD_USER_INPUT", userErrors } }] });
    return;
  }
  if (error instanceof DomainError) {
    res.status(STATUS_OF[error.code] ?? 400).json({ errors: [{ message: t(`errors:${error.messageKey}`, error.params), extensions: { code: error.code, ...error.params } }] });
    return;
  }
  if (error instanceof AuthenticationFailed) {
    res.status(401).json({ errors: [{ message: error.message, extensions: { code: "UNAUTHENTICATED" } }] });
    return;
  }
  throw error;
}

/**
 * Listing photos over plain HTTP, for browsers and integrators alike: GET /media/photos/:id serves
 * the stored bytes; PUT or POST /media/listings/:listingId/photos takes one image as the raw
 * request body, authenticated like /graphql (session cookie or Bearer token).
 */
export function mediaRouter(database: Database, requestInfo: (req: Request) => RequestInfo): Router {
  const router = express.Router();

  /** Runs a handler with the caller's context; what it throws is answered as /graphql would. */
  const handle =
    (work: (ctx: GraphContext, info: RequestInfo, req: Request, res: Response) => Promise<void>) =>
    async (req: Request, res: Response, next: NextFunction) => {
      const info = requestInfo(req);
      let t = translatorFor(info.chosenLocale ?? "en");
      try {
        const ctx = await contextFor(database, info, NO_COOKIES);
        t = ctx.t;
        await work(ctx, info, req, res);
      } catch (error) {
        try {
          sendError(res, t, error);
        } catch (unexpected) {
          next(unexpected);
        }
      }
    };

  router.get(
    "/photos/:id",
    handle(async (ctx, _info, req, res) => {
      const width = Number(req.query.w);
      const photo = await getListingPhoto(ctx, req.params.id!, Number.isInteger(width) && width > 0 ? width : undefined);
      if (!photo) throw notFound("PHOTO_NOT_FOUND");
      const etag = `"${photo.sha256}"`;
      res.setHeader("ETag", etag);
      // A photo's bytes never change under its id; a photo of a listing that is not live must not sit in shared caches.
      res.setHeader("Cache-Control", photo.isPublic ? "public, max-age=86400" : "private, no-cache");
      res.setHeader("X-Content-Type-Options", "nosniff");
      if (req.headers["if-none-match"]?.split(/\s*,\s*/).includes(etag)) {
        res.status(304).end();
        return;
      }
      res.type(photo.contentType).send(Buffer.from(photo.bytes));
    }),
  );

  const upload = handle(async (ctx, info, req, res) => {
    const cookieOnly = !info.authorization && !!info.sessionToken;
    if (cookieOnly && FORM_CONTENT_TYPES.test(req.headers["content-type"] ?? "text/plain")) throw new DomainError("FORBIDDEN", "PHOTO_UPLOAD_CONTENT_TYPE");
    const body: unknown = req.body;
    const photo = await addListingPhoto(ctx, req.params.listingId!, Buffer.isBuffer(body) ? body : Buffer.alloc(0));
    res.status(201).json({ photo: { id: photo.id, url: photo.url, contentType: photo.contentType, byteSize: photo.byteSize } });
  });
  const raw = express.raw({ type: () => true, limit: PHOTO_MAX_BYTES });
  router.put("/listings/:listingId/photos", raw, upload);
  router.post("/listings/:listingId/photos", raw, upload);

  const tooLarge: ErrorRequestHandler = (error, req, res, next) => {
    if (error?.type !== "entity.too.large") {
      next(error);
      return;
    }
    const t = translatorFor(requestInfo(req).chosenLocale ?? "en");
    sendError(res, t, new UserInputProblems([{ field: "photo", code: "PHOTO_TOO_LARGE", params: { limit: PHOTO_MAX_BYTES / 1024 / 1024 } }]));
  };
  router.use(tooLarge);
  return router;
}
