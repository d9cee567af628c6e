import "server-only";
import { COMMITMENT_TYPES, type CommitmentType, isStance, type Stance } from "@/lib/domain/taxonomy";
import { type Bloc, BLOCS } from "@/lib/reference/countries";
import { startOfUtcDay } from "@/lib/positions/derive-intervals";
import { endOfIsoDay, parseIsoDay } from "@/lib/dates/iso-day";
import type { DayView } from "@/lib/view-state/view-params";
import { shownAtSql } from "./get-matrix-at";
import { ARTICLE_COLUMNS, articleOfRow, type StatementArticle } from "./statement-article";
import { speakerOf } from "@/lib/positions/statement-speaker";
import { boolOf, dateOf, dateOrNull, placeholders, readRows, type SqlValue } from "@/lib/db/read-sql";
import { sentenceBefore } from "@/lib/text/sentence-before";

/** A change an editor made to a published commitment, from the audit log. */
export interface CommitmentChange {
  at: Date;
  action: "corrected" | "retracted";
  by: string | null;
  note: string | null;
  /** For corrections: the stance before the change. */
  stanceBefore: Stance | null;
}

export interface CountryCommitment {
  id: string;
  /** Retracted commitments stay in the history, marked, and never stand in the matrix. */
  retracted: boolean;
  changes: CommitmentChange[];
  stance: Stance;
  condition: string | null;
  statedOn: Date;
  statementId: string;
  sentence: string;
  /** The sentence before it in the article, for a quote that does not say what it is about; null when none (or not looked up). */
  contextBefore: string | null;
  speaker: string | null;
  article: StatementArticle;
}

/** A point on a cell's timeline: the day its stance became `stance`, with the statement that set it. */
export interface StanceChangePoint {
  since: Date;
  stance: Stance;
  condition: string | null;
  contested: boolean;
  commitment: CountryCommitment;
}

export interface CountryStanceEntry {
  type: CommitmentType;
  /** The commitment that stands at the date, or null when the country has said nothing. */
  current: CountryCommitment | null;
  /** Two or more different stances were stated on the day of the current one. */
  contested: boolean;
  /** The stance changes up to the date, newest first, from the position history. */
  timeline: StanceChangePoint[];
  /**
   * The latest accepted commitments up to the date (at most HISTORY_LIMIT), newest first,
   * current and retracted included: the evidence and its corrections.
   */
  history: CountryCommitment[];
}

export interface CountryStance {
  code: string;
  name: string;
  region: string;
  isActor: boolean;
  memberships: Bloc[];
  asOf: string;
  entries: CountryStanceEntry[];
}

/** How many stance changes per type a country page shows, newest first. */
export const TIMELINE_LIMIT = 30;

/** How many commitments per type a country page lists; the timeline covers the rest. */
export const HISTORY_LIMIT = 20;

/** The columns of a commitment with its statement, speaker and article (aliases cm, s, sp, a). */
const COMMITMENT_COLUMNS = `cm."id" AS "id", cm."retractedAt" AS "retractedAt", cm."type" AS "type", cm."stance" AS "stance",
  cm."condition" AS "condition", cm."statedOn" AS "statedOn", s."id" AS "statementId", s."sentence" AS "sentence",
  s."startOffset" AS "startOffset", s."speakerName" AS "speakerName", sp."name" AS "gazetteerName",
  ${ARTICLE_COLUMNS}, a."retractedAt" AS "articleRetractedAt"`;

const COMMITMENT_JOINS = `JOIN "Statement" s ON s."id" = cm."statementId"
  LEFT JOIN "Speaker" sp ON sp."id" = s."speakerId"
  JOIN "Article" a ON a."id" = s."articleId"`;

/** A commitment row as the queries below give it, before the corrections and contexts are added. */
interface CommitmentRow {
  id: string;
  /** Retracted by the instant of the view (now, or a cited view's `v`). */
  retracted: boolean;
  type: string;
  stance: string;
  condition: string | null;
  statedOn: Date;
  statementId: string;
  sentence: string;
  startOffset: number;
  speaker: string | null;
  article: CountryCommitment["article"];
}

