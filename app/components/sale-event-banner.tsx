import { useTranslation } from "react-i18next";

export interface SaleEventBannerData {
  name: string;
  live: boolean;
  /** The window in the viewer's time zone, as the API formats it. */
  window: string;
  timeZone: string;
}

/** The platform's sale event on now, or the next one, with its window in the viewer's own time zone. */
export function SaleEventBanner({ event }: { event: SaleEventBannerData }) {
  const { t } = useTranslation();
  return (
    <section className={event.live ? "event-banner event-live" : "event-banner"} aria-labelledby="sale-event-title" data-testid="sale-event-banner">
      <h2 id="sale-event-title">{t(event.live ? "saleBanner.live" : "saleBanner.upcoming", { name: event.name })}</h2>
      <p>{t("saleBanner.window", { window: event.window, zone: event.timeZone })}</p>
    </section>
  );
}
