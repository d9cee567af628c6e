/**
 * Stage "clauses": a masked sentence split where a new predication starts (";", "but",
 * "while", ", which", ", and <subject>", "and will <verb>", "and is considering / ready / not",
 * a leading "While X ..., Y ..."), keeping a
 * parenthetical relative clause (", which borders Ukraine, says ...") inside its clause.
 */
import type { Span } from "./text";
import { CLAUSE_BREAK } from "./rules/clauses/clause-break";
import { LEADING_CONCESSION } from "./rules/clauses/leading-concession";
import { PARENTHETICAL_RELATIVE } from "./rules/clauses/parenthetical-relative";

export function splitClauses(masked: string): Span[] {
  const breaks: [number, number][] = [];
  // A leading "While X ..., Y ..." puts X and Y in separate clauses.
  const lead = LEADING_CONCESSION.re.exec(masked);
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
  breaks.sort((a, b) => a[0] - b[0]);
  const clauses: Span[] = [];
  let start = 0;
  for (const [from, to] of breaks) {
    if (from < start) continue;
    if (from > start) clauses.push({ start, end: from, text: masked.slice(start, from) });
    start = to;
  }
  if (masked.length > start) clauses.push({ start, end: masked.length, text: masked.slice(start) });
  return clauses;
}
