import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CountryFlag } from "@/components/country-flag";
import { EvidenceQuote } from "@/components/evidence-quote";
import { ShareControls } from "@/components/share-controls";
import { StanceBadge } from "@/components/stance-badge";
import { COMMITMENT_TYPE_INFO, STANCE_INFO } from "@/lib/domain/taxonomy";
import { dateQueryOf, resolveAsOf } from "@/lib/view-state/as-of";
import { formatDay } from "@/lib/dates/iso-day";
import { type CommitmentChange, getCountryStance } from "@/lib/queries/get-country-stance";
import { BLOC_LABELS, countryPath } from "@/lib/reference/countries";
import { shareMetadata } from "@/lib/sharing/page-metadata";
import { absoluteUrl } from "@/lib/sharing/site-url";

type CountryPageProps = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Shared by generateMetadata and the page, so one request reads the database once.
const getCountryStanceCached = cache(getCountryStance);

export async function generateMetadata({ params, searchParams }: CountryPageProps): Promise<Metadata> {
  const [{ code }, { date }] = await Promise.all([params, searchParams]);
  const { asOf, isToday } = resolveAsOf(date);
  const stance = await getCountryStanceCached(code, asOf);
  if (!stance) return { title: "Country not found" };
  const stated = stance.entries.filter((entry) => entry.current);
  const summary = stated
    .map((entry) => `${COMMITMENT_TYPE_INFO[entry.type].shortLabel}: ${STANCE_INFO[entry.current!.stance].label}`)
    .join(" · ");
  const path = countryPath(stance.code);
  const viewQuery = isToday ? "" : `?at=${asOf}`;
  return shareMetadata({
    title: `${stance.name}: security guarantees for Ukraine, as of ${asOf}`,
    description: summary
      ? `As of ${asOf}: ${summary}.`
      : `No recorded positions for ${stance.name} on security guarantees for Ukraine as of ${asOf}.`,
    canonical: `${path}${viewQuery}`,
    image: `/og${path}${viewQuery}`,
    imageAlt: `${stance.name}'s stances on security guarantees for Ukraine as of ${asOf}`,
    feeds: [{ url: `${path}/feed.atom`, title: `${stance.name}: new statements (Atom)` }],
  });
}

function CommitmentChanges({ changes }: { changes: CommitmentChange[] }) {
  if (changes.length === 0) return null;
  return (
    <ul className="mt-2 space-y-1 text-xs text-slate-500" aria-label="Corrections">
      {changes.map((change) => (
        <li key={change.at.toISOString() + change.action}>
          {change.action === "corrected" ? "Corrected" : "Retracted"} on {formatDay(change.at)}
          {change.by ? ` by ${change.by}` : ""}
          {change.stanceBefore ? ` (was ${STANCE_INFO[change.stanceBefore].label.toLowerCase()})` : ""}
          {change.note ? `: ${change.note}` : ""}
        </li>
      ))}
    </ul>
  );
}

export default async function CountryPage({ params, searchParams }: CountryPageProps) {
  const [{ code }, { date }] = await Promise.all([params, searchParams]);
  const { asOf, isToday } = resolveAsOf(date);
  const stance = await getCountryStanceCached(code, asOf);
  if (!stance) notFound();
  const stated = stance.entries.filter((entry) => entry.current);
  const silent = stance.entries.filter((entry) => !entry.current);
  const viewQuery = isToday ? "" : `?at=${asOf}`;

  return (
    <article className="space-y-6">
      <div>
        <Link href={`/${dateQueryOf(asOf, isToday)}`} className="text-sm text-slate-600 hover:underline">
          ← Matrix
        </Link>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">
          <CountryFlag code={stance.code} className="mr-2 h-5 w-[1.875rem]" />
          {stance.name}
        </h1>
        <p className="text-sm text-slate-600">
          {stance.region}
          {stance.memberships.length > 0
            ? ` · ${stance.memberships.map((bloc) => BLOC_LABELS[bloc]).join(", ")}`
            : ""}{" "}
          · {isToday ? "positions today" : `positions as of ${asOf}`}
        </p>
        <div className="mt-3">
          <ShareControls
            downloads={[
              { label: "This country as CSV", href: `/download${countryPath(stance.code)}.csv${viewQuery}` },
              { label: "API: this country", href: `/api/v1${countryPath(stance.code)}${viewQuery}` },
              { label: "The whole data set (Data Package, zip)", href: "/download/data-package.zip" },
              { label: `Atom feed of ${stance.name}'s new statements`, href: `${countryPath(stance.code)}/feed.atom` },
            ]}
            embedUrl={absoluteUrl(`/embed${countryPath(stance.code)}${viewQuery}`)}
          />
        </div>
      </div>

      {stated.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 p-6 text-slate-600">
          No recorded positions for {stance.name} {isToday ? "yet" : `as of ${asOf}`}.
        </p>
      ) : (
        <ul className="space-y-4">
          {stated.map((entry) => (
            <li
              key={entry.type}
              id={entry.type}
              className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4"
              data-type={entry.type}
            >
              <div className="flex flex-wrap items-center gap-2">
                <h2 className="font-medium">{COMMITMENT_TYPE_INFO[entry.type].label}</h2>
                <StanceBadge stance={entry.current!.stance} />
                {entry.current!.condition ? (
                  <span className="text-sm text-slate-600">condition: {entry.current!.condition}</span>
                ) : null}
              </div>
              <div className="mt-3" data-testid="current-evidence">
                <EvidenceQuote commitment={entry.current!} />
              </div>
              <CommitmentChanges changes={entry.current!.changes} />
              {entry.history.length > 1 ? (
                <details className="mt-3 text-sm" data-testid="cell-history">
                  <summary className="cursor-pointer text-slate-600">
                    History of this position ({entry.history.length - 1} more)
                  </summary>
                  <ol className="mt-2 space-y-3">
                    {entry.history
                      .filter((earlier) => earlier.id !== entry.current!.id)
                      .map((earlier) => (
                        <li key={earlier.id} className="flex flex-col gap-1">
                          <span className="flex items-center gap-2 text-xs text-slate-500">
                            <StanceBadge stance={earlier.stance} /> {formatDay(earlier.statedOn)}
                            {earlier.retracted ? (
                              <span className="font-medium uppercase text-rose-700">retracted</span>
                            ) : null}
                          </span>
                          <EvidenceQuote commitment={earlier} />
                          <CommitmentChanges changes={earlier.changes} />
                        </li>
                      ))}
                  </ol>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      )}

      {silent.length > 0 ? (
        <p className="text-sm text-slate-500">
          No recorded position on: {silent.map((entry) => COMMITMENT_TYPE_INFO[entry.type].label).join(", ")}.
        </p>
      ) : null}
    </article>
  );
}
