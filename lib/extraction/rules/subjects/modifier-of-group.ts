import type { RegisteredPattern } from "../../pattern";

/** A country that only modifies a group: the members, not an actor. */
export const MODIFIER_OF_GROUP: RegisteredPattern = {
  id: "subjects/modifier-of-group",
  phenomenon: "a country that only modifies a group: the members, not an actor",
  re: /^(?:\s*(?:,|and|or)\s*(?:[\p{Lu}][\p{L}-]*\s*){1,2})*\s*-?(?:member states|member countries|members|countries|allies|states|nations|partners|leaders|citizens|public|people|voters|media|press|newspaper|outlet|experts|analysts)\b/u,
  examples: ["member states", " and EU member states", " countries"],
  counterExamples: ["troops", ", France said"],
};
