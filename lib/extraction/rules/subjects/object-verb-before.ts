import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: a country right after a verb of giving or helping is its object, not its subject
 * ("Sweden will help Ukraine", "to arm Kyiv", "urged Germany").
 */
export const OBJECT_VERB_BEFORE: RegisteredPattern = {
  id: "subjects/object-verb-before",
  phenomenon: "a country right after a verb of giving or helping is its object",
  re: /\b(?:help|helps|helped|helping|assist(?:s|ed|ing)?|support(?:s|ed|ing)?|arm(?:s|ed|ing)?|equip(?:s|ped|ping)?|provid(?:e|es|ed|ing)|giv(?:e|es|en|ing)|gave|offer(?:s|ed|ing)?|suppl(?:y|ies|ied|ying)|defend(?:s|ed|ing)?|protect(?:s|ed|ing)?|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|told|tell(?:s|ing)?|invit(?:e|es|ed|ing)|join(?:s|ed|ing)?|reassur(?:e|es|ed|ing)|stop(?:s|ped|ping)?|prevent(?:s|ed|ing)?|allow(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|force[sd]?|forcing|pressur(?:e|es|ed|ing))\s+(?:the\s+)?$/i,
  examples: ["will help ", "to arm ", "urged the "],
  counterExamples: ["said ", "help and "],
};
