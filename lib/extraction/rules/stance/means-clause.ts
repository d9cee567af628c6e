import type { RegisteredPattern } from "../../pattern";

/** The means of a pledge in a clause of its own. */
export const MEANS_CLAUSE: RegisteredPattern = {
  id: "stance/means-clause",
  phenomenon: "the means of a pledge in a clause of its own",
  re: /^\s*(?:also\s+|rather\s+|instead\s+)?by\s+\w+ing\b/i,
  examples: ["by providing weapons", " rather by sending ships"],
  counterExamples: ["by Monday", "bypassing"],
};
