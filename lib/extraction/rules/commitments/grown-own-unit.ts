import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: a country growing a unit it already has ("plans to double its contingent at the
 * base to 2,000 troops", "will reinforce its battlegroup", "is increasing its presence"), in a
 * sentence that places it abroad and does not name Ukraine: forces stationed on NATO's flank,
 * which are not troops for Ukraine (labelling convention). With Ukraine named ("double its
 * contingent in the force for Ukraine") or no place abroad, the troops stay.
 */
export const GROWN_OWN_UNIT: RegisteredPattern = {
  id: "commitments/grown-own-unit",
  phenomenon: "a country growing a unit it already has",
  re: /\b(?:doubl|tripl|increas|rais|boost|expand|reinforc|strengthen|enlarg|grow|bolster|beef)\w*\s+(?:up\s+)?(?:its|their|our|his|her)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:contingent|presence|battle\s?group|brigade|battalion|garrison|troop\s+numbers|troop\s+levels|deployment)s?\b/i,
  hint: /\b(?:doubl|tripl|increas|rais|boost|expand|reinforc|strengthen|enlarg|grow|bolster|beef)/i,
  examples: [
    "plans to double its contingent",
    "will reinforce its NATO battlegroup",
    "is increasing its military presence",
    "to boost their troop numbers",
  ],
  counterExamples: ["will double its aid", "increase the number of soldiers it sends", "expand training"],
};
