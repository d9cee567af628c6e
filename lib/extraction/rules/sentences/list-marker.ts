import type { RegisteredPattern } from "../../pattern";

/** A bullet or number that opens a list item. */
export const LIST_MARKER: RegisteredPattern = {
  id: "sentences/list-marker",
  phenomenon: "a bullet or number that opens a list item",
  re: /^(?:[•·▪◦‣●○■□*–—-]|\d{1,2}[.)])\s+/u,
  examples: ["• Finland will help", "2) Norway will help", "- Denmark too"],
  counterExamples: ["Finland will help", "2026 was a year"],
};
