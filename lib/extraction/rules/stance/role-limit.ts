import type { RegisteredPattern } from "../../pattern";

/** A refusal of a role, not of the deployment. */
export const ROLE_LIMIT: RegisteredPattern = {
  id: "stance/role-limit",
  phenomenon: "a refusal of a role, not of the deployment",
  re: /^[^;]{0,40}?\b(?:front(?:[\s-]?lines?)?|combat roles?|contact line)\b/i,
  examples: ["on the front line", " in combat roles", " near the contact line"],
  counterExamples: ["in Kyiv", "; on the front line"],
};
