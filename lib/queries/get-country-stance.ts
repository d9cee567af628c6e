import "server-only";
import { getDb } from "@/lib/db/client";
import { COMMITMENT_TYPES, type CommitmentType, isCommitmentType, isStance, type Stance } from "@/lib/domain/taxonomy";
import { type Bloc, BLOCS, findCountry } from "@/lib/reference/countries";
import { endOfIsoDay } from "./dates";

export interface CountryCommitment {
  id: string;
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
  /** Every accepted commitment up to the date, newest first (current included). */
  history: CountryCommitment[];
}

export interface CountryStance {
  code: string;
  name: string;
  flag: string;
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
      retractedAt: null,
      statedOn: { lte: endOfIsoDay(asOf) },
      statement: { article: { retractedAt: null } },
    },
    select: {
      id: true,
      type: true,
      stance: true,
      condition: true,
      statedOn: true,
      statement: {
        select: {
          sentence: true,
          speakerName: true,
          speaker: { select: { name: true } },
          article: { select: { id: true, title: true, outlet: true, url: true, publishedOn: true } },
        },
      },
    },
    orderBy: [{ statedOn: "desc" }, { createdAt: "desc" }],
  });

  const history = new Map<CommitmentType, CountryCommitment[]>();
  for (const commitment of commitments) {
    if (!isCommitmentType(commitment.type) || !isStance(commitment.stance)) continue;
    const list = history.get(commitment.type) ?? [];
    list.push({
      id: commitment.id,
      stance: commitment.stance,
      condition: commitment.condition,
      statedOn: commitment.statedOn,
      sentence: commitment.statement.sentence,
      speaker: commitment.statement.speaker?.name ?? commitment.statement.speakerName,
      article: commitment.statement.article,
    });
    history.set(commitment.type, list);
  }

  return {
    code: country.code,
    name: country.name,
    flag: findCountry(country.code)?.flag ?? "",
    region: country.region,
    isActor: country.isActor,
    memberships: BLOCS.filter((bloc) => country.memberships.some((m) => m.bloc === bloc)),
    asOf,
    entries: COMMITMENT_TYPES.map((type) => ({
      type,
      current: history.get(type)?.[0] ?? null,
      history: history.get(type) ?? [],
    })),
  };
}
