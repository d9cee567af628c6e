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

/** A position interval as stored: its statement-time content and its recorded-time span. */
export interface RecordedInterval extends DerivedInterval {
  recordedFrom: Date;
  recordedUntil: Date | null;
}

const sameTime = (a: Date | null, b: Date | null) =>
  a === null ? b === null : b !== null && a.getTime() === b.getTime();

/** True when two intervals say the same thing: then the stored row stands and no new version is recorded. */
export function isSameInterval(a: DerivedInterval, b: DerivedInterval): boolean {
  return (
    a.commitmentId === b.commitmentId &&
    a.stance === b.stance &&
    a.condition === b.condition &&
    sameTime(a.validFrom, b.validFrom) &&
    sameTime(a.validUntil, b.validUntil) &&
    a.contested === b.contested &&
    a.isStanceChange === b.isStanceChange
  );
}

/** What a change recorded at one instant does to the stored rows of one cell's window of days. */
export interface RevisionPlan<Row> {
  /** Rows the tracker stops showing at the instant (recordedUntil set to it). */
  close: Row[];
  /** Intervals recorded from the instant. */
  create: DerivedInterval[];
}

/**
 * Compares the rows shown until now (recordedUntil null) for a window of days with the
 * intervals derived again for it at `recordedAt`. An unchanged row stands; a changed one is
 * closed at the instant and its successor recorded from it. The result depends only on what
 * is shown before and after the instant, so the incremental maintenance and the rebuild
 * (which replays every instant) write the same rows. Each change has an instant of its own
 * (beginRecordedChange), and derives each of its cells once.
 */
export function planRevision<Row extends RecordedInterval>(
  shown: readonly Row[],
  derived: readonly DerivedInterval[],
): RevisionPlan<Row> {
  const kept = new Set<Row>();
  const create: DerivedInterval[] = [];
  for (const interval of derived) {
    const standing = shown.find((row) => !kept.has(row) && isSameInterval(row, interval));
    if (standing) kept.add(standing);
    else create.push(interval);
  }
  return { close: shown.filter((row) => !kept.has(row)), create };
}

/**
 * The intervals of the days of a window, derived from the commitments stated in it:
 * `stanceBefore` is the stance of the interval before the window, and `untilAfter` the end
 * of the window's last day's interval when that day is not the last day with a statement
 * (it is then the next such day, outside the window).
 */
export function deriveWindow(
  sources: readonly PositionSource[],
  stanceBefore: string | null,
  lastDay: number | null,
  untilAfter: Date | null,
): DerivedInterval[] {
  const intervals = derivePositionIntervals(sources, stanceBefore);
  const last = intervals.at(-1);
  if (last && lastDay !== null && last.validFrom.getTime() === lastDay) last.validUntil = untilAfter;
  return intervals;
}
