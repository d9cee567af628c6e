import type { ActorMention } from "../../actors";
import { findConditions } from "../../conditions";
import type { ReadingRule } from "../../reading-rule";
import { findStanceCues } from "../../stance";
import { isExcluded } from "../../subjects";
import { blank, type Span } from "../../text";
import { CONDITION_HINT } from "../engine/condition-hint";
import { ELABORATION } from "../engine/elaboration";

interface SentenceWithoutType {
  /** Whether the sentence named a commitment type by pattern. */
  hasTypeHits: boolean;
  nextText: string | undefined;
  text: string;
  maskedText: string;
  conditions: readonly Span[];
  mentions: readonly ActorMention[];
  /** The countries that already have a condition from this sentence. */
  conditioned: ReadonlyMap<string, string>;
}

/**
 * "Belgium will take its share of the efforts after the end of hostilities": a conditional
 * pledge that names no commitment type still sets the condition for the elaboration after it.
 * Gives the countries that pledge so, each with its condition, in the order named.
 */
export const CONDITIONAL_PLEDGE_WITHOUT_TYPE: ReadingRule<SentenceWithoutType, Map<string, string>> = {
  id: "reading/conditional-pledge-without-type",
  phenomenon: "a conditional pledge that names no type sets the condition of the elaboration after it",
  examples: [
    {
      body: '"Belgium will take its share after the end of hostilities. Our contribution will include air policing," the Belgian defence minister said.',
      reads: "BE air conditional",
    },
  ],
  counterExamples: [
    {
      body: '"Belgium will take its share. Our contribution will include air policing," the Belgian defence minister said.',
      reads: "BE air committed",
    },
  ],
  read: ({ hasTypeHits, nextText, text, maskedText, conditions, mentions, conditioned }) => {
    const added = new Map<string, string>();
    if (hasTypeHits || !nextText || !ELABORATION.re.test(nextText) || !CONDITION_HINT.re.test(text)) return added;
    const found = conditions.length ? conditions : findConditions(maskedText);
    let rest = maskedText;
    for (const c of found) rest = blank(rest, c.start, c.end);
    const pledge = found.length ? findStanceCues(rest, text).find((c) => c.kind === "commit") : undefined;
    if (pledge)
      for (const m of mentions)
        if (
          (m.kind === "name" || m.kind === "capital") &&
          m.start < pledge.start &&
          !isExcluded(rest, m) &&
          !conditioned.has(m.country) &&
          !added.has(m.country)
        )
          added.set(m.country, found[0]!.text);
    return added;
  },
};
