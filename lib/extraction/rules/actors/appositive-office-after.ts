import type { RegisteredPattern } from "../../pattern";

/**
 * An office right after a country's possessive or nationality in an appositive ("Portugal's
 * foreign minister", "the Norwegian defence minister"), or an office and "of" before the
 * country ("the minister of defence of Portugal"), as `actors/office-of-before` reads it.
 */
export const APPOSITIVE_OFFICE_AFTER: RegisteredPattern = {
  id: "actors/appositive-office-after",
  phenomenon: "an office right after a country's possessive or nationality",
  re: /^(?:['’]s)?\s+(?:(?:defen[cs]e|foreign|deputy|vice|interior|finance|first|acting|economy|armed forces|ministry|presidential|government|state)\s+)*(?:prime minister|president|chancellor|minister|secretary|spokes(?:wo)?man|spokesperson|envoy|ambassador|commissioner|premier|head of (?:state|government)|counterpart|top diplomat)\b/iu,
  examples: ["'s foreign minister", " defence minister", " Prime Minister", "’s ambassador to"],
  counterExamples: ["'s troops", " media", " ministries of the region"],
};
