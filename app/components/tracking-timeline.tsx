import { useTranslation } from "react-i18next";

/** A tracking event with its local time already formatted for the viewer. */
export interface TimelineEntry {
  key: string;
  code: string;
  when: string;
  timeZone: string;
  place: string;
  locode: string | null;
  note?: string | null;
}

/** The i18n key of a shipment status: the tracking code that moved it there, except "in transit". */
export function shipmentStatusKey(status: string): string {
  return status === "IN_TRANSIT" ? "shipments.inTransit" : `customs.tracking.${status.toLowerCase()}`;
}

/** Where the goods have been, oldest first, each event in the local time of its place. */
export function TrackingTimeline({ events }: { events: TimelineEntry[] }) {
  const { t } = useTranslation();
  if (!events.length) return <p className="muted">{t("shipments.noEvents")}</p>;
  return (
    <ol className="timeline" data-testid="tracking-timeline">
      {events.map((e) => (
        <li key={e.key}>
          <strong>{t(`customs.tracking.${e.code.toLowerCase()}`)}</strong> · <bdi>{e.place}</bdi>
          {e.locode ? (
            <>
              {" "}
              (<bdi dir="ltr">{e.locode}</bdi>)
            </>
          ) : null}
          <br />
          <span className="muted">
            {e.when} <bdi dir="ltr">({e.timeZone})</bdi>
          </span>
          {e.note ? (
            <>
              <br />
              <bdi>{e.note}</bdi>
            </>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/** What anyone may see of a shipment, its route named and its events formatted for the viewer. */
export interface PublicTrackingPanelView {
  trackingNumber: string;
  status: string;
  mode: string;
  carrierName: string;
  portOfLoading: string | null;
  portOfDischarge: string | null;
  route: { from: string; to: string };
  packageCount: number;
  events: TimelineEntry[];
}

/** The journey as the public tracking and trace pages show it: status, mode, route and timeline. */
export function PublicTrackingPanel({ tracking, headingId }: { tracking: PublicTrackingPanelView; headingId: string }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby={headingId} data-testid="public-tracking">
      <h2 id={headingId}>
        <bdi dir="ltr">{tracking.trackingNumber}</bdi>
      </h2>
      <p>
        <span className="badge">{t(shipmentStatusKey(tracking.status))}</span> · {t(`customs.mode.${tracking.mode.toLowerCase()}`)} · <bdi>{tracking.carrierName}</bdi>
      </p>
      <p>
        {t("shipments.route", tracking.route)}
        {tracking.portOfLoading && tracking.portOfDischarge ? (
          <>
            {" · "}
            <bdi dir="ltr">{tracking.portOfLoading}</bdi> → <bdi dir="ltr">{tracking.portOfDischarge}</bdi>
          </>
        ) : null}
        {" · "}
        {t("shipments.packageCount", { n: tracking.packageCount })}
      </p>
      <TrackingTimeline events={tracking.events} />
    </section>
  );
}
