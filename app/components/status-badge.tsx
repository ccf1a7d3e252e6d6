import { useTranslation } from "react-i18next";
import type { VerificationStatus } from "../__generated__/operations";

/** A company's verification status, in words as well as colour. */
export function StatusBadge({ status }: { status: VerificationStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-${status.toLowerCase()}`} data-status={status}>
      {t(`verification.status.${status}`)}
    </span>
  );
}
