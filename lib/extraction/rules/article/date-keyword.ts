import type { RegisteredPattern } from "../../pattern";

/** The word that labels a date in a page's furniture. */
export const DATE_KEYWORD: RegisteredPattern = {
  id: "article/date-keyword",
  phenomenon: "the word that labels a date in a page's furniture",
  re: /^(?:date|published|updated|posted)/iu,
  examples: ["Published", "updated"],
  counterExamples: ["publisher", "The date"],
};
