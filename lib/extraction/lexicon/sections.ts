/** Sections and line furniture: background headings, line labels, datelines, the past. */
import { compilePattern as g, type RegisteredPattern } from "../pattern";

/** Section headings after which the text is background, not this article's news. */
export const BACKGROUND_HEADING_RE = g(
  "^(?:background|context|history|reference|for reference|earlier reports?|read also|see also|related|reader(?:'s|s'|’s|s’|s)? comments?|comments(?: \\(\\d+\\))?|\\d+ comments?|join the (?:conversation|discussion))\\s*:?$",
);
/**
 * Labels of an opinion piece ("Opinion", "Op-ed", "Editorial"): what its sentences state
 * without a frame is the writer's own view, no government's.
 */
export const OPINION_HEADING_RE = g(
  "^(?:opinion|op-ed|oped|editorial|column|commentary|comment|viewpoint|guest essay)\\s*:?$",
);
/** Headings that open a reminder of what happened before. */
export const RECALL_HEADING_RE = g("^(?:recall|recall that|reminder|earlier|previously)\\s*:?$");
/** Labels that open a line: "Source:", "Quote:", "Details:". */
export const LINE_LABEL_RE = g(
  "^(?:source|quote(?: from [^:]{1,60})?|details|context|addition|update|background|reference|recall)\\s*:\\s*",
);
/** A line that names where the article came from. */
export const SOURCE_LINE_RE = g("^source\\s*:");
/**
 * A wire dateline opening the first paragraph: "OSLO, Feb 10 (Reuters) - ", "KYIV, Ukraine — ",
 * "MOSCOW (dpa) - ". The place is in capitals; a date or the agency may follow; then a dash.
 */
export const DATELINE_RE =
  /^[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,2}(?:,\s*[A-Za-z0-9. ]{1,25}?)?\s*(?:\([^()]{1,40}\)\s*)?[-—–]{1,2}\s+(?=["“A-Z])/u;
/** A sentence that opens on the past: what it reports is background, not the news of the day. */
export const EARLIER_RE = g(
  "^(?:earlier(?! (?:in the day|today|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|this (?:morning|afternoon|evening)))|previously|recall(?: that)?|let us remind|we remind|as a reminder|it will be recalled|as (?:previously |earlier )?reported|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|last (?:week|month|year))\\b",
);

/** The section and furniture family as registered: each pattern with phrases it must and must not match. */
export const REGISTERED_SECTIONS: readonly RegisteredPattern[] = [
  {
    id: "section/background-heading",
    phenomenon: "a heading after which the text is background",
    re: BACKGROUND_HEADING_RE,
    examples: ["Background", "Read also:", "Context", "Comments (12)", "Reader comments", "Join the conversation"],
    counterExamples: ["Background checks were made.", "Related talks", "Comments from the minister", "Comment"],
  },
  {
    id: "section/opinion-heading",
    phenomenon: "a label that marks an opinion piece",
    re: OPINION_HEADING_RE,
    examples: ["Opinion", "Op-ed:", "Editorial"],
    counterExamples: ["Opinion polls show", "Comments (12)", "Analysis"],
  },
  {
    id: "section/recall-heading",
    phenomenon: "a heading that opens a reminder",
    re: RECALL_HEADING_RE,
    examples: ["Recall", "Previously:"],
    counterExamples: ["Recall the envoy"],
  },
  {
    id: "section/line-label",
    phenomenon: "a label that opens a line",
    re: LINE_LABEL_RE,
    examples: ["Source: the ministry", "Quote from the minister: we wait", "Details: none"],
    counterExamples: ["The source said so.", "Details were scarce."],
  },
  {
    id: "section/source-line",
    phenomenon: "a line that names the source",
    re: SOURCE_LINE_RE,
    examples: ["Source: agency wire"],
    counterExamples: ["Sources say little."],
  },
  {
    id: "section/dateline",
    phenomenon: "a wire dateline before the first paragraph",
    re: DATELINE_RE,
    examples: ["OSLO, March 3 (Wire) - The talks", "KYIV, Ukraine — A plan", "BERN (agency) - Swiss"],
    counterExamples: ["Oslo, March 3 - the talks", "NATO - a view"],
  },
  {
    id: "section/earlier",
    phenomenon: "a sentence that opens on the past",
    re: EARLIER_RE,
    examples: [
      "Earlier, the minister had spoken.",
      "In March the plan was drafted.",
      "As previously reported, talks stalled.",
    ],
    counterExamples: ["Earlier in the day the minister spoke.", "The minister spoke earlier."],
  },
];
