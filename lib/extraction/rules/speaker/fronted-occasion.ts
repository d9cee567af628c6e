import type { RegisteredPattern } from "../../pattern";

/**
 * A phrase of place or occasion that opens a frame, and its comma ("Speaking in Warsaw,", "In
 * Vilnius,", "On a visit to Oslo,"): the country or capital in it is where the reporter spoke,
 * not whose office they hold.
 */
export const FRONTED_OCCASION: RegisteredPattern = {
  id: "speaker/fronted-occasion",
  phenomenon: "a fronted phrase of place or occasion in a frame names no reporter",
  re: /^\s*(?:speaking|writing|visiting|arriving|in|at|from|during|on (?:a|an|his|her) (?:visit|trip) to|on the sidelines of)\b[^,"“”]{0,60},/i,
  examples: ["Speaking in Warsaw,", "In Vilnius,", "On a visit to Oslo,", "At the NATO summit in The Hague,"],
  counterExamples: ["The German ambassador to Poland,", "Inga Ruginiene, speaking in Vilnius,"],
};
