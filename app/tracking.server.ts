import type { PublicTrackingFieldsFragment } from "./__generated__/operations";
import type { PublicTrackingPanelView } from "./components/tracking-timeline";
import { formatDateTime } from "./utils/format";

/** A public tracking answer as the pages show it: countries named and times local to each place. */
export function publicTrackingPanel(tracking: PublicTrackingFieldsFragment, locale: string): PublicTrackingPanelView {
  const region = new Intl.DisplayNames([locale], { type: "region" });
  return {
    ...tracking,
    route: { from: region.of(tracking.exportCountry) ?? tracking.exportCountry, to: region.of(tracking.importCountry) ?? tracking.importCountry },
    events: tracking.events.map((e, i) => ({ ...e, key: `${i}`, when: formatDateTime(e.occurredAt, locale, e.timeZone) ?? e.occurredAt })),
  };
}
