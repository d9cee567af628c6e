import type { RegisteredPattern } from "../../pattern";

/**
 * A trailing frame whose reporters are a list of nationalities before one office ("..., the
 * Estonian, Latvian and Lithuanian defence ministers said"): the frame pattern starts at the last
 * comma, so the first items ("the Estonian", "the Estonian, Latvian") stand just before it; they
 * (group 1) belong to the frame. Read on the text before the frame.
 */
export const NATIONALITY_LIST_BEFORE: RegisteredPattern = {
  id: "speaker/nationality-list-before",
  phenomenon: "the first nationalities of a list of reporters before a trailing frame",
  re: /,\s*((?:the\s+)?[\p{Lu}][\p{L}'’-]+(?:,\s*[\p{Lu}][\p{L}'’-]+){0,4})$/u,
  examples: ["train Ukrainian troops, the Estonian", "will help, the Estonian, Latvian", "ready, Polish"],
  counterExamples: ["train Ukrainian troops, the minister", "the Estonian", "ready, said Polish officials"],
};
