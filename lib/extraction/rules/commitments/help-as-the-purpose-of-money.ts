import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: money whose purpose is support for Ukraine's forces ("earmarked €3 billion in the
 * budget to support Ukraine's armed forces", "$400 million to help Ukraine defend itself") is
 * money as such, `funding` (labelling convention: "money for Ukraine's security and armed
 * forces"); the support phrase after the amount names no weapons, so it is no `arms` of its own.
 * Money described as military aid or weapons stays `arms` (commitments.ts moneyOfMilitaryAid).
 */
export const HELP_AS_THE_PURPOSE_OF_MONEY: RegisteredPattern = {
  id: "commitments/help-as-the-purpose-of-money",
  phenomenon: "support for Ukraine's forces named as the purpose of an amount of money",
  re: /^(?:support|assist|aid|help)/iu,
  examples: ["support Ukraine's armed forces", "assistance for Ukraine's armed forces", "help Ukraine defend itself"],
  counterExamples: ["military aid", "weapons", "air defence systems"],
};
