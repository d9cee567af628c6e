import type { RegisteredPattern } from "../../pattern";

/** Any reporting verb at all: sentences without one skip the frame patterns. */
export const SAY_HINT: RegisteredPattern = {
  id: "speaker/say-hint",
  phenomenon: "any reporting verb at all: sentences without one skip the frame patterns",
  re: /\b(?:sa(?:id|ys|y\b)|state[sd]?|told|tells|add(?:ed|s)|not(?:ed|es)|stress|emphasi|announc|explain|confirm|believ|indicat|reiterat|insist|warn|clarif|argu|declar|mention|acknowledg|wr(?:ote|ites)|continu|respond|repl|report|claim|assur|promis|underlin|underscor|signal|suggest|quot|accord|highlight|recall|remind|reveal|assert|affirm|point(?:ed|s) out|observ|maintain|admit|specifi|remark)/i,
  examples: ["said", "told", "according to", "quoted", "highlighted", "pointed out"],
  counterExamples: ["went", "visited"],
};
