import type { ReadingRule } from "../../reading-rule";
import type { Speaker } from "../../discourse";
import type { Cue } from "../../stance";
import type { Actor } from "../../subjects";
import { NEED_WORD } from "../engine/need-word";
import { speakersView } from "../../speakers-view";

/**
 * What another country's named speaker says Ukraine needs ("Ukraine needs air defence and a
 * force on the ground, the Dutch premier said") is that speaker's view of the measure, its
 * support, not a position of Ukraine's: Ukraine is the one that receives, and the speaker chose
 * to say it is needed. Ukraine's own officials saying so stay Ukraine's.
 */
export const WHAT_UKRAINE_NEEDS_IS_THE_SPEAKERS_VIEW: ReadingRule<
  { cue: Cue; actors: readonly Actor[]; speaker: Speaker; isSpeakerNamed: boolean },
  Actor[] | null
> = {
  id: "reading/what-ukraine-needs-is-the-speakers-view",
  phenomenon: "what a foreign speaker says Ukraine needs is the speaker's support",
  examples: [
    {
      body: "The Belgian prime minister said Ukraine needs a reassurance force after any truce.",
      reads: "BE troops supports",
    },
    {
      body: "Kyiv needs far more air defence systems this winter, the Norwegian foreign minister argued on Monday.",
      reads: "NO arms supports",
    },
    {
      body: "The Belgian prime minister said Ukraine needs a reassurance force after any truce.",
      readsNot: "UA troops",
    },
  ],
  counterExamples: [
    {
      body: "Ukraine needs a reassurance force after any truce, the Ukrainian foreign minister said.",
      reads: "UA troops supports",
    },
    {
      body: "The Belgian prime minister said Ukraine wants a reassurance force after any truce.",
      readsNot: "BE troops",
    },
  ],
  read: ({ cue, actors, speaker, isSpeakerNamed }) => {
    if (!isSpeakerNamed || !speaker.country || speaker.country === "UA") return null;
    if (!NEED_WORD.re.test(cue.text.trim())) return null;
    if (actors.length !== 1 || actors[0]!.country !== "UA" || actors[0]!.mention?.kind === "person") return null;
    return [speakersView(speaker.country)];
  },
};
