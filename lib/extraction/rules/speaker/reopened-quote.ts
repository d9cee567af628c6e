import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: a quotation that runs over several paragraphs is reopened at the start of each
 * without being closed at the end of the one before ('“We will not send troops.' / '“Our part
 * will be the hub,” Tusk said.'): a sentence that opens on a quotation mark while a quotation is
 * open continues it, so that mark opens nothing and the quotation closes where its speaker is
 * named.
 */
export const REOPENED_QUOTE: RegisteredPattern = {
  id: "speaker/reopened-quote",
  phenomenon: "a paragraph that reopens a quotation still open",
  re: /^\s*(["“])/u,
  examples: ["“Our part will be the hub,” Tusk said.", '"We will also train soldiers."'],
  counterExamples: ["Tusk said: “We will help.”", "We “will” help."],
};
