// A PostgreSQL restart kills every pooled connection; the pool must not hand a dead one to
// the next caller once the server is back. Each case kills a backend in the middle of a query
// (pg_terminate_backend from a second connection, as a restart does) and checks what follows.
import pg, { Client } from "pg";
import { PrismaClient as PostgresPrismaClient } from "./generated/postgres/client";
import { afterEach, describe, expect, it } from "vitest";
import { dialectOf } from "./dialect";
import { createPostgresAdapter, createPostgresPool, isClosedByServer } from "./postgres-pool";

const url = process.env.DATABASE_URL!;
const pools: ReturnType<typeof createPostgresPool>[] = [];

afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.end()));
});

/** Terminates the backend running `marker` once it is seen running, from its own connection. */
async function terminateWhenRunning(marker: string): Promise<void> {
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    for (let attempt = 0; attempt < 200; attempt++) {
      const { rows } = await admin.query<{ terminated: boolean }>(
        "SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity WHERE query LIKE $1 AND pid <> pg_backend_pid()",
        [`%${marker}%`],
      );
      if (rows.some((row) => row.terminated)) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`no backend ran ${marker}`);
  } finally {
    await admin.end();
  }
}

describe.skipIf(dialectOf(url) !== "postgresql")("the PostgreSQL pool after a backend is terminated", () => {
  it("sends a query the server refused while closing its connection once more, on a new connection", async () => {
    const pool = createPostgresPool(url, 2);
    pools.push(pool);
    const marker = `retry_${Date.now()}`;
    // Long enough that the terminating connection, opened meanwhile, finds the query still
    // running on a loaded machine (0.3 s could pass before it had connected); it runs twice.
    const answered = pool.query(`SELECT pg_sleep(1.5), '${marker}' AS marker`);
    await terminateWhenRunning(marker);
    const { rows } = await answered;
    expect(rows).toEqual([expect.objectContaining({ marker })]);
  });

  it("drops an idle connection the server closed, and goes on: the next query opens another", async () => {
    // One connection kept while idle, as the read pool keeps one (lib/db/read-sql.ts).
    const pool = createPostgresPool(url, 2, 1);
    pools.push(pool);
    const marker = `idle_${Date.now()}`;
    const { rows: before } = await pool.query<{ pid: number }>(`SELECT pg_backend_pid() AS pid, '${marker}' AS marker`);
    // Idle now: pg tells the pool when its socket closes, and the pool tells its "error" listeners
    // (with none, the process would end here on an uncaught error).
    await terminateWhenRunning(marker);
    await expect.poll(() => pool.totalCount, { timeout: 10_000 }).toBe(0);
    const { rows: after } = await pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    expect(after[0]?.pid).toBeGreaterThan(0);
    expect(after[0]?.pid).not.toBe(before[0]?.pid);
  });

  it("does not hand out a connection that died in a transaction released as if it were fine", async () => {
    const pool = createPostgresPool(url, 1);
    pools.push(pool);
    const client = await pool.connect();
    // As Prisma's adapter does for a transaction's connection: its death is an event to note.
    client.on("error", () => undefined);
    const { rows: before } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    await client.query("BEGIN");
    const marker = `tx_${Date.now()}`;
    // The outcome is taken at once, so that the rejection is handled when it happens.
    const failure = client.query(`SELECT pg_sleep(5), '${marker}'`).then(
      () => null,
      (error: unknown) => error,
    );
    await terminateWhenRunning(marker);
    expect(isClosedByServer(await failure)).toBe(true);
    // As Prisma's transaction does: the connection goes back without the error.
    client.release();
    const next = await pool.connect();
    try {
      const { rows: after } = await next.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
      expect(after[0]?.pid).toBeGreaterThan(0);
      expect(after[0]?.pid).not.toBe(before[0]?.pid);
    } finally {
      next.release();
    }
  });
});

