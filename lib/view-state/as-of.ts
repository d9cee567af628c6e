import { parseIsoDay, todayIsoDay } from "@/lib/dates/iso-day";

/**
 * The `date` search parameter of a view: a past day to look at, or today. A garbled or
 * future value falls back to today, so a mistyped permalink still shows a page.
 */
export function resolveAsOf(
  dateParam: string | string[] | undefined,
  now: Date = new Date(),
): { asOf: string; isToday: boolean } {
  const today = todayIsoDay(now);
  const value = Array.isArray(dateParam) ? dateParam[0] : dateParam;
  const parsed = parseIsoDay(value);
  if (!parsed || value === undefined || value >= today) return { asOf: today, isToday: true };
  return { asOf: value, isToday: false };
}

/** The query string that keeps the date when linking to another view. */
export function dateQueryOf(asOf: string, isToday: boolean): string {
  return isToday ? "" : `?date=${asOf}`;
}
