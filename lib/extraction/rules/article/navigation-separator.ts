import type { RegisteredPattern } from "../../pattern";

/** A separator of a breadcrumb trail. */
export const NAVIGATION_SEPARATOR: RegisteredPattern = {
  id: "article/navigation-separator",
  phenomenon: "a separator of a breadcrumb trail",
  re: /^[/>»›]$/u,
  examples: ["/", "»", "›"],
  counterExamples: ["-", "//"],
};
