import type { RegisteredPattern } from "../../pattern";

/**
 * Support declared for a force names the force as the measure supported, not its beneficiary
 * ("voiced its support for a reassurance force", "has been vocal in its support for a
 * peacekeeping mission", "would lend political support to a European force"): the supporter's
 * `supports` for troops. Not where the United States is named before it: the US behind a
 * European force is the backstop, the force its beneficiary (`commitments/beneficiary-before`).
 * Case-sensitive, so that "us" is no United States.
 */
export const SUPPORT_DECLARED_BEFORE: RegisteredPattern = {
  id: "commitments/support-declared-before",
  phenomenon: "a force named after declared support is the measure supported, not the beneficiary",
  re: /^(?![\s\S]*\b(?:US|U\.S\.|United States|Washington|Americans?|America|Pentagon|White House|Trump)\b)[\s\S]*\b(?:(?:voic|express|declar|signal|reaffirm|reiterat|underlin|stat|pledg|restat)\w*|vocal\s+in|(?:lend|lends|lent|lending|give|gives|gave|giving)\s+(?:(?:its|their|his|her|our|full|strong)\s+)*(?:political|diplomatic))\s+(?:(?:its|their|his|her|our|strong|full|firm|clear|unequivocal|continued)\s+)*(?:support|backing)\s+(?:(?:on\s+[A-Z][a-z]+day|again|today|yesterday|this\s+week)\s+)?(?:for|to)\s+(?:an?|the|any|such an?)?\s*(?:[\w-]+\s+)?$/,
  examples: [
    "Ireland voiced its support for a reassurance ",
    "has been vocal in its support for a peacekeeping ",
    "Spain said it would lend political support to a European ",
    "reiterated their full support for the ",
  ],
  counterExamples: [
    "Washington voiced its support for a European ",
    "air support to a European ",
    "a backstop for the ",
    "support for a ",
  ],
};
