import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: a legislator who speaks ("Sen. Lindsey Graham said the U.S. should send troops",
 * "said Tom Smith, a Labour MP", "lawmakers say") speaks for no government: a parliament speaks
 * for the state only by its vote, which is read as the subject of a clause ("lawmakers voted to
 * send troops"), not here. Only the reporter of a frame is tested.
 */
export const LEGISLATOR_REPORTER: RegisteredPattern = {
  id: "speaker/legislator-reporter",
  phenomenon: "a legislator who speaks speaks for no government",
  re: /\b(?:senators?|lawmakers?|legislators?|congress(?:wo)?m[ae]n|(?:members?|chair(?:man|woman)?) of (?:the )?(?:european )?(?:parliament|congress|senate|house)|mps|meps?|deputies)\b|\b(?:sen|rep)\.(?=\s)|\bmp\b(?!\s*\d)/i,
  examples: [
    "Sen. Lindsey Graham",
    "Senator Roger Wicker",
    "a Labour MP",
    "lawmakers",
    "a member of the European Parliament",
  ],
  counterExamples: [
    "the minister",
    "the government",
    "parliament voted",
    "Senegal",
    "the MP4 rifle",
    "Deputy Prime Minister",
  ],
};
