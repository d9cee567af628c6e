import type { RegisteredPattern } from "../../pattern";

/** A plural office after a coordinated adjective: a group of governments. */
export const PLURAL_OFFICE_AFTER: RegisteredPattern = {
  id: "speaker/plural-office-after",
  phenomenon: "a plural office after a coordinated adjective: a group of governments",
  re: /^\s*(?:[\w-]+\s+)?(?:leaders|prime ministers|presidents|heads of (?:state|government)|governments|ministers|foreign ministers|defen[cs]e ministers|officials|counterparts)\b/i,
  examples: ["leaders", " foreign ministers", " top officials"],
  counterExamples: ["media", " newspapers"],
};
