import type { RegisteredPattern } from "../../pattern";

/**
 * "the brigade in Lithuania, which will number about 5,000 soldiers": troops named in a relative
 * clause that gives the strength of a unit placed before it, ending right before the troop noun;
 * group 1 is the place (troops outside Ukraine are no pledge for it).
 */
export const UNIT_PLACED_BEFORE_RELATIVE: RegisteredPattern = {
  id: "commitments/unit-placed-before-relative",
  phenomenon: "troops in a relative clause after a unit placed somewhere",
  re: /\b(?:brigade|battalion|battlegroup|battle group|division|regiment|contingent|garrison|troops|forces?)\s+(?:(?:stationed|based|deployed)\s+)?in\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?),\s+(?:which|that)\s+(?:[^.;,]|,(?=\d)){0,60}$/u,
  examples: [
    "The German brigade in Lithuania, which will number about 5,000 ",
    "the battalion stationed in Estonia, which has about 900 ",
  ],
  counterExamples: [
    "the brigade in Lithuania will number about 5,000 ",
    "the brigade in Lithuania, and 300 ",
    "a plan for troops in Ukraine; it would take 20,000 ",
  ],
};
