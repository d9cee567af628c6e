import type { RegisteredPattern } from "../../pattern";

/** A capitalised opening that makes a fronted phrase, not a list item ("In Paris, ..."). */
export const NOT_A_LIST_ITEM: RegisteredPattern = {
  id: "clauses/not-a-list-item",
  phenomenon: "a fronted phrase opening with a preposition or an adverb is no list item",
  re: /^(?:In|On|At|After|Before|During|From|For|With|Without|Under|Also|However|Meanwhile|Still|Then|Now|Today|Yesterday|Earlier|Later|Last|This|That|These|Those|But|And|So|Yet|If|When|While|As|Since|Although|Though|According)\b/,
  examples: ["In Madrid", "After the summit", "Meanwhile Spain"],
  counterExamples: ["Spain", "Italy", "the Baltic states"],
};
