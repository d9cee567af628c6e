import type { RegisteredPattern } from "../../pattern";

/** Talk about a commitment between a negation and the commitment. */
export const TALK_BETWEEN: RegisteredPattern = {
  id: "engine/talk-between",
  phenomenon: "talk about a commitment between a negation and the commitment",
  re: /^[^;]{0,30}?\b(?:discussions?|debates?|talks?|speculation|negotiations?|conversations?)\b/i,
  examples: ["talks about troops", " to hold talks on the deployment"],
  counterExamples: ["troops", "; then talks"],
};
