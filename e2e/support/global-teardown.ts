import fs from "node:fs";

/** Removes the run's disposable SQLite database (see playwright.config.ts). */
export default function globalTeardown(): void {
  const url = process.env.E2E_DATABASE_URL;
  if (!url?.startsWith("file:")) return;
  const file = url.slice("file:".length);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}
