/**
 * The PostgreSQL connection pool under Prisma's driver adapter, made to survive a server
 * restart. When PostgreSQL restarts (or an administrator terminates backends), every pooled
 * connection dies, and a query already sent on one is answered "terminating connection due to
 * administrator command" (SQLSTATE 57P01) instead of a result. Such a query, when it ran
 * outside a transaction, is sent once more on another connection: a single statement commits
 * whole or not at all, and the server said it did not finish this one. While the server is
 * still down the retry fails too and the error stands (lib/db/unavailable.ts tells the user).
 * Inside a transaction nothing is retried: the transaction fails and is rolled back, and pg
 * drops the dead connection from the pool (postgres-pool.integration.test.ts checks both).
 */
import pg from "pg";

/** SQLSTATE codes by which the server says it closed (or is closing) this connection. */
const SERVER_CLOSED_CONNECTION = new Set(["57P01", "57P02", "57P03"]);

/** The server refused the query because it is closing the connection: nothing of it ran. */
export function isClosedByServer(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && SERVER_CLOSED_CONNECTION.has(code);
}

type Query = (...args: unknown[]) => unknown;

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === "function";
}

export function createPostgresPool(connectionString: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, max });
  // Overridden on the instance so that pg's other overloads (callbacks, submittables) stay as
  // they are; only the promise form, the one the driver adapter uses, is retried.
  const query = pool.query.bind(pool) as Query;
  (pool as unknown as { query: Query }).query = (...args: unknown[]) => {
    const pending = query(...args);
    if (!isPromise(pending)) return pending;
    return pending.catch((error: unknown) => {
      if (isClosedByServer(error)) return query(...args);
      throw error;
    });
  };
  return pool;
}
