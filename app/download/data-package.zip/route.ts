import fs from "node:fs";
import { Readable } from "node:stream";
import { getLatestChangeInstant } from "@/lib/queries/get-latest-change";
import { listReleases } from "@/lib/releases/release-store";
import { dataPackageFile, dataPackageKey } from "@/lib/sharing/data-package-file";

/**
 * The whole data set as of the last recorded change, built once per change in a child
 * process and served from its file (lib/sharing/data-package-file.ts). Its version names the
 * last release and the instant it was made; the numbered releases, which never change, are at
 * /download/releases. The ETag names the change's instant and the last release, so a client or
 * CDN that has this state of the data gets a 304.
 */
export async function GET(request: Request): Promise<Response> {
  const key = dataPackageKey(await getLatestChangeInstant(), listReleases().at(-1)?.version ?? null);
  const etag = `"data-package-${key}"`;
  const headers = {
    ETag: etag,
    "Cache-Control": "public, max-age=300, s-maxage=300, stale-while-revalidate=3600",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  const file = await dataPackageFile(key);
  const { size } = fs.statSync(file);
  return new Response(Readable.toWeb(fs.createReadStream(file)) as ReadableStream<Uint8Array>, {
    headers: {
      ...headers,
      "Content-Type": "application/zip",
      "Content-Length": String(size),
      "Content-Disposition": 'attachment; filename="security-guarantees-data-package.zip"',
    },
  });
}
