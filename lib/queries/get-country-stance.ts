import "server-only";
import { type Db, getDb } from "@/lib/db/client";
import { COMMITMENT_TYPES, type CommitmentType, isCommitmentType, isStance, type Stance } from "@/lib/domain/taxonomy";
import { type Bloc, BLOCS } from "@/lib/reference/countries";
import { startOfUtcDay } from "@/lib/positions/derive-intervals";
import { endOfIsoDay, parseIsoDay } from "@/lib/dates/iso-day";
import type { DayView } from "@/lib/view-state/view-params";
import { getMatrixAt, standingAt } from "./get-matrix-at";
import { SPEAKER_SELECT, speakerOf } from "@/lib/positions/statement-speaker";
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
  article: { id: string; title: string; outlet: string; url: string | null; publishedOn: Date };
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

const commitmentSelect = {
  id: true,
  retractedAt: true,
  type: true,
  stance: true,
  condition: true,
  statedOn: true,
  statement: {
    select: {
      id: true,
      sentence: true,
      startOffset: true,
      ...SPEAKER_SELECT,
      article: { select: { id: true, title: true, outlet: true, url: true, publishedOn: true, retractedAt: true } },
    },
  },
} as const;

/** The country's own facts shown above its positions (live and as recorded alike), or null for an unknown code. */
async function findCountryHeader(db: Db, code: string) {
  const country = await db.country.findUnique({
    where: { code: code.toUpperCase() },
    select: { code: true, name: true, region: true, isActor: true, memberships: { select: { bloc: true } } },
  });
  if (!country) return null;
  const memberships: Bloc[] = BLOCS.filter((bloc) => country.memberships.some((m) => m.bloc === bloc));
  return { code: country.code, name: country.name, region: country.region, isActor: country.isActor, memberships };
}

/**
 * One country's stance per commitment type at `asOf`, with the quoted evidence; null for an
 * unknown code. The standing stances and the timelines come from the position history; the
 * evidence lists are bounded, so a country with thousands of statements costs what one with ten does.
 */
