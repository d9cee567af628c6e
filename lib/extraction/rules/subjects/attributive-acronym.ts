import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: a country's short name used as a modifier ("US troops", "UK jets", "U.S.
 * warships"): like a nationality adjective, it says whose they are.
 */
export const ATTRIBUTIVE_ACRONYM: RegisteredPattern = {
  id: "subjects/attributive-acronym",
  phenomenon: "a country's short name as a modifier",
  re: /^(?:[A-Z]{2,3}|U\.S\.?|U\.K\.?)$/u,
  examples: ["US", "UK", "U.S.", "UAE"],
  counterExamples: ["Britain", "Us", "United States"],
};
