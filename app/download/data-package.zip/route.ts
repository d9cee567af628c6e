import { dataPackageZipStream } from "@/lib/sharing/data-package";

/** The whole data set, streamed as it is zipped (lib/sharing/data-package.ts). */
export function GET(): Response {
  return new Response(dataPackageZipStream(), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": 'attachment; filename="security-guarantees-data-package.zip"',
      "Cache-Control": "public, max-age=300",
    },
  });
}
