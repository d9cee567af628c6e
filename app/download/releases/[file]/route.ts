import fs from "node:fs";
import { Readable } from "node:stream";
import { releaseZipPath } from "@/lib/releases/release-store";

/**
 * A release's zip, as written by `npm run release`. It never changes, so it may be cached
 * for good; anything but a listed release's `<version>.zip` is a 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const version = file.endsWith(".zip") ? file.slice(0, -".zip".length) : null;
  const zipPath = version ? releaseZipPath(version) : null;
  if (!version || !zipPath) {
    return new Response("No such release.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const { size } = fs.statSync(zipPath);
  return new Response(Readable.toWeb(fs.createReadStream(zipPath)) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Length": String(size),
      "Content-Disposition": `attachment; filename="security-guarantees-data-package-${version}.zip"`,
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
