import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: jets named by their model as the ones that fly the air mission ("its Gripen jets
 * would take part in patrolling Ukrainian airspace", "Danish F-16s will help patrol Ukraine's
 * skies"): the country's own air role, not arms handed over. The words between the jets (an
 * arms cue) and the air cue right after them make the jets the subject of the mission; jets
 * delivered for Ukraine to fly ("deliver F-16s to help Ukraine protect its skies") stay arms.
 */
export const JETS_FLYING_THE_MISSION: RegisteredPattern = {
  id: "commitments/jets-flying-the-mission",
  phenomenon: "jets as the ones that fly the air mission",
  re: /^\s+(?:(?:fighter\s+)?(?:jets?|fighters?|aircraft|planes|warplanes)\s+)?(?:(?:would|will|could|may|might|are|shall|can|should)\s+(?:also\s+|then\s+|later\s+)?(?:be\s+)?)?(?:take\s+part\s+in|taking\s+part\s+in|help(?:\s+to)?|helping|join|joining|used\s+(?:to|for|in)|fly|flying|conduct|carry\s+out|start|begin|be\s+used\s+(?:to|for|in))\s+$/i,
  examples: [" would take part in ", " will help ", " could be used to ", " will join "],
  counterExamples: [" to Ukraine to help ", " and ", " for Ukraine's pilots to "],
};
