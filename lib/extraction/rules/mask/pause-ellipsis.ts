import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: an ellipsis before a word in lower case is a pause inside the clause, not its end
 * ("Germany will not … send ground troops", "we will ... of course ... help"): it is blanked,
 * so that the words on either side are read together. Before a capital ("Ukraine... Tallinn
 * will send") it may end a sentence, and stays.
 */
export const PAUSE_ELLIPSIS: RegisteredPattern = {
  id: "mask/pause-ellipsis",
  phenomenon: "an ellipsis that is a pause inside the clause",
  re: /(?<=[\p{L}\d,]\s?)(?:…|\.\.\.)(?=\s?\p{Ll})/gu,
  examples: ["will not … send", "will not...send", "we will ... of course"],
  counterExamples: ["with Ukraine... Tallinn will", "will not … I repeat", "the end…"],
};
