import type { RegisteredPattern } from "../../pattern";

/**
 * What stands between a measure and a predicate of support about it ("foreign troops on the
 * ground were the only real guarantee", "a sky shield is essential"): a short phrase that ends in
 * a copula, with no comma and no other verb.
 */
export const COPULA_BEFORE_PREDICATE: RegisteredPattern = {
  id: "stance/copula-before-predicate",
  phenomenon: "a copula between a measure and a predicate of support about it",
  re: /^(?:\s+(?:on|in|over|of|for|at|from|across)\s+(?:the\s+|its\s+|our\s+|their\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:is|are|was|were|remains?|remained|would be|will be|must be)\s+(?:(?:also|still|really|absolutely|simply)\s+)?$/iu,
  examples: [" on the ground were ", " is ", " over western Ukraine would be ", " are still "],
  counterExamples: [", Italy said it was ", " and France will send ", " will ", " that Russia would "],
};
