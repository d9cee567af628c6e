/**
 * Stage "clauses": a masked sentence split where a new predication starts (";", "but",
 * "while", ", which", ", and <subject>", "and will <verb>", "and is considering / ready / not",
 * a leading "While X ..., Y ..."), keeping a
 * parenthetical relative clause (", which borders Ukraine, says ...") inside its clause.
 */
import type { Span } from "./text";

// ASCII classes on purpose: without the u flag this runs several times faster.
const CLAUSE_BREAK =
  /\s*;\s*|:\s+(?=that\b|["“]?[a-z])|,?\s+['"“‘]?but\s+|,\s*while\s+|,\s*whereas\s+|,\s*(?=which\s|who\s)|,\s*(?:and|so)\s+(?=(?:I|we|it|they|he|she|the|its|our|his|her|[A-Z\u00C0-\u00DE][\w\u00C0-\u024F-]+)\s)|\s+and\s+(?=(?:will|would|shall|could|may|might)\s)|\s+and\s+(?=(?:is|are|was|were|has|have|had)\s+(?:also\s+|now\s+|still\s+)?(?:considering|weighing|studying|examining|exploring|ready|prepared|willing|planning|open|not|no\s+longer)\b)/g;

/** ", which borders Ukraine," inside a clause: a parenthesis about the subject, not a clause of its own. */
export const RELATIVE_START = /^\s*(?:which|who)\b/i;
// Only when the main clause visibly resumes after it: ", which borders Ukraine, says ...".
const PARENTHETICAL_RELATIVE =
  /,\s*(?:which|who)\b(?:\s+[^\s,;]+){1,7},(?=\s*(?:says|said|will|would|is|are|was|were|has|have|had|plans|could|can|may|might|also|does|did|but|and|remains|wants|intends)\b)/g;

/**
 * Phenomenon: the serial comma in a list of names ("Spain, Italy, Greece, and Austria are ready
 * to ..."). ", and Austria" starts no clause when everything since the clause began is such a
 * list: three names or more, each a capitalised phrase of at most three words ("the Baltic
 * states" too) or of capitalised words only ("Greek Prime Minister Nikos Pappas"), none opening with a preposition or an adverb ("In Paris, ..." is a fronted phrase).
 */
const SERIAL_AND = /^,\s*and\s+$/;
const LIST_ITEM =
  /^(?:the\s+)?[A-Z\u00C0-\u00DE][^\s,;:]*(?:(?:\s+[^\s,;:]+){0,2}|(?:\s+(?:of|the|[A-Z\u00C0-\u00DE][^\s,;:]*)){0,6})$/;
const NOT_A_LIST_ITEM =
  /^(?:In|On|At|After|Before|During|From|For|With|Without|Under|Also|However|Meanwhile|Still|Then|Now|Today|Yesterday|Earlier|Later|Last|This|That|These|Those|But|And|So|Yet|If|When|While|As|Since|Although|Though|According)\b/;
export function isListOfNames(stretch: string): boolean {
  const items = stretch.split(",").map((x) => x.trim());
  return items.length >= 2 && items.every((x) => LIST_ITEM.test(x) && !NOT_A_LIST_ITEM.test(x));
}

export function splitClauses(masked: string): Span[] {
  const breaks: [number, number][] = [];
  // A leading "While X ..., Y ..." puts X and Y in separate clauses.
  const lead = /^\s*(?:while|although|though|whereas)\b[^,]*,/iu.exec(masked);
  if (lead) breaks.push([lead[0].length - 1, lead[0].length]);
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(masked))) breaks.push([m.index, m.index + m[0].length]);
  // ", which borders Ukraine," ends at its closing comma; the main clause resumes after it.
  PARENTHETICAL_RELATIVE.lastIndex = 0;
  while ((m = PARENTHETICAL_RELATIVE.exec(masked))) {
    breaks.push([m.index + m[0].length - 1, m.index + m[0].length]);
    PARENTHETICAL_RELATIVE.lastIndex = m.index + m[0].length - 1;
  }
  breaks.sort((a, b) => a[0] - b[0]);
  const clauses: Span[] = [];
  let start = 0;
  for (const [from, to] of breaks) {
    if (from < start) continue;
    if (SERIAL_AND.test(masked.slice(from, to)) && isListOfNames(masked.slice(start, from))) continue;
    if (from > start) clauses.push({ start, end: from, text: masked.slice(start, from) });
    start = to;
  }
  if (masked.length > start) clauses.push({ start, end: masked.length, text: masked.slice(start) });
  return clauses;
}
