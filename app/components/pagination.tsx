import { Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/**
 * Relay cursor pages: a link to the next page keeps every other parameter in the URL (filters,
 * sort) and sets `after`; "first page" drops it. Plain links, so paging works without JavaScript.
 */
export function Pagination({ nextCursor, label }: { nextCursor: string | null; label: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  const onFirstPage = !params.has("after");
  params.delete("after");
  const first = params.toString();
  if (nextCursor) params.set("after", nextCursor);
  if (onFirstPage && !nextCursor) return null;
  return (
    <nav className="pagination" aria-label={label}>
      {onFirstPage ? null : <Link to={first ? `?${first}` : "."}>{t("pagination.first")}</Link>}
      {nextCursor ? (
        <Link to={`?${params}`} rel="next">
          {t("pagination.next")}
        </Link>
      ) : null}
    </nav>
  );
}
