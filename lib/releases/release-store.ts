import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { dataPackageZipStream } from "@/lib/sharing/data-package";
import { absoluteUrl } from "@/lib/sharing/site-url";
import { type ReleaseChanges, releaseChanges, type ReleaseContents, summariseRelease } from "./release-contents";

/**
 * Numbered, dated releases of the Data Package, for citing a fixed state of the data: each
 * is a zip and a manifest in the releases directory (`RELEASES_DIR`, default data/releases),
 * written once and never replaced. Release N has version "N.0.0" (SemVer: each release may
 * change any row). The manifest is written last, so a release being written is not listed.
 */
export interface ReleaseManifest {
  version: string;
  sequence: number;
  /** When it was made: it holds everything recorded up to this instant. */
  created: string;
  bytes: number;
  sha256: string;
  previous: string | null;
  contents: ReleaseContents;
  changes: ReleaseChanges;
}

const VERSION = /^([1-9]\d{0,5})\.0\.0$/;

export function releasesDirectory(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.RELEASES_DIR || path.join("data", "releases"));
}

export function releaseDownloadPath(version: string): string {
  return `/download/releases/${version}.zip`;
}

export function listReleases(directory = releasesDirectory()): ReleaseManifest[] {
  let names: string[];
  try {
    names = fs.readdirSync(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return names
    .filter((name) => name.endsWith(".json") && VERSION.test(name.slice(0, -".json".length)))
    .map((name) => JSON.parse(fs.readFileSync(path.join(directory, name), "utf8")) as ReleaseManifest)
    .sort((a, b) => a.sequence - b.sequence);
}

/** The zip of a listed release, or null for anything else (an unknown or malformed version). */
export function releaseZipPath(version: string, directory = releasesDirectory()): string | null {
  if (!VERSION.test(version)) return null;
  const file = path.join(directory, `${version}.zip`);
  return fs.existsSync(path.join(directory, `${version}.json`)) && fs.existsSync(file) ? file : null;
}

/** The first release made at or after an instant: it holds everything recorded by then. */
export function releaseContaining(instant: Date, releases = listReleases()): ReleaseManifest | null {
  return releases.find((release) => Date.parse(release.created) >= instant.getTime()) ?? null;
}

async function collect(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

/** Writes a file that must not exist yet, whole or not at all, and makes it read-only. */
function writeOnce(file: string, content: string | Buffer): void {
  const partial = `${file}.${process.pid}.partial`;
  fs.writeFileSync(partial, content, { mode: 0o444 });
  try {
    fs.linkSync(partial, file); // fails with EEXIST: a release is never replaced
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    throw new Error(
      `${file} exists already: another release is being made, or one was interrupted (a zip without its .json is not listed and may be removed)`,
    );
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

export async function createRelease({
  now = new Date(),
  directory = releasesDirectory(),
}: { now?: Date; directory?: string } = {}): Promise<ReleaseManifest> {
  fs.mkdirSync(directory, { recursive: true });
  const releases = listReleases(directory);
  const previous = releases.at(-1) ?? null;
  if (previous && Date.parse(previous.created) >= now.getTime()) {
    throw new Error(`release ${previous.version} was made at ${previous.created}, not before ${now.toISOString()}`);
  }
  const sequence = (previous?.sequence ?? 0) + 1;
  const version = `${sequence}.0.0`;
  const zip = await collect(
    dataPackageZipStream({ now, edition: { version, url: absoluteUrl(releaseDownloadPath(version)) } }),
  );
  const files = Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, strFromU8(bytes)]));
  const contents = summariseRelease(files);
  const manifest: ReleaseManifest = {
    version,
    sequence,
    created: now.toISOString(),
    bytes: zip.byteLength,
    sha256: crypto.createHash("sha256").update(zip).digest("hex"),
    previous: previous?.version ?? null,
    contents,
    changes: releaseChanges(previous?.contents ?? null, contents),
  };
  writeOnce(path.join(directory, `${version}.zip`), zip);
  writeOnce(path.join(directory, `${version}.json`), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
