import type { RegisteredPattern } from "../../pattern";

/**
 * "The Hague and Brussels will fund ...", "Brussels and Paris agreed ...": Brussels beside
 * another EU member's capital is one government among others, Belgium's, not the EU; alone,
 * beside a capital outside the Union ("Washington and Brussels", "London and Brussels") or in a
 * sentence that names the EU (`actors/eu-named`), it stays the EU. The words between two
 * capitals that join them.
 */
export const CAPITALS_JOINED: RegisteredPattern = {
  id: "actors/capitals-joined",
  phenomenon: "Brussels joined to another national capital is Belgium",
  re: /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$/,
  examples: [" and ", ", ", ", and ", " & "],
  counterExamples: [" said ", " and the EU in ", " with "],
};
