import type { RegisteredPattern } from "../../pattern";

/** Capitalised words that open a sentence or a phrase of time or place, not a name ("On Monday", "In Vilnius"). */
export const NOT_A_NAME: RegisteredPattern = {
  id: "actors/not-a-name",
  phenomenon: "capitalised words that are no person's name",
  re: /^(?:On|In|At|By|For|From|With|After|Before|During|Since|Until|Speaking|Meanwhile|However|Separately|Earlier|Later|Last|This|That|Next|Then|Also|And|But|The|A|An|Both|Asked|Today|Yesterday)\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|Ministry|Minister|President|Office|Council|Commission|Government|Parliament|Summit|House|Street|Agency)\b/u,
  examples: ["On Monday", "In Brussels", "Defence Ministry", "Prime Minister"],
  counterExamples: ["Ana Silva", "Mr Silva", "Kari Dahl"],
};
