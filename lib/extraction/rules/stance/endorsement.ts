import type { RegisteredPattern } from "../../pattern";

/** Support cues that take what is endorsed as their object: a modal after them is inside it. */
export const ENDORSEMENT: RegisteredPattern = {
  id: "stance/endorsement",
  phenomenon: "support cues that take what is endorsed as their object",
  re: /^(?:welcom\w*|backs?|backed|backing|supports?|endors\w*|in favou?r of|favou?r\w*|calls? for|called for|call(?:s|ed|ing)? on|urg\w*|important|essential|crucial|vital|insist\w* on|demand\w*|wants?|wanted|counts? on|counted on|counting on|hopes?|hoped|hoping|seek\w*|sought|(?:throw|throws|threw|thrown|throwing|put|puts|putting) (?:its|their|his|her|our) (?:full )?weight behind|supportive of|advocat\w*|champion(?:s|ed|ing)|proponents? of|argu\w*(?: [\w-]+){0,2}? for|lobb\w*(?: [\w-]+){1,4}? for|push\w* (?:hard|strongly|firmly|again|publicly) for|(?:plea|appeal)s? for|keen on|believers? in|st\w+ (?:\w+ )?behind|(?:gave|give|gives|giving) (?:its|their|his|her) (?:full )?blessing to|ma\w+ (?:a|the|its|their|his|her) (?:\w+ )?case for)$/iu,
  examples: [
    "welcomes",
    "backed",
    "called for",
    "vital",
    "wanted",
    "counting on",
    "hopes",
    "thrown its weight behind",
    "advocated",
    "made the case for",
  ],
  counterExamples: ["supporter", "will"],
};
