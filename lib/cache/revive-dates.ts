const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
/** The length of "2026-01-07T00:00:00.000Z", and where its "T" is. */
const ISO_INSTANT_LENGTH = 24;
const T = "T".charCodeAt(0);

/**
 * Cached data comes back from Next's data cache as JSON: Dates arrive as ISO strings. This
 * turns every string that is exactly an ISO instant back into a Date (a quote never is one).
 * It runs on every data cache hit of the thread that serves pages (a matrix is thousands of
 * cells), so it copies with plain loops and tests the pattern only on strings of the right shape.
 */
export function reviveDates<T>(value: T): T {
  if (typeof value === "string") {
    const instant = value.length === ISO_INSTANT_LENGTH && value.charCodeAt(10) === T && ISO_INSTANT.test(value);
    return (instant ? new Date(value) : value) as T;
  }
  if (Array.isArray(value)) {
    const copy: unknown[] = new Array(value.length);
    for (let index = 0; index < value.length; index++) copy[index] = reviveDates(value[index]);
    return copy as T;
  }
  if (value && typeof value === "object" && !(value instanceof Date)) {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) copy[key] = reviveDates((value as Record<string, unknown>)[key]);
    return copy as T;
  }
  return value;
}
