/**
 * What a country page answers first: the country's stance on each guarantee and since when.
 * The page's first screen, its title and description and its preview image all say it from
 * this one function, so a shared link says the same wherever it is read.
 */
import { formatDay } from "@/lib/dates/iso-day";
import { COMMITMENT_TYPE_INFO, type CommitmentType, STANCE_INFO, type Stance, STANCES } from "@/lib/domain/taxonomy";

export interface StandingStance {
  type: CommitmentType;
  stance: Stance;
  /** The day the country took this stance (the first statement of the stance that still stands). */
  since: Date;
}

interface EntryLike {
  type: CommitmentType;
  current: { stance: Stance; statedOn: Date } | null;
  timeline: { since: Date; stance: Stance }[];
}

/** Each type the country has a stance on, strongest engagement first, with the day it took it. */
export function standingStancesOf(entries: readonly EntryLike[]): StandingStance[] {
  return entries
    .flatMap((entry) => {
      if (!entry.current) return [];
      const latest = entry.timeline[0];
      const since = latest && latest.stance === entry.current.stance ? latest.since : entry.current.statedOn;
      return [{ type: entry.type, stance: entry.current.stance, since }];
    })
    .sort((a, b) => STANCES.indexOf(a.stance) - STANCES.indexOf(b.stance));
}

/** "Troops: Committed since 3 Mar 2025" */
export function standingLabel(standing: StandingStance): string {
  return `${COMMITMENT_TYPE_INFO[standing.type].shortLabel}: ${STANCE_INFO[standing.stance].label} since ${formatDay(standing.since)}`;
}

/** The stances grouped, for a title: "Committed: Arms, Funding · Ruled out: Troops". */
export function countryTitleSummary(standings: readonly StandingStance[]): string {
  return STANCES.flatMap((stance) => {
    const types = standings.filter((standing) => standing.stance === stance);
    return types.length === 0
      ? []
      : [`${STANCE_INFO[stance].label}: ${types.map((t) => COMMITMENT_TYPE_INFO[t.type].shortLabel).join(", ")}`];
  }).join(" · ");
}

/** The sentence for a description: every stance with its day, or that nothing is recorded. */
export function countryAnswer(name: string, standings: readonly StandingStance[], when: string): string {
  if (standings.length === 0) return `${name} has no recorded position on security guarantees for Ukraine ${when}.`;
  return `${name}, ${when}: ${standings.map(standingLabel).join("; ")}.`;
}
