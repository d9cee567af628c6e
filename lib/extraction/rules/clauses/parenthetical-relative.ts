import type { RegisteredPattern } from "../../pattern";

// Only when the main clause visibly resumes after it: ", which borders Ukraine, says ...". Up to
// ten words: a relative clause of support ("Britain, which is leading the push for a reassurance
// force, will put troops into it") otherwise lends its cue to the main clause's own pledge;
// longer ones mostly carry a part of their own with no cue ("which has so far given 8 billion
// dollars in military aid") that the main clause's cue still reads.
export const PARENTHETICAL_RELATIVE: RegisteredPattern = {
  id: "clauses/parenthetical-relative",
  phenomenon: "a relative clause inside a clause, when the main clause resumes after it",
  re: /,\s*(?:which|who)\b(?:\s+[^\s,;]+){1,10},(?=\s*(?:says|said|will|would|is|are|was|were|has|have|had|plans|could|can|may|might|also|does|did|but|and|remains|wants|intends)\b)/g,
  examples: [
    ", which borders Ukraine, says it will help",
    ", who leads the talks, will travel",
    ", which is leading the push for a reassurance force, will put",
  ],
  counterExamples: [", which borders Ukraine.", ", which borders Ukraine, the east"],
};
