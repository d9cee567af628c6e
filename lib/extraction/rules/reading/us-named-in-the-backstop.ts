import type { TypeHit } from "../../commitments";
import type { Speaker } from "../../discourse";
import type { ReadingRule } from "../../reading-rule";
import type { Cue } from "../../stance";
import type { Actor } from "../../subjects";
import { speakersView } from "../../speakers-view";

/** Between "American" and "backstop": nothing, or one word of the backstop's kind. */
const RIGHT_BEFORE_THE_BACKSTOP = /^[\s-]*(?:(?:security|military|defen[cs]e|air|political)[\s-]+)?$/i;

/**
 * The United States named inside the phrase of a backstop ("the participation of the United
 * States would be decisive", "views Washington as a key player") is what the backstop is, not
 * who speaks of it: the position is the speaker's view of a US backstop, its support. So is the
 * US as the backstop's adjective under words of support ("An American backstop is essential,"
 * the German chancellor said; "Italy argues that a US security backstop is vital"): the view of
 * the speaker's country; a pledge ("a US backstop will be provided") stays the United States'.
 */
export const US_NAMED_IN_THE_BACKSTOP: ReadingRule<
  { hit: TypeHit; actors: readonly Actor[]; speaker: Speaker; cue: Cue; cueText: string },
  Actor[] | null
> = {
  id: "reading/us-named-in-the-backstop",
  phenomenon: "the US named inside a backstop phrase is the backstop, not its speaker",
  examples: [
    {
      body: "The participation of the United States will be decisive for the coalition, the Dutch defence minister said.",
      reads: "NL backstop",
    },
    {
      body: "The participation of the United States will be decisive for the coalition, the Dutch defence minister said.",
      readsNot: "US backstop",
    },
    { body: '"An American backstop is essential," the Dutch defence minister said.', reads: "NL backstop supports" },
  ],
  counterExamples: [
    { body: "Washington will back any European-led force, Rubio said.", reads: "US backstop committed" },
    { body: "An American backstop will be provided, the Dutch defence minister said.", reads: "US backstop committed" },
  ],
  read: ({ hit, actors, speaker, cue, cueText }) => {
    if (hit.type !== "backstop" || actors.length === 0) return null;
    const inside = (a: Actor) => a.mention !== null && a.mention.start >= hit.start && a.mention.end <= hit.end;
    const adjectiveOf = (a: Actor) =>
      a.country === "US" &&
      a.mention !== null &&
      a.mention.end <= hit.start &&
      hit.start - a.mention.end <= 24 &&
      RIGHT_BEFORE_THE_BACKSTOP.test(cueText.slice(a.mention.end, hit.start));
    if (cue.kind === "support" && speaker.country && speaker.country !== "US" && actors.every(adjectiveOf))
      return [speakersView(speaker.country)];
    if (!actors.every(inside)) return null;
    return speaker.country && speaker.country !== "US" ? [speakersView(speaker.country)] : [];
  },
};
