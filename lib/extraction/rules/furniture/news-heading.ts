import type { RegisteredPattern } from "../../pattern";

/** Labels after which the news resumes ("Details", "Update"). */
export const NEWS_HEADING: RegisteredPattern = {
  id: "furniture/news-heading",
  phenomenon: "a label after which the news resumes",
  re: /^(?:details|addition|update|quote)\s*:?$/i,
  examples: ["Details", "Update:", "quote"],
  counterExamples: ["Details of the plan", "Background"],
};
