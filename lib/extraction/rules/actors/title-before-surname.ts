import type { RegisteredPattern } from "../../pattern";

/** A courtesy title before a surname ("Mr Silva", "Ms. Dahl"): the surname is the name. */
export const TITLE_BEFORE_SURNAME: RegisteredPattern = {
  id: "actors/title-before-surname",
  phenomenon: "a courtesy title before a surname",
  re: /^(?:Mr|Ms|Mrs|Dr)\.?\s/,
  examples: ["Mr Silva", "Ms. Dahl"],
  counterExamples: ["Ana Silva", "Mrsa Dahl"],
};
