// Writes the whole-data-set package of DATABASE_URL to the file named by the first argument:
// run by the app in a child process (lib/sharing/data-package-file.ts), so that building it
// never runs on the thread that serves pages.
import fs from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { listReleases } from "@/lib/releases/release-store";
import { dataPackageZipStream, snapshotVersion } from "@/lib/sharing/data-package";

async function main(): Promise<void> {
  const target = process.argv[2];
  if (!target) throw new Error("usage: build-data-package.ts <file>");
  const now = new Date();
  const edition = { version: snapshotVersion(listReleases().at(-1)?.version ?? null, now) };
  const stream = dataPackageZipStream({ now, edition }) as unknown as WebReadableStream<Uint8Array>;
  await pipeline(Readable.fromWeb(stream), fs.createWriteStream(target));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : String(error));
    process.exit(1);
  },
);
