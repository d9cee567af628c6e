import type { RegisteredPattern } from "../../pattern";

/** A group noun that can stand for the donors listed after it. */
const GROUP_NOUN = "(?:countries|nations|states|allies|partners|members|governments|donors|contributors|others)";

// The group is the agent: the head of the clause's subject ("Several European countries, ...")
// or the antecedent of the relative clause that carries the stance ("nations that had committed to").
export const GROUP_AS_SUBJECT: RegisteredPattern = {
  id: "subjects/group-as-subject",
  phenomenon: "a group that is the agent: the head of the subject, or the antecedent of a relative clause",
  re: new RegExp(
    `^\\s*((?:[\\w'’-]+\\s+){0,3}?)${GROUP_NOUN}\\b|\\b${GROUP_NOUN}\\s+(?:that|which|who)\\s+(?:(?:had|have|has|are|were|is|also|already)\\s+){0,2}$`,
    "i",
  ),
  examples: ["Several European countries", "partners that have ", "nations that had already "],
  counterExamples: ["Norway said", "Norway will help the partners"],
};
