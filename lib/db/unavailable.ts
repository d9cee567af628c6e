/**
 * Whether an error means the database could not be reached or was locked by another process
 * for longer than the busy timeout: nothing was written (a transaction that fails like this is
 * rolled back), and trying again in a moment helps. The drivers and Prisma wrap such errors
 * differently, so the causes are walked and their codes and messages checked.
 */
const UNAVAILABLE_CODES = new Set([
  "SQLITE_BUSY",
  "SQLITE_LOCKED",
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "57P01", // admin shutdown / terminated connection
  "57P02",
  "57P03", // cannot connect now (starting up)
  "P1001", // Prisma: can't reach the database server
  "P1002",
  "P1008", // Prisma: operation timed out
  "P1017", // Prisma: server closed the connection
  "P2024", // Prisma: timed out fetching a connection
]);
const UNAVAILABLE_MESSAGE =
  /database is locked|not currently accepting connections|terminating connection|connection terminated|ECONNREFUSED|the database system is (starting up|shutting down)|can't reach database server|timed out fetching a new connection/i;

export const DATABASE_UNAVAILABLE_MESSAGE =
  "The database is unavailable right now, so nothing was saved. What you entered is still here: try again in a moment.";

/**
 * An error and the errors it wraps, outermost first: the drivers and Prisma wrap one another's
 * errors (`cause`, pg's `originalError`), and a DriverAdapterError's cause is a plain object
 * holding the driver's code. Each is visited once, so a cycle ends the walk.
 */
export function* errorChain(error: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const link = current as Record<string, unknown>;
    yield link;
    current = link.cause ?? link.originalError;
  }
}

export function isDatabaseUnavailable(error: unknown): boolean {
  for (const { code, message } of errorChain(error)) {
    if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
    if (typeof message === "string" && UNAVAILABLE_MESSAGE.test(message)) return true;
  }
  return false;
}
