/**
 * Sentences written for this project (never taken from an article) that say what the rule
 * stages must read, one phenomenon each. They are the engine's own-sentence benchmark: the
 * corpus measures how well the rules fit real copy, these measure whether a phenomenon is read
 * wherever it is phrased that way. `cases.test.ts` runs every case; `npm run eval` reports how
 * many are read as written.
 */
import { extractPositionsByRules } from "../engine";
import type { PositionProposal } from "../types";

export interface PhenomenonCase {
  /** The phenomenon, in a few words ("a refusal phrased as no intention of"). */
  phenomenon: string;
  /** The article body: one sentence or a few. */
  text: string;
  title?: string;
  /**
   * Exactly the cells the rules must propose, as "FR troops committed"; a conditional cell may
   * give its condition after a bar: "FR troops conditional | once a ceasefire is signed".
   */
  cells: string[];
  /**
   * Set while the rules still misread the case: why. The test then asserts that the case still
   * fails, so a fix that reads it has to clear the mark.
   */
  gap?: string;
}

const CASE_PUBLISHED = "2026-03-02";

const cellOf = (p: PositionProposal) =>
  `${p.country} ${p.commitment} ${p.stance}${p.stance === "conditional" && p.condition ? ` | ${p.condition}` : ""}`;

/** Whether the given cell names a condition to compare ("FR troops conditional | once ..."). */
const withCondition = (cell: string) => cell.includes(" | ");

/** What the rules propose for a case, in the case's notation, sorted. */
export function readCase(c: PhenomenonCase): string[] {
  const positions = extractPositionsByRules({ body: c.text, title: c.title ?? null, published: CASE_PUBLISHED });
  return positions
    .map((p) => {
      const full = cellOf(p);
      const expected = c.cells.find((e) => e.startsWith(`${p.country} ${p.commitment} `));
      // Compare the condition only where the case gives one.
      return expected && !withCondition(expected) ? full.split(" | ")[0]! : full;
    })
    .sort();
}

/** Whether the rules read the case exactly as written. */
export function caseIsRead(c: PhenomenonCase): boolean {
  const got = readCase(c);
  const want = [...c.cells].sort();
  return got.length === want.length && got.every((g, i) => g === want[i]);
}
