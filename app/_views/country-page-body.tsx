import Link from "next/link";
import { CountryFlag } from "@/components/country-flag";
import { EvidenceQuote } from "@/components/evidence-quote";
import { StanceMark } from "@/components/stance-mark";
import { formatDay } from "@/lib/dates/iso-day";
import { COMMITMENT_TYPE_INFO, STANCE_INFO } from "@/lib/domain/taxonomy";
import type { CommitmentChange, CountryStance } from "@/lib/queries/get-country-stance";
import { BLOC_LABELS } from "@/lib/reference/countries";
import { dayQueryOf } from "@/lib/view-state/view-params";
import { standingStancesOf } from "@/lib/positions/country-answer";
import { ViewHeader } from "@/components/view-header";

function CommitmentChanges({ changes }: { changes: CommitmentChange[] }) {
  if (changes.length === 0) return null;
  return (
    <ul className="mt-2 space-y-1 text-xs text-slate-600 dark:text-slate-300" aria-label="Corrections">
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

/** One country at one day: its stance per type, each type's timeline of changes, its speakers and corrections. */
export function CountryPageBody({
  stance,
  isToday,
  toolbar,
  pinnedNote,
}: {
  stance: CountryStance;
  isToday: boolean;
  /** The view's Download, Embed and Cite controls. */
  toolbar?: React.ReactNode;
  /**
   * A cited view (`v=`): the note saying what has changed since, above the positions and
   * timelines as the tracker showed them then (`stance` is read at the pinned instant).
   */
  pinnedNote?: React.ReactNode;
}) {
  const { asOf } = stance;
  const standings = standingStancesOf(stance.entries);
  const dayQuery = dayQueryOf(asOf, isToday);
  const stated = stance.entries.filter((entry) => entry.current);
  const silent = stance.entries.filter((entry) => !entry.current);
  const speakers = [
    ...new Set(
      stance.entries.flatMap((entry) =>
        entry.history.map((commitment) => commitment.speaker).filter((s) => s !== null),
      ),
    ),
  ].sort();

  return (
    <article className="space-y-6" data-dark-ready>
      <ViewHeader toolbar={toolbar}>
        <Link href={`/${dayQuery}`} className="text-sm text-slate-600 hover:underline dark:text-slate-300">
          ← Matrix
        </Link>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">
          <CountryFlag code={stance.code} className="mr-2 h-5 w-[1.875rem]" />
          {stance.name}
        </h1>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {stance.region}
          {stance.memberships.length > 0
            ? ` · ${stance.memberships.map((bloc) => BLOC_LABELS[bloc]).join(", ")}`
            : ""}{" "}
          · {isToday ? "positions today" : `positions as of ${asOf}`}
        </p>
        {/* The answer a shared link is opened for, in its first screen: each stance and since when. */}
        {!pinnedNote && standings.length > 0 ? (
          <section aria-labelledby="summary-title" className="mt-3">
            <h2 id="summary-title" className="text-sm font-semibold">
              {stance.name}&apos;s stance {isToday ? "today" : `as of ${asOf}`}
            </h2>
            <ul className="mt-1 space-y-1 text-sm" data-testid="country-summary">
              {standings.map((standing) => (
                <li key={standing.type} className="flex flex-wrap items-center gap-x-2" data-type={standing.type}>
                  <a href={`#${standing.type}`} className="font-medium underline-offset-2 hover:underline">
                    {COMMITMENT_TYPE_INFO[standing.type].label}
                  </a>
                  <StanceMark stance={standing.stance} showLabel />
                  <span className="text-slate-700 dark:text-slate-300">since {formatDay(standing.since)}</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </ViewHeader>

      {pinnedNote}
      {
        <>
          {stated.length === 0 ? (
            <p className="rounded border border-dashed border-slate-300 p-6 text-slate-600 dark:border-slate-600 dark:text-slate-300">
              No recorded positions for {stance.name} {pinnedNote ? "then" : isToday ? "yet" : `as of ${asOf}`}.
            </p>
          ) : (
            <ul className="space-y-4" data-testid={pinnedNote ? "pinned-positions" : "positions"}>
              {stated.map((entry) => (
                <li
                  key={entry.type}
                  id={entry.type}
                  className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
                  data-type={entry.type}
                >
                  <div className="flex flex-wrap items-center gap-2">
                    <h2 className="font-medium">
                      {/* Every country's stance on this type, with its map. */}
                      <Link
                        href={`/commitments/${entry.type}${dayQuery}`}
                        className="underline decoration-slate-400 underline-offset-2 hover:decoration-current"
                        data-testid="commitment-link"
                      >
                        {COMMITMENT_TYPE_INFO[entry.type].label}
                      </Link>
                    </h2>
                    <StanceMark stance={entry.current!.stance} showLabel />
                    {entry.contested ? (
                      <span className="text-sm font-medium text-amber-800 dark:text-amber-300" data-testid="contested">
                        ⚑ contested: different stances were stated that day
                      </span>
                    ) : null}
                    {entry.current!.condition ? (
                      <span className="text-sm text-slate-600 dark:text-slate-300">
                        condition: {entry.current!.condition}
                      </span>
                    ) : null}
                  </div>
                  <div className="mt-3" data-testid="current-evidence">
                    <EvidenceQuote commitment={entry.current!} />
                  </div>
                  <CommitmentChanges changes={entry.current!.changes} />
                  {entry.timeline.length > 1 ? (
                    <section
                      className="mt-3 text-sm"
                      aria-label={`Timeline of ${COMMITMENT_TYPE_INFO[entry.type].label}`}
                    >
                      <h3 className="font-medium text-slate-700 dark:text-slate-200">Timeline of stance changes</h3>
                      <ol
                        className="mt-2 space-y-3 border-l-2 border-slate-200 pl-3 dark:border-slate-700"
                        data-testid="timeline"
                      >
                        {entry.timeline.map((point) => (
                          <li key={point.since.toISOString()} className="flex flex-col gap-1">
                            <span className="flex items-center gap-2 text-xs text-slate-600 dark:text-slate-300">
                              <time dateTime={point.since.toISOString().slice(0, 10)}>{formatDay(point.since)}</time>
                              <StanceMark stance={point.stance} showLabel />
                              {point.contested ? <span>⚑ contested</span> : null}
                            </span>
                            <EvidenceQuote commitment={point.commitment} />
                          </li>
                        ))}
                      </ol>
                    </section>
                  ) : null}
                  {entry.history.length > 1 ? (
                    <details className="mt-3 text-sm" data-testid="cell-history">
                      <summary className="cursor-pointer text-slate-600 dark:text-slate-300">
                        Every statement on this ({entry.history.length - 1} more)
                      </summary>
                      <ol className="mt-2 space-y-3">
                        {entry.history
                          .filter((earlier) => earlier.id !== entry.current!.id)
                          .map((earlier) => (
                            <li key={earlier.id} className="flex flex-col gap-1">
                              <span className="flex items-center gap-2 text-xs text-slate-600 dark:text-slate-300">
                                <StanceMark stance={earlier.stance} showLabel /> {formatDay(earlier.statedOn)}
                                {earlier.retracted ? (
                                  <span className="font-medium uppercase text-rose-700 dark:text-rose-300">
                                    retracted
                                  </span>
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
            <p className="text-sm text-slate-600 dark:text-slate-300">
              No recorded position on:{" "}
              {silent.map((entry, index) => (
                <span key={entry.type}>
                  {index > 0 ? ", " : null}
                  {/* Who else has a stance on it: the type's own page. */}
                  <Link href={`/commitments/${entry.type}${dayQuery}`} className="underline">
                    {COMMITMENT_TYPE_INFO[entry.type].label}
                  </Link>
                </span>
              ))}
              .
            </p>
          ) : null}
        </>
      }

      {speakers.length > 0 ? (
        <section aria-labelledby="speakers-title" className="text-sm">
          <h2 id="speakers-title" className="font-medium">
            Who spoke for {stance.name}
          </h2>
          <p className="text-slate-600 dark:text-slate-300" data-testid="speakers">
            {speakers.join(", ")}
          </p>
        </section>
      ) : null}
    </article>
  );
}
