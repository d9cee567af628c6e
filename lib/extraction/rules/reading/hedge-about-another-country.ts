import type { Stance } from "@/lib/domain/taxonomy";
import type { ReadingRule } from "../../reading-rule";
import type { Speaker } from "../../discourse";
import type { Cue } from "../../stance";
import type { Actor } from "../../subjects";

/**
 * A speaker's hedge about another country ("NATO could deploy forces alongside ours", said by
 * Portugal's PM) is speculation, not that country's position.
 */
export const HEDGE_ABOUT_ANOTHER_COUNTRY: ReadingRule<
  { stance: Stance; cue: Cue; actor: Actor; speaker: Speaker; isSpeakerNamed: boolean },
  boolean
> = {
  id: "reading/hedge-about-another-country",
  phenomenon: "a speaker's hedge about another country is speculation",
  examples: [
    {
      body: "Swiss Foreign Minister Ignazio Cassis said that NATO could send forces to Ukraine.",
      readsNot: "NATO troops",
    },
  ],
  counterExamples: [
    {
      body: "Swiss Foreign Minister Ignazio Cassis said that Spain will send forces to Ukraine.",
      reads: "ES troops committed",
    },
  ],
  read: ({ stance, cue, actor, speaker, isSpeakerNamed }) =>
    stance === "considering" &&
    cue.kind === "consider" &&
    actor.how === "subject" &&
    actor.mention?.kind !== "person" &&
    isSpeakerNamed &&
    Boolean(speaker.country) &&
    actor.country !== speaker.country,
};
