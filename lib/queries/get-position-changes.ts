import "server-only";
import { placeholders, readRows, type SqlValue } from "@/lib/db/read-sql";
import { COMMITMENT_TYPES, type CommitmentType, isStance, type Stance } from "@/lib/domain/taxonomy";
import { startOfUtcDay } from "@/lib/positions/derive-intervals";
import { parseIsoDay } from "@/lib/dates/iso-day";
import {
  type MatrixCell,
  type MatrixFilters,
  pinnedLookupOf,
  type PinnedLookup,
  pinnedStandingFromSql,
  readStandingCells,
  standingAtSql,
} from "./get-matrix-at";

/** A cell whose stance at `at` differs from its stance at `since` (or that had none then). */
export interface PositionChange {
  countryCode: string;
  countryName: string;
  type: CommitmentType;
  /** The stance at `since`, or null when the country had said nothing on the type yet. */
  from: Stance | null;
  to: MatrixCell;
}

/**
 * What changed between two days, read from the position history: only the cells whose
 * standing interval at `at` began after `since` can differ, so the cost follows the number
 * of changed cells, not of statements. A new statement repeating the same stance is not a change.
 * With `recordedAt`, both days are read as the tracker showed them at that instant (a cited view).
 */
export async function getPositionChanges(
  since: string,
  at: string,
  filters: Pick<MatrixFilters, "types"> = {},
  recordedAt: Date | null = null,
): Promise<PositionChange[]> {
  const sinceDay = startOfUtcDay(parseIsoDay(since) ?? new Date(0));
  const atDay = startOfUtcDay(parseIsoDay(at) ?? new Date());
  if (sinceDay >= atDay) return [];
  const pinnedLookup = recordedAt ? await pinnedLookupOf(recordedAt) : undefined;
  const candidates = await readStandingCells({
    day: atDay,
    recordedAt,
    pinnedLookup,
    types: filters.types && filters.types.length > 0 ? filters.types : undefined,
    beganAfter: sinceDay,
  });
  if (candidates.length === 0) return [];
  const before = await readStandingStances(
    sinceDay,
    recordedAt,
    pinnedLookup,
    [...new Set(candidates.map((candidate) => candidate.countryCode))],
    filters.types && filters.types.length > 0 ? filters.types : undefined,
  );
  const stanceBefore = new Map(before.map((row) => [`${row.countryCode}|${row.type}`, row.stance]));
  const changes: PositionChange[] = [];
  for (const candidate of candidates) {
    const from = stanceBefore.get(`${candidate.countryCode}|${candidate.type}`) ?? null;
    if (from === candidate.cell.stance) continue;
    changes.push({
      countryCode: candidate.countryCode,
      countryName: candidate.countryName,
      type: candidate.type,
      from: from !== null && isStance(from) ? from : null,
      to: candidate.cell,
    });
  }
  return sortPositionChanges(changes);
}

/**
 * Newest change first, then by country name, then in the taxonomy's order of types: a total
 * order, so that a live and a pinned read of the same changes list them alike (two changes of one
 * country on one day came back in either order).
 */
export function sortPositionChanges(changes: PositionChange[]): PositionChange[] {
  return changes.sort(
    (a, b) =>
      b.to.statedOn.getTime() - a.to.statedOn.getTime() ||
      a.countryName.localeCompare(b.countryName, "en") ||
      COMMITMENT_TYPES.indexOf(a.type) - COMMITMENT_TYPES.indexOf(b.type),
  );
}

/** The stance standing at `day` (as shown at `recordedAt`) of each of the countries' cells, without quotes. */
async function readStandingStances(
  day: Date,
  recordedAt: Date | null,
  pinnedLookup: PinnedLookup | undefined,
  countryCodes: readonly string[],
  types: readonly string[] | undefined,
): Promise<{ countryCode: string; type: string; stance: string }[]> {
  const columns = `pi."countryCode" AS "countryCode", pi."type" AS "type", pi."stance" AS "stance"`;
  if (recordedAt && pinnedLookup === "per-cell") {
    const pinned = pinnedStandingFromSql(day, recordedAt, {
      types: types ?? COMMITMENT_TYPES,
      countryWhere: [`c."code" IN (${placeholders(countryCodes.length)})`],
      countryParams: [...countryCodes],
    });
    return readRows(`SELECT ${columns} FROM ${pinned.from} WHERE ${pinned.where}`, pinned.params);
  }
  const standing = standingAtSql(day, recordedAt);
  const params: SqlValue[] = [...standing.params, ...countryCodes, ...(types ?? [])];
  return readRows<{ countryCode: string; type: string; stance: string }>(
    `SELECT ${columns}
       FROM "PositionInterval" pi
      WHERE ${standing.sql} AND pi."countryCode" IN (${placeholders(countryCodes.length)})
        ${types ? `AND pi."type" IN (${placeholders(types.length)})` : ""}`,
    params,
  );
}
