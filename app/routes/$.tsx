import type { MetaFunction } from "@remix-run/node";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { pageMeta } from "../utils/meta";

/**
 * Any path no other route claims. Matching it (rather than no route at all) makes the root loader
 * run, so the 404 page is in the user's language and keeps the header.
 */
export function loader() {
  throw new Response(null, { status: 404 });
}

export const meta: MetaFunction = (args) => pageMeta(args, "error.notFound.title");

/** Never rendered (the loader always throws), but a default export makes this a page, not a resource route. */
export default function NotFound() {
  return null;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
