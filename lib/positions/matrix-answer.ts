/**
 * The sentence at the top of the matrix that says what the view answers, in words rather than
 * symbols: for the first type shown (troops, unless filtered), how many countries would take
 * part, how many of them only under a condition, and how many weigh, endorse, refuse or oppose it.
 */
import { COMMITMENT_TYPE_INFO, type CommitmentType, type Stance } from "@/lib/domain/taxonomy";

type StanceCounts = Partial<Record<Stance, number>>;

function countries(count: number): string {
  return count === 1 ? "1 country" : `${count} countries`;
}

/** The stances of one type, as clauses of a sentence; empty when no country has a position on it. */
export function stanceClauses(counts: StanceCounts): string[] {
  const of = (stance: Stance) => counts[stance] ?? 0;
  const wouldTakePart = of("committed") + of("conditional");
  const clauses: string[] = [];
  if (wouldTakePart > 0) {
    const conditional = of("conditional");
    const onlyIf =
      conditional === 0
        ? ""
        : conditional === wouldTakePart
          ? `, all only under a condition`
          : ` (${conditional} of them only under a condition)`;
    clauses.push(`${countries(wouldTakePart)} said they would take part${onlyIf}`);
  }
  if (of("considering") > 0)
    clauses.push(`${countries(of("considering"))} ${of("considering") === 1 ? "is" : "are"} considering it`);
  if (of("supports") > 0) {
    const one = of("supports") === 1;
    clauses.push(
      `${countries(of("supports"))} ${one ? "backs it without a part of its own" : "back it without a part of their own"}`,
    );
  }
  if (of("ruled_out") > 0) clauses.push(`${countries(of("ruled_out"))} ruled out taking part`);
  if (of("opposes") > 0)
    clauses.push(`${countries(of("opposes"))} ${of("opposes") === 1 ? "opposes" : "oppose"} it for anyone`);
  return clauses;
}

/**
 * What the view answers, e.g. "Troops on the ground, today: 11 countries said they would take
 * part (7 of them only under a condition); 3 are considering it; 2 ruled out taking part."
 * `when` is "today" or "as of 1 Mar 2025".
 */
export function matrixAnswer(
  counts: Partial<Record<CommitmentType, StanceCounts>>,
  types: readonly CommitmentType[],
  when: string,
): string | null {
  const type = types[0];
  if (!type) return null;
  const label = COMMITMENT_TYPE_INFO[type].label;
  const clauses = stanceClauses(counts[type] ?? {});
  if (clauses.length === 0) return `${label}, ${when}: no country in this view has stated a position.`;
  return `${label}, ${when}: ${clauses.join("; ")}.`;
}
