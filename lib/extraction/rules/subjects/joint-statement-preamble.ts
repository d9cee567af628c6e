import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: a joint statement or communiqué names its parties once, in its heading or its
 * preamble ("Joint Statement of the Defence Ministers of Romania, Bulgaria and Türkiye", "The
 * Ministers ... met in Istanbul and agreed on the following:"), and its numbered points speak of
 * them as "the Participants" (`subjects/the-participants`). A heading or a sentence that names
 * two or more countries and opens or announces such a text sets the parties.
 */
export const JOINT_STATEMENT_PREAMBLE: RegisteredPattern = {
  id: "subjects/joint-statement-preamble",
  phenomenon: "the heading or preamble of a joint statement, which names its parties",
  re: /^\s*(?:joint (?:statement|declaration|communiqu[eé])|communiqu[eé])\b|\b(?:agreed|agree|decided|declare) (?:on )?(?:the following|as follows)\b|\b(?:issued|adopted|signed) (?:the following|a) joint (?:statement|declaration|communiqu[eé])\b/i,
  examples: [
    "Joint Statement of the Defence Ministers of Romania, Bulgaria and Türkiye",
    "met in Istanbul and agreed on the following:",
    "have agreed as follows:",
    "issued the following joint statement:",
  ],
  counterExamples: ["the ministers agreed to meet again", "a statement by the ministry", "following the talks"],
  hint: /joint|communiqu|agree|decided|declare/i,
};
