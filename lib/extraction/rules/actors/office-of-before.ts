import type { RegisteredPattern } from "../../pattern";

/** An office "of" just before a country ("the Minister of Defence of", "Prime Minister of the"). */
export const OFFICE_OF_BEFORE: RegisteredPattern = {
  id: "actors/office-of-before",
  phenomenon: "an office and 'of' just before a country",
  re: /(?:[Mm]inister|[Pp]resident|[Cc]hancellor|[Ss]ecretary|[Ss]pokes(?:wo)?man|[Ss]pokesperson|[Aa]mbassador|[Cc]hief)(?:\s+[\p{L}-]+){0,4}\s+of\s+(?:the\s+)?$/u,
  examples: ["the Federal Minister of Defence of ", "Prime Minister of the ", "foreign minister of "],
  counterExamples: ["the troops of ", "Minister of Defence and "],
};
