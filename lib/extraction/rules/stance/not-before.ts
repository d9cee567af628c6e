import type { RegisteredPattern } from "../../pattern";

/** A refusal only until peace: conditional. */
export const NOT_BEFORE: RegisteredPattern = {
  id: "stance/not-before",
  phenomenon: "a refusal only until peace: conditional",
  re: /\b(?:before|until|till|prior to)\s+(?:(?!\w+ed\b)[\w'’-]+\s+){0,4}?(?:peace|ceasefire|cease-fire|truce|armistice|settlement|deal|agreement|the war ends|the end of (?:the )?war|hostilities end)\b[^,;."“”]*/i,
  examples: ["before a ceasefire", "until the war ends", "prior to a peace deal"],
  counterExamples: ["before the summit", "until Monday"],
};
