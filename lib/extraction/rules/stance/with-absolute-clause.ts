import type { RegisteredPattern } from "../../pattern";

/**
 * "London and Paris will lead the force, with Berlin providing air defence": a clause of "with",
 * a country and a gerund with its object (not a noun in -ing: "with US backing for the force"),
 * whose gerund has no modal of its own; it takes the pledge of the clause before, read at the
 * gerund (group 1), where the country before it is the subject.
 */
export const WITH_ABSOLUTE_CLAUSE: RegisteredPattern = {
  id: "stance/with-absolute-clause",
  phenomenon: "a with-clause of a country and a gerund takes the pledge of the clause before",
  re: /^\s*with\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:also\s+)?(\p{Ll}+ing)\s+(?!(?:for|of|from|to|in|and|or|with)\b)\p{L}/u,
  examples: ["with Berlin providing air defence", " with the Netherlands also sending minehunters"],
  counterExamples: [
    "with US backing",
    "with US backing for the force",
    "with US funding and support",
    "with Berlin's help",
    "without Berlin providing",
  ],
};
