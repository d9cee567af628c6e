import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { resolveDatabaseUrl } from "@/lib/db/dialect";
import { spawnInBackground } from "./background-process";

/**
 * The whole-data-set download (/download/data-package.zip) is built once per state of the
 * data, in a child process, into a file that every request then streams: building it reads
 * and deflates every row (seconds at 200,000 statements), which would otherwise run on the
 * thread that serves every page, once per request. A state of the data is the instant of the
 * last recorded change (getLatestChangeInstant) and the last release: the first request after
 * a publish starts a build, the requests that come during it wait for the same one, and builds run one at a time.
 * Older files are removed once a newer one is written (a download streaming one keeps it open).
 */
export function dataPackageDirectory(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.DATA_PACKAGE_DIR || path.join("data", "packages"));
}

const FILE_PREFIX = "data-package-";

const holder = globalThis as unknown as {
  trackerPackageBuilds?: { running: Map<string, Promise<string>>; queue: Promise<unknown> };
};

/**
 * Runs scripts/build-data-package.ts in its own process, writing `target`, at a lower priority
 * than the server's: readers of cached pages go first while it zips.
 */
function buildInChild(target: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawnInBackground(
      process.execPath,
      [
        // tsx's loader in this process, rather than its command line, which would start a
        // second Node process to run the script (about 50 MB more, and its start-up).
        "--import",
        pathToFileURL(path.join(process.cwd(), "node_modules/tsx/dist/loader.mjs")).href,
        "--conditions=react-server",
        path.join(process.cwd(), "scripts/build-data-package.ts"),
        target,
      ],
      { env: process.env, stdio: ["ignore", "ignore", "pipe"] },
    );
    let errors = "";
    child.stderr?.on("data", (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`building the data package failed (exit ${code}): ${errors}`)),
    );
  });
}

/** Removes the other packages of the same database (the key's first part). */
function removeOlderPackages(directory: string, keep: string, key: string): void {
  const sameDatabase = `${FILE_PREFIX}${key.split("-")[0]}-`;
  for (const name of fs.readdirSync(directory)) {
    if (name.startsWith(sameDatabase) && path.join(directory, name) !== keep) {
      fs.rmSync(path.join(directory, name), { force: true });
    }
  }
}

/**
 * What a built package depends on: the instant of the last recorded change and the last
 * release (whose number the package's version carries). Also the download's ETag.
 */
export function dataPackageKey(changeInstant: Date, latestRelease: string | null): string {
  // The database too: two databases (tests, a restore) may share the directory and an instant.
  const database = crypto.createHash("sha256").update(resolveDatabaseUrl()).digest("hex").slice(0, 12);
  return `${database}-${changeInstant.getTime()}-${latestRelease ?? "0.0.0"}`;
}

/** The path of the data package of the data in the state `key` (dataPackageKey), built if it is not yet. */
export function dataPackageFile(key: string): Promise<string> {
  const directory = dataPackageDirectory();
  const file = path.join(directory, `${FILE_PREFIX}${key}.zip`);
  if (fs.existsSync(file)) return Promise.resolve(file);
  const builds = (holder.trackerPackageBuilds ??= { running: new Map(), queue: Promise.resolve() });
  const running = builds.running.get(file);
  if (running) return running;
  const build = builds.queue
    .catch(() => undefined)
    .then(async () => {
      if (fs.existsSync(file)) return file;
      fs.mkdirSync(directory, { recursive: true });
      const partial = `${file}.${process.pid}.partial`;
      try {
        await buildInChild(partial);
        fs.renameSync(partial, file);
      } finally {
        fs.rmSync(partial, { force: true });
      }
      removeOlderPackages(directory, file, key);
      return file;
    })
    .finally(() => builds.running.delete(file));
  builds.running.set(file, build);
  builds.queue = build;
  return build;
}
