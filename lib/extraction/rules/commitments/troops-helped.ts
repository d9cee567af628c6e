import type { RegisteredPattern } from "../../pattern";

/**
 * Troops that someone gives support, cover or protection to are the beneficiary, not the
 * helper's own deployment ("air support to European troops"). Unlike a force, plain troops
 * need the preposition: "support troops" are troops.
 */
export const TROOPS_HELPED: RegisteredPattern = {
  id: "commitments/troops-helped",
  phenomenon: "troops given support, cover or protection by someone else",
  re: /\b(?:support|cover|protection|assistance|backing|backstop|reinforcements?)\s+(?:to|for)\s+(?:an?|the|any|such|their|those|these)?\s*(?:[\w-]+\s+)?$|\b(?:power|might|guarantees?|backing|support|enablers)\s+behind\s+(?:an?|the|any|such|their|those|these)?\s*(?:[\w-]+\s+)?$|\b(?:protect|protecting|protects|defend|defending|defends)\s+(?:the\s+|any\s+|their\s+)?(?:[\w-]+\s+)?$/i,
  // and power put behind them ("American air power behind the coalition troops")
  examples: [
    "air support to European ",
    "air cover for the ",
    "a backstop for ",
    "protect the European ",
    "air power behind the coalition ",
  ],
  counterExamples: ["send support ", "deploy ", "contribute 500 ", "plans to send "],
};
