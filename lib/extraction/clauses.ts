/**
 * Stage "clauses": a masked sentence split where a new predication starts (";", "but",
 * "while", ", which", ", and <subject>", "and will <verb>", "and is considering / ready / not",
 * a bare "and <Subject> will <verb>" after a clause with a verb of its own,
 * a leading "While X ..., Y ..."), keeping a
 * parenthetical relative clause (", which borders Ukraine, says ...") inside its clause.
 */
import type { Span } from "./text";
import { BARE_AND_NEW_SUBJECT } from "./rules/clauses/bare-and-new-subject";
import { CLAUSE_BREAK } from "./rules/clauses/clause-break";
import { FINITE_VERB_BEFORE } from "./rules/clauses/finite-verb-before";
import { LEADING_CONCESSION } from "./rules/clauses/leading-concession";
import { FRONTED_ADVERB_ITEM } from "./rules/clauses/fronted-adverb-item";
import { LIST_ITEM } from "./rules/clauses/list-item";
import { NOT_A_LIST_ITEM } from "./rules/clauses/not-a-list-item";
import { PARENTHETICAL_RELATIVE } from "./rules/clauses/parenthetical-relative";
import { PLEDGE_CONTENT_COLON } from "./rules/clauses/pledge-content-colon";
import { SERIAL_AND } from "./rules/clauses/serial-and";

/**
 * Phenomenon: the serial comma in a list of names ("Spain, Italy, Greece, and Austria are ready
 * to ..."). ", and Austria" starts no clause when everything since the clause began is such a
 * list: two items or more before it, each a name (`LIST_ITEM`), none a fronted phrase ("In Paris, ...").
 */
function isListOfNames(stretch: string): boolean {
  const items = stretch.split(",").map((x) => x.trim());
  if (items.length > 2 && FRONTED_ADVERB_ITEM.re.test(items[0]!)) items.shift();
  return items.length >= 2 && items.every((x) => LIST_ITEM.re.test(x) && !NOT_A_LIST_ITEM.re.test(x));
}

/**
 * `typeAt`, where given, holds where the sentence names a commitment type: a bare "and" before a
 * new subject breaks only between two clauses that each name one ("and Germany will contribute"
 * names none and shares the type before it).
 */
export function splitClauses(masked: string, full: string = masked, typeAt: readonly number[] = []): Span[] {
  const breaks: [number, number][] = [];
  // A leading "While X ..., Y ..." puts X and Y in separate clauses, also when X opens with a
  // frame the mask blanked ("While France has said it is ready ..., Poland ...").
  const lead = LEADING_CONCESSION.re.exec(masked) ?? LEADING_CONCESSION.re.exec(full);
  if (lead) breaks.push([lead[0].length - 1, lead[0].length]);
  CLAUSE_BREAK.re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.re.exec(masked))) breaks.push([m.index, m.index + m[0].length]);
  // ", which borders Ukraine," ends at its closing comma; the main clause resumes after it.
  PARENTHETICAL_RELATIVE.re.lastIndex = 0;
  while ((m = PARENTHETICAL_RELATIVE.re.exec(masked))) {
    breaks.push([m.index + m[0].length - 1, m.index + m[0].length]);
    PARENTHETICAL_RELATIVE.re.lastIndex = m.index + m[0].length - 1;
  }
  // "Norway will deliver shells and Poland will share ...": a bare "and" before a new subject
  // with its own verb, a break only once the clause before has a verb of its own.
  const afterVerb = new Set<number>();
  if (typeAt.length > 1 && BARE_AND_NEW_SUBJECT.hint!.test(masked)) {
    BARE_AND_NEW_SUBJECT.re.lastIndex = 0;
    while ((m = BARE_AND_NEW_SUBJECT.re.exec(masked))) {
      breaks.push([m.index, m.index + m[0].length]);
      afterVerb.add(m.index);
    }
  }
  breaks.sort((a, b) => a[0] - b[0]);
  const clauses: Span[] = [];
  let start = 0;
  for (const [from, to] of breaks) {
    if (from < start) continue;
    if (SERIAL_AND.re.test(masked.slice(from, to)) && isListOfNames(masked.slice(start, from))) continue;
    if (masked[from] === ":" && PLEDGE_CONTENT_COLON.re.test(masked.slice(start, from))) continue;
    if (
      afterVerb.has(from) &&
      (!FINITE_VERB_BEFORE.re.test(masked.slice(start, from)) ||
        !typeAt.some((at) => at >= start && at < from) ||
        !typeAt.some((at) => at >= to))
    )
      continue;
    if (from > start) clauses.push({ start, end: from, text: masked.slice(start, from) });
    start = to;
  }
  if (masked.length > start) clauses.push({ start, end: masked.length, text: masked.slice(start) });
  return clauses;
}
