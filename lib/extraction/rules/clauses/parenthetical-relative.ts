import type { RegisteredPattern } from "../../pattern";

// Only when the main clause visibly resumes after it: ", which borders Ukraine, says ...".
export const PARENTHETICAL_RELATIVE: RegisteredPattern = {
  id: "clauses/parenthetical-relative",
  phenomenon: "a relative clause inside a clause, when the main clause resumes after it",
  re: /,\s*(?:which|who)\b(?:\s+[^\s,;]+){1,7},(?=\s*(?:says|said|will|would|is|are|was|were|has|have|had|plans|could|can|may|might|also|does|did|but|and|remains|wants|intends)\b)/g,
  examples: [", which borders Ukraine, says it will help", ", who leads the talks, will travel"],
  counterExamples: [", which borders Ukraine.", ", which borders Ukraine, the east"],
};
