import type { Speaker } from "../../discourse";
import type { ReadingRule } from "../../reading-rule";
import type { Actor } from "../../subjects";
import { ALLEGATION_VERB } from "../speaker/allegation-verb";

/**
 * What a speaker alleges another country is doing ("Peskov claimed that Britain was preparing
 * to send troops", "Moscow accused Paris of planning a deployment") is that speaker's claim,
 * not the other country's position; a claim about one's own country stays its position.
 */
export const ALLEGATION_ABOUT_ANOTHER_COUNTRY: ReadingRule<{ text: string; actor: Actor; speaker: Speaker }, boolean> =
  {
    id: "reading/allegation-about-another-country",
    phenomenon: "a speaker's allegation about another country is not that country's position",
    examples: [
      {
        body: "Kremlin spokesman Dmitry Peskov claimed that Britain was preparing to send troops to Ukraine.",
        readsNot: "GB troops",
      },
      {
        body: "Britain is secretly planning to deploy troops to Ukraine, Maria Zakharova alleged.",
        readsNot: "GB troops",
      },
    ],
    counterExamples: [
      {
        body: "Keir Starmer claimed that Britain was ready to send troops to Ukraine.",
        reads: "GB troops committed",
      },
      {
        body: "Kremlin spokesman Dmitry Peskov said that Britain was preparing to send troops to Ukraine.",
        reads: "GB troops committed",
      },
    ],
    read: ({ text, actor, speaker }) =>
      Boolean(speaker.country) &&
      actor.country !== speaker.country &&
      actor.mention?.kind !== "person" &&
      ALLEGATION_VERB.re.test(text),
  };
