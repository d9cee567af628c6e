import type { RegisteredPattern } from "../../pattern";

/**
 * A personal pronoun that opens the clause is its subject, and a country after the verb is
 * its object: "they presented Ukraine with a package", "she offered Moldova help". The
 * pronoun refers on (the reporter, the discourse); the object is no actor. A pronoun that only
 * opens a frame before a quotation ('He added: "Ireland will ...') is not the clause's subject.
 */
export const PRONOUN_OPENS_CLAUSE: RegisteredPattern = {
  id: "subjects/pronoun-opens-clause",
  phenomenon: "a personal pronoun that opens the clause is its subject, a country after the verb its object",
  re: /^\s*(?:(?<first>we)|they|he|she)\s+(?!and\b|or\b|,|(?:said|says|added|adds|noted|stressed|told|wrote|explained|continued|recalled|declared|insisted)\b[^"“]{0,30}["“])[a-z]/i,
  examples: [" they presented Ukraine with a package", "She offered Moldova help", "we gave Kyiv"],
  counterExamples: [
    "they, Britain and France, will",
    "Britain and they",
    "he and Macron agreed",
    'He added: "Ireland will',
  ],
};
