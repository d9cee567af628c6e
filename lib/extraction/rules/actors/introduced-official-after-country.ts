import type { RegisteredPattern } from "../../pattern";

/**
 * An official introduced by office, country and name ("the Minister of Defence of Norway, Kari
 * Dahl"), read just after the country when an office "of" stands before it
 * (`actors/office-of-before`): the name after the comma (group 1).
 */
export const INTRODUCED_OFFICIAL_AFTER_COUNTRY: RegisteredPattern = {
  id: "actors/introduced-official-after-country",
  phenomenon: "an official introduced by office, country and name after a comma",
  re: /^,\s+([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,2})/u,
  examples: [", Kari Dahl", ", Jon Olsen said"],
  counterExamples: [", and troops", ", said Dahl"],
};
