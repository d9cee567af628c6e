import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: a joint statement's points name their subject as "the Participants", "the
 * Parties", "the Signatories" or "the Sides" ("2. Following a ceasefire, the Participants will
 * extend the activities of the group to ..."): the parties its heading or preamble named
 * (`subjects/joint-statement-preamble`), each with the pledge; with no such preamble the words
 * name nobody (a "party" elsewhere is a political one, and generic).
 */
export const THE_PARTICIPANTS: RegisteredPattern = {
  id: "subjects/the-participants",
  phenomenon: "the parties of a joint statement named as 'the Participants'",
  re: /\bthe (?:participants|parties|signatories|sides|undersigned|participating (?:states|countries|governments))\b/i,
  examples: ["the Participants will extend", "The Parties reaffirm", "the Signatories", "the participating states"],
  counterExamples: ["the participation of", "party leaders", "both sides of the border"],
};
