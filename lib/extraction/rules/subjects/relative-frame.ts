import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: a relative clause that reports ("..., who confirmed Italy would not send troops",
 * "..., which said it was ready to ...") frames a clause of its own: the actor is the subject
 * of the reported clause after the verb of saying, not the antecedent of "who".
 */
export const RELATIVE_FRAME: RegisteredPattern = {
  id: "subjects/relative-frame",
  phenomenon: "a relative clause that reports: the reported clause has its own subject",
  re: /^\s*(?:who|which)\s+(?:has\s+|had\s+|also\s+)?(?:said|says|confirmed|confirms|announced|stated|added|noted|insisted|stressed|indicated|signalled|signaled|told\s+(?:reporters|journalists|parliament|lawmakers))\s+(?:that\s+)?/i,
  examples: ["who confirmed Italy would", " which said that Spain was", "who told reporters Norway had"],
  counterExamples: ["who will send troops", "which borders Ukraine", "whose minister said"],
};
