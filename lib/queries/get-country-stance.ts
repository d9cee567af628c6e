import "server-only";
import { getDb } from "@/lib/db/client";
import { COMMITMENT_TYPES, type CommitmentType, isCommitmentType, isStance, type Stance } from "@/lib/domain/taxonomy";
import { type Bloc, BLOCS } from "@/lib/reference/countries";
import { endOfIsoDay } from "@/lib/dates/iso-day";

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
  sentence: string;
  speaker: string | null;
  article: { id: string; title: string; outlet: string; url: string | null; publishedOn: Date };
}

export interface CountryStanceEntry {
  type: CommitmentType;
  /** The commitment that stands at the date, or null when the country has said nothing. */
  current: CountryCommitment | null;
  /** Every accepted commitment up to the date, newest first (current and retracted included). */
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

/** One country's stance per commitment type at `asOf`, with the quoted evidence; null for an unknown code. */
export async function getCountryStance(code: string, asOf: string): Promise<CountryStance | null> {
  const db = getDb();
  const country = await db.country.findUnique({
    where: { code: code.toUpperCase() },
    select: { code: true, name: true, region: true, isActor: true, memberships: { select: { bloc: true } } },
  });
  if (!country) return null;

  const commitments = await db.commitment.findMany({
    where: {
      countryCode: country.code,
      reviewState: "accepted",
      statedOn: { lte: endOfIsoDay(asOf) },
    },
    select: {
      id: true,
      retractedAt: true,
      type: true,
      stance: true,
      condition: true,
      statedOn: true,
      statement: {
        select: {
          sentence: true,
          speakerName: true,
          speaker: { select: { name: true } },
          article: { select: { id: true, title: true, outlet: true, url: true, publishedOn: true, retractedAt: true } },
        },
      },
    },
    orderBy: [{ statedOn: "desc" }, { createdAt: "desc" }],
  });

  const changes = await getCommitmentChanges(commitments.map((c) => c.id));
  const history = new Map<CommitmentType, CountryCommitment[]>();
  for (const commitment of commitments) {
    if (!isCommitmentType(commitment.type) || !isStance(commitment.stance)) continue;
    const list = history.get(commitment.type) ?? [];
    const { retractedAt, ...article } = commitment.statement.article;
    list.push({
      id: commitment.id,
      retracted: commitment.retractedAt !== null || retractedAt !== null,
      changes: changes.get(commitment.id) ?? [],
      stance: commitment.stance,
      condition: commitment.condition,
      statedOn: commitment.statedOn,
      sentence: commitment.statement.sentence,
      speaker: commitment.statement.speaker?.name ?? commitment.statement.speakerName,
      article,
    });
    history.set(commitment.type, list);
  }

  return {
    code: country.code,
    name: country.name,
    region: country.region,
    isActor: country.isActor,
    memberships: BLOCS.filter((bloc) => country.memberships.some((m) => m.bloc === bloc)),
    asOf,
    entries: COMMITMENT_TYPES.map((type) => ({
      type,
      current: history.get(type)?.find((commitment) => !commitment.retracted) ?? null,
      history: history.get(type) ?? [],
    })),
  };
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
