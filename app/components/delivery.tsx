import { useTranslation } from "react-i18next";
import type { MatchView } from "../utils/match-view";

/** When the goods could arrive, and whether that is before the needed-by date. */
export function DeliveryEstimate({ delivery }: { delivery: NonNullable<MatchView["delivery"]> }) {
  const { t } = useTranslation();
  return (
    <p className={`delivery delivery-${delivery.onTime.toLowerCase()}`}>
      {t("match.delivery", { mode: t(`modes.${delivery.mode}`), earliest: delivery.earliest, latest: delivery.latest })}{" "}
      <strong>{t(`match.onTime.${delivery.onTime}`)}</strong>
      {delivery.estimated ? <span className="muted"> · {t("match.estimated")}</span> : null}
    </p>
  );
}
