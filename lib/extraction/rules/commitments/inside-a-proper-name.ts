import type { RegisteredPattern } from "../../pattern";

/**
 * A type phrase inside the capitalised name of a body ("the NATO Security Assistance and
 * Training Mission", "the European Flagship Fund") names that body, not a commitment of the
 * sentence's subject: the words after the phrase go on in capitals to a body noun. Tested on
 * the text after a hit whose own words are capitalised.
 */
export const INSIDE_A_PROPER_NAME: RegisteredPattern = {
  id: "commitments/inside-a-proper-name",
  phenomenon: "a type phrase inside the capitalised name of a body names the body, not a commitment",
  re: /^(?:\s+(?:[A-Z][\w-]*|and|of|for))*?\s+(?:Mission|Command|Group|Cent(?:er|re)|Initiative|Facility|Fund|Programme|Program|Agency|Office)\b/,
  examples: [" Mission in Ukraine", " and Training Mission", " Fund"],
  counterExamples: [" mission in Ukraine", " to Ukraine", " and training for Ukraine"],
};
