/**
 * The whole position history on both time axes, replayed from the commitments and their
 * corrections (pure: no database), as `npm run db:rebuild-positions` writes it. Every instant
 * at which the tracker recorded a change (a commitment created, corrected, retracted, or its
 * article retracted) is applied in order, and the window of days it can alter is derived
 * again and compared with the rows shown until then by the same functions as the incremental
 * maintenance (deriveWindow, planRevision), so both write the same rows.
 */
import {
  deriveWindow,
  planRevision,
  type PositionSource,
  type RecordedInterval,
  startOfUtcDay,
} from "./derive-intervals";

const DAY_MS = 86_400_000;

/** A commitment as stored now. */
export interface CommitmentRecord {
  id: string;
  countryCode: string;
  type: string;
  stance: string;
  condition: string | null;
  statedOn: Date;
  reviewState: string;
  createdAt: Date;
  retractedAt: Date | null;
  articleRetractedAt: Date | null;
}

/** What a commitment was before a correction at `at` (the audit event's before-snapshot). */
export interface CorrectionRecord {
  commitmentId: string;
  at: Date;
  before: Partial<Pick<CommitmentRecord, "countryCode" | "type" | "stance" | "condition" | "reviewState">>;
}

export interface HistoryRow extends RecordedInterval {
  countryCode: string;
  type: string;
}

type Fields = Pick<CommitmentRecord, "countryCode" | "type" | "stance" | "condition" | "reviewState">;

interface Event {
  at: number;
  commitment: CommitmentRecord;
  /** The commitment's fields from this instant on, or a retraction. */
  change: { fields: Fields } | { retracted: "commitment" | "article" };
}

interface Standing {
  cell: string;
  day: number;
  source: PositionSource;
}

interface Cell {
  countryCode: string;
  type: string;
  /** The standing commitments per day (00:00 UTC as a number), and those days in order. */
  byDay: Map<number, Map<string, PositionSource>>;
  days: number[];
  /** The rows shown (recordedUntil null) by their validFrom, and those days in order. */
  shown: Map<number, HistoryRow>;
  shownDays: number[];
}

function insertSorted(list: number[], value: number): void {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle]! < value) low = middle + 1;
    else high = middle;
  }
  if (list[low] !== value) list.splice(low, 0, value);
}

function removeSorted(list: number[], value: number): void {
  const index = firstAtOrAfter(list, value);
  if (list[index] === value) list.splice(index, 1);
}

