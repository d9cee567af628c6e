import type { RegisteredPattern } from "../../pattern";

/**
 * A country or its adjective that opens a party's name ("the UK Independence Party", "the Sweden
 * Democrats", "the Danish People's Party", "France Unbowed") names the party, never the
 * government: it is no mention of the country. Tested on the words after the country.
 */
export const PARTY_NAME_AFTER: RegisteredPattern = {
  id: "actors/party-name-after",
  phenomenon: "a country that opens a party's name is no actor",
  re: /^\s(?:Independence Party|Democrats|Unbowed|People['’]s Party)\b/,
  examples: [" Independence Party", " Democrats", " Unbowed", " People's Party"],
  counterExamples: [" independence", " democrats", " will send", " people"],
};