export async function getCountryStance(code: string, asOf: string): Promise<CountryStance | null> {
  const db = getDb();
  const country = await findCountryHeader(db, code);
  if (!country) return null;
  const day = startOfUtcDay(parseIsoDay(asOf) ?? new Date());

  const [points, ...histories] = await Promise.all([
    db.positionInterval.findMany({
      where: {
        countryCode: country.code,
        validFrom: { lte: day },
        recordedUntil: null,
        OR: [{ isStanceChange: true }, standingAt(day)],
      },
      select: {
        type: true,
        stance: true,
        condition: true,
        contested: true,
        validFrom: true,
        validUntil: true,
        isStanceChange: true,
        commitment: { select: commitmentSelect },
      },
      orderBy: { validFrom: "desc" },
    }),
    ...COMMITMENT_TYPES.map((type) =>
      db.commitment.findMany({
        where: { countryCode: country.code, type, reviewState: "accepted", statedOn: { lte: endOfIsoDay(asOf) } },
        select: commitmentSelect,
        orderBy: [{ statedOn: "desc" }, { createdAt: "desc" }],
        take: HISTORY_LIMIT,
      }),
    ),
  ]);

  // Corrections are shown for the listed evidence and the standing positions; the timeline's
  // older points link to their statements instead, which keeps the lookup bounded.
  const standing = points.filter((point) => point.validUntil === null || point.validUntil > day);
  const standingIds = standing.map((point) => point.commitment.id);
  const [changes, contexts] = await Promise.all([
    getCommitmentChanges([...new Set([...histories.flat().map((c) => c.id), ...standingIds])]),
    getContextsBefore(
      db,
      standing.map((point) => point.commitment.statement),
    ),
  ]);
  const toCountryCommitment = (commitment: (typeof points)[number]["commitment"]): CountryCommitment | null => {
    if (!isStance(commitment.stance)) return null;
    const { retractedAt, ...article } = commitment.statement.article;
    return {
      id: commitment.id,
      retracted: commitment.retractedAt !== null || retractedAt !== null,
      changes: changes.get(commitment.id) ?? [],
      stance: commitment.stance,
      condition: commitment.condition,
      statedOn: commitment.statedOn,
      statementId: commitment.statement.id,
      sentence: commitment.statement.sentence,
      contextBefore: contexts.get(commitment.statement.id) ?? null,
      speaker: speakerOf(commitment.statement),
      article,
    };
  };

  return {
    ...country,
    asOf,
    entries: COMMITMENT_TYPES.map((type, index) => {
      const ofType = points.filter((point) => point.type === type);
      const standing = ofType.find((point) => point.validUntil === null || point.validUntil > day) ?? null;
      const timeline: StanceChangePoint[] = [];
      for (const point of ofType) {
        if (timeline.length >= TIMELINE_LIMIT) break;
        const commitment = point.isStanceChange ? toCountryCommitment(point.commitment) : null;
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
        current: standing ? toCountryCommitment(standing.commitment) : null,
        contested: standing?.contested ?? false,
        timeline,
        history: (histories[index] ?? [])
          .filter((commitment) => isCommitmentType(commitment.type))
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
  return view.pinnedAt ? getCountryStanceAsRecorded(code, view.asOf, view.pinnedAt) : getCountryStance(code, view.asOf);
}

/**
 * A country at `asOf` as the tracker showed it at a recorded instant (a cited view): the
 * standing position per type as recorded then (getMatrixAt at that instant), with the corrections
 * made by then. A cited view pins the standing positions, so the timelines and the evidence
 * lists, which only the live data knows, are empty.
 */
export async function getCountryStanceAsRecorded(
  code: string,
  asOf: string,
  recordedAt: Date,
): Promise<CountryStance | null> {
  const db = getDb();
  const country = await findCountryHeader(db, code);
  if (!country) return null;
  const then = await getMatrixAt(asOf, { countryCode: country.code }, recordedAt);
  const row = then.rows.find((candidate) => candidate.code === country.code);
  const cells = COMMITMENT_TYPES.flatMap((type) => (row?.cells[type] ? [row.cells[type]] : []));
  const [articles, changes] = await Promise.all([
    db.article.findMany({
      where: { id: { in: [...new Set(cells.map((cell) => cell.articleId))] } },
      select: { id: true, publishedOn: true },
    }),
    getCommitmentChanges(cells.map((cell) => cell.commitmentId)),
  ]);
  const publishedOn = new Map(articles.map((article) => [article.id, article.publishedOn]));
  return {
    ...country,
    asOf,
    entries: COMMITMENT_TYPES.map((type) => {
      const cell = row?.cells[type];
      return {
        type,
        current: cell
          ? {
              id: cell.commitmentId,
              // It stood at the instant, so nothing had retracted it yet.
              retracted: false,
              changes: (changes.get(cell.commitmentId) ?? []).filter((change) => change.at <= recordedAt),
              stance: cell.stance,
              condition: cell.condition,
              statedOn: cell.statedOn,
              statementId: cell.statementId,
              sentence: cell.sentence,
              contextBefore: null,
              speaker: cell.speaker,
              article: {
                id: cell.articleId,
                title: cell.articleTitle,
                outlet: cell.outlet,
                url: cell.url,
                // The cell was read from this article, which is never deleted.
                publishedOn: publishedOn.get(cell.articleId)!,
              },
            }
          : null,
        contested: cell?.contested ?? false,
        timeline: [],
        history: [],
      };
    }),
  };
}

/**
 * The sentence before each standing quote, by statement id: read from the quotes' articles
 * (at most one per commitment type), for the "sentence before" a reader can open.
 */
async function getContextsBefore(
  db: Db,
  statements: { id: string; startOffset: number; article: { id: string } }[],
): Promise<Map<string, string>> {
  const contexts = new Map<string, string>();
  if (statements.length === 0) return contexts;
  const articles = await db.article.findMany({
    where: { id: { in: [...new Set(statements.map((statement) => statement.article.id))] } },
    select: { id: true, body: true },
  });
  const bodies = new Map(articles.map((article) => [article.id, article.body]));
  for (const statement of statements) {
    const body = bodies.get(statement.article.id);
    const context = body === undefined ? null : sentenceBefore(body, statement.startOffset);
    if (context) contexts.set(statement.id, context);
  }
  return contexts;
}

async function getCommitmentChanges(commitmentIds: string[]): Promise<Map<string, CommitmentChange[]>> {
  const byCommitment = new Map<string, CommitmentChange[]>();
  if (commitmentIds.length === 0) return byCommitment;
  const events = await getDb().auditEvent.findMany({
    where: {
      entityType: "commitment",
      entityId: { in: commitmentIds },
      action: { in: ["commitment.correct", "commitment.retract"] },
    },
    select: { entityId: true, at: true, action: true, note: true, before: true, actor: { select: { name: true } } },
    orderBy: { at: "asc" },
  });
  for (const event of events) {
    const before = event.before ? (JSON.parse(event.before) as { stance?: string }) : null;
    const list = byCommitment.get(event.entityId) ?? [];
    list.push({
      at: event.at,
      action: event.action === "commitment.correct" ? "corrected" : "retracted",
      by: event.actor?.name ?? null,
      note: event.note,
      stanceBefore: before?.stance && isStance(before.stance) ? before.stance : null,
    });
    byCommitment.set(event.entityId, list);
  }
  return byCommitment;
}
