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
 * A transaction whose BEGIN meets a connection that died while idle (the server's goodbye not
 * read yet when the pool handed it out) is begun again on another: nothing of it had run.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { logger } from "@/lib/log/logger";
import { errorChain } from "./unavailable";

/** SQLSTATE codes by which the server says it closed (or is closing) this connection. */
const SERVER_CLOSED_CONNECTION = new Set(["57P01", "57P02", "57P03"]);

/** The server refused the query because it is closing the connection: nothing of it ran. */
export function isClosedByServer(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && SERVER_CLOSED_CONNECTION.has(code);
}

/**
 * The connection under a query was lost before anything ran on it: the server said it was
 * closing it, or its socket ended. Prisma's adapter wraps the driver's error (a
 * DriverAdapterError whose cause holds the original code), so the causes are read too.
 */
function isConnectionLost(error: unknown): boolean {
  for (const { code, originalCode, kind, message } of errorChain(error)) {
    if (isClosedByServer({ code }) || isClosedByServer({ code: originalCode })) return true;
    if (code === "ECONNRESET" || code === "EPIPE" || kind === "ConnectionClosed") return true;
    if (typeof message === "string" && /^Connection terminated/.test(message)) return true;
  }
  return false;
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
  hearTheServerBeforeCheckout(pool);
  dropConnectionsClosedByServer(pool);
  // Overridden on the instance so that pg's other overloads (callbacks, submittables) stay as
  // they are; only the promise form, the one the driver adapter uses, is retried.
  const query = pool.query.bind(pool) as Query;
  // After a restart every kept connection may be dead: each refused query drops one, so the
  // pool's size bounds the tries. While the server is down, a new connection fails otherwise.
  const send = (args: unknown[], triesLeft: number): unknown => {
    const pending = query(...args);
    if (!isPromise(pending)) return pending;
    return pending.catch((error: unknown) => {
      if (isClosedByServer(error) && triesLeft > 0) return send(args, triesLeft - 1);
      throw error;
    });
  };
  (pool as unknown as { query: Query }).query = (...args: unknown[]) => send(args, max);
  return pool;
}

/**
 * Prisma's driver adapter over `pool`, whose transactions survive a connection that died while
 * idle: when BEGIN fails because the connection is gone, nothing of the transaction ran and
 * the dead connection was released as failed (so the pool dropped it), and the transaction
 * is begun again, at most once per connection the pool can hold, plus one new.
 */
export function createPostgresAdapter(pool: pg.Pool): PrismaPg {
  const tries = pool.options.max ?? 10;
  class RestartSurvivingPrismaPg extends PrismaPg {
    override async connect() {
      const adapter = await super.connect();
      const startTransaction = adapter.startTransaction.bind(adapter);
      adapter.startTransaction = async (isolationLevel) => {
        for (let triesLeft = tries; ; triesLeft--) {
          try {
            return await startTransaction(isolationLevel);
          } catch (error) {
            if (triesLeft === 0 || !isConnectionLost(error)) throw error;
          }
        }
      };
      return adapter;
    }
  }
  return new RestartSurvivingPrismaPg(pool, { disposeExternalPool: true });
}

/**
 * A connection is handed out only after this process has read what its sockets already hold.
 * When the server's goodbye to an idle connection has arrived but waits behind other work, pg
 * has not yet dropped that connection, and a query sent on it fails: as "terminating
 * connection", or, when the closed socket answers the write with a reset, as ECONNRESET, after
 * which nobody can tell whether it ran. So the checkout waits for one poll phase of the event
 * loop: the second setImmediate runs after the next poll, in which pg reads every goodbye that
 * had arrived and the pool drops those connections. It costs no round trip. A goodbye that
 * comes after the checkout is the retry's (the query's, or BEGIN's).
 */
function hearTheServerBeforeCheckout(pool: pg.Pool): void {
  const afterNextPoll = (then: () => void) => setImmediate(() => setImmediate(then));
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  (pool as unknown as { connect: (...args: unknown[]) => unknown }).connect = (...args: unknown[]) => {
    if (typeof args[0] === "function") {
      afterNextPoll(() => connect(...args));
      return undefined;
    }
    return new Promise<void>((resolve) => afterNextPoll(resolve)).then(() => connect(...args));
  };
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