function commitmentRowOf(row: Record<string, unknown>, recordedAt: Date | null): CommitmentRow {
  const retractedBy = (value: unknown) => {
    const at = dateOrNull(value);
    return at !== null && (recordedAt === null || at <= recordedAt);
  };
  return {
    id: String(row.id),
    retracted: retractedBy(row.retractedAt) || retractedBy(row.articleRetractedAt),
    type: String(row.type),
    stance: String(row.stance),
    condition: (row.condition as string | null) ?? null,
    statedOn: dateOf(row.statedOn),
    statementId: String(row.statementId),
    sentence: String(row.sentence),
    startOffset: Number(row.startOffset),
    speaker: speakerOf(row),
    article: articleOfRow(row),
  };
}

interface PointRow {
  type: string;
  stance: string;
  condition: string | null;
  contested: boolean;
  validFrom: Date;
  validUntil: Date | null;
  isStanceChange: boolean;
  commitment: CommitmentRow;
}

/**
 * A country's position intervals up to `day` as shown at `recordedAt` (or now): per type, the one
 * standing at the day and the TIMELINE_LIMIT latest stance changes, newest first, each with its
 * commitment. One query of two bounded lookups per type, each reading the index on (country,
 * type, validFrom) backwards from the day: a country with thousands of changes costs what one
 * with ten does, live or at any recorded instant (the rows shown at one instant never overlap in
 * statement time, so the one standing is the latest shown on or before the day).
 */
async function readCountryPoints(code: string, day: Date, recordedAt: Date | null): Promise<PointRow[]> {
  const shown = shownAtSql(recordedAt);
  const lookups: string[] = [];
  const params: SqlValue[] = [];
  for (const type of COMMITMENT_TYPES) {
    const cell = `pi."countryCode" = ? AND pi."type" = ? AND pi."validFrom" <= ? AND ${shown.sql}`;
    lookups.push(
      `SELECT "id" FROM (SELECT pi."id" FROM "PositionInterval" pi WHERE ${cell} AND pi."isStanceChange" = ?
          ORDER BY pi."validFrom" DESC LIMIT ${TIMELINE_LIMIT}) t`,
      `SELECT "id" FROM (SELECT pi."id" FROM "PositionInterval" pi WHERE ${cell}
          ORDER BY pi."validFrom" DESC LIMIT 1) t`,
    );
    params.push(code, type, day, ...shown.params, true, code, type, day, ...shown.params);
  }
  params.push(true, day);
  const rows = await readRows(
    `SELECT p."type" AS "pointType", p."stance" AS "pointStance", p."condition" AS "pointCondition",
            p."contested" AS "contested", p."validFrom" AS "validFrom", p."validUntil" AS "validUntil",
            p."isStanceChange" AS "isStanceChange", ${COMMITMENT_COLUMNS}
       FROM (${lookups.join(" UNION ")}) points
       JOIN "PositionInterval" p ON p."id" = points."id"
       JOIN "Commitment" cm ON cm."id" = p."commitmentId"
       ${COMMITMENT_JOINS}
      WHERE p."isStanceChange" = ? OR p."validUntil" IS NULL OR p."validUntil" > ?
      ORDER BY p."validFrom" DESC`,
    params,
  );
  return rows.map((row) => ({
    type: String(row.pointType),
    stance: String(row.pointStance),
    condition: (row.pointCondition as string | null) ?? null,
    contested: boolOf(row.contested),
    validFrom: dateOf(row.validFrom),
    validUntil: dateOrNull(row.validUntil),
    isStanceChange: boolOf(row.isStanceChange),
    commitment: commitmentRowOf(row, recordedAt),
  }));
}

