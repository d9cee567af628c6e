/**
 * True when a write failed on a unique constraint (Prisma's P2002). Duck-typed: the SQLite and
 * PostgreSQL clients each have their own error classes. Callers map it to what it means for
 * them: a duplicate article, an email already taken, a concurrent insert to retry.
 */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
