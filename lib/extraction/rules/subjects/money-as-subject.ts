import type { RegisteredPattern } from "../../pattern";

/**
 * Money as the subject ("30 billion euros of it will go to arms purchases", "the money will be
 * used to pay for radars"): what the speaker says its money will do is its committed part, not
 * its view of a measure (reading/abstract-subject-is-a-view). The subject opens with an amount
 * or is headed by a word for money.
 */
export const MONEY_AS_SUBJECT: RegisteredPattern = {
  id: "subjects/money-as-subject",
  phenomenon: "an amount or a word for money as the subject: what the money will do is its owner's part",
  re: /^\s*(?:(?:and|but|while)\s+)?(?:(?:the|this|that|these|those|some|another|an additional|a further|its|our|their)\s+)?(?:(?:[€$£]\s?\d[\d.,]*|\d[\d.,]*\s*(?:bln|billion|million|mln|bn|m)?\s*(?:euros?|dollars?|pounds?|kroner|kronor|francs)|(?:EUR|USD|GBP|NOK|SEK|DKK|CAD|CHF)\s?\d[\d.,]*)(?:\s*(?:bln|billion|million|mln|bn|m)\b)?(?:\s+(?:euros?|dollars?))?(?:\s+of\s+(?:the|this|that|it|these)\b[\w\s]{0,20})?|(?:[\w-]+\s+){0,2}?(?:money|funds|funding|sum|amount)\b[\w\s]{0,20})\s*$/iu,
  examples: ["30 bln euros of the money ", "The money ", "€500 million ", "the remaining funds ", " and 60 bln euros "],
  counterExamples: ["The guarantees ", "Ukraine's army ", "the money the allies promised Ukraine, Norway said, "],
};
