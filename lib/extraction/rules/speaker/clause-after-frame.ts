import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: a trailing frame goes on with a clause of another subject, joined by "as", "while"
 * or "whereas" ('..., its foreign ministry said, as Turkey offered to lead demining', '...,
 * Zelensky said, while Poland ruled out sending soldiers'): the frame ends before the clause,
 * which states its own subject's position. The subject must be named (a capitalised word), so
 * a time clause of the reporter's ('..., he said, as he arrived in Kyiv') stays in the frame.
 */
export const CLAUSE_AFTER_FRAME: RegisteredPattern = {
  id: "speaker/clause-after-frame",
  phenomenon: "a clause of another named subject after a trailing frame",
  re: /,\s+(?=(?:as|while|whereas)\s+(?:the\s+)?[A-Z][\w'’-]*\b(?!\s+(?:put|puts|said|says|told|tells|added|noted|stated|reported|wrote|explained)\b))/u,
  examples: [
    " said, as Turkey offered to lead demining",
    " said on Monday, while Poland ruled out",
    " said, whereas the Netherlands will",
  ],
  counterExamples: [
    " said, as he arrived in Kyiv",
    " said, as Zelensky put it",
    " said in Kyiv, where he met Zelensky",
    " said as Turkey offered",
  ],
};
