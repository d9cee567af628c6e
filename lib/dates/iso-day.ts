/** Dates in the app are calendar days (YYYY-MM-DD, UTC): what an article's dateline says. */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseIsoDay(value: string | null | undefined): Date | null {
  if (!value || !ISO_DAY.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || toIsoDay(date) !== value ? null : date;
}

export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function todayIsoDay(now: Date = new Date()): string {
  return toIsoDay(now);
}

/** The last instant of a day: a position stated on that day stands at that day. */
export function endOfIsoDay(day: string): Date {
  return new Date(`${day}T23:59:59.999Z`);
}

// One formatter for the process: toLocaleDateString builds a new one per call, which cost about
// 100 ms of every render of the matrix page (a day per cell) on the large data set.
const DAY_FORMAT = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** A day as readers see it: "7 Jan 2026". */
export function formatDay(date: Date): string {
  return DAY_FORMAT.format(date);
}
