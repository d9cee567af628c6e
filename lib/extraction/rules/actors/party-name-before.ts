import type { RegisteredPattern } from "../../pattern";

/**
 * A country at the end of a party's name ("Reform UK", "Alternative for Germany", "Brothers of
 * Italy", "Progressive Slovakia", "the Freedom Party of Austria") names the party, an opposition
 * or a governing party but never the government: it is no mention of the country. Tested on the
 * words before the country.
 */
export const PARTY_NAME_BEFORE: RegisteredPattern = {
  id: "actors/party-name-before",
  phenomenon: "a country that ends a party's name is no actor",
  re: /(?:\bReform|\bAlternative (?:for|für)|\bBrothers of|\bProgressive|\bFreedom Party of|\bParty of)\s$/,
  examples: ["Reform ", "the far-right Alternative for ", "Brothers of ", "Progressive ", "the Freedom Party of "],
  counterExamples: ["reform ", "an alternative for ", "talks with ", "the party of "],
};
