import type { RegisteredPattern } from "../../pattern";

/**
 * A measure named, then an appositive that says who backs or rejects it ("the deployment of
 * troops, a move that France and Canada have already shown support for", "..., an idea which
 * Moscow rejected"): the subject of the relative clause takes a stance on the commitment just
 * named, after the place it goes to. Group 1 is that subject, group 2 a verb of backing, group 3 one of rejecting.
 */
export const APPOSITIVE_MEASURE_STANCE: RegisteredPattern = {
  id: "engine/appositive-measure-stance",
  phenomenon: "a measure named, then an appositive saying who backs or rejects it",
  re: /^(?:\s+(?:to|in|into|on|for|across)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?\s*,\s+(?:a|an|the)\s+(?:move|step|plan|measure|idea|proposal|option|decision|initiative|prospect)\s+(?:that|which)\s+([^.;:]{2,120}?)\s+(?:(?:has|have|had)\s+)?(?:(?:already|also|long|openly|publicly)\s+)?(?:((?:shown|expressed|voiced|declared|signall?ed|pledged)\s+(?:their\s+|its\s+)?support\s+for|backed|supported|endorsed|welcomed|favou?red|championed)|(opposed|rejected|criticised|criticized|condemned|denounced))\b/i,
  examples: [
    ", a move that France, Britain and Canada have already shown support for",
    ", an idea which Moscow has rejected",
    ", a step that Poland backed",
    " to Ukraine, a step that Norway has backed",
  ],
  counterExamples: [", a move that surprised many", ". A move that Italy backed", ", which Italy backed"],
};