/** The HISTORY_LIMIT latest accepted commitments per type stated up to `asOf`, newest first: one query. */
async function readCountryHistories(code: string, asOf: string): Promise<CommitmentRow[]> {
  const end = endOfIsoDay(asOf);
  const perType = COMMITMENT_TYPES.map(
    () =>
      `SELECT "id" FROM (SELECT c0."id" FROM "Commitment" c0
          WHERE c0."countryCode" = ? AND c0."type" = ? AND c0."reviewState" = 'accepted' AND c0."statedOn" <= ?
          ORDER BY c0."statedOn" DESC, c0."createdAt" DESC, c0."id" DESC LIMIT ${HISTORY_LIMIT}) t`,
  );
  const rows = await readRows(
    `SELECT ${COMMITMENT_COLUMNS}
       FROM (${perType.join(" UNION ALL ")}) h
       JOIN "Commitment" cm ON cm."id" = h."id"
       ${COMMITMENT_JOINS}
      ORDER BY cm."statedOn" DESC, cm."createdAt" DESC, cm."id" DESC`,
    COMMITMENT_TYPES.flatMap((type) => [code, type, end]),
  );
  return rows.map((row) => commitmentRowOf(row, null));
}

/** The country's own facts shown above its positions (live and as recorded alike), or null for an unknown code. */
async function findCountryHeader(code: string) {
  const rows = await readRows(
    `SELECT c."code" AS "code", c."name" AS "name", c."region" AS "region", c."isActor" AS "isActor", m."bloc" AS "bloc"
       FROM "Country" c LEFT JOIN "CountryMembership" m ON m."countryCode" = c."code"
      WHERE c."code" = ?`,
    [code],
  );
  const [country] = rows;
  if (!country) return null;
  const memberships: Bloc[] = BLOCS.filter((bloc) => rows.some((row) => row.bloc === bloc));
  return {
    code: String(country.code),
    name: String(country.name),
    region: String(country.region),
    isActor: boolOf(country.isActor),
    memberships,
  };
}

/**
 * One country's stance per commitment type at `asOf`, with the quoted evidence, as the tracker
 * shows it now or, for a cited view, as it showed it at the instant `recordedAt`; null for an
 * unknown code. The standing stances and the timelines come from the position history, on both
 * time axes, so a cited view is the same indexed read as a live one. The evidence lists (every
 * statement on a type) are live only: a cited view shows the standing quotes and the timelines.
 * Everything is bounded, so a country with thousands of statements costs what one with ten does.
 */
export async function getCountryStance(
  code: string,
  asOf: string,
  recordedAt: Date | null = null,
): Promise<CountryStance | null> {
  const upper = code.toUpperCase();
  const day = startOfUtcDay(parseIsoDay(asOf) ?? new Date());
  // Three reads at once; an unknown code finds nothing in the last two either.
  const [country, points, histories] = await Promise.all([
    findCountryHeader(upper),
    readCountryPoints(upper, day, recordedAt),
    recordedAt ? Promise.resolve([]) : readCountryHistories(upper, asOf),
  ]);
  if (!country) return null;

  // Corrections are shown for every quote the view lists: the evidence, the standing positions
  // and the timelines' points (at most TIMELINE_LIMIT per type, so the lookup stays bounded).
  const isStanding = (point: PointRow) => point.validUntil === null || point.validUntil > day;
  const standing = points.filter(isStanding);
  const [changes, contexts] = await Promise.all([
    getCommitmentChanges(
      [...new Set([...histories.map((c) => c.id), ...points.map((point) => point.commitment.id)])],
      recordedAt,
    ),
    getContextsBefore(standing.map((point) => point.commitment)),
  ]);
  const toCountryCommitment = (commitment: CommitmentRow): CountryCommitment | null => {
    if (!isStance(commitment.stance)) return null;
    const { type: _type, startOffset: _startOffset, ...shown } = commitment;
    return {
      ...shown,
      stance: commitment.stance,
      changes: changes.get(commitment.id) ?? [],
      contextBefore: contexts.get(commitment.statementId) ?? null,
    };
  };
  // A point shows its commitment as the interval recorded it: stance and condition as they were
  // then, even when a later correction changed the commitment.
  const toPointCommitment = (point: PointRow): CountryCommitment | null =>
    toCountryCommitment({ ...point.commitment, stance: point.stance, condition: point.condition });

  return {
    ...country,
    asOf,
    entries: COMMITMENT_TYPES.map((type) => {
      const ofType = points.filter((point) => point.type === type);
      const current = ofType.find(isStanding) ?? null;
      const timeline: StanceChangePoint[] = [];
      for (const point of ofType) {
        if (timeline.length >= TIMELINE_LIMIT) break;
        const commitment = point.isStanceChange ? toPointCommitment(point) : null;
        if (!commitment || !isStance(point.stance)) continue;
        timeline.push({
          since: point.validFrom,
          stance: point.stance,
          condition: point.condition,
          contested: point.contested,
          commitment,
        });
      }
      return {
        type,
        current: current ? toPointCommitment(current) : null,
        contested: current?.contested ?? false,
        timeline,
        history: histories
          .filter((commitment) => commitment.type === type)
          .map(toCountryCommitment)
          .filter((commitment): commitment is CountryCommitment => commitment !== null),
      };
    }),
  };
}

