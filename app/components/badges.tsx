import { useTranslation } from "react-i18next";

/** A company's name with its verified mark, wherever a counterpart is shown. */
export function CompanyName({ name, verified }: { name: string; verified: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="company-name">
      <bdi>{name}</bdi>
      {verified ? (
        <span className="badge badge-verified" data-testid="seller-verified">
          <span aria-hidden="true">✓ </span>
          {t("verification.badge")}
        </span>
      ) : null}
    </span>
  );
}

const TONE: Record<string, string> = {
  ACTIVE: "verified",
  OPEN: "verified",
  SUBMITTED: "pending",
  ACCEPTED: "verified",
  AWARDED: "verified",
  DRAFT: "unverified",
  PAUSED: "pending",
  CLOSED: "unverified",
  ARCHIVED: "unverified",
  NOT_CHOSEN: "rejected",
  WITHDRAWN: "unverified",
  EXPIRED: "unverified",
};

/** A listing, request or quote status in words and colour; `group` names its messages (listingStatus...). */
export function StateBadge({ group, status }: { group: "listingStatus" | "requestStatus" | "quoteStatus"; status: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-${TONE[status] ?? "unverified"}`} data-status={status}>
      {t(`${group}.${status}`)}
    </span>
  );
}
