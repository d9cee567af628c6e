import type { RegisteredPattern } from "../../pattern";

/**
 * A country placed outside the group of the willing: "X is not among the nations prepared to
 * deploy soldiers", "is not one of the states ready to": the readiness is denied, a refusal.
 */
export const NOT_AMONG_BEFORE: RegisteredPattern = {
  id: "stance/not-among-before",
  phenomenon: "not among the countries ready to: a country placed outside the willing, a refusal",
  re: /\bnot\s+(?:among|one of)\s+(?:the\s+|those\s+)?(?:countries|nations|states|members|allies|governments|those)\s+(?:(?:that|which|who)\s+(?:are|were)\s+)?$/iu,
  examples: ["is not among the countries ", "was not one of the nations that were ", "not among those "],
  counterExamples: ["is among the countries ", "not among the first to "],
};
