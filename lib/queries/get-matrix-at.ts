import "server-only";
import { boolOf, dateOf, placeholders, readDialect, readRows, type SqlValue } from "@/lib/db/read-sql";
import { COMMITMENT_TYPES, type CommitmentType, isCommitmentType, isStance, type Stance } from "@/lib/domain/taxonomy";
import { startOfUtcDay } from "@/lib/positions/derive-intervals";
import type { Bloc } from "@/lib/reference/countries";
import { parseIsoDay } from "@/lib/dates/iso-day";
import { speakerOf } from "@/lib/positions/statement-speaker";

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

/** An interval's row with its quote, as readStandingCells gives it. */
export interface StandingCell {
  countryCode: string;
  countryName: string;
  countryRegion: string;
  type: CommitmentType;
  cell: MatrixCell;
}

export interface StandingCellsQuery {
  /** The day the intervals stand at. */
  day: Date;
  /** The instant of a cited view, or null: as shown now. */
  recordedAt: Date | null;
  types?: readonly string[];
  stances?: readonly string[];
  countryCodes?: readonly string[];
  /** Only intervals that began after this day and stand at `day`: the candidates of a change. */
  beganAfter?: Date;
  /** How a cited view's rows are found (see pinnedLookupOf); chosen for the instant when not given. */
  pinnedLookup?: PinnedLookup;
  country?: Pick<MatrixFilters, "bloc" | "region" | "q">;
}

/** The SQL condition of "shown at `recordedAt`" (or now) on the intervals aliased `pi`, with its parameters. */
export function shownAtSql(recordedAt: Date | null): { sql: string; params: SqlValue[] } {
  return recordedAt
    ? {
        sql: `pi."recordedFrom" <= ? AND (pi."recordedUntil" IS NULL OR pi."recordedUntil" > ?)`,
        params: [recordedAt, recordedAt],
      }
    : { sql: `pi."recordedUntil" IS NULL`, params: [] };
}

/** The SQL condition of "standing at `day`, as shown at `recordedAt`" on the intervals aliased `pi`. */
export function standingAtSql(day: Date, recordedAt: Date | null): { sql: string; params: SqlValue[] } {
  const shown = shownAtSql(recordedAt);
  return {
    sql: `pi."validFrom" <= ? AND (pi."validUntil" IS NULL OR pi."validUntil" > ?) AND ${shown.sql}`,
    params: [day, day, ...shown.params],
  };
}

/**
 * How a cited view finds the rows shown at its instant. "Shown at an instant" is a condition on
 * two columns (recorded from, recorded until) that no one index bounds:
 * - "recorded-range" reads the rows recorded by the instant (the index on `recordedFrom`) and
 *   keeps those not yet replaced then: cheap for an early instant, but for one near now it reads
 *   nearly the whole history (about 90 ms of SQL at 200,000 statements);
 * - "per-cell" looks each (country, type) cell up on its own (pinnedStandingFromSql): a few index
 *   entries per cell for an instant near now, but for an early one each lookup steps over every
 *   row of its cell recorded since.
 */
export type PinnedLookup = "per-cell" | "recorded-range";

/**
 * When a cited view is read cell by cell (pinnedLookupOf); a test changes them to read both ways.
 * Cell by cell costs about the same whatever the instant (some 2,800 index lookups and what each
 * steps over), by recorded time grows with the rows recorded by the instant; on SQLite at 200,000
 * statements, cell by cell was the cheaper way (80 against 140 ms of SQL) only for instants after
 * which few rows were recorded and by which many were. PostgreSQL's planner joins the cells'
 * lookups by hashing the whole history (500 ms against 100 to 300), so it reads by recorded time.
 */
export const pinnedLookupLimits = {
  perCellMaxRecordedAfter: 30_000,
  perCellMinRecordedBy: 100_000,
  perCellOnPostgres: false,
};

/**
 * The cheaper way to read the view pinned at `recordedAt` (see pinnedLookupLimits). The counts
 * stop at the limits, so each costs at most that many entries of the index on `recordedFrom`.
 */
