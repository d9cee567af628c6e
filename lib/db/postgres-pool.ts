/**
 * The PostgreSQL connection pool under Prisma's driver adapter, made to survive a server
 * restart. When PostgreSQL restarts (or an administrator terminates backends), every pooled
 * connection dies, and a query already sent on one is answered "terminating connection due to
 * administrator command" (SQLSTATE 57P01) instead of a result. Such a query, when it ran
 * outside a transaction, is sent once more on another connection: a single statement commits
 * whole or not at all, and the server said it did not finish this one. While the server is
 * still down the retry fails too and the error stands (lib/db/unavailable.ts tells the user).
 * Inside a transaction nothing is retried: the transaction fails and is rolled back, and the
 * dead connection leaves the pool when it is released (postgres-pool.integration.test.ts
 * checks both). pg drops a released connection only once its socket has closed, which may
 * come after the release: a connection the server said it was closing is dropped at once.
 */
import pg from "pg";
import { logger } from "@/lib/log/logger";

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

type Release = (error?: Error | boolean) => void;

/**
 * A pool of at most `max` connections, of which `keptIdle` stay open while no query comes (the
 * others close after pg's 10 s idle). Connections kept idle do not keep a process alive: a
 * command that read through the pool ends when its work is done, as the server does not.
 */
export function createPostgresPool(connectionString: string, max: number, keptIdle = 0): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, min: keptIdle, allowExitOnIdle: keptIdle > 0 });
  // An idle connection the server closes (a restart, pg_terminate_backend, idle_session_timeout)
  // is dropped from the pool by pg, which then emits "error" on the pool: with no listener, that
  // ended the whole process. The next query opens a new connection.
  pool.on("error", (error) =>
    logger.warn({ code: (error as { code?: unknown }).code }, "an idle PostgreSQL connection was closed by the server"),
  );
  dropConnectionsClosedByServer(pool);
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

/**
 * A client one of whose queries was answered "terminating connection" is released as failed,
 * so the pool ends it instead of handing it to the next caller before its socket has closed.
 * Only the promise forms are wrapped: pool.query checks out with a callback and already
 * releases with the query's error.
 */
function dropConnectionsClosedByServer(pool: pg.Pool): void {
  const closedByServer = new WeakSet<pg.PoolClient>();
  pool.on("connect", (client) => {
    const clientQuery = client.query.bind(client) as Query;
    (client as unknown as { query: Query }).query = (...args: unknown[]) => {
      const pending = clientQuery(...args);
      if (!isPromise(pending)) return pending;
      return pending.catch((error: unknown) => {
        if (isClosedByServer(error)) closedByServer.add(client);
        throw error;
      });
    };
  });
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  (pool as unknown as { connect: (...args: unknown[]) => unknown }).connect = (...args: unknown[]) => {
    const pending = connect(...args);
    if (!isPromise(pending)) return pending;
    return (pending as Promise<pg.PoolClient>).then((client) => {
      const release = client.release as Release;
      client.release = ((error?: Error | boolean) =>
        release(
          error ?? (closedByServer.has(client) ? new Error("connection closed by the server") : undefined),
        )) as Release;
      return client;
    });
  };
}
