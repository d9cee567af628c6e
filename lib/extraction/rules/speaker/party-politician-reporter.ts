import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: a party politician out of government ("Far-right leader X said France should
 * never ...", "a spokesman for the Y Party said ...") speaks for no government: what they
 * report or urge is no country's position (labelling convention). Only the reporter of a frame
 * is tested, and not where the frame names a known official (a head of government may be
 * called a party's leader or far-right too). A party is also named by its initials before
 * "leader" ("FPÖ leader X", "AfD co-leader Y", "AUR leader Z"); not an institution's ("NATO chief").
 * A coalition's junior partner ("Sumar, the junior partner in the coalition government, has
 * said ...") is a party, not the government it sits in.
 */
export const PARTY_POLITICIAN_REPORTER: RegisteredPattern = {
  id: "speaker/party-politician-reporter",
  phenomenon: "a party politician out of government speaks for no government",
  re: /\b(?:[Ff]ar|[Hh]ard)[\s-](?:right|left)\b(?!\s+(?:government|prime minister|premier|president|chancellor|coalition|cabinet|minister))|\b[Pp]arty(?:['’]s)?\s+(?:leader|spokes\w+|chair\w*|officials?|politicians?)\b|\b(?:leader|spokes\w+|chair\w*) (?:for|of) the (?:[\w-]+\s+){0,3}?[Pp]arty\b|\b(?!(?:NATO|EU|UN|US|USA|UK|OSCE|IMF|G7|G20)\b)\p{Lu}[\p{Lu}\p{Ll}]{0,3}\p{Lu}\s+(?:co-)?(?:leader|chief|chair(?:man|woman)?)\b|\bjunior (?:coalition )?partner\b/u,
  examples: [
    "Far-right leader Marine Le Pen",
    "hard-left politician John Roe",
    "A spokesman for the far-right Alternative for Germany",
    "the Freedom Party leader",
    "a spokeswoman for the Green Party",
    "FPÖ leader Herbert Kickl",
    "AfD co-leader Tino Chrupalla",
    "AUR leader George Simion",
    "Sumar, the junior partner in the coalition government,",
    "the junior coalition partner",
  ],
  counterExamples: [
    "the prime minister",
    "Italy's far-right prime minister",
    "the party congress",
    "a third party",
    "NATO chief Mark Rutte",
    "EU leaders",
    "the UN chief",
    "a coalition partner",
  ],
};
