import type { ProblemBody } from "./graphql.server";
import type { DocumentFileAnswer } from "./operations/documents";

/**
 * A document file as a download. Trade documents name prices and parties: no shared cache keeps
 * them, and the browser saves them instead of rendering them in the page (helmet, in
 * http/security-headers.ts, already sends nosniff with every response, so it is not repeated here).
 */
export function downloadResponse(file: DocumentFileAnswer): Response {
  const bytes = Buffer.from(file.base64, "base64");
  return new Response(bytes, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(bytes.length),
      "Content-Disposition": `attachment; filename="${file.filename.replace(/[^\w.-]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "Cache-Control": "private, no-store",
    },
  });
}

/**
 * Runs a download. A refusal (403, 404) comes back as the API worded it in the viewer's language, as
 * plain text a browser shows when someone follows a link they may not; a sign-in redirect passes.
 */
export async function download(load: () => Promise<DocumentFileAnswer>): Promise<Response> {
  try {
    return downloadResponse(await load());
  } catch (thrown) {
    if (thrown instanceof Response && thrown.status >= 400) {
      const problem = (await thrown.clone().json().catch(() => null)) as ProblemBody | null;
      return new Response(problem?.message ?? thrown.statusText, {
        status: thrown.status,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
      });
    }
    throw thrown;
  }
}
