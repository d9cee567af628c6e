import type { RegisteredPattern } from "../../pattern";

/** A line of page furniture: share buttons, ads, related links. */
export const NOISE_LINE: RegisteredPattern = {
  id: "article/noise-line",
  phenomenon: "a line of page furniture: share buttons, ads, related links",
  re: /^\s*(?:share|share this|tweet|print|subscribe|advertisement|ad|read also|read more|see also|related|photo|video|follow us|copy link|comments?|tags?|topics?)\b[^.]{0,80}$/iu,
  examples: ["Share this", "Read also: talks in Oslo", "Advertisement"],
  counterExamples: ["Sharing the burden is key.", "Adriatic ports"],
};
