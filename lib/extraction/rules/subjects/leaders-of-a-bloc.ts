import type { RegisteredPattern } from "../../pattern";

/**
 * The leaders of a bloc deciding together ("EU leaders agreed to lend ...", "European Union
 * leaders decided ..."): the bloc's summit decides for the bloc, so the organisation before
 * "leaders" is the actor, not a modifier of a group of people. Only a decision: what "EU leaders"
 * say or welcome stays the group's ("European leaders" is a group in any case: the adjective
 * names no organisation).
 */
export const LEADERS_OF_A_BLOC: RegisteredPattern = {
  id: "subjects/leaders-of-a-bloc",
  phenomenon: "the leaders of a bloc decide for the bloc",
  re: /^\s*leaders\s+(?:(?:have|had|formally|unanimously|also|finally)\s+)?(?:agreed|decided|approved)\b/,
  examples: [" leaders agreed on Thursday", " leaders have decided", " leaders formally approved"],
  counterExamples: [" member states", " countries", " leadership", " leaders said", " leaders welcomed"],
};
