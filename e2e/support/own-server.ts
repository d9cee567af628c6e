// A production server of a journey's own, on a database of its own: set up, started, waited for
// and stopped the same way by every journey that needs one (the gate's log, the trusted proxies,
// two instances on one PostgreSQL database).
import { type ChildProcess, execFileSync } from "node:child_process";
import fs from "node:fs";

/** Migrates and seeds the database `env.DATABASE_URL` names, as `npm start` would, without a build. */
export function setUpDatabase(env: NodeJS.ProcessEnv): void {
  execFileSync("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/setup.ts", "--no-build"], {
    env,
    stdio: "ignore",
  });
}

/** Waits until `origin` answers its health check (30 s at most), else fails naming `what`. */
export async function waitForHealth(origin: string, what: string): Promise<void> {
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} on ${origin} never became healthy`);
}

/** Stops a server and waits for its exit, so that its database can be removed. */
export async function stopServer(server: ChildProcess | null): Promise<void> {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  await exited;
}

/** Removes a SQLite database file with its write-ahead log and shared memory. */
export function removeSqliteDatabase(file: string): void {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
}
