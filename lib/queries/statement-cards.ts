import { formatDay } from "@/lib/dates/iso-day";

interface StatementLike {
  id: string;
  sentence: string;
  start: number;
  end: number;
  speaker: string | null;
  statedOn: Date;
  commitments: { countryName: string }[];
}

export interface StatementCard<S extends StatementLike> {
  sentence: string;
  /** "speaker · day" of each statement, once each. */
  bylines: string[];
  statements: (S & { countryName: string })[];
}

/**
 * An article's statements as cards, one per sentence: a sentence that gives the positions
 * of two countries is stored as two statements (one per country) but is one quote.
 */
export function statementCards<S extends StatementLike>(statements: readonly S[]): StatementCard<S>[] {
  const cards = new Map<string, StatementCard<S>>();
  for (const statement of statements) {
    const key = `${statement.start}:${statement.end}`;
    const card = cards.get(key) ?? { sentence: statement.sentence, bylines: [], statements: [] };
    const byline = `${statement.speaker ?? "unnamed speaker"} · ${formatDay(statement.statedOn)}`;
    if (!card.bylines.includes(byline)) card.bylines.push(byline);
    card.statements.push({ ...statement, countryName: statement.commitments[0]?.countryName ?? "" });
    cards.set(key, card);
  }
  return [...cards.values()];
}
