import type { RegisteredPattern } from "../../pattern";

/**
 * "any reassurance force would need an American backstop", "a European mission cannot work
 * without the United States": the force is what needs the backer, named to say what the
 * backstop is for, not a force the speaker pledges or supports. Told in a backstop phrase that
 * starts at the force; not "a force with US support", which may still be deployed.
 */
export const FORCE_THAT_NEEDS_A_BACKER: RegisteredPattern = {
  id: "commitments/force-that-needs-a-backer",
  phenomenon: "a force named only as what needs the US backstop",
  re: /\b(?:needs?|requires?|involves?|involving|without|have to include|has to include|depends? on|rel(?:y|ies) on)\b/i,
  examples: ["reassurance force would need an American", "European mission cannot work without the United States"],
  counterExamples: ["reassurance forces with US support", "a peacekeeping mission with U.S. backing"],
};
