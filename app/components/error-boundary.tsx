import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { useTranslation } from "react-i18next";

type ErrorKind = "forbidden" | "notFound" | "request" | "server";

function kindOf(status: number): ErrorKind {
  if (status === 403) return "forbidden";
  if (status === 404) return "notFound";
  return status < 500 ? "request" : "server";
}

/** The API's own words for a refusal (already in the user's language), when the route passed them on. */
function detailOf(data: unknown): string | null {
  if (typeof data !== "object" || data === null || !("message" in data)) return null;
  return typeof data.message === "string" ? data.message : null;
}

/**
 * What any route shows when its loader or action refuses or fails: a 403, 404 or 500 page in the
 * user's language, inside the normal layout so the header, navigation and language switcher still
 * work. Unexpected errors say only that something went wrong; their details stay in the server log.
 */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const kind = kindOf(status);
  const detail = isRouteErrorResponse(error) && status < 500 ? detailOf(error.data) : null;
  return (
    <section className="error-page" aria-labelledby="error-title">
      <p className="error-status">{t("error.status", { status })}</p>
      <h1 id="error-title">{t(`error.${kind}.title`)}</h1>
      <p>{t(`error.${kind}.body`)}</p>
      {detail ? <p className="error-detail">{detail}</p> : null}
      <p className="actions">
        <Link to="/" className="button">
          {t("error.home")}
        </Link>
      </p>
    </section>
  );
}
