import type { RegisteredPattern } from "../../pattern";

/**
 * A reporter named and described between a closing quotation mark and a bare trailing ", said"
 * ('"...," Silva, Portugal\'s top diplomat, said.', '"...," Kari Dahl, the Norwegian defence
 * minister, told reporters.'): the name and its appositive (group 1; the appositive at group 2).
 */
export const APPOSITIVE_REPORTER_BEFORE: RegisteredPattern = {
  id: "speaker/appositive-reporter-before",
  phenomenon: "a reporter with an appositive office before a bare trailing frame",
  re: /[,.!?]?["”»’]\s*((?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2},\s+([^,"“”]{3,80}))$/u,
  examples: [",\" Silva, Portugal's top diplomat", '," Kari Dahl, the Norwegian defence minister'],
  counterExamples: ['," he said, the minister', "Britain, the minister"],
};
