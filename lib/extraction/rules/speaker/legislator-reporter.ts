import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: lawmakers and party politicians out of government ("Several lawmakers in Rome
 * said Italy should ...", "A member of the European Parliament said the EU should ...",
 * "Far-right leader X said France should never ...", "a spokesman for the Y Party") speak
 * for no government: what they report
 * or urge is no country's position (labelling convention). Read on the reporter only, and not
 * where the frame names a known official (a head of government may be a party's leader too);
 * those spoken to ("told MPs", "speaking to lawmakers") are not the reporter.
 */
export const LEGISLATOR_REPORTER: RegisteredPattern = {
  id: "speaker/legislator-reporter",
  phenomenon: "lawmakers and party politicians out of government speak for no government",
  re: /(?<!\b(?:to|told|tells|before|briefed|briefing|addressing|addressed|with|by)\s+(?:the\s+|fellow\s+)?)\b(?:[Ll]awmakers?|[Ll]egislators?|[Pp]arliamentarians?|MPs?|MEPs?|(?:[Mm]embers?|[Dd]eputies) of (?:the\s+)?(?:European\s+)?[Pp]arliament|(?:[Ff]ar|[Hh]ard)[\s-](?:right|left)\b(?!\s+(?:government|prime minister|premier|president|chancellor|coalition|cabinet|minister))|[Pp]arty(?:['’]s)?\s+(?:leader|spokes\w+|chair\w*|officials?|politicians?)|(?:leader|spokes\w+|chair\w*) (?:for|of) the (?:[\w-]+\s+){0,3}?[Pp]arty)\b/u,
  examples: [
    "Several lawmakers in Rome",
    "Lawmakers in Oslo",
    "A member of the European Parliament",
    "Far-right leader Marine Le Pen",
    "Conservative MP Jane Doe",
    "hard-left politician John Roe",
    "A spokesman for the far-right Alternative for Germany",
    "the Freedom Party leader",
    "a spokeswoman for the Green Party",
  ],
  counterExamples: [
    "Starmer told MPs",
    "Speaking to lawmakers, the minister",
    "the prime minister",
    "a member state",
    "Italy's far-right prime minister",
  ],
};
