import type { RegisteredPattern } from "../../pattern";

/**
 * "Norway will deliver shells and Poland will share intelligence": a bare "and" (no comma)
 * before a capitalised subject and its own finite verb starts a clause of its own. It is a
 * break only where the stretch before already has a finite verb (`clauses/finite-verb-before`):
 * "Britain and France will send troops" is one subject of two names; and only between two
 * clauses that each name a type (`splitClauses`): "and Germany will contribute" shares the one
 * before.
 */
export const BARE_AND_NEW_SUBJECT: RegisteredPattern = {
  id: "clauses/bare-and-new-subject",
  phenomenon: "a bare 'and' before a new subject with its own verb",
  re: /\s+and\s+(?=(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s+(?:also\s+|now\s+|still\s+)?(?:will|would|shall|could|can|may|might|is|are|has|have|plans|intends|pledged|offered|agreed|promised|announced)\s)/g,
  examples: [
    "Norway will deliver shells and Poland will share intelligence",
    "Estonia will send instructors and Latvia is considering minehunters",
    "Canada has pledged money and the United States could send trainers",
  ],
  counterExamples: [
    "Britain and France",
    "will send troops and ships",
    "Spain will train pilots and fund demining",
    "and for Poland",
  ],
  hint: / and /,
};
