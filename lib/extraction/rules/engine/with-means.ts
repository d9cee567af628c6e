import type { RegisteredPattern } from "../../pattern";

/**
 * "will support the coalition with intelligence", "back the force with air cover": the "with"
 * phrase after the group a verb of helping takes is what the subject gives, its own act; not
 * "work with countries willing to send troops", where the group after "with" acts.
 */
export const WITH_MEANS: RegisteredPattern = {
  id: "engine/with-means",
  phenomenon: "a with-phrase of means after the group the subject helps",
  re: /\b(?:support|back|help|assist|aid|reinforce|strengthen|bolster|join|contribute\s+to)\w*\s+(?:the\s+|a\s+|this\s+|that\s+)?(?:[\w'-]+\s+){0,4}?with\s+(?!(?:other\s+|like-minded\s+|willing\s+)?(?:countries|states|nations|allies|partners|members|others|governments)\b)/g,
  examples: [
    "will support the coalition with intelligence",
    "back the coalition of the willing with air cover",
    "help the allies with airlift",
  ],
  counterExamples: [
    "will work with countries willing to send",
    "help the coalition with other allies",
    "the coalition with",
  ],
};