/** A country view's data: as recorded at the instant a cited view pins, or live. */
export function getCountryStanceOfView(
  code: string,
  view: Pick<DayView, "asOf" | "pinnedAt">,
): Promise<CountryStance | null> {
  return getCountryStance(code, view.asOf, view.pinnedAt);
}

/**
 * The sentence before each standing quote, by statement id: read from the quotes' articles
 * (at most one per commitment type), for the "sentence before" a reader can open.
 */
async function getContextsBefore(
  statements: { statementId: string; startOffset: number; article: { id: string } }[],
): Promise<Map<string, string>> {
  const contexts = new Map<string, string>();
  if (statements.length === 0) return contexts;
  const ids = [...new Set(statements.map((statement) => statement.article.id))];
  const articles = await readRows<{ id: string; body: string }>(
    `SELECT "id", "body" FROM "Article" WHERE "id" IN (${placeholders(ids.length)})`,
    ids,
  );
  const bodies = new Map(articles.map((article) => [article.id, article.body]));
  for (const statement of statements) {
    const body = bodies.get(statement.article.id);
    const context = body === undefined ? null : sentenceBefore(body, statement.startOffset);
    if (context) contexts.set(statement.statementId, context);
  }
  return contexts;
}

/** The corrections and retractions of the commitments, oldest first, made by `recordedAt` (or ever). */
async function getCommitmentChanges(
  commitmentIds: string[],
  recordedAt: Date | null,
): Promise<Map<string, CommitmentChange[]>> {
  const byCommitment = new Map<string, CommitmentChange[]>();
  if (commitmentIds.length === 0) return byCommitment;
  const events = await readRows(
    `SELECT e."entityId" AS "entityId", e."at" AS "at", e."action" AS "action", e."note" AS "note",
            e."before" AS "before", u."name" AS "actorName"
       FROM "AuditEvent" e LEFT JOIN "user" u ON u."id" = e."actorId"
      WHERE e."entityType" = 'commitment' AND e."entityId" IN (${placeholders(commitmentIds.length)})
        AND e."action" IN ('commitment.correct', 'commitment.retract') ${recordedAt ? `AND e."at" <= ?` : ""}
      ORDER BY e."at" ASC, e."id" ASC`,
    [...commitmentIds, ...(recordedAt ? [recordedAt] : [])],
  );
  for (const event of events) {
    const entityId = String(event.entityId);
    const before = event.before ? (JSON.parse(String(event.before)) as { stance?: string }) : null;
    const list = byCommitment.get(entityId) ?? [];
    list.push({
      at: dateOf(event.at),
      action: event.action === "commitment.correct" ? "corrected" : "retracted",
      by: (event.actorName as string | null) ?? null,
      note: (event.note as string | null) ?? null,
      stanceBefore: before?.stance && isStance(before.stance) ? before.stance : null,
    });
    byCommitment.set(entityId, list);
  }
  return byCommitment;
}
