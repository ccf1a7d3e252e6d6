import ct from "countries-and-timezones";
import { findCountry } from "../../db/reference/index.js";

/**
 * When a sale event is on. Pure: tzdata comes from the runtime's Intl (ICU) and the country → zone
 * map from countries-and-timezones; nothing here reads the clock or the database.
 *
 * Every window is half-open, [startsAt, endsAt): the end instant itself is already outside, so two
 * back-to-back events never overlap and "24:00" is stored as 00:00 of the next day.
 */

export const MAX_UTC_WINDOW_DAYS = 31;
export const MAX_LOCAL_DAYS = 3;

const DAY_MS = 86_400_000;

export type EventSpec =
  | { kind: "utc_window"; startsAt: Date; endsAt: Date }
  /** `days` local calendar days from `date`, in full for every zone of every served country. */
  | { kind: "local_day"; date: string; days: number; countries: readonly string[] };

export interface EventWindow {
  startsAt: Date;
  /** Exclusive. */
  endsAt: Date;
  /** The zones whose midnight opens the event (ties share it); empty for a UTC window. */
  opensIn: string[];
  /** The zones whose end of day closes it; empty for a UTC window. */
  closesIn: string[];
}

export interface WindowProblem {
  field: string;
  code: string;
  params?: Record<string, number | string>;
}

export type WindowResult = { ok: true; window: EventWindow } | { ok: false; problems: WindowProblem[] };

// ---------------------------------------------------------------------------- countries and zones

/** Every country the zone data knows, i.e. every country a buyer can be in. */
export function allServedCountries(): string[] {
  return Object.keys(ct.getAllCountries()).sort();
}

/**
 * The canonical zones in use in a country (zone1970.tab: a zone is listed when some part of the
 * country keeps its clocks), or null for a code the data does not know. A territory whose clocks
 * follow another's (Heard Island keeps Indian/Kerguelen's) has only links: those then count.
 */
export function zonesOfCountry(country: string): string[] | null {
  const code = country.toUpperCase();
  const found = ct.getCountry(code);
  if (!found) return null;
  return found.timezones.length ? [...found.timezones] : [...(ct.getCountry(code, { deprecated: true })?.timezones ?? [])];
}

// ---------------------------------------------------------------------------- offsets and local days

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

function offsetFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = offsetFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
    offsetFormatters.set(zone, formatter);
  }
  return formatter;
}