/**
 * A connection whose backend is gone while the pool still holds it idle, the server's goodbye
 * ("terminating connection", then the socket's end) not read yet: the socket stops reading
 * (in libuv, so that the goodbye waits in the kernel as it does behind a busy event loop)
 * while its backend is terminated, and each case decides when the goodbye is read. The races
 * of a restart, made certain instead of left to timing.
 */
async function holdDeadConnectionIdle(pool: pg.Pool, admin: Client) {
  const client = await pool.connect();
  const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  client.release();
  const socket = (client as unknown as { connection: { stream: { _handle: { readStop(): void; readStart(): void } } } })
    .connection.stream._handle;
  socket.readStop();
  await admin.query("SELECT pg_terminate_backend($1)", [rows[0]!.pid]);
  await expect
    .poll(async () => (await admin.query("SELECT 1 FROM pg_stat_activity WHERE pid = $1", [rows[0]!.pid])).rowCount, {
      timeout: 10_000,
    })
    .toBe(0);
  return {
    /** The goodbye has arrived and waits to be read: the next caller asks now. */
    goodbyeArrived: () => socket.readStart(),
    /** The goodbye is read after the pool handed the connection out, with the first query sent. */
    goodbyeAfterCheckout: () => pool.once("acquire", () => setTimeout(() => socket.readStart(), 50)),
  };
}

/** The connections the pool dropped while they were idle (each one's error, as pg reports it). */
function droppedWhileIdle(pool: pg.Pool): unknown[] {
  const errors: unknown[] = [];
  pool.on("error", (error) => errors.push(error));
  return errors;
}

describe.skipIf(dialectOf(url) !== "postgresql")("the PostgreSQL pool after a backend died while idle", () => {
  const admins: Client[] = [];
  async function connectAdmin(): Promise<Client> {
    const admin = new Client({ connectionString: url });
    await admin.connect();
    admins.push(admin);
    return admin;
  }
  afterEach(async () => {
    await Promise.all(admins.splice(0).map((admin) => admin.end()));
  });

  it("reads the goodbye that has arrived before it hands out a connection: a query runs on a new one", async () => {
    const pool = createPostgresPool(url, 1, 1);
    pools.push(pool);
    const dropped = droppedWhileIdle(pool);
    const dead = await holdDeadConnectionIdle(pool, await connectAdmin());
    dead.goodbyeArrived();
    const { rows } = await pool.query<{ answer: number }>("SELECT 42 AS answer");
    expect(rows).toEqual([{ answer: 42 }]);
    // Dropped before the query went out, not found dead by it.
    expect(dropped).toHaveLength(1);
  });

  it("reads the goodbye that has arrived before a Prisma transaction begins: it runs on a new connection", async () => {
    const pool = createPostgresPool(url, 1, 1);
    const db = new PostgresPrismaClient({ adapter: createPostgresAdapter(pool) });
    try {
      await db.$queryRaw`SELECT 1`;
      const dropped = droppedWhileIdle(pool);
      const dead = await holdDeadConnectionIdle(pool, await connectAdmin());
      dead.goodbyeArrived();
      const answer = await db.$transaction(async (tx) => tx.$queryRaw<{ answer: number }[]>`SELECT 42 AS answer`);
      expect(answer).toEqual([{ answer: 42 }]);
      expect(dropped).toHaveLength(1);
    } finally {
      await db.$disconnect();
    }
  });

  it("begins a Prisma transaction again on a new connection when its BEGIN meets the goodbye", async () => {
    const pool = createPostgresPool(url, 1, 1);
    const db = new PostgresPrismaClient({ adapter: createPostgresAdapter(pool) });
    try {
      await db.$queryRaw`SELECT 1`;
      const dead = await holdDeadConnectionIdle(pool, await connectAdmin());
      dead.goodbyeAfterCheckout();
      const answer = await db.$transaction(async (tx) => tx.$queryRaw<{ answer: number }[]>`SELECT 42 AS answer`);
      expect(answer).toEqual([{ answer: 42 }]);
    } finally {
      await db.$disconnect();
    }
  });
});
