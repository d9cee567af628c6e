const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * Cached data comes back from Next's data cache as JSON: Dates arrive as ISO strings. This
 * turns every string that is exactly an ISO instant back into a Date (a quote never is one).
 */
export function reviveDates<T>(value: T): T {
  if (typeof value === "string") return (ISO_INSTANT.test(value) ? new Date(value) : value) as T;
  if (Array.isArray(value)) return value.map(reviveDates) as T;
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, reviveDates(entry)])) as T;
  }
  return value;
}
