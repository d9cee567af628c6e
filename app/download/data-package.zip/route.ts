import { buildDataPackageFiles, zipFiles } from "@/lib/sharing/data-package";

export async function GET(): Promise<Response> {
  const zip = zipFiles(await buildDataPackageFiles());
  return new Response(Buffer.from(zip), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": 'attachment; filename="security-guarantees-data-package.zip"',
      "Cache-Control": "public, max-age=300",
    },
  });
}