/** The zone's UTC offset in milliseconds at an instant ("GMT+05:45" → 20 700 000; plain "GMT" → 0). */
export function offsetAt(zone: string, instant: Date | number): number {
  const name = offsetFormatter(zone)
    .formatToParts(instant)
    .find((part) => part.type === "timeZoneName")?.value;
  if (name === undefined) throw new Error(`no offset for ${zone}`);
  if (name === "GMT" || name === "UTC") return 0;
  const match = /^GMT([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(name);
  if (!match) throw new Error(`unexpected offset "${name}" for ${zone}`);
  const [, sign, hours, minutes, seconds = "0"] = match;
  const ms = ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000;
  return sign === "-" ? -ms : ms;
}

/** The wall-clock time in a zone at an instant, as milliseconds of a UTC-like timeline. */
function wallClock(zone: string, instant: number): number {
  return instant + offsetAt(zone, instant);
}

function wallMidnight(date: string): number {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

export function addDays(date: string, days: number): string {
  return new Date(wallMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The first instant at which the zone's calendar shows `date`. When clocks are turned back across
 * midnight, 00:00 happens twice and the first counts; when they jump forward over midnight
 * (America/Santiago in September), 00:00 never happens and the day begins at the jump.
 */
export function startOfLocalDay(zone: string, date: string): Date {
  const midnight = wallMidnight(date);
  // Offsets either side of the day: a transition near midnight is between them.
  const offsets = new Set([offsetAt(zone, midnight - DAY_MS), offsetAt(zone, midnight + DAY_MS), offsetAt(zone, midnight)]);
  const candidates = [...offsets].map((offset) => midnight - offset);
  const exact = candidates.filter((instant) => wallClock(zone, instant) === midnight);
  if (exact.length) return new Date(Math.min(...exact));

  // Midnight falls in a gap: find the transition, the first instant whose wall clock is past it.
  let before = Math.min(...candidates.filter((instant) => wallClock(zone, instant) < midnight));
  let after = Math.max(...candidates.filter((instant) => wallClock(zone, instant) > midnight));
  if (!Number.isFinite(before) || !Number.isFinite(after)) throw new Error(`cannot place ${date} 00:00 in ${zone}`);
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (wallClock(zone, middle) < midnight) before = middle;
    else after = middle;
  }
  return new Date(after);
}

// ---------------------------------------------------------------------------- windows

function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

function utcWindow(startsAt: Date, endsAt: Date): WindowResult {
  const problems: WindowProblem[] = [];
  if (Number.isNaN(startsAt.getTime())) problems.push({ field: "startsAt", code: "DATE_TIME_INVALID" });
  if (Number.isNaN(endsAt.getTime())) problems.push({ field: "endsAt", code: "DATE_TIME_INVALID" });
  if (problems.length) return { ok: false, problems };
  const length = endsAt.getTime() - startsAt.getTime();
  if (length <= 0) return { ok: false, problems: [{ field: "endsAt", code: "EVENT_ENDS_BEFORE_START" }] };
  if (length > MAX_UTC_WINDOW_DAYS * DAY_MS) {
    return { ok: false, problems: [{ field: "endsAt", code: "EVENT_TOO_LONG", params: { days: MAX_UTC_WINDOW_DAYS } }] };
  }
  return { ok: true, window: { startsAt, endsAt, opensIn: [], closesIn: [] } };
}

function localDayWindow(date: string, days: number, countries: readonly string[]): WindowResult {
  const problems: WindowProblem[] = [];
  if (!isIsoDate(date)) problems.push({ field: "date", code: "DATE_INVALID" });
  if (!Number.isInteger(days) || days < 1 || days > MAX_LOCAL_DAYS) {
    problems.push({ field: "days", code: "EVENT_DAYS_OUT_OF_RANGE", params: { max: MAX_LOCAL_DAYS } });
  }
  if (countries.length === 0) problems.push({ field: "countries", code: "REQUIRED" });
  const zones = new Set<string>();
  countries.forEach((country, index) => {
    const found = zonesOfCountry(country) ?? [];
    // Bouvet Island is a country code with no clocks: nobody buys there, but naming it is no typo.
    if (found.length === 0) problems.push({ field: `countries.${index}`, code: findCountry(country) ? "COUNTRY_HAS_NO_TIME_ZONE" : "COUNTRY_UNKNOWN" });
    else found.forEach((zone) => zones.add(zone));
  });
  if (problems.length) return { ok: false, problems };

  const next = addDays(date, days);
  const opens = [...zones].map((zone) => ({ zone, at: startOfLocalDay(zone, date).getTime() }));
  const closes = [...zones].map((zone) => ({ zone, at: startOfLocalDay(zone, next).getTime() }));
  const startsAt = Math.min(...opens.map((o) => o.at));
  const endsAt = Math.max(...closes.map((c) => c.at));
  return {
    ok: true,
    window: {
      startsAt: new Date(startsAt),
      endsAt: new Date(endsAt),
      opensIn: opens.filter((o) => o.at === startsAt).map((o) => o.zone).sort(),
      closesIn: closes.filter((c) => c.at === endsAt).map((c) => c.zone).sort(),
    },
  };
}

/** The UTC instants an event runs between, or every reason it cannot be placed. */
export function computeWindow(spec: EventSpec): WindowResult {
  return spec.kind === "utc_window" ? utcWindow(spec.startsAt, spec.endsAt) : localDayWindow(spec.date, spec.days, spec.countries);
}

/** Start inclusive, end exclusive: one millisecond before the start and the end instant itself are outside. */
export function isWithin(window: { startsAt: Date; endsAt: Date }, instant: Date): boolean {
  const at = instant.getTime();
  return window.startsAt.getTime() <= at && at < window.endsAt.getTime();
}

export interface LocalizedWindow {
  timeZone: string;
  /** The first minute of the event on the viewer's clock. */
  opens: string;
  /** The last minute of the event on the viewer's clock ("23:59"), since the stored end is exclusive. */
  closes: string;
  text: string;
}

/**
 * The window as the viewer's clock shows it. Each end carries its own offset, since a window can
 * span a daylight-saving change.
 */
export function formatWindowFor(window: { startsAt: Date; endsAt: Date }, timeZone: string, locale: string): LocalizedWindow {
  const format = new Intl.DateTimeFormat(locale, {
    timeZone,
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "shortOffset",
  });
  const opens = format.format(window.startsAt);
  // The last millisecond inside, shown to the minute: an end at 00:00 reads as 23:59 of the day before.
  const closes = format.format(new Date(Math.max(window.startsAt.getTime(), window.endsAt.getTime() - 1)));
  return { timeZone, opens, closes, text: `${opens} – ${closes}` };
}
