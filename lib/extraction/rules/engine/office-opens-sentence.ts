import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: an official named by country and office opens a sentence without a verb of
 * saying ("Norway's defence minister spoke in Oslo on Monday.", "The Dutch prime minister
 * visited Kyiv."): the next "he said" or "we will" is that country's. Tested on the text right
 * after the opening country; a former official is no such speaker.
 */
export const OFFICE_OPENS_SENTENCE: RegisteredPattern = {
  id: "engine/office-opens-sentence",
  phenomenon: "an official named by country and office opens the sentence",
  re: /^(?:['’]s)?\s+(?:(?:new|acting|deputy|senior|top|foreign|defen[cs]e|prime|interior|finance)\s+){0,2}(?:prime minister|president|chancellor|minister|premier|foreign secretary|defen[cs]e secretary|secretary of state|spokes(?:wo)?man|spokesperson|head of (?:state|government)|foreign policy chief)\b/i,
  examples: ["'s defence minister spoke", " prime minister visited", "’s foreign minister met"],
  counterExamples: ["'s former prime minister", " troops will", "'s army"],
};
