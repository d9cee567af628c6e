import { listReleases } from "@/lib/releases/release-store";
import { dataPackageZipStream, snapshotVersion } from "@/lib/sharing/data-package";

/**
 * The whole data set as of now, streamed as it is zipped (lib/sharing/data-package.ts). Its
 * version names the last release and the instant it was made; the numbered releases, which
 * never change, are at /download/releases.
 */
export function GET(): Response {
  const now = new Date();
  const edition = { version: snapshotVersion(listReleases().at(-1)?.version ?? null, now) };
  return new Response(dataPackageZipStream({ now, edition }), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": 'attachment; filename="security-guarantees-data-package.zip"',
      "Cache-Control": "public, max-age=300",
    },
  });
}
