import "server-only";
import { getDb } from "@/lib/db/client";
import { COMMITMENT_TYPES, type CommitmentType, isCommitmentType, isStance, type Stance } from "@/lib/domain/taxonomy";
import { startOfUtcDay } from "@/lib/positions/derive-intervals";
import type { Bloc } from "@/lib/reference/countries";
import { parseIsoDay } from "@/lib/dates/iso-day";
import { SPEAKER_SELECT, speakerOf } from "@/lib/positions/statement-speaker";

export interface MatrixCell {
  commitmentId: string;
  statementId: string;
  articleId: string;
  stance: Stance;
  condition: string | null;
  /** Two or more different stances were stated on the day of the standing statement. */
  contested: boolean;
  statedOn: Date;
  sentence: string;
  speaker: string | null;
  articleTitle: string;
  outlet: string;
  url: string | null;
}

export interface MatrixRow {
  code: string;
  name: string;
  region: string;
  cells: Partial<Record<CommitmentType, MatrixCell>>;
}

export interface MatrixFilters {
  types?: readonly CommitmentType[];
  stances?: readonly Stance[];
  bloc?: Bloc | null;
  region?: string | null;
  /** Part of a country's name or its code, any case. */
  q?: string | null;
  /** One country or actor (ISO code, any case): a country view's row. */
  countryCode?: string | null;
}

export interface Matrix {
  asOf: string;
  types: readonly CommitmentType[];
  rows: MatrixRow[];
}

/**
 * The Prisma filter for "the rows the tracker showed at the instant `recordedAt`" (recorded
 * by then and not replaced by then), or, without one, the rows it shows now: the recorded-time
 * axis of the position history, the same index-backed read for a live and a cited view.
 */
export function shownAt(recordedAt: Date | null = null) {
  return recordedAt
    ? {
        recordedFrom: { lte: recordedAt },
        AND: [{ OR: [{ recordedUntil: null }, { recordedUntil: { gt: recordedAt } }] }],
      }
    : { recordedUntil: null };
}

/** The Prisma filter for "the position interval that stands at the day", as shown at `recordedAt` (null: now). */
export function standingAt(day: Date, recordedAt: Date | null = null) {
  return { validFrom: { lte: day }, OR: [{ validUntil: null }, { validUntil: { gt: day } }], ...shownAt(recordedAt) };
}

export const matrixCellSelect = {
  countryCode: true,
  type: true,
  stance: true,
  condition: true,
  contested: true,
  commitmentId: true,
  country: { select: { name: true, region: true } },
  commitment: {
    select: {
      statedOn: true,
      statement: {
        select: {
          id: true,
          sentence: true,
          ...SPEAKER_SELECT,
          article: { select: { id: true, title: true, outlet: true, url: true } },
        },
      },
    },
  },
} as const;

type MatrixCellRow = {
  commitmentId: string;
  stance: string;
  condition: string | null;
  contested: boolean;
  commitment: {
    statedOn: Date;
    statement: {
      id: string;
      sentence: string;
      speakerName: string | null;
      speaker: { name: string } | null;
      article: { id: string; title: string; outlet: string; url: string | null };
    };
  };
};

export function toMatrixCell(row: MatrixCellRow & { stance: Stance }): MatrixCell {
  const { statement } = row.commitment;
  return {
    commitmentId: row.commitmentId,
    statementId: statement.id,
    articleId: statement.article.id,
    stance: row.stance,
    condition: row.condition,
    contested: row.contested,
    statedOn: row.commitment.statedOn,
    sentence: statement.sentence,
    speaker: speakerOf(statement),
    articleTitle: statement.article.title,
    outlet: statement.article.outlet,
    url: statement.article.url,
  };
}

function countryWhere(filters: MatrixFilters) {
  const q = filters.q?.trim();
  return {
    ...(filters.bloc ? { memberships: { some: { bloc: filters.bloc } } } : {}),
    ...(filters.region ? { region: filters.region } : {}),
    // Country names are stored as written; the filter is a plain substring (PostgreSQL's
    // `contains` is case-sensitive, so the usual capitalisations are tried).
    ...(q
      ? {
          OR: [
            { code: q.toUpperCase() },
            { name: { contains: q } },
            { name: { contains: q.charAt(0).toUpperCase() + q.slice(1).toLowerCase() } },
            { name: { contains: q.toLowerCase() } },
          ],
        }
      : {}),
  };
}

/**
 * The positions that stand at `asOf` (YYYY-MM-DD), read from the position history (one row
 * per cell, whatever the number of statements behind it), as the tracker shows them now or,
 * for a cited view, as it showed them at the instant `recordedAt`. Rows are the countries
 * with at least one position that passes the filters, by name.
 */
export async function getMatrixAt(
  asOf: string,
  filters: MatrixFilters = {},
  recordedAt: Date | null = null,
): Promise<Matrix> {
  const types = filters.types && filters.types.length > 0 ? filters.types : COMMITMENT_TYPES;
  const day = startOfUtcDay(parseIsoDay(asOf) ?? new Date());
  const country = countryWhere(filters);
  const intervals = await getDb().positionInterval.findMany({
    where: {
      ...standingAt(day, recordedAt),
      type: { in: [...types] },
      ...(filters.countryCode ? { countryCode: filters.countryCode.toUpperCase() } : {}),
      ...(filters.stances && filters.stances.length > 0 ? { stance: { in: [...filters.stances] } } : {}),
      ...(Object.keys(country).length > 0 ? { country } : {}),
    },
    select: matrixCellSelect,
  });

  const rows = new Map<string, MatrixRow>();
  for (const interval of intervals) {
    const { type, stance } = interval;
    if (!isCommitmentType(type) || !isStance(stance)) continue;
    let row = rows.get(interval.countryCode);
    if (!row) {
      row = { code: interval.countryCode, name: interval.country.name, region: interval.country.region, cells: {} };
      rows.set(interval.countryCode, row);
    }
    row.cells[type] = toMatrixCell({ ...interval, stance });
  }
  const sorted = [...rows.values()].sort((a, b) => a.name.localeCompare(b.name, "en"));
  return { asOf, types, rows: sorted };
}