export async function pinnedLookupOf(recordedAt: Date): Promise<PinnedLookup> {
  const limits = pinnedLookupLimits;
  if (readDialect() === "postgresql" && !limits.perCellOnPostgres) return "recorded-range";
  const [row] = await readRows(
    `SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM "PositionInterval" WHERE "recordedFrom" > ? LIMIT ?) t) AS "after",
            (SELECT COUNT(*) FROM (SELECT 1 FROM "PositionInterval" WHERE "recordedFrom" <= ? LIMIT ?) t) AS "by"`,
    [recordedAt, limits.perCellMaxRecordedAfter, recordedAt, limits.perCellMinRecordedBy],
  );
  const after = Number(row?.after ?? 0);
  const by = Number(row?.by ?? 0);
  return after < limits.perCellMaxRecordedAfter && by >= limits.perCellMinRecordedBy ? "per-cell" : "recorded-range";
}

/**
 * The intervals standing at `day` as the tracker showed them at `recordedAt` (a cited view), cell
 * by cell: the FROM clause of a query over them, aliased `pi`, with its condition and parameters.
 * Each (country, type) cell is looked up on its own, through the index on (countryCode, type,
 * validFrom, ...): the rows a view showed at one instant never overlap in statement time, so the
 * one standing at `day` is the one shown with the latest `validFrom` on or before it (when its
 * `validUntil` is after the day; the cell had nothing standing otherwise). Each lookup reads the
 * index backwards from the day and stops at the first row shown at the instant.
 */
export function pinnedStandingFromSql(
  day: Date,
  recordedAt: Date,
  cells: { types: readonly string[]; countryWhere: string[]; countryParams: SqlValue[] },
): { from: string; where: string; params: SqlValue[] } {
  // The types as a derived table both engines accept (a VALUES list is spelt differently).
  const types = cells.types.length > 0 ? cells.types : [""];
  const typeTable = types.map(() => `SELECT CAST(? AS TEXT) AS "type"`).join(" UNION ALL ");
  const countryWhere = cells.countryWhere.length > 0 ? `WHERE ${cells.countryWhere.join(" AND ")}` : "";
  return {
    from: `(SELECT (SELECT p."id" FROM "PositionInterval" p
                     WHERE p."countryCode" = c."code" AND p."type" = t."type" AND p."validFrom" <= ?
                       AND p."recordedFrom" <= ? AND (p."recordedUntil" IS NULL OR p."recordedUntil" > ?)
                     ORDER BY p."validFrom" DESC LIMIT 1) AS "intervalId"
              FROM "Country" c CROSS JOIN (${typeTable}) t ${countryWhere}) w
       JOIN "PositionInterval" pi ON pi."id" = w."intervalId"`,
    where: `(pi."validUntil" IS NULL OR pi."validUntil" > ?)`,
    params: [day, recordedAt, recordedAt, ...types, ...cells.countryParams, day],
  };
}

const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function countrySql(filters: Pick<MatrixFilters, "bloc" | "region" | "q"> = {}): { sql: string[]; params: SqlValue[] } {
  const sql: string[] = [];
  const params: SqlValue[] = [];
  if (filters.bloc) {
    sql.push(`EXISTS (SELECT 1 FROM "CountryMembership" m WHERE m."countryCode" = c."code" AND m."bloc" = ?)`);
    params.push(filters.bloc);
  }
  if (filters.region) {
    sql.push(`c."region" = ?`);
    params.push(filters.region);
  }
  const q = filters.q?.trim();
  if (q) {
    // Country names are stored as written; the filter is a plain substring, tried in the usual
    // capitalisations (PostgreSQL's LIKE is case-sensitive; SQLite's is not, for ASCII).
    const variants = [q, q.charAt(0).toUpperCase() + q.slice(1).toLowerCase(), q.toLowerCase()];
    sql.push(`(c."code" = ? OR ${variants.map(() => `c."name" LIKE ? ESCAPE '\\'`).join(" OR ")})`);
    params.push(q.toUpperCase(), ...variants.map((variant) => `%${likeEscaped(variant)}%`));
  }
  return { sql, params };
}

