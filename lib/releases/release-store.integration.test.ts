import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GET as getReleaseZip } from "@/app/download/releases/[file]/route";
import { GET as getDataPackage } from "@/app/download/data-package.zip/route";
import { createPublishedArticle } from "@/lib/test/factories";
import { readWithFrictionless } from "@/lib/test/frictionless";
import { resetContent } from "@/lib/test/reset-content";
import { createRelease, listReleases, releaseContaining } from "./release-store";

let directory: string;
beforeEach(async () => {
  await resetContent();
  directory = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-releases-"));
  process.env.RELEASES_DIR = directory;
});
afterEach(() => {
  delete process.env.RELEASES_DIR;
  fs.rmSync(directory, { recursive: true, force: true });
});

const unzip = (bytes: Uint8Array) =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, content]) => [name, strFromU8(content)]));

const zipOf = (version: string) =>
  getReleaseZip(new Request(`http://t/download/releases/${version}.zip`), {
    params: Promise.resolve({ file: `${version}.zip` }),
  });

describe("releases", () => {
  it("writes numbered, dated, read-only packages that validate, each with its changes since the one before", async () => {
    await createPublishedArticle({
      published: "2026-01-10",
      positions: [{ country: "FR", commitment: "troops", stance: "considering", sentence: "France weighs troops." }],
    });
    const first = await createRelease({ now: new Date("2026-11-01T03:00:00.000Z") });
    await createPublishedArticle({
      published: "2026-02-10",
      positions: [
        { country: "FR", commitment: "troops", stance: "committed", sentence: "France will send troops." },
        { country: "PL", commitment: "arms", stance: "committed", sentence: "Poland sends shells." },
      ],
    });
    const second = await createRelease({ now: new Date("2026-12-01T03:00:00.000Z") });

    expect(listReleases().map((release) => [release.version, release.created, release.previous])).toEqual([
      ["1.0.0", "2026-11-01T03:00:00.000Z", null],
      ["2.0.0", "2026-12-01T03:00:00.000Z", "1.0.0"],
    ]);
    expect(first.changes.positions).toEqual([{ country: "FR", type: "troops", before: null, after: "considering" }]);
    expect(second.changes).toMatchObject({
      rows: { articles: 1, statements: 2, commitments: 2 },
      positions: [
        { country: "FR", type: "troops", before: "considering", after: "committed" },
        { country: "PL", type: "arms", before: null, after: "committed" },
      ],
    });

    const response = await zipOf("2.0.0");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("immutable");
    const files = unzip(new Uint8Array(await response.arrayBuffer()));
    expect((await readWithFrictionless(files)).problems).toEqual([]);
    const descriptor = JSON.parse(files["datapackage.json"]!) as Record<string, unknown>;
    expect(descriptor).toMatchObject({ version: "2.0.0", created: "2026-12-01T03:00:00.000Z" });
    expect(files["CITATION.cff"]).toContain('version: "2.0.0"');
    expect(files["CITATION.cff"]).toContain('date-released: "2026-12-01"');
    expect(files["CITATION.cff"]).toMatch(/url: ".*\/download\/releases\/2\.0\.0\.zip"/);

    // Immutable: read-only on disk, never written twice, and a release made later than now refused.
    expect(fs.statSync(path.join(directory, "1.0.0.zip")).mode & 0o222).toBe(0);
    fs.rmSync(path.join(directory, "2.0.0.json"));
    await expect(createRelease({ now: new Date("2026-12-02T03:00:00.000Z") })).rejects.toThrow(/exists already/);
    await expect(createRelease({ now: new Date("2026-10-01T00:00:00.000Z") })).rejects.toThrow(/not before/);
  });

  it("serves only listed releases, and names the last one in the version of the package made on request", async () => {
    expect((await zipOf("1.0.0")).status).toBe(404);
    await createRelease({ now: new Date("2026-11-01T03:00:00.000Z") });
    expect((await zipOf("1.0.0")).status).toBe(200);
    for (const version of ["2.0.0", "..%2F1.0.0", "1.0.0.json", "01.0.0"])
      expect((await zipOf(version)).status).toBe(404);
    const files = unzip(
      new Uint8Array(
        await (await getDataPackage(new Request("http://127.0.0.1/download/data-package.zip"))).arrayBuffer(),
      ),
    );
    expect(JSON.parse(files["datapackage.json"]!)).toMatchObject({
      version: expect.stringMatching(/^1\.0\.0\+\d{8}T\d{6}Z$/),
    });
  });

  it("finds the first release that holds a pinned instant", async () => {
    await createRelease({ now: new Date("2026-11-01T03:00:00.000Z") });
    await createRelease({ now: new Date("2026-12-01T03:00:00.000Z") });
    expect(releaseContaining(new Date("2026-10-15T00:00:00Z"))?.version).toBe("1.0.0");
    expect(releaseContaining(new Date("2026-11-01T03:00:00.000Z"))?.version).toBe("1.0.0");
    expect(releaseContaining(new Date("2026-11-01T03:00:00.001Z"))?.version).toBe("2.0.0");
    expect(releaseContaining(new Date("2026-12-05T00:00:00Z"))).toBeNull();
  });
});
