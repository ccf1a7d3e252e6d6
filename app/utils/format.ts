/**
 * Dates are formatted in loaders, on the server, so the browser hydrates exactly the text the
 * server sent (browsers and Node ship different ICU data and can disagree on spacing).
 */
export function formatDateTime(iso: string | null, locale: string, timeZone: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
  } catch {
    // A time zone this runtime does not know: UTC is still the right instant.
    return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(date);
  }
}

/** Every IANA time zone the runtime knows, with UTC first for companies that keep to it. */
export function timeZones(current?: string): string[] {
  const zones = Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC");
  if (current && current !== "UTC" && !zones.includes(current)) zones.push(current);
  return ["UTC", ...zones];
}
