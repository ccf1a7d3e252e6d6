import { MaxPartSizeExceededError, unstable_createMemoryUploadHandler, unstable_parseMultipartFormData } from "@remix-run/node";
import { PHOTO_MAX_BYTES } from "../graph/listings/photos.js";
import type { UserError } from "./utils/forms";

/** The media endpoint's own limit: a bigger upload is refused before the page reads it whole. */
export const PHOTO_LIMIT_BYTES = PHOTO_MAX_BYTES;

export function isMultipart(request: Request): boolean {
  return /^multipart\/form-data\b/i.test(request.headers.get("content-type") ?? "");
}

/**
 * A multipart form with files held in memory up to `maxBytes` each; null when a file is larger.
 * Text fields come through as usual.
 */
export async function readMultipart(request: Request, maxBytes: number): Promise<FormData | null> {
  try {
    return await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize: maxBytes }));
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return null;
    throw error;
  }
}

interface MediaErrorBody {
  errors?: { message: string; extensions?: { code?: string; userErrors?: UserError[] } }[];
}

/**
 * The no-JavaScript way to add a photo: the browser posts a multipart form to the page, and the
 * page hands the bytes on to the media endpoint (PUT /media/listings/:id/photos) as the signed-in
 * user, the same request a script makes. Answers the endpoint's errors as userErrors on `photo`.
 */
export async function forwardPhoto(request: Request, listingId: string, file: Blob): Promise<UserError[]> {
  const response = await fetch(new URL(`/media/listings/${encodeURIComponent(listingId)}/photos`, request.url), {
    method: "PUT",
    headers: {
      cookie: request.headers.get("cookie") ?? "",
      // The endpoint reads the image type from the bytes; a form's content type would be refused.
      "content-type": "application/octet-stream",
    },
    body: new Uint8Array(await file.arrayBuffer()),
  });
  if (response.ok) return [];
  const body = (await response.json().catch(() => ({}))) as MediaErrorBody;
  const error = body.errors?.[0];
  if (error?.extensions?.userErrors?.length) return error.extensions.userErrors.map((e) => ({ ...e, field: "photo" }));
  return [{ field: "photo", code: error?.extensions?.code ?? "INTERNAL_SERVER_ERROR", message: error?.message ?? response.statusText }];
}
