import fs from "node:fs";

/** Removes the run's disposable SQLite database and releases directory (see playwright.config.ts). */
export default function globalTeardown(): void {
  if (process.env.E2E_RELEASES_DIR) fs.rmSync(process.env.E2E_RELEASES_DIR, { recursive: true, force: true });
  const url = process.env.E2E_DATABASE_URL;
  if (!url?.startsWith("file:")) return;
  const file = url.slice("file:".length);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}
