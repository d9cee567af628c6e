import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as getDataPackage } from "@/app/download/data-package.zip/route";
import { createPublishedArticle } from "@/lib/test/factories";
import { resetContent } from "@/lib/test/reset-content";
import { dataPackageDirectory } from "./data-package-file";

beforeEach(resetContent);
beforeAll(() => {
  process.env.DATA_PACKAGE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-packages-"));
  process.env.RELEASES_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-no-releases-"));
});
afterAll(() => {
  for (const name of ["DATA_PACKAGE_DIR", "RELEASES_DIR"] as const) {
    fs.rmSync(process.env[name]!, { recursive: true, force: true });
    delete process.env[name];
  }
});

const request = (headers: Record<string, string> = {}) =>
  new Request("http://127.0.0.1/download/data-package.zip", { headers });

const statementsIn = async (response: Response) =>
  strFromU8(unzipSync(new Uint8Array(await response.arrayBuffer()))["statements.csv"]!)
    .trim()
    .split("\n").length - 1;

describe("the whole-data-set download", () => {
  // Two builds in a child process each: about 25 s on a machine at a load average of 15, so
  // the timeout leaves room for a loaded CI machine (nothing here is timed).
  it(
    "is built once per state of the data, in another process, and served from its file with an ETag",
    { timeout: 120_000 },
    async () => {
      await createPublishedArticle({
        published: "2026-02-01",
        positions: [{ country: "FR", commitment: "troops", stance: "committed", sentence: "France sends troops." }],
      });
      // Three readers at once: one build, the same file for all.
      const answers = await Promise.all([
        getDataPackage(request()),
        getDataPackage(request()),
        getDataPackage(request()),
      ]);
      const etag = answers[0]!.headers.get("etag");
      expect(etag).toMatch(/^"data-package-[0-9a-f]{12}-\d+-0\.0\.0"$/);
      expect(answers.map((answer) => answer.headers.get("etag"))).toEqual([etag, etag, etag]);
      expect(await Promise.all(answers.map(statementsIn))).toEqual([1, 1, 1]);
      const files = () => fs.readdirSync(dataPackageDirectory()).filter((name) => name.endsWith(".zip"));
      expect(files()).toHaveLength(1);
      const built = fs.statSync(path.join(dataPackageDirectory(), files()[0]!)).mtimeMs;

      expect((await getDataPackage(request({ "if-none-match": etag! }))).status).toBe(304);
      await getDataPackage(request());
      expect(fs.statSync(path.join(dataPackageDirectory(), files()[0]!)).mtimeMs).toBe(built);

      // A publish is a new state: a new package, and the old file goes.
      await createPublishedArticle({
        published: "2026-02-02",
        positions: [{ country: "DE", commitment: "air", stance: "supports", sentence: "Germany backs air cover." }],
      });
      const after = await getDataPackage(request({ "if-none-match": etag! }));
      expect(after.status).toBe(200);
      expect(after.headers.get("etag")).not.toBe(etag);
      expect(await statementsIn(after)).toBe(2);
      expect(files()).toHaveLength(1);
    },
  );
});
