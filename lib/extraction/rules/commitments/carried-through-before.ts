import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: aid that passes through a place ("the hub at Rzeszów, through which most Western
 * military aid reaches Ukraine", "a port via which weapons flow"): what the hub carries for
 * everyone, not weapons the country gives; the hub itself is read as logistics.
 */
export const CARRIED_THROUGH_BEFORE: RegisteredPattern = {
  id: "commitments/carried-through-before",
  phenomenon: "weapons or aid that pass through a hub, not what its country gives",
  re: /\b(?:through|via)\s+which\s+(?:[\w'’-]+\s+){0,3}$/i,
  examples: ["through which most Western ", "via which ", "through which the "],
  counterExamples: ["through the port ", "which will send "],
};