/** The index of the first element >= value. */
function firstAtOrAfter(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function fieldsOf(record: Fields): Fields {
  const { countryCode, type, stance, condition, reviewState } = record;
  return { countryCode, type, stance, condition, reviewState };
}

/** Every change of every commitment, in order of the instant it was recorded at. */
function eventsOf(commitments: readonly CommitmentRecord[], corrections: readonly CorrectionRecord[]): Event[] {
  const correctionsOf = new Map<string, CorrectionRecord[]>();
  for (const correction of corrections) {
    const list = correctionsOf.get(correction.commitmentId) ?? [];
    list.push(correction);
    correctionsOf.set(correction.commitmentId, list);
  }
  const events: Event[] = [];
  for (const commitment of commitments) {
    const list = (correctionsOf.get(commitment.id) ?? []).sort((a, b) => a.at.getTime() - b.at.getTime());
    // What the commitment was after each step: the next correction's before-snapshot, else now.
    const stateBefore = (index: number): Fields =>
      index < list.length ? { ...fieldsOf(commitment), ...list[index]!.before } : fieldsOf(commitment);
    events.push({ at: commitment.createdAt.getTime(), commitment, change: { fields: stateBefore(0) } });
    list.forEach((correction, index) =>
      events.push({ at: correction.at.getTime(), commitment, change: { fields: stateBefore(index + 1) } }),
    );
    if (commitment.retractedAt) {
      events.push({ at: commitment.retractedAt.getTime(), commitment, change: { retracted: "commitment" } });
    }
    if (commitment.articleRetractedAt) {
      events.push({ at: commitment.articleRetractedAt.getTime(), commitment, change: { retracted: "article" } });
    }
  }
  return events.sort((a, b) => a.at - b.at);
}

export function replayPositionHistory(
  commitments: readonly CommitmentRecord[],
  corrections: readonly CorrectionRecord[],
): HistoryRow[] {
  const cells = new Map<string, Cell>();
  const cellOf = (countryCode: string, type: string): Cell => {
    const key = `${countryCode}|${type}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { countryCode, type, byDay: new Map(), days: [], shown: new Map(), shownDays: [] };
      cells.set(key, cell);
    }
    return cell;
  };
  const state = new Map<string, { fields: Fields; retracted: boolean; standing: Standing | null }>();
  const rows: HistoryRow[] = [];

  const events = eventsOf(commitments, corrections);
  for (let start = 0; start < events.length;) {
    const at = events[start]!.at;
    let end = start;
    while (end < events.length && events[end]!.at === at) end++;
    const changedDays = new Map<Cell, number[]>();
    const touch = (cell: Cell, day: number) => changedDays.set(cell, [...(changedDays.get(cell) ?? []), day]);

    for (const event of events.slice(start, end)) {
      const { commitment } = event;
      const known = state.get(commitment.id) ?? { fields: fieldsOf(commitment), retracted: false, standing: null };
      if ("fields" in event.change) known.fields = event.change.fields;
      else known.retracted = true;
      const day = startOfUtcDay(commitment.statedOn).getTime();
      const stands = known.fields.reviewState === "accepted" && !known.retracted;
      if (known.standing) {
        const cell = cellOf(...(known.standing.cell.split("|") as [string, string]));
        const sameDay = cell.byDay.get(known.standing.day)!;
        sameDay.delete(commitment.id);
        if (sameDay.size === 0) {
          cell.byDay.delete(known.standing.day);
          removeSorted(cell.days, known.standing.day);
        }
        touch(cell, known.standing.day);
        known.standing = null;
      }
      if (stands) {
        const cell = cellOf(known.fields.countryCode, known.fields.type);
        const source: PositionSource = {
          commitmentId: commitment.id,
          stance: known.fields.stance,
          condition: known.fields.condition,
          statedOn: commitment.statedOn,
          recordedAt: commitment.createdAt,
        };
        let sameDay = cell.byDay.get(day);
        if (!sameDay) {
          sameDay = new Map();
          cell.byDay.set(day, sameDay);
          insertSorted(cell.days, day);
        }
        sameDay.set(commitment.id, source);
        touch(cell, day);
        known.standing = { cell: `${cell.countryCode}|${cell.type}`, day, source };
      }
      state.set(commitment.id, known);
    }

    const recordedAt = new Date(at);
    for (const [cell, days] of changedDays) {
      const first = Math.min(...days);
      const last = Math.max(...days);
      const firstIndex = firstAtOrAfter(cell.shownDays, first);
      const beforeDays = cell.shownDays.slice(Math.max(0, firstIndex - 2), firstIndex).reverse();
      const afterDay = cell.shownDays[firstAtOrAfter(cell.shownDays, last + 1)] ?? null;
      const from = beforeDays[0] ?? first;
      const to = afterDay ?? last;
      const sources: PositionSource[] = [];
      for (let index = firstAtOrAfter(cell.days, from); index < cell.days.length; index++) {
        const day = cell.days[index]!;
        if (day >= to + DAY_MS) break;
        sources.push(...cell.byDay.get(day)!.values());
      }
      const derived = deriveWindow(
        sources,
        beforeDays[1] === undefined ? null : cell.shown.get(beforeDays[1])!.stance,
        afterDay,
        afterDay === null ? null : cell.shown.get(afterDay)!.validUntil,
      );
      const current = cell.shownDays
        .slice(firstAtOrAfter(cell.shownDays, from), firstAtOrAfter(cell.shownDays, to + 1))
        .map((day) => cell.shown.get(day)!);
      const plan = planRevision(current, derived);
      for (const row of plan.close) {
        cell.shown.delete(row.validFrom.getTime());
        removeSorted(cell.shownDays, row.validFrom.getTime());
        row.recordedUntil = recordedAt;
      }
      for (const interval of plan.create) {
        const row: HistoryRow = {
          countryCode: cell.countryCode,
          type: cell.type,
          ...interval,
          recordedFrom: recordedAt,
          recordedUntil: null,
        };
        rows.push(row);
        cell.shown.set(row.validFrom.getTime(), row);
        insertSorted(cell.shownDays, row.validFrom.getTime());
      }
    }
    start = end;
  }
  return rows;
}
