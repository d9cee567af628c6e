import Link from "next/link";
import { formatDay } from "@/lib/dates/iso-day";
import type { ReleaseManifest } from "@/lib/releases/release-store";
import { type CellDifference, describeDifference } from "@/lib/sharing/citation";

/**
 * Says that a page shows a pinned, cited view, and whether the data has changed since:
 * which cells, and where to see the current view and the corrections behind the change; and
 * the first numbered release made after it, which holds everything the view was made from.
 */
export function PinnedViewNote({
  recordedAt,
  differences,
  currentHref,
  release,
}: {
  recordedAt: Date;
  differences: CellDifference[];
  currentHref: string;
  release: Pick<ReleaseManifest, "version" | "created"> | null;
}) {
  const changed = differences.length > 0;
  return (
    <div
      role="status"
      data-testid="pinned-note"
      data-changed={changed ? "true" : "false"}
      className={`rounded-lg border p-3 text-sm ${changed ? "border-amber-400 bg-amber-50 dark:border-amber-700 dark:bg-amber-950" : "border-slate-300 bg-white dark:border-slate-600 dark:bg-slate-900"}`}
    >
      <p className="font-medium">
        A cited view: what the tracker showed at {recordedAt.toISOString().replace("T", " ").slice(0, 19)} UTC.
      </p>
      {changed ? (
        <>
          <p className="mt-1">
            The data has changed since: {differences.length}{" "}
            {differences.length === 1 ? "position differs" : "positions differ"}.
          </p>
          <ul className="mt-1 list-disc pl-5" data-testid="pinned-differences">
            {differences.slice(0, 10).map((difference) => (
              <li key={`${difference.code}-${difference.type}`}>{describeDifference(difference)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-1">The data shown has not changed since.</p>
      )}
      <p className="mt-2 flex flex-wrap gap-4">
        <Link href={currentHref} className="underline">
          See the current view
        </Link>
        <Link href="/corrections" className="underline">
          Corrections log
        </Link>
      </p>
      <p className="mt-2" data-testid="pinned-release">
        {release ? (
          <>
            The data set this view was made from is in{" "}
            <a href={`/download/releases#release-${release.version}`} className="underline">
              release {release.version} of {formatDay(new Date(release.created))}
            </a>
            .
          </>
        ) : (
          <>
            No{" "}
            <Link href="/download/releases" className="underline">
              release
            </Link>{" "}
            has been made since; the next one will hold this view&rsquo;s data.
          </>
        )}
      </p>
    </div>
  );
}
