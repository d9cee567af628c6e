// A PostgreSQL restart kills every pooled connection; the pool must not hand a dead one to
// the next caller once the server is back. Each case kills a backend in the middle of a query
// (pg_terminate_backend from a second connection, as a restart does) and checks what follows.
import { Client } from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { dialectOf } from "./dialect";
import { createPostgresPool, isClosedByServer } from "./postgres-pool";

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
