import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: a legislator who speaks ("Sen. Lindsey Graham said the U.S. should send troops",
 * "said Tom Smith, a Labour MP", "lawmakers say", "Several lawmakers in Rome said Italy should
 * ...", "A member of the European Parliament said the EU should ...") speaks for no government:
 * a parliament speaks for the state only by its vote, which is read as the subject of a clause
 * ("lawmakers voted to send troops"), not here. Only the reporter of a frame is tested, and
 * those spoken to ("told MPs", "speaking to lawmakers") are not the reporter.
 */
export const LEGISLATOR_REPORTER: RegisteredPattern = {
  id: "speaker/legislator-reporter",
  phenomenon: "a legislator who speaks speaks for no government",
  re: /(?<!\b(?:to|told|tells|before|briefed|briefing|addressing|addressed|with|by)\s+(?:the\s+|fellow\s+)?)(?:\b(?:senators?|lawmakers?|legislators?|parliamentarians?|congress(?:wo)?m[ae]n|(?:members?|deputies|chair(?:man|woman)?) of (?:the )?(?:european )?(?:parliament|congress|senate|house)|mps|meps?|deputies)\b|\b(?:sen|rep)\.(?=\s)|\bmp\b(?!\s*\d))/i,
  examples: [
    "Sen. Lindsey Graham",
    "Senator Roger Wicker",
    "a Labour MP",
    "lawmakers",
    "a member of the European Parliament",
    "Several lawmakers in Rome",
    "Lawmakers in Oslo",
  ],
  counterExamples: [
    "the minister",
    "the government",
    "parliament voted",
    "Senegal",
    "the MP4 rifle",
    "Deputy Prime Minister",
    "Starmer told MPs",
    "Speaking to lawmakers, the minister",
  ],
};
