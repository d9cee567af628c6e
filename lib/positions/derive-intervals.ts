/**
 * How positions are derived from commitments, as pure functions (no database), so that the
 * incremental maintenance, the rebuild and the tests share one definition.
 *
 * The stance that stands for a country and a commitment type at a date D is the one of the
 * latest accepted, unretracted commitment (in an unretracted article) stated on or before
 * D. Dates are calendar days (UTC). Ties on one day: the commitment recorded last (by
 * creation time, then by id) stands, because it is the most recent report of that day; when
 * the commitments of that day disagree on the stance, the position is marked contested and
 * the cell says so.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** An accepted, unretracted commitment of one country and type, as the derivation needs it. */
export interface PositionSource {
  commitmentId: string;
  stance: string;
  condition: string | null;
  statedOn: Date;
  /** When the commitment was recorded: decides between commitments stated on one day. */
  recordedAt: Date;
}

export interface DerivedInterval {
  commitmentId: string;
  stance: string;
  condition: string | null;
  validFrom: Date;
  validUntil: Date | null;
  contested: boolean;
  isStanceChange: boolean;
}

/** 00:00 UTC of the date's day. */
export function startOfUtcDay(date: Date): Date {
  return new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS);
}

/** True when `a` was recorded after `b`: the later record of one day stands. */
function isRecordedAfter(a: PositionSource, b: PositionSource): boolean {
  const difference = a.recordedAt.getTime() - b.recordedAt.getTime();
  return difference !== 0 ? difference > 0 : a.commitmentId > b.commitmentId;
}

/**
 * The intervals of one country and type from the given commitments: one per day on which
 * something was stated, each standing until the next. `previousStance` is the stance that
 * stood before the first of these days (when only a tail of the history is recomputed).
 */
export function derivePositionIntervals(
  sources: readonly PositionSource[],
  previousStance: string | null = null,
): DerivedInterval[] {
  const byDay = new Map<number, PositionSource[]>();
  for (const source of sources) {
    const day = startOfUtcDay(source.statedOn).getTime();
    const list = byDay.get(day);
    if (list) list.push(source);
    else byDay.set(day, [source]);
  }
  const days = [...byDay.keys()].sort((a, b) => a - b);
  const intervals: DerivedInterval[] = [];
  let stanceBefore = previousStance;
  days.forEach((day, index) => {
    const sameDay = byDay.get(day)!;
    let standing = sameDay[0]!;
    for (const source of sameDay) if (isRecordedAfter(source, standing)) standing = source;
    const next = days[index + 1];
    intervals.push({
      commitmentId: standing.commitmentId,
      stance: standing.stance,
      condition: standing.condition,
      validFrom: new Date(day),
      validUntil: next === undefined ? null : new Date(next),
      contested: new Set(sameDay.map((source) => source.stance)).size > 1,
      isStanceChange: standing.stance !== stanceBefore,
    });
    stanceBefore = standing.stance;
  });
  return intervals;
}

/** The interval that stands at the day `at` (00:00 UTC), if any. */
export function intervalAt<T extends { validFrom: Date; validUntil: Date | null }>(
  intervals: readonly T[],
  at: Date,
): T | null {
  const day = startOfUtcDay(at).getTime();
  return (
    intervals.find(
      (interval) =>
        interval.validFrom.getTime() <= day && (interval.validUntil === null || interval.validUntil.getTime() > day),
    ) ?? null
  );
}
