/**
 * Calendar days as shipping counts them: ISO dates (YYYY-MM-DD) in the lane's own calendar, weeks
 * from Monday (1) to Sunday (7), Saturdays and Sundays off. Public holidays are not modelled: a
 * promise made across one may slip by that day.
 */

const DAY_MS = 86_400_000;

const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const fromDayNumber = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** 1 Monday … 7 Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export const isWorkingDay = (date: string): boolean => isoWeekday(date) <= 5;

/** The day itself when it is a working day, else the Monday after. */
export function nextWorkingDay(date: string): string {
  const weekday = isoWeekday(date);
  return weekday <= 5 ? date : addDays(date, 8 - weekday);
}

export function addWorkingDays(date: string, days: number): string {
  let day = date;
  for (let left = days; left > 0; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) left--;
  }
  return day;
}

/**
 * The day goods ready on `readyOn` leave: the next weekly cutoff (the same day when it is the
 * cutoff day), or the next working day for a lane that leaves every working day.
 */
export function departureDay(readyOn: string, cutoffWeekday: number | null): string {
  if (cutoffWeekday === null) return nextWorkingDay(readyOn);
  return addDays(readyOn, (cutoffWeekday - isoWeekday(readyOn) + 7) % 7);
}

/**
 * The day goods leaving on `departure` are delivered after `transitDays`: calendar days for ships,
 * trains and planes, working days for trucks and parcel services; nobody delivers on a weekend.
 */
export function deliveryDay(departure: string, transitDays: number, countsWorkingDays: boolean): string {
  return nextWorkingDay(countsWorkingDays ? addWorkingDays(departure, transitDays) : addDays(departure, transitDays));
}
