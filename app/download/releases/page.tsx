import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { StanceMark } from "@/components/stance-mark";
import { formatDay } from "@/lib/dates/iso-day";
import { COMMITMENT_TYPE_INFO, isCommitmentType, isStance } from "@/lib/domain/taxonomy";
import type { StandingChange } from "@/lib/releases/release-contents";
import { listReleases, type ReleaseManifest, releaseDownloadPath } from "@/lib/releases/release-store";
import { countryPath } from "@/lib/reference/countries";

export const metadata: Metadata = {
  title: "Data releases",
  description:
    "Numbered, dated releases of the whole data set as a Frictionless Data Package, each with a citation file and what changed since the release before.",
  alternates: { canonical: "/download/releases" },
};

const TABLE_LABELS: Record<string, string> = {
  articles: "articles",
  statements: "statements",
  commitments: "commitments",
  positions: "position intervals",
};

function Stance({ stance }: { stance: string | null }) {
  if (stance === null) return <span className="text-slate-500">no position</span>;
  return isStance(stance) ? <StanceMark stance={stance} showLabel /> : <span>{stance}</span>;
}

function ChangedPosition({ change }: { change: StandingChange }) {
  return (
    <li className="flex flex-wrap items-center gap-2">
      <Link href={`${countryPath(change.country)}#${change.type}`} className="hover:underline">
        {change.country}
      </Link>
      <span>{isCommitmentType(change.type) ? COMMITMENT_TYPE_INFO[change.type].label : change.type}</span>
      <Stance stance={change.before} />
      <span aria-label="changed to">→</span>
      <Stance stance={change.after} />
    </li>
  );
}

function ReleaseItem({ release }: { release: ReleaseManifest }) {
  const created = new Date(release.created);
  const gains = Object.entries(TABLE_LABELS).map(([table, label]) => {
    const change = release.changes.rows[table] ?? 0;
    return `${release.contents.rows[table] ?? 0} ${label} (${change >= 0 ? "+" : "−"}${Math.abs(change)})`;
  });
  return (
    <li
      id={`release-${release.version}`}
      className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
      data-testid="release"
      data-version={release.version}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">
          Release {release.version}, {formatDay(created)}
        </h2>
        <a href={releaseDownloadPath(release.version)} className="underline" download>
          Download (zip, {(release.bytes / 1024).toFixed(0)} KB)
        </a>
      </div>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
        Everything recorded up to{" "}
        <time dateTime={release.created}>{release.created.replace("T", " ").slice(0, 19)}</time> UTC: {gains.join(", ")}
        {release.previous ? ` since release ${release.previous}` : ""}. SHA-256{" "}
        <code className="break-all text-xs">{release.sha256}</code>
      </p>
      <details className="mt-2 text-sm" open={release.changes.positions.length <= 10}>
        <summary>
          {release.changes.positions.length}{" "}
          {release.changes.positions.length === 1 ? "standing position" : "standing positions"} changed since{" "}
          {release.previous ? `release ${release.previous}` : "the start"}
        </summary>
        <ul className="mt-2 space-y-1" data-testid="release-changes">
          {release.changes.positions.map((change) => (
            <ChangedPosition key={`${change.country}/${change.type}`} change={change} />
          ))}
        </ul>
      </details>
    </li>
  );
}

export default async function ReleasesPage() {
  await connection(); // the releases directory is read on every request: a release appears at once
  const releases = listReleases().reverse();
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Data releases</h1>
      <p className="text-sm">
        Each release is the whole data set as a Frictionless Data Package (CSV tables, a datapackage.json that defines
        every field, and a CITATION.cff), made on a given day and never changed afterwards, so that a study can cite
        exactly what it used. For the data as of now, download{" "}
        <a href="/download/data-package.zip" className="underline">
          the current Data Package
        </a>
        .
      </p>
      {releases.length === 0 ? (
        <p className="text-sm" data-testid="no-releases">
          No release has been made yet.
        </p>
      ) : (
        <ol className="space-y-3">
          {releases.map((release) => (
            <ReleaseItem key={release.version} release={release} />
          ))}
        </ol>
      )}
    </div>
  );
}
