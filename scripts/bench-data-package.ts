// `npm run bench` section 5 (or alone: `DATABASE_URL=... tsx --conditions=react-server
// scripts/bench-data-package.ts`): building the whole-data-set package (what
// scripts/build-data-package.ts does for /download/data-package.zip, in its own process)
// on the database at DATABASE_URL (the large seed, scripts/seed-large.ts, is the case that
// matters): its size, the time to the last byte, and the process's peak memory while it is
// built. Run in its own process, so the peak is the download's.
import { listReleases } from "@/lib/releases/release-store";
import { dataPackageZipStream, snapshotVersion } from "@/lib/sharing/data-package";

async function main(): Promise<void> {
  const baseline = process.memoryUsage().rss;
  const started = performance.now();
  const now = new Date();
  const response = new Response(
    dataPackageZipStream({ now, edition: { version: snapshotVersion(listReleases().at(-1)?.version ?? null, now) } }),
  );
  const firstByte = performance.now() - started;
  let bytes = 0;
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
  }
  const total = performance.now() - started;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const mb = (value: number) => `${(value / 1024 / 1024).toFixed(1)} MB`;
  console.log(
    `data package: ${mb(bytes)} zipped, first byte ${(firstByte / 1000).toFixed(1)} s, last byte ${(total / 1000).toFixed(1)} s, peak RSS ${mb(peakRss)} (${mb(baseline)} before)`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
