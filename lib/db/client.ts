import "server-only";
import { createDb, type Db, resolveDatabaseUrl } from "./dialect";

export type { Db } from "./dialect";

/** The client handed to a `db.$transaction(async (tx) => …)` callback. */
export type Transaction = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// One client per process; kept on globalThis so that dev-mode reloads reuse it.
const holder = globalThis as unknown as { trackerDb?: Db };

/** The app's Prisma client, built on first use so that `next build` needs no database. */
export function getDb(): Db {
  holder.trackerDb ??= createDb(resolveDatabaseUrl());
  return holder.trackerDb;
}
