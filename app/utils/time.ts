/**
 * What a wall clock shows in `timeZone` at `instant`, as if that were UTC: the difference to the
 * instant is the zone's offset then.
 */
function wallClockAsUtc(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
}

/**
 * The UTC instant of a wall-clock time ("2026-12-01T17:00", what <input type="datetime-local">
 * sends) in an IANA time zone, as ISO 8601; null when the text is not such a time. A time that a
 * daylight-saving jump skips is read with the offset from before the jump.
 */
export function zonedTimeToUtc(local: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local.trim());
  if (!match) return null;
  const [y, mo, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(wall);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  try {
    // Two passes settle on the offset in force at the instant itself, also right after a change.
    let guess = wall - (wallClockAsUtc(wall, timeZone) - wall);
    guess = wall - (wallClockAsUtc(guess, timeZone) - guess);
    return new Date(guess).toISOString();
  } catch {
    return null;
  }
}
