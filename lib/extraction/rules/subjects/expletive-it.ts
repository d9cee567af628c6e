import type { RegisteredPattern } from "../../pattern";

// Phenomenon: an expletive "it" ("it is possible that France ...", "it is important to") refers
// to no one; a referential one ("it is ready to", "it is open to") is the country spoken of.
export const EXPLETIVE_IT: RegisteredPattern = {
  id: "subjects/expletive-it",
  phenomenon: "an expletive it that refers to no one",
  re: /\bit(?:\s+is|\s+was|['’]s|\s+seems|\s+remains|\s+appears|\s+would be|\s+will be)\b(?=\s+(?:\w+\s+)?(?:possible|impossible|important|necessary|likely|unlikely|clear|unclear|essential|crucial|vital|key|time|early|premature|hard|difficult|expected|understood|believed|reported|known|certain|true|obvious|right|wrong|up to|that|about|not\s+(?:possible|clear|known|yet))).*$/i,
  examples: ["it is possible that", "it is important to", "It would be premature"],
  counterExamples: ["it is ready to", "it is open to"],
};
