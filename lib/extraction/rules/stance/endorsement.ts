import type { RegisteredPattern } from "../../pattern";

/** Support cues that take what is endorsed as their object: a modal after them is inside it. */
export const ENDORSEMENT: RegisteredPattern = {
  id: "stance/endorsement",
  phenomenon: "support cues that take what is endorsed as their object",
  re: /^(?:welcom\w*|backs?|backed|backing|supports?|endors\w*|in favou?r of|favou?r\w*|calls? for|called for|call(?:s|ed|ing)? on|urg\w*|important|essential|crucial|vital|insist\w* on|demand\w*|wants?|wanted|counts? on|counted on|counting on|hopes?|hoped|hoping|seek\w*|sought)$/iu,
  examples: ["welcomes", "backed", "called for", "vital", "wanted", "counting on", "hopes"],
  counterExamples: ["supporter", "will"],
};
