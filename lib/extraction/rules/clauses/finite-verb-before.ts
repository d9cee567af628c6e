import type { RegisteredPattern } from "../../pattern";

/**
 * Whether a stretch of a clause already has a finite verb, so that a bare "and" after it can
 * open a new clause (`clauses/bare-and-new-subject`), not join a second name to its subject.
 */
export const FINITE_VERB_BEFORE: RegisteredPattern = {
  id: "clauses/finite-verb-before",
  phenomenon: "a stretch that already has a finite verb",
  re: /\b(?:will|would|shall|could|can|may|might|must|is|are|was|were|has|have|had|plans|intends|pledged|offered|agreed|promised|announced|sent|signed|delivered)\b/,
  examples: ["Norway will deliver shells", "Canada has pledged money", "Spain pledged 1 billion euros"],
  counterExamples: ["Britain", "The leaders of Britain", "Spain, Italy"],
};
