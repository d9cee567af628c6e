import Link from "next/link";
import { type CellDifference, describeDifference } from "@/lib/sharing/citation";

/**
 * Says that a page shows a pinned, cited view, and whether the data has changed since:
 * which cells, and where to see the current view and the corrections behind the change.
 */
export function PinnedViewNote({
  recordedAt,
  differences,
  currentHref,
}: {
  recordedAt: Date;
  differences: CellDifference[];
  currentHref: string;
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
    </div>
  );
}
