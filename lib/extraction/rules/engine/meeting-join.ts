import type { RegisteredPattern } from "../../pattern";

/**
 * "French President A hosted German Chancellor B in Paris.", "A met B": two officials of a
 * meeting, the host and the guest, are "the two leaders" of the next sentence as a coordinated
 * subject is.
 */
export const MEETING_JOIN: RegisteredPattern = {
  id: "engine/meeting-join",
  phenomenon: "a verb of meeting between two officials opening a sentence",
  re: /^\s+(?:hosted|met(?:\s+with)?|received|welcomed|held talks with|spoke with)\s+$/u,
  examples: [" hosted ", " met ", " met with ", " held talks with "],
  counterExamples: [" criticised ", " and ", " hosted a summit with "],
};
