import type { RegisteredPattern } from "../../pattern";

/** What an editor brackets that is not the speaker's words: "[sic]", an ellipsis "[...]", a note "[2]". */
export const BRACKET_ASIDE: RegisteredPattern = {
  id: "mask/bracket-aside",
  phenomenon: "a bracketed aside that is not the speaker's words",
  re: /^\s*(?:sic|\.{2,}|…|\d{1,3}|inaudible|laughter|laughs|applause)\s*$/i,
  examples: ["sic", "...", "…", "12", "inaudible"],
  counterExamples: ["to send troops", "Sweden", "the 2 brigades"],
};
