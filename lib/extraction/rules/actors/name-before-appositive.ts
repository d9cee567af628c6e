import type { RegisteredPattern } from "../../pattern";

/**
 * A name and a comma just before an appositive office ("Ana Silva, Portugal's foreign
 * minister", "Kari Dahl, the Norwegian defence minister", "Mr Silva, the minister of defence
 * of"): the name (group 1; a title and a surname, or two or three capitalised words) is the
 * official the office introduces.
 */
export const NAME_BEFORE_APPOSITIVE: RegisteredPattern = {
  id: "actors/name-before-appositive",
  phenomenon: "a name and a comma just before an appositive office",
  re: /(?:^|[\s"“”(])((?:(?:Mr|Ms|Mrs|Dr)\.?\s+[\p{Lu}][\p{L}'’-]+)|(?:[\p{Lu}][\p{L}'’-]+(?:\s+(?:\p{Lu}\.|van|von|de|der|den|del|da|di|du|le|la))*(?:\s+[\p{Lu}][\p{L}'’-]+){1,2})),\s+(?:(?:the|a|an|former)\s+)*(?:(?:[\p{L}-]+\s+){1,4}?of\s+(?:the\s+)?)?$/u,
  examples: ["said Ana Silva, ", '" Kari Dahl, the ', "said Mr Silva, the minister of defence of "],
  counterExamples: ["said Silva, ", "the troops, ", "in Warsaw, the "],
};
