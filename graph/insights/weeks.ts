/** ISO 8601 weeks, computed here rather than in SQL so both databases count the same. */

/** "2026-11-27" → { week: "2026-W48", monday: "2026-11-23" }; the week belongs to the year of its Thursday. */
export function isoWeekOf(date: string): { week: string; monday: string } {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7;
  const monday = new Date(d);
  monday.setUTCDate(d.getUTCDate() - weekday);
  const thursday = new Date(monday);
  thursday.setUTCDate(monday.getUTCDate() + 3);
  const year = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return { week: `${year}-W${String(week).padStart(2, "0")}`, monday: monday.toISOString().slice(0, 10) };
}

/** The `count` ISO weeks ending with the one holding `today`, oldest first. */
export function lastWeeks(today: string, count: number): { week: string; monday: string }[] {
  const { monday } = isoWeekOf(today);
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(`${monday}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 7 * (count - 1 - i));
    return isoWeekOf(d.toISOString().slice(0, 10));
  });
}
