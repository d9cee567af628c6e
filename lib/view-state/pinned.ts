/**
 * The `v` parameter of a citable view: the recorded instant it pins (ISO 8601, UTC). Two
 * times are kept apart: `at` is the day statements were made (what the matrix shows "as of"),
 * `v` is when the tracker had recorded them (what it showed then, before later corrections).
 * A garbled or future value is ignored, so the view falls back to the live data.
 */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const EARLIEST = Date.UTC(2020, 0, 1);

export function parsePinnedInstant(value: string | string[] | undefined | null, now: Date = new Date()): Date | null {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text || !ISO_INSTANT.test(text)) return null;
  const instant = new Date(text);
  const time = instant.getTime();
  if (Number.isNaN(time) || time < EARLIEST || time > now.getTime()) return null;
  return instant;
}

function pinnedParam(instant: Date): string {
  return instant.toISOString();
}

/** Adds `v=<instant>` to a path (or a bare query string) that may already carry a query; no pin, no change. */
export function withPin(pathWithQuery: string, instant: Date | null): string {
  if (!instant) return pathWithQuery;
  return `${pathWithQuery}${pathWithQuery.includes("?") ? "&" : "?"}v=${pinnedParam(instant)}`;
}