/** The query of readStandingCells, with its parameters (a test reads its plan). */
export function standingCellsSql(query: StandingCellsQuery): { sql: string; params: SqlValue[] } {
  const where: string[] = [];
  const params: SqlValue[] = [];
  const inList = (column: string, values: readonly string[] | undefined) => {
    if (!values) return;
    // An empty list matches nothing (`IN ('')`: no code, type or stance is empty).
    where.push(`${column} IN (${placeholders(values.length)})`);
    params.push(...(values.length > 0 ? values : [""]));
  };
  let from = `"PositionInterval" pi`;
  if (query.recordedAt && query.pinnedLookup === "per-cell") {
    // A cited view: one indexed lookup per cell of the countries that pass the filters.
    const country = countrySql(query.country);
    if (query.countryCodes) {
      country.sql.push(`c."code" IN (${placeholders(query.countryCodes.length)})`);
      country.params.push(...(query.countryCodes.length > 0 ? query.countryCodes : [""]));
    }
    const pinned = pinnedStandingFromSql(query.day, query.recordedAt, {
      types: query.types ?? COMMITMENT_TYPES,
      countryWhere: country.sql,
      countryParams: country.params,
    });
    from = pinned.from;
    where.push(pinned.where);
    params.push(...pinned.params);
  } else {
    const standing = standingAtSql(query.day, query.recordedAt);
    where.push(standing.sql);
    params.push(...standing.params);
    inList(`pi."type"`, query.types);
    inList(`pi."countryCode"`, query.countryCodes);
    const country = countrySql(query.country);
    where.push(...country.sql);
    params.push(...country.params);
  }
  inList(`pi."stance"`, query.stances);
  if (query.beganAfter) {
    where.push(`pi."validFrom" > ?`);
    params.push(query.beganAfter);
  }
  return {
    sql: `SELECT pi."countryCode" AS "countryCode", pi."type" AS "type", pi."stance" AS "stance",
            pi."condition" AS "condition", pi."contested" AS "contested", pi."commitmentId" AS "commitmentId",
            c."name" AS "countryName", c."region" AS "countryRegion", cm."statedOn" AS "statedOn",
            s."id" AS "statementId", s."sentence" AS "sentence", s."speakerName" AS "speakerName",
            sp."name" AS "gazetteerName", a."id" AS "articleId", a."title" AS "articleTitle",
            a."outlet" AS "outlet", a."url" AS "url"
       FROM ${from}
       JOIN "Country" c ON c."code" = pi."countryCode"
       JOIN "Commitment" cm ON cm."id" = pi."commitmentId"
       JOIN "Statement" s ON s."id" = cm."statementId"
       LEFT JOIN "Speaker" sp ON sp."id" = s."speakerId"
       JOIN "Article" a ON a."id" = s."articleId"
      WHERE ${where.join(" AND ")}`,
    params,
  };
}

/**
 * The position intervals standing at a day (as shown now or at a cited view's instant), each
 * with its quote, statement, speaker and article: one flat query joining the tables, for the
 * matrix, its cells and the changes alike (off the serving thread on SQLite: lib/db/read-sql.ts).
 */
export async function readStandingCells(query: StandingCellsQuery): Promise<StandingCell[]> {
  const pinnedLookup =
    query.recordedAt && !query.pinnedLookup ? await pinnedLookupOf(query.recordedAt) : query.pinnedLookup;
  const { sql, params } = standingCellsSql({ ...query, pinnedLookup });
  const rows = await readRows(sql, params);
  const cells: StandingCell[] = [];
  for (const row of rows) {
    const type = String(row.type);
    const stance = String(row.stance);
    if (!isCommitmentType(type) || !isStance(stance)) continue;
    cells.push({
      countryCode: String(row.countryCode),
      countryName: String(row.countryName),
      countryRegion: String(row.countryRegion),
      type,
      cell: {
        commitmentId: String(row.commitmentId),
        statementId: String(row.statementId),
        articleId: String(row.articleId),
        stance,
        condition: (row.condition as string | null) ?? null,
        contested: boolOf(row.contested),
        statedOn: dateOf(row.statedOn),
        sentence: String(row.sentence),
        speaker: speakerOf(row),
        articleTitle: String(row.articleTitle),
        outlet: String(row.outlet),
        url: (row.url as string | null) ?? null,
      },
    });
  }
  return cells;
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
  const cells = await readStandingCells({
    day,
    recordedAt,
    types,
    stances: filters.stances && filters.stances.length > 0 ? filters.stances : undefined,
    countryCodes: filters.countryCode ? [filters.countryCode.toUpperCase()] : undefined,
    country: filters,
  });

  const rows = new Map<string, MatrixRow>();
  for (const { countryCode, countryName, countryRegion, type, cell } of cells) {
    let row = rows.get(countryCode);
    if (!row) {
      row = { code: countryCode, name: countryName, region: countryRegion, cells: {} };
      rows.set(countryCode, row);
    }
    row.cells[type] = cell;
  }
  const sorted = [...rows.values()].sort((a, b) => a.name.localeCompare(b.name, "en"));
  return { asOf, types, rows: sorted };
}
